/**
 * Gateway mode under discord.js's ShardingManager: the desk opens once, in
 * this process (on its thread), and each shard runs in a process of its own
 * (shard.ts) that reaches the desk over its IPC channel (shard-desk.ts), so a
 * shard costs a discord.js client, not a second index. A shard that stops,
 * whatever the reason, is started again at once, and the reason logged. On
 * SIGTERM or SIGINT every shard answers what it took and exits; then the desk
 * closes and the process exits 0, leaving nothing behind.
 */
import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import type { Logger } from '../log.ts';
import type { Metrics, Observed } from '../metrics.ts';
import { entryPoint, processArgs } from './entry.ts';
import type { ServedDesk } from './open-desk.ts';
import { serveDesk } from './shard-desk.ts';

/** A shard's own drain is 10 s (shard.ts): past this, it is killed. */
const SHARD_STOP_MS = 15_000;
/** Logging in and receiving every server takes seconds; a shard not ready by then is logged (and left to retry). */
const READY_MS = 60_000;
/**
 * Stops in a row without becoming ready in between: past this, the shard cannot start (a token reset in the portal, a
 * bug at start), and starting it again at once would only spend Discord's logins (1,000 a day) in a loop.
 */
const STARTS_FAILED = 5;

export interface ShardsOptions {
  token: string;
  totalShards: number;
  thread: ServedDesk;
  log: Logger;
  /** Where the shards' interactions are counted (this process serves /metrics). */
  metrics: Metrics;
  /** A shard cannot start (STARTS_FAILED in a row): the bot should stop, for its supervisor to start it again later. */
  giveUp(): void;
}

/** What a shard tells the manager of each interaction it answered, for /metrics. */
export interface ShardObserved {
  observed: Observed;
  seconds: number;
}

const isObserved = (message: unknown): message is ShardObserved =>
  typeof message === 'object' && message !== null && typeof (message as ShardObserved).observed === 'object';

export interface Shards {
  manager: ShardingManager;
  /** Every shard is ready (or one could not be, which is logged). */
  ready: Promise<void>;
  /** Stops every shard (each answers what it took), then closes the desk. */
  stop(): Promise<void>;
}

export function startShards({ token, totalShards, thread, log, metrics, giveUp }: ShardsOptions): Shards {
  const manager = new ShardingManager(fileURLToPath(entryPoint('shard')), {
    token,
    totalShards,
    mode: 'process',
    respawn: true,
    // Shards run as this process does: built, or TypeScript through tsx.
    execArgv: processArgs(),
  });
  manager.on('shardCreate', (shard) => {
    watch(shard, thread, log, giveUp);
    shard.on('message', (message: unknown) => {
      if (isObserved(message)) metrics.observe(message.observed, message.seconds);
    });
  });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      manager.respawn = false;
      await Promise.all(manager.shards.map(stopShard));
      await thread.close();
    })());
  // Shards are started one after another, as Discord allows one login at a time (discord.js waits 5.5 s between).
  const ready = manager.spawn({ timeout: READY_MS }).then(
    () => log.info({ shards: totalShards }, 'every shard is ready'),
    (error: unknown) => log.error({ err: error }, 'a shard did not become ready; it is started again when it stops'),
  );
  return { manager, ready, stop };
}

/** Serves a shard the desk, and logs its life: ready, and stopped (with why) and started again, or given up on. */
function watch(shard: Shard, thread: ServedDesk, log: Logger, giveUp: () => void) {
  serveDesk(thread.desk, shard);
  let failedStarts = 0;
  shard.on('spawn', () => log.info({ shard: shard.id, shardPid: shard.process?.pid }, 'shard started'));
  shard.on('ready', () => {
    failedStarts = 0;
    log.info({ shard: shard.id }, 'shard ready');
  });
  shard.on('death', (child) => {
    // Shards are processes here (mode 'process'): their exit code or signal says why they stopped.
    const how = {
      shard: shard.id,
      ...(child instanceof ChildProcess && { code: child.exitCode, signal: child.signalCode }),
    };
    if (!shard.manager.respawn) return log.info(how, 'shard stopped');
    if (++failedStarts < STARTS_FAILED) return log.warn(how, 'shard stopped; starting it again');
    shard.manager.respawn = false;
    log.fatal(
      { ...how, times: failedStarts },
      'shard stopped again and again without becoming ready; stopping the bot',
    );
    // discord.js decided to start this shard again before telling of its death: stop once that process exists.
    setImmediate(giveUp);
  });
  shard.on('error', (error) => log.error({ err: error, shard: shard.id }, 'shard error'));
}

/** Asks a shard's process to stop (it answers what it took first); kills it if it has not within SHARD_STOP_MS. */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), SHARD_STOP_MS).unref();
  await exited;
  clearTimeout(timer);
}
