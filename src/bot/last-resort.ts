/**
 * The last resort: an exception nothing caught (or a promise rejected with no
 * one waiting) leaves a process in a state no one knows. It is logged with a
 * reference, and the process exits 1; under the manager, a shard is started
 * again at once (see shards.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '../log.ts';

export function exitOnUncaught(log: Logger): void {
  process.on('uncaughtException', (error, origin) => {
    const ref = randomBytes(4).toString('hex');
    log.fatal({ err: error, ref, origin }, 'uncaught exception; exiting');
    process.exit(1);
  });
}
