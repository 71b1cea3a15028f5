/**
 * Whether the report database serves: it answers, and holds an import made current. Apart from the desk, so that
 * what only asks (the bot's main thread, for /healthz) does not load the desk's search and answer code.
 */
import type { Database } from './pool.ts';

export type Health =
  { ok: true; database: string; importId: number; reports: number } | { ok: false; database: string; reason: string };

/** The database holds no import yet: `index` makes one. */
export class NothingImported extends Error {
  constructor(readonly database: string) {
    super(`the report database ${database} holds no reports yet: run "report-bot index" with it first`);
  }
}

const CURRENT_SQL = 'SELECT i.id, i.reports FROM current_import c JOIN imports i ON i.id = c.import_id';

export async function databaseHealth(db: Database): Promise<Health> {
  try {
    const { rows } = await db
      .run((pool) => pool.query<{ id: number; reports: number }>(CURRENT_SQL))
      .catch((error) => {
        // No tables yet (42P01): nothing imported.
        if ((error as { code?: string }).code === '42P01') return { rows: [] };
        throw error;
      });
    const current = rows[0];
    if (!current) throw new NothingImported(db.name);
    return { ok: true, database: db.name, importId: current.id, reports: current.reports };
  } catch (error) {
    return { ok: false, database: db.name, reason: (error as Error).message };
  }
}
