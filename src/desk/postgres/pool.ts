/**
 * The connection to the report database: a `pg` pool whose statements time
 * out, and what counts as the database being away (refused, unreachable,
 * shutting down, timed out), named by host, port and database, never by its
 * password.
 */
import pg from 'pg';

/** No statement of the desk runs longer: a stuck database is an answer ("unavailable"), not a hang. */
const STATEMENT_TIMEOUT_MS = 10_000;
/** A refused connection fails at once; a server slow to accept one (a busy machine) is waited for this long. */
const CONNECT_TIMEOUT_MS = 15_000;

/** The database a URL names, as `host:port/database`: safe to print and log. */
export function databaseName(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname || 'localhost';
    return `${host}:${u.port || '5432'}/${decodeURIComponent(u.pathname.slice(1)) || 'postgres'}`;
  } catch {
    return 'the database (its URL could not be read)';
  }
}

/** The report database cannot be reached or answer now; says which, never how to log in. */
export class DatabaseUnavailable extends Error {
  readonly code = 'database_unavailable';
  constructor(
    readonly database: string,
    reason: string,
  ) {
    super(`the report database ${database} is unavailable: ${reason}`);
  }
}

/** Errors that mean the database is away, rather than a fault of the query. */
const AWAY_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'EPIPE',
]);

export function isAway(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code ?? '';
  // 08: connection exceptions; 57P: the server shutting down or starting; 57014: a statement timed out; 53300: too
  // many connections.
  if (AWAY_CODES.has(code) || /^(08|57P)/.test(code) || code === '57014' || code === '53300') return true;
  if (error instanceof AggregateError) return error.errors.some(isAway);
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(error.message);
}

/** The reason of an away error in a few words, without anything from the URL. */
const reasonOf = (error: Error) => {
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === '57014') return 'a statement timed out';
  return error.message.split('\n')[0]!.slice(0, 200);
};

/** Rethrows an error meaning the database is away as DatabaseUnavailable; any other as it is. */
export function unavailable(database: string, error: unknown): unknown {
  return isAway(error) ? new DatabaseUnavailable(database, reasonOf(error as Error)) : error;
}

export interface Database {
  pool: pg.Pool;
  /** host:port/database */
  name: string;
  /** Runs `work`, turning the database being away into DatabaseUnavailable. */
  run<T>(work: (pool: pg.Pool) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function connect(url: string, max = 4): Database {
  const name = databaseName(url);
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its server is not a crash: the next query finds the pool without it.
  pool.on('error', () => {});
  return {
    pool,
    name,
    run: async (work) => {
      try {
        return await work(pool);
      } catch (error) {
        throw unavailable(name, error);
      }
    },
    close: () => pool.end(),
  };
}
