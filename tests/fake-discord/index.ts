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
import { Gateway, shardOf } from './gateway.ts';
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
import { deliver as deliverOverHttp, type InteractionsEndpoint } from './http-interactions.ts';
import { FakeState, type InteractionState, type RecordedRequest } from './state.ts';
import { snowflake } from './ids.ts';
import { waitFor } from './wait.ts';

export { checkMessageInvariants } from './invariants.ts';
export { signatureHeaders, type InteractionsEndpoint } from './http-interactions.ts';
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
  /**
   * The shard count GET /gateway/bot recommends (default 1). Each shard's session gets the guilds Discord's formula
   * gives it, and their events; IDENTIFY with fewer shards is refused (close 4011).
   */
  shards?: number;
  /** Refuse (50035) every message payload that could ping anyone: allowed_mentions must be `{ parse: [] }`. */
  refusePings?: boolean;
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
  /** Which shard of `count` a guild's events go to (Discord's formula). */
  shardOf(guildId: string, count: number): number;
  /** Resolves once every shard has identified and received READY and each of its GUILD_CREATEs. */
  waitForReady(timeoutMs?: number): Promise<void>;
  /** Pushes INTERACTION_CREATE to the connected bot; the ack deadline starts now. */
  dispatch(interaction: InteractionFactory | APIInteraction): InteractionHandle;
  /**
   * HTTP interactions: POSTs the interaction, signed, to an endpoint (see http-interactions.ts); its response is the
   * callback. The ack deadline starts now.
   */
  deliver(interaction: InteractionFactory | APIInteraction, endpoint: InteractionsEndpoint): InteractionHandle;
  /** Builds an interaction as the fake would send it, without sending it: the start of a hand-made body. */
  build(interaction: InteractionFactory): APIInteraction;
  /**
   * A user posts a message in a channel: stored, and pushed as MESSAGE_CREATE
   * to the bot as Discord would (see channel-messages.ts); `replies()` waits for the bot's replies to it.
   */
  post(message: Omit<UserMessage, 'guild'> & { guild?: FakeGuild }): {
    message: APIMessage;
    delivered: boolean;
    replies(count?: number, timeoutMs?: number): Promise<APIMessage[]>;
  };
  /**
   * Holds the bot's interaction callbacks unanswered, as a slow network would, until `release()`: the bot's replies
   * stay in flight. `arrived(n)` resolves once n callbacks are held. Within the ack deadline they still count as on
   * time: they arrived in time.
   */
  holdCallbacks(): { arrived(count?: number): Promise<void>; release(): void };
  /** Every message the bot sent to a channel, replies included. */
  channelMessages(): readonly APIMessage[];
  /**
   * The token is reset in the developer portal: REST answers 401 and IDENTIFY closes with 4004 from now on; sessions
   * already open go on.
   */
  revokeToken(): void;
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
    shards: options.shards ?? 1,
    refusePings: options.refusePings ?? false,
    attachmentLimit: options.attachmentLimit ?? DEFAULT_ATTACHMENT_LIMIT,
  });
  const { config } = state;
  const { server, origin } = await startRestServer(state);
  state.gatewayUrl = origin.replace(/^http/, 'ws');

  const gateway = new Gateway(server, {
    accepts: (token) => !state.revoked && token === config.token,
    changes: state.changes,
    shards: config.shards,
    greeting: (sessionId, shard) => {
      const guilds = config.guilds.filter((guild) => shardOf(guild.id, shard[1]) === shard[0]);
      const session = { id: sessionId, resumeUrl: state.gatewayUrl };
      return {
        ready: readyPayload(session, applicationId, botUser, guilds, shard),
        guilds: guilds.map((guild) => guildCreatePayload(guild, botUser)),
      };
    },
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

  /** Records an interaction about to be sent, by the gateway or over HTTP. */
  const created = (interaction: InteractionFactory | APIInteraction): InteractionState => {
    const payload = typeof interaction === 'function' ? interaction(world) : interaction;
    if (state.interactions.has(payload.id)) throw new Error(`interaction ${payload.id} was already dispatched`);
    // A component interaction must refer to a message the fake knows, so updates can edit it.
    if (payload.message && !state.messages.has(payload.message.id))
      state.messages.set(payload.message.id, structuredClone(payload.message));
    const record = { payload, dispatchedAt: Date.now(), requests: [], followUpIds: [] };
    state.interactions.set(payload.id, record);
    return record;
  };
  const dispatch = (interaction: InteractionFactory | APIInteraction): InteractionHandle => {
    const record = created(interaction);
    record.shard = gateway.dispatch('INTERACTION_CREATE', record.payload);
    return new InteractionHandle(state, record, dispatch);
  };
  const deliver = (
    interaction: InteractionFactory | APIInteraction,
    endpoint: InteractionsEndpoint,
  ): InteractionHandle => {
    const record = created(interaction);
    record.delivering = deliverOverHttp(state, record, endpoint);
    return new InteractionHandle(state, record, (next) => deliver(next, endpoint));
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
    shardOf,
    messagePayloads: () => state.requests.flatMap((request) => (request.payload ? [request.payload] : [])),
    waitForReady: async (timeoutMs = READY_TIMEOUT_MS) => {
      await waitFor(
        state.changes,
        () => (gateway.allShardsReady ? true : undefined),
        timeoutMs,
        () => 'no bot became ready on every shard of the fake gateway',
      );
    },
    dispatch,
    deliver,
    build: (interaction) => interaction(world),
    post: (draft) => {
      const message = userMessage({ ...draft, guild: draft.guild ?? config.guilds[0]! });
      state.messages.set(message.id, message);
      const session = gateway.sessionFor(message.guild_id);
      if (!session) throw new Error('fake-discord: no bot is connected to the gateway (await waitForReady() first)');
      const received = asReceived(message, session.intents, botUser.id);
      if (received) gateway.dispatch('MESSAGE_CREATE', { ...received, guild_id: message.guild_id });
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
    holdCallbacks: () => {
      let release = () => {};
      const gate = { arrived: 0, open: new Promise<void>((resolve) => (release = resolve)) };
      state.callbackGate = gate;
      return {
        arrived: (count = 1) =>
          waitFor(
            state.changes,
            () => (gate.arrived >= count ? true : undefined),
            READY_TIMEOUT_MS,
            () => `${gate.arrived} of ${count} callbacks arrived`,
          ).then(() => undefined),
        release: () => {
          state.callbackGate = undefined;
          release();
        },
      };
    },
    channelMessages: () => state.channelMessages,
    revokeToken: () => {
      state.revoked = true;
    },
    close: async () => {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
