/** The benchmark's data: synthetic War Diary CSVs (cached under bench/.data/) and the real sample as a CSV. */
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWardiaryCsv } from '../scripts/wardiary/generate.ts';
import { writeMashupCsv } from '../tests/fixtures/mashup.ts';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = path.resolve(BENCH_DIR, '..');
export const DATA_DIR = path.join(BENCH_DIR, '.data');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
export const ARTICLE_CORPUS = path.join(REPO_DIR, 'corpus');
export const SEED = 1;

export const wardiaryPath = (reports: number, seed = SEED, dir = DATA_DIR) =>
  path.join(dir, `wardiary-${reports}-seed${seed}.csv`);

/** The synthetic CSV for this size, generated once (written to a temporary name, then renamed, so a half-written file is never reused). */
export async function ensureWardiary(
  reports: number,
  seed = SEED,
  dir = DATA_DIR,
  say: (line: string) => void = () => {},
): Promise<string> {
  const file = wardiaryPath(reports, seed, dir);
  if (existsSync(file)) return file;
  await mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}.part`;
  const started = performance.now();
  try {
    const { bytes } = await writeWardiaryCsv(reports, seed, createWriteStream(temp));
    await rename(temp, file);
    say(
      `generated ${reports.toLocaleString('en-US')} reports (${(bytes / 2 ** 20).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${path.relative(REPO_DIR, file)}`,
    );
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return file;
}

/** The 307 real summaries as a War Diary CSV (tests/fixtures/wardiary-sample). */
export async function ensureMashup(dir = DATA_DIR): Promise<string> {
  const file = path.join(dir, 'mashup.csv');
  if (existsSync(file)) return file;
  await mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}.part`;
  await writeMashupCsv(temp);
  await rename(temp, file);
  return file;
}
