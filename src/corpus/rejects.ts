/** The rejects file: every War Diary row that could not be read, with its line and why, to fix and re-import. */
import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type { Reject } from './wardiary.ts';

export const rejectsPath = (csv: string) => `${csv}.rejects.csv`;

/** Writes `line, reason, …the row's fields` per reject; returns the path written. */
export async function writeRejects(csv: string, rejects: Reject[]): Promise<string> {
  const path = rejectsPath(csv);
  await writeFile(path, stringify(rejects.map((r) => [String(r.line), r.reason, ...r.fields])));
  return path;
}
