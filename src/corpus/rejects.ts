/** The rejects file: every War Diary row that could not be read, with its line and why, to fix and re-import. */
import { rm, stat, writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type { Reject } from './wardiary.ts';

export const rejectsPath = (csv: string) => `${csv}.rejects.csv`;

/** Writes `line, reason, …the row's fields` per reject; returns the path written. */
export async function writeRejects(csv: string, rejects: Reject[]): Promise<string> {
  const path = rejectsPath(csv);
  await writeFile(path, stringify(rejects.map((r) => [String(r.line), r.reason, ...r.fields])));
  return path;
}

/**
 * Removes the rejects file an earlier import of this CSV left, now that every
 * row imports: it would name rows that are no longer rejected. Returns its
 * path, or null when there was none.
 */
export async function removeRejects(csv: string): Promise<string | null> {
  const path = rejectsPath(csv);
  if (
    !(await stat(path).then(
      (s) => s.isFile(),
      () => false,
    ))
  )
    return null;
  await rm(path);
  return path;
}
