/**
 * The desk the bot serves, on its own thread within a heap limit: with
 * REPORT_DATABASE_URL, the desk on PostgreSQL (no index in memory: a small
 * process, and as many bots as wanted on one database); otherwise the desk in
 * memory. Either way the same few things: the desk,
 * whether it serves (for /healthz and /metrics), a reread, a close.
 */
import type { Config } from '../config.ts';
import type { Desk } from '../desk.ts';
import { databaseHealth, type Health } from '../desk/postgres/health.ts';
import { connect } from '../desk/postgres/pool.ts';
import type { ThreadLog } from './desk-link.ts';
import { openDeskThread, type DeskStatus } from './desk-thread.ts';

export interface BotDesk {
  desk: Desk;
  /** What to log once open. */
  opened: object;
  /** Whether the desk serves now, with why not, the calls waiting on it and the reports it serves. */
  status(): DeskStatus;
  /** SIGHUP: read the corpus again (in memory); a desk on the database follows its imports by itself. */
  restart(): Promise<void>;
  close(): Promise<void>;
  /** The desk on PostgreSQL: asks the database now whether it serves (status() tells what was last seen). */
  health?: () => Promise<Health>;
}

/** The desk as the server and the shards use it, whichever kind it is. */
export type ServedDesk = Omit<BotDesk, 'opened'>;

export async function openBotDesk(config: Config, log: ThreadLog): Promise<BotDesk> {
  if (config.REPORT_DATABASE_URL) return databaseDesk(config.REPORT_DATABASE_URL, config, log);
  const open = { corpus: config.REPORT_CORPUS, cacheDir: config.INDEX_CACHE_DIR, allowRejects: config.ALLOW_REJECTS };
  const thread = await openDeskThread({ open, heapLimitMb: config.DESK_HEAP_MB }, log);
  return { ...thread, opened: { ...thread.counts, fromSavedIndex: thread.fromCache } };
}

/** How often the bot asks whether the report database answers, for /healthz between calls. */
const HEALTH_EVERY_MS = 5_000;

/**
 * The desk on the report database, on a thread of its own as the desk in memory is, so that ranking never holds up
 * the thread that answers Discord. The bot starts whether the database answers or not: the desk says "unavailable"
 * until it does, and recovers by itself; this thread asks the database (one connection) how it is, for /healthz.
 */
async function databaseDesk(url: string, config: Config, log: ThreadLog): Promise<BotDesk> {
  const thread = await openDeskThread({ open: {}, database: url, heapLimitMb: config.DESK_HEAP_MB }, log);
  const db = connect(url, 1);
  let health: Health = await databaseHealth(db);
  if (!health.ok)
    log.warn({ ...health }, 'the report database is not serving yet; answering "unavailable" until it is');
  const check = async () => (health = await databaseHealth(db));
  const watch = setInterval(() => void check(), HEALTH_EVERY_MS).unref();
  return {
    desk: thread.desk,
    opened: health,
    status: () => {
      const { queue } = thread.status();
      return health.ok
        ? { state: 'open', queue, reports: health.reports }
        : { state: 'loading', reason: `the report database ${health.database}: ${health.reason}`, queue, reports: 0 };
    },
    restart: async () => log.info({}, 'the desk on the database serves each new import by itself: nothing to reload'),
    health: check,
    close: async () => {
      clearInterval(watch);
      await Promise.all([thread.close(), db.close()]);
    },
  };
}
