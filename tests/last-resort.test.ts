/**
 * The last resort (last-resort.ts): an exception nothing caught, or a promise rejected with no one waiting, is logged
 * with a reference and ends the process with exit 1, for the manager to start the shard again.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** Runs `failure` in a process that installed the last resort; its exit code and log lines. */
function runFailing(failure: string): Promise<{ code: number | null; lines: Record<string, unknown>[] }> {
  const script = `
    import { exitOnUncaught } from './src/bot/last-resort.ts';
    import { createLogger } from './src/log.ts';
    exitOnUncaught(createLogger('info'));
    setImmediate(() => { ${failure} });
    setInterval(() => {}, 1000);`;
  const args = ['--import', 'tsx', '--input-type=module', '-e', script];
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } }, (error, stdout) => {
      const lines = stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, lines });
    });
  });
}

describe('an uncaught failure', () => {
  it.each([
    ['an exception thrown', "throw new TypeError('boom')", 'uncaughtException'],
    ['a promise rejected', "void Promise.reject(new TypeError('boom'))", 'unhandledRejection'],
  ])('%s: logged with a reference and its stack, then exit 1', async (_, failure, origin) => {
    const { code, lines } = await runFailing(failure);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'uncaught exception; exiting', origin, err: { message: 'boom' } });
    expect(lines[0]!.ref).toMatch(/^[0-9a-f]{8}$/);
    expect(String((lines[0]!.err as { stack: string }).stack)).toContain('TypeError: boom');
  });
});
