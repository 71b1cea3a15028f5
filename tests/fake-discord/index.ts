/**
 * A strict fake of Discord's REST API and gateway on loopback, for end-to-end tests with the real discord.js client:
 *
 *   const discord = await startFakeDiscord({ token });
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBase } });
 *   await client.login(token);
 *   await discord.waitForReady();
 *   const ix = discord.dispatch(slashCommand('search', { query: 'Iranian C4' }));
 *   const reply = await ix.settled();
 *
 * It answers like Discord where Discord is strict (3 s ack deadline, one acknowledgement, 15 min tokens,
 * message and command limits) so a bot that passes here does not fail there for those reasons.
 */
import { DEFAULT_ATTACHMENT_LIMIT } from './uploads.ts';
import type { APIApplicationCommand, APIInteraction, APIMessage, APIUser } from 'discord.js';
import { asReceived, userMessage, type UserMessage } from './channel-messages.ts';
import type { Json } from './checks.ts';
import { Gateway } from './gateway.ts';
import {
  guildCreatePayload,
  makeUser,
  readyPayload,
  resolveGuild,
  type FakeGuild,
  type GuildOptions,
} from './guilds.ts';
import { InteractionHandle } from './handle.ts';
import type { InteractionFactory, World } from './interactions.ts';
import { startRestServer } from './server.ts';
import { FakeState, type RecordedRequest } from './state.ts';
import { snowflake } from './ids.ts';
import { waitFor } from './wait.ts';

export { checkMessageInvariants } from './invariants.ts';
export { autocomplete, buttonClick, messageContextMenu, selectMenu, slashCommand, TEST_USER } from './interactions.ts';
export type { ComponentContext, InteractionContext, InteractionFactory } from './interactions.ts';
export type { InteractionHandle, InteractionResponse } from './handle.ts';
export type { MessageDraft } from './messages.ts';
export type { OptionInput } from './options.ts';
export type { RecordedRequest } from './state.ts';
export type { FakeGuild, GuildOptions } from './guilds.ts';
export type { UserMessage } from './channel-messages.ts';
export { makeUser } from './guilds.ts';

export interface FakeDiscordOptions {
  /** The bot token the client must present (REST `Authorization: Bot …` and gateway IDENTIFY). */
  token: string;
  applicationId?: string;
  /** Defaults to one guild, "Fake Guild", with a #general channel. */
  guilds?: GuildOptions[];
  botUser?: Partial<APIUser>;
  /** Time to the first callback before Discord answers 10062; Discord's is 3 s. */
  ackDeadlineMs?: number;
  /** Lifetime of the interaction token for follow-ups and edits; Discord's is 15 min. */
  tokenTtlMs?: number;
  /** Refuse to build interactions for commands the bot never registered (Discord cannot send those). */
  requireRegisteredCommands?: boolean;
  /** The largest file a message may carry; Discord's default for a server without boosts is 10 MiB. */
  attachmentLimit?: number;
}

export interface FakeDiscord {
  /** Pass as `new Client({ rest: { api: apiBase } })`; discord.js appends `/v10/...`. */
  readonly apiBase: string;
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly guilds: readonly FakeGuild[];
  readonly requests: readonly RecordedRequest[];
  /** Registered commands as Discord stores them (with ids), global and per guild id. */
  readonly commands: { global: APIApplicationCommand[]; guilds: Record<string, APIApplicationCommand[]> };
  /** Every message payload the bot sent (replies, updates, follow-ups, edits), accepted or not. */
  messagePayloads(): Json[];
  /** Resolves once a client has identified and received READY and every GUILD_CREATE. */
  waitForReady(timeoutMs?: number): Promise<void>;
  /** Pushes INTERACTION_CREATE to the connected bot; the ack deadline starts now. */
  dispatch(interaction: InteractionFactory | APIInteraction): InteractionHandle;
  /**
   * A user posts a message in a channel: stored, and pushed as MESSAGE_CREATE
   * to the bot as Discord would (see channel-messages.ts); `replies()` waits for the bot's replies to it.
   */
  post(message: Omit<UserMessage, 'guild'> & { guild?: FakeGuild }): {
    message: APIMessage;
    delivered: boolean;
    replies(count?: number, timeoutMs?: number): Promise<APIMessage[]>;
  };
  /** Every message the bot sent to a channel, replies included. */
  channelMessages(): readonly APIMessage[];
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 10_000;

export async function startFakeDiscord(options: FakeDiscordOptions): Promise<FakeDiscord> {
  const applicationId = options.applicationId ?? snowflake();
  // Modern bot users share their application's id.
  const botUser = makeUser('fake-bot', { id: applicationId, bot: true, ...options.botUser });
  const state = new FakeState({
    token: options.token,
    applicationId,
    botUser,
    guilds: (options.guilds ?? [{ name: 'Fake Guild' }]).map(resolveGuild),
    ackDeadlineMs: options.ackDeadlineMs ?? 3000,
    tokenTtlMs: options.tokenTtlMs ?? 15 * 60 * 1000,
    requireRegisteredCommands: options.requireRegisteredCommands ?? true,
    attachmentLimit: options.attachmentLimit ?? DEFAULT_ATTACHMENT_LIMIT,
  });
  const { config } = state;
  const { server, origin } = await startRestServer(state);
  state.gatewayUrl = origin.replace(/^http/, 'ws');

  const gateway = new Gateway(server, {
    token: config.token,
    changes: state.changes,
    greeting: (sessionId) => ({
      ready: readyPayload({ id: sessionId, resumeUrl: state.gatewayUrl }, applicationId, botUser, config.guilds),
      guilds: config.guilds.map((guild) => guildCreatePayload(guild, botUser)),
    }),
  });

  const world: World = {
    applicationId,
    guilds: config.guilds,
    requireRegisteredCommands: config.requireRegisteredCommands,
    findCommand: (type, name, guildId) =>
      [...(state.guildCommands.get(guildId) ?? []), ...state.globalCommands].find(
        (c) => c.type === type && c.name === name,
      ),
  };

  const dispatch = (interaction: InteractionFactory | APIInteraction): InteractionHandle => {
    const payload = typeof interaction === 'function' ? interaction(world) : interaction;
    if (state.interactions.has(payload.id)) throw new Error(`interaction ${payload.id} was already dispatched`);
    // A component interaction must refer to a message the fake knows, so updates can edit it.
    if (payload.message && !state.messages.has(payload.message.id))
      state.messages.set(payload.message.id, structuredClone(payload.message));
    const dispatchedAt = Date.now();
    gateway.dispatch('INTERACTION_CREATE', payload);
    const record = { payload, dispatchedAt, requests: [], followUpIds: [] };
    state.interactions.set(payload.id, record);
    return new InteractionHandle(state, record, dispatch);
  };

  return {
    apiBase: `${origin}/api`,
    gatewayUrl: state.gatewayUrl,
    applicationId,
    botUser,
    guilds: config.guilds,
    get requests() {
      return state.requests;
    },
    get commands() {
      return { global: state.globalCommands, guilds: Object.fromEntries(state.guildCommands) };
    },
    messagePayloads: () => state.requests.flatMap((request) => (request.payload ? [request.payload] : [])),
    waitForReady: async (timeoutMs = READY_TIMEOUT_MS) => {
      await waitFor(
        state.changes,
        () => (gateway.readySession ? true : undefined),
        timeoutMs,
        () => 'no bot became ready on the fake gateway',
      );
    },
    dispatch,
    post: (draft) => {
      const message = userMessage({ ...draft, guild: draft.guild ?? config.guilds[0]! });
      state.messages.set(message.id, message);
      const session = gateway.readySession;
      if (!session) throw new Error('fake-discord: no bot is connected to the gateway (await waitForReady() first)');
      const received = asReceived(message, session.intents, botUser.id);
      if (received) gateway.dispatch('MESSAGE_CREATE', received);
      const repliesTo = () => state.channelMessages.filter((m) => m.message_reference?.message_id === message.id);
      return {
        message,
        delivered: !!received,
        replies: (count = 1, timeoutMs = READY_TIMEOUT_MS) =>
          waitFor(
            state.changes,
            () => (repliesTo().length >= count ? repliesTo() : undefined),
            timeoutMs,
            () => `the bot sent no reply to message ${message.id}`,
          ),
      };
    },
    channelMessages: () => state.channelMessages,
    close: async () => {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
