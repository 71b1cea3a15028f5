/** The report database's schema, brought up to date by node-pg-migrate from the SQL files in migrations/. */
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import type { Database } from './pool.ts';

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

export async function migrate(db: Database): Promise<void> {
  await db.run(async (pool) => {
    const client = await pool.connect();
    try {
      // node-pg-migrate takes an advisory lock: two imports starting at once migrate once.
      await runner({
        dbClient: client,
        dir: MIGRATIONS,
        direction: 'up',
        migrationsTable: 'report_desk_migrations',
        log: () => {},
        checkOrder: true,
      });
    } finally {
      client.release();
    }
  });
}
