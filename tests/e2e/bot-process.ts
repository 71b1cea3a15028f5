/**
 * The bot's entry point as a user starts it (`node … src/bot/main.ts`, or `npm start`), with exactly the settings
 * given (no .env can leak in: every key is given), its output kept for the tests to read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

const BASE_ENV = {
  DISCORD_CLIENT_ID: '',
  DISCORD_GUILD_ID: '',
  ALLOWED_GUILDS: '',
  REPORT_CORPUS: '',
  COOLDOWN_SECONDS: '0',
  LOG_LEVEL: 'info',
  TOTAL_SHARDS: '',
  // Health and metrics on a free loopback port (the log says which).
  PORT: '0',
  HOST: '127.0.0.1',
  INTERACTIONS_MODE: '',
  DISCORD_PUBLIC_KEY: '',
  PUBLIC_URL: '',
};

/** Every bot started, so a failed test can leave none running. */
export const started: ChildProcess[] = [];

export function startProcess(env: Record<string, string>, how: 'node' | 'npm start' = 'node') {
  const [command, args] =
    how === 'node' ? [process.execPath, ['--import', 'tsx', 'src/bot/main.ts']] : ['npm', ['start', '--silent']];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...BASE_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d: Buffer) => (out.stdout += d));
  child.stderr.on('data', (d: Buffer) => (out.stderr += d));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  /** The log lines, parsed (JSON lines: stdout is not a terminal). */
  const entries = () =>
    out.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  /** Resolves with the lines matching `pattern` once there are `count` of them (checked as the output grows). */
  const waitFor = (pattern: RegExp, ms = 60_000, count = 1) =>
    new Promise<string[]>((resolve, reject) => {
      const matching = () => out.stdout.split('\n').filter((line) => pattern.test(line));
      const finish = () => {
        clearTimeout(timer);
        child.stdout.off('data', check);
        child.off('exit', fail);
      };
      const check = () => {
        const lines = matching();
        if (lines.length < count) return;
        finish();
        resolve(lines);
      };
      const fail = () => {
        finish();
        reject(new Error(`no ${pattern} (×${count}) in:\n${out.stdout}\n${out.stderr}`));
      };
      const timer = setTimeout(fail, ms);
      child.stdout.on('data', check);
      child.once('exit', fail);
      check();
    });
  /** The HTTP server's address, from its log line. */
  const origin = () => {
    const line = out.stdout.split('\n').find((l) => l.includes('HTTP server listening'));
    return (JSON.parse(line!) as { url: string }).url;
  };
  return { child, out, exited, entries, waitFor, origin };
}

/** Whether a process of this id is still running (a zombie, exited but not yet reaped, is not). */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}
