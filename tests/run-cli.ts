/** Runs `node bin/report-bot.js …` as a user or a script does, with no setting of this machine leaking in. */
import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(repoRoot, 'bin/report-bot.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Every corpus setting is given (empty: unset), so neither a .env nor the caller's environment changes the run. */
export function cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}, cwd = repoRoot): Promise<Run> {
  return new Promise((done) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NO_COLOR: '1',
      REPORT_CORPUS: '',
      ALLOW_REJECTS: '',
      INDEX_CACHE_DIR: '',
      COLUMNS: '',
      ...extraEnv,
    };
    delete env.FORCE_COLOR;
    execFile(process.execPath, [bin, ...args], { cwd, timeout: 90_000, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** Runs many, a few at a time: dozens of Node processes at once on two cores would time each other out. */
export async function cliAll(
  commands: Record<string, [string[], NodeJS.ProcessEnv?]>,
  atOnce = 3,
): Promise<Record<string, Run>> {
  const queue = Object.entries(commands);
  const runs: Record<string, Run> = {};
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) runs[next[0]] = await cli(next[1][0], next[1][1]);
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
  return runs;
}
