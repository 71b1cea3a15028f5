import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import {
  GatewayDispatchEvents,
  GatewayOpcodes,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
} from 'discord.js';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { isObject } from './checks.ts';
import type { Changes } from './wait.ts';

export type ShardPair = [id: number, count: number];

export interface GatewayOptions {
  /** Whether IDENTIFY's token is the bot's (and not revoked). */
  accepts: (token: unknown) => boolean;
  changes: Changes;
  /** The shard count GET /gateway/bot recommends: IDENTIFY with fewer is refused (Discord's "sharding required"). */
  shards: number;
  /** Built per IDENTIFY so READY carries the session's id, its shard and the current guilds of that shard. */
  greeting: (
    sessionId: string,
    shard: ShardPair,
  ) => { ready: GatewayReadyDispatchData; guilds: GatewayGuildCreateDispatchData[] };
}

/** Which shard receives a guild's events, by Discord's formula; direct messages go to shard 0. */
export const shardOf = (guildId: string | undefined, count: number): number =>
  guildId === undefined ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(count));

/** Discord's usual value; clients jitter their first beat within it. */
const HEARTBEAT_INTERVAL_MS = 41_250;

/** Gateway close codes the fake uses, as Discord documents them. */
const Close = {
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidShard: 4010,
  ShardingRequired: 4011,
  InvalidApiVersion: 4012,
  InvalidIntents: 4013,
} as const;

/** Ops a client may send after IDENTIFY that the fake accepts and ignores. */
const IGNORED_OPS = new Set<unknown>([
  GatewayOpcodes.PresenceUpdate,
  GatewayOpcodes.VoiceStateUpdate,
  GatewayOpcodes.RequestGuildMembers,
]);

class Session {
  sequence = 0;
  identified = false;
  /** READY and every GUILD_CREATE have been sent. */
  ready = false;
  /** The intents IDENTIFY asked for: which events Discord sends this session. */
  intents = 0;
  /** What IDENTIFY asked for; [0, 1] when it named no shard. */
  shard: ShardPair = [0, 1];
  readonly id = randomBytes(16).toString('hex');

  constructor(readonly socket: WebSocket) {}

  send(payload: object): void {
    this.socket.send(JSON.stringify(payload));
  }

  dispatch(event: string, data: unknown): void {
    this.sequence += 1;
    this.send({ op: GatewayOpcodes.Dispatch, t: event, s: this.sequence, d: data });
  }
}

/** The WebSocket gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, and pushed dispatches. */
export class Gateway {
  private readonly wss: WebSocketServer;
  private readonly sessions = new Set<Session>();

  constructor(
    server: Server,
    private readonly options: GatewayOptions,
  ) {
    // perMessageDeflate stays off (the ws default), so no transport compression is ever negotiated.
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket, request) => this.accept(socket, request));
  }

  /**
   * The most recently readied session of the shard a guild's events go to: where they go when a bot reconnects.
   * The shard count is the latest session's.
   */
  sessionFor(guildId: string | undefined): Session | undefined {
    const ready = [...this.sessions].reverse().filter((session) => session.ready);
    const count = ready[0]?.shard[1] ?? 1;
    return ready.find((session) => session.shard[1] === count && session.shard[0] === shardOf(guildId, count));
  }

  /** Every shard of the latest count has a ready session. */
  get allShardsReady(): boolean {
    const count = [...this.sessions].reverse().find((session) => session.ready)?.shard[1];
    return (
      count !== undefined && Array.from({ length: count }, (_, id) => id).every((id) => this.shardReady(id, count))
    );
  }

  private shardReady(id: number, count: number): boolean {
    return [...this.sessions].some((s) => s.ready && s.shard[0] === id && s.shard[1] === count);
  }

  /** Sends an event to the shard its guild belongs to; says which shard that was. */
  dispatch(event: string, data: { guild_id?: string }): number {
    const session = this.sessionFor(data.guild_id);
    if (!session) throw new Error('fake-discord: no bot is connected to the gateway (await waitForReady() first)');
    session.dispatch(event, data);
    return session.shard[0];
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(socket: WebSocket, request: IncomingMessage): void {
    const session = new Session(socket);
    const query = new URL(request.url ?? '/', 'ws://fake-discord').searchParams;
    if (query.get('v') !== '10') {
      socket.close(Close.InvalidApiVersion, 'Invalid API version.');
      return;
    }
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      socket.close(Close.DecodeError, 'fake-discord speaks encoding=json without compress only.');
      return;
    }
    this.sessions.add(session);
    socket.on('close', () => {
      this.sessions.delete(session);
      this.options.changes.notify();
    });
    socket.on('message', (data) => this.receive(session, data));
    session.send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } });
  }

  private receive(session: Session, data: RawData): void {
    let payload: unknown;
    try {
      payload = JSON.parse(data.toString());
    } catch {
      session.socket.close(Close.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = isObject(payload) ? payload.op : undefined;
    const d = isObject(payload) ? payload.d : undefined;
    if (op === GatewayOpcodes.Heartbeat) {
      session.send({ op: GatewayOpcodes.HeartbeatAck });
    } else if (op === GatewayOpcodes.Identify) {
      this.identify(session, d);
    } else if (op === GatewayOpcodes.Resume) {
      // Fake sessions are not resumable; Discord may say the same, and clients then re-identify.
      session.send({ op: GatewayOpcodes.InvalidSession, d: false });
    } else if (IGNORED_OPS.has(op)) {
      if (!session.identified) session.socket.close(Close.NotAuthenticated, 'Not authenticated.');
    } else {
      session.socket.close(Close.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private identify(session: Session, d: unknown): void {
    if (session.identified) {
      session.socket.close(Close.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (!isObject(d) || !this.options.accepts(d.token)) {
      session.socket.close(Close.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    if (typeof d.intents !== 'number') {
      session.socket.close(Close.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    const shard = d.shard === undefined ? [0, 1] : d.shard;
    if (!isShardPair(shard)) {
      session.socket.close(Close.InvalidShard, 'Invalid shard.');
      return;
    }
    if (shard[1] < this.options.shards) {
      session.socket.close(Close.ShardingRequired, 'Sharding required.');
      return;
    }
    session.identified = true;
    session.intents = d.intents;
    session.shard = shard;
    const { ready, guilds } = this.options.greeting(session.id, shard);
    session.dispatch(GatewayDispatchEvents.Ready, ready);
    for (const guild of guilds) session.dispatch(GatewayDispatchEvents.GuildCreate, guild);
    session.ready = true;
    this.options.changes.notify();
  }
}

function isShardPair(value: unknown): value is ShardPair {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [id, count] = value as unknown[];
  return (
    Number.isInteger(id) &&
    Number.isInteger(count) &&
    (count as number) >= 1 &&
    (id as number) >= 0 &&
    (id as number) < (count as number)
  );
}
