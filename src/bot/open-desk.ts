/**
 * The desk the bot serves: with REPORT_DATABASE_URL, the desk on PostgreSQL
 * in this process (no index in memory, no thread: a small process, and as
 * many bots as wanted on one database); otherwise the desk in memory on its
 * own thread, within a heap limit. Either way the same few things: the desk,
 * whether it serves (for /healthz and /metrics), a reread, a close.
 */
import type { Config } from '../config.ts';
import type { Desk } from '../desk.ts';
import type { Health } from '../desk/postgres/desk.ts';
import { openDatabaseDesk } from '../open.ts';
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
  if (config.REPORT_DATABASE_URL) return databaseDesk(config.REPORT_DATABASE_URL, log);
  const open = { corpus: config.REPORT_CORPUS, cacheDir: config.INDEX_CACHE_DIR, allowRejects: config.ALLOW_REJECTS };
  const thread = await openDeskThread({ open, heapLimitMb: config.DESK_HEAP_MB }, log);
  return { ...thread, opened: { ...thread.counts, fromSavedIndex: thread.fromCache } };
}

/** How often the bot asks whether the report database answers, for /healthz between calls. */
const HEALTH_EVERY_MS = 5_000;

/** The bot starts whether the database answers or not: it says "unavailable" until it does, and recovers by itself. */
async function databaseDesk(url: string, log: ThreadLog): Promise<BotDesk> {
  const desk = openDatabaseDesk(url);
  let health: Health = await desk.health();
  if (!health.ok)
    log.warn({ ...health }, 'the report database is not serving yet; answering "unavailable" until it is');
  const check = async () => (health = await desk.health());
  const watch = setInterval(() => void check(), HEALTH_EVERY_MS).unref();
  return {
    desk,
    opened: health,
    status: () =>
      health.ok
        ? { state: 'open', queue: 0, reports: health.reports }
        : {
            state: 'loading',
            reason: `the report database ${health.database}: ${health.reason}`,
            queue: 0,
            reports: 0,
          },
    restart: async () => log.info({}, 'the desk on the database serves each new import by itself: nothing to reload'),
    health: check,
    close: () => {
      clearInterval(watch);
      return desk.close();
    },
  };
}
