/**
 * The desk the bot serves: with REPORT_DATABASE_URL, the desk on PostgreSQL
 * in this process (no index in memory, no thread: a small process, and as
 * many bots as wanted on one database); otherwise the desk in memory on its
 * own thread, within a heap limit.
 */
import type { Config } from '../config.ts';
import type { Desk } from '../desk.ts';
import type { Health } from '../desk/postgres/desk.ts';
import { openDatabaseDesk } from '../open.ts';
import { openDeskThread, type DeskThread } from './desk-thread.ts';
import type { ThreadLog } from './desk-link.ts';

export interface BotDesk {
  desk: Desk;
  /** What to log once open. */
  opened: object;
  /** SIGHUP: read the corpus again (in memory); a desk on the database follows its imports by itself. */
  restart(): Promise<void>;
  close(): Promise<void>;
  /** Whether the report database answers (the desk on PostgreSQL): what /healthz reports. */
  health?: () => Promise<Health>;
}

export async function openBotDesk(config: Config, log: ThreadLog): Promise<BotDesk> {
  if (config.REPORT_DATABASE_URL) return databaseDesk(config.REPORT_DATABASE_URL, log);
  const open = { corpus: config.REPORT_CORPUS, cacheDir: config.INDEX_CACHE_DIR, allowRejects: config.ALLOW_REJECTS };
  const thread: DeskThread = await openDeskThread({ open, heapLimitMb: config.DESK_HEAP_MB }, log);
  return {
    desk: thread.desk,
    opened: { ...thread.counts, fromSavedIndex: thread.fromCache },
    restart: () => thread.restart(),
    close: () => thread.close(),
  };
}

/** The bot starts whether the database answers or not: it says "unavailable" until it does, and recovers by itself. */
async function databaseDesk(url: string, log: ThreadLog): Promise<BotDesk> {
  const desk = openDatabaseDesk(url);
  const health = await desk.health();
  if (!health.ok)
    log.warn({ ...health }, 'the report database is not serving yet; answering "unavailable" until it is');
  return {
    desk,
    opened: health,
    restart: async () => log.info({}, 'the desk on the database serves each new import by itself: nothing to reload'),
    close: () => desk.close(),
    health: () => desk.health(),
  };
}
