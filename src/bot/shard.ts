/**
 * One shard's process, started by the manager (shards.ts): a discord.js client
 * for the servers of its shard (discord.js reads which from the environment
 * the manager sets), answering from the manager's desk over IPC. On SIGTERM
 * or SIGINT, or when the manager is gone, it turns new interactions away,
 * answers those it took (at most 10 s), and exits 0.
 */
import { readConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import type { Observed } from '../metrics.ts';
import { createBot } from './bot.ts';
import { InFlight } from './in-flight.ts';
import { exitOnUncaught } from './last-resort.ts';
import { remoteDesk, type Channel } from './shard-desk.ts';
import type { ShardObserved } from './shards.ts';

/** How long answers in flight may take once a signal came. */
const DRAIN_MS = 10_000;

const config = readConfig();
const token = config.DISCORD_TOKEN ?? '';
const log = createLogger(config.LOG_LEVEL, [token]).child({ shard: Number(process.env.SHARDS) });
exitOnUncaught(log);

const manager: Channel = {
  on: (event, listener) => process.on(event, listener),
  send: (message) => {
    if (!process.connected || !process.send) throw new Error('the manager is gone');
    return process.send(message);
  },
};
const work = new InFlight();
// The manager serves /metrics: each interaction answered is counted there.
const observe = (observed: Observed, seconds: number) => {
  if (process.connected) process.send?.({ observed, seconds } satisfies ShardObserved);
};
const client = createBot(remoteDesk(manager), config, log, { work, observe });

let stopping: Promise<void> | undefined;
const stop = (why: string) =>
  (stopping ??= (async () => {
    log.info({ why, inFlight: work.size }, 'shard stopping');
    const unanswered = await work.close(DRAIN_MS);
    if (unanswered) log.warn({ unanswered }, 'stopped with interactions still unanswered');
    await client.destroy();
    process.exit(0);
  })());
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
// The manager rereads the corpus on SIGHUP; a hangup sent to the whole group must not end the shard.
process.on('SIGHUP', () => {});
process.on('disconnect', () => void stop('the manager is gone'));

client.login(token).catch((error: unknown) => {
  // Discord refused the token (reset since the manager checked it) or could not be reached: the manager decides.
  log.fatal({ err: error }, 'could not log in');
  process.exit(1);
});
