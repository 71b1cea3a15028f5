import type { IncomingHttpHeaders } from 'node:http';
import type { APIApplicationCommand, APIInteraction, APIMessage, APIUser, InteractionResponseType } from 'discord.js';
import type { Json } from './checks.ts';
import type { FakeGuild } from './guilds.ts';
import type { Upload } from './uploads.ts';
import { Changes } from './wait.ts';

export interface FakeConfig {
  token: string;
  applicationId: string;
  botUser: APIUser;
  guilds: FakeGuild[];
  ackDeadlineMs: number;
  tokenTtlMs: number;
  requireRegisteredCommands: boolean;
  /** The shard count GET /gateway/bot recommends. */
  shards: number;
  /** Refuse (50035) any message payload that could ping: allowed_mentions must be `{ parse: [] }`. */
  refusePings: boolean;
  /** The largest file a message may carry. */
  attachmentLimit: number;
}

/** One REST request as the fake saw it, completed with the answer it gave. */
export interface RecordedRequest {
  method: string;
  /** Full path as requested, e.g. `/api/v10/interactions/1/tok/callback`. */
  path: string;
  /** The matched route, e.g. `POST /interactions/:id/:token/callback`; `unknown` for a 404. */
  route: string;
  query: Record<string, string>;
  /** Raw headers, Authorization included; use `auth` to assert on it without printing the token. */
  headers: IncomingHttpHeaders;
  auth: 'bot' | 'invalid' | 'none';
  /** Parsed JSON body; undefined when absent or malformed (see `rawBody`). */
  body: unknown;
  rawBody: string;
  /** The files of a multipart request, as uploaded. */
  files?: Upload[];
  receivedAt: number;
  interactionId?: string;
  /** The message this request sends or edits (callback `data`, follow-up or PATCH body). */
  payload?: Json;
  status?: number;
  response?: unknown;
  /** Discord's JSON error code when the request was rejected. */
  errorCode?: number;
}

export type Outcome = { message: APIMessage } | { error: string };

export interface InteractionState {
  readonly payload: APIInteraction;
  readonly dispatchedAt: number;
  /** The shard whose session it was sent to (none when it was POSTed to an HTTP interactions endpoint). */
  shard?: number;
  readonly requests: RecordedRequest[];
  ack?: { type: InteractionResponseType; data?: Json };
  /** The message `@original` refers to: the reply, or the clicked message after an update. */
  originalId?: string;
  followUpIds: string[];
  /** HTTP interactions: until the endpoint's response is applied, the token is not usable as a webhook yet. */
  delivering?: Promise<void>;
  /** Set once the user sees a final reply (see `InteractionHandle.settled`). */
  outcome?: Outcome;
}

export class FakeState {
  readonly changes = new Changes();
  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, InteractionState>();
  readonly messages = new Map<string, APIMessage>();
  /** Messages the bot sent to channels (not through an interaction), in order. */
  readonly channelMessages: APIMessage[] = [];
  globalCommands: APIApplicationCommand[] = [];
  readonly guildCommands = new Map<string, APIApplicationCommand[]>();
  /** The token was reset in the developer portal: REST and IDENTIFY refuse it from now on. */
  revoked = false;
  /** While set, interaction callbacks wait for `open` before they are answered (see FakeDiscord.holdCallbacks). */
  callbackGate: { arrived: number; open: Promise<void> } | undefined;
  /** Known only once the server listens; GET /gateway/bot hands it out. */
  gatewayUrl = '';

  constructor(readonly config: FakeConfig) {}

  byToken(token: string): InteractionState | undefined {
    for (const interaction of this.interactions.values()) {
      if (interaction.payload.token === token) return interaction;
    }
    return undefined;
  }

  /** The first final outcome wins; later edits change the message but not what `settled()` reported. */
  settle(interaction: InteractionState, outcome: Outcome): void {
    interaction.outcome ??= 'message' in outcome ? { message: structuredClone(outcome.message) } : outcome;
  }
}
