/** Loads a corpus from files and folders into reports, collecting every problem. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { parseReportFile } from './markdown.ts';
import type { Problem, Report } from './model.ts';

export interface Corpus {
  reports: Report[];
  problems: Problem[];
  /** The files read, for citations and stats. */
  files: string[];
}

/** Files a corpus folder holds that are not reports. */
const isReportFile = (path: string) => extname(path) === '.md' && basename(path).toLowerCase() !== 'readme.md';

async function listFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => (e.isDirectory() ? listFiles(join(path, e.name)) : Promise.resolve(isReportFile(e.name) ? [join(path, e.name)] : []))),
  );
  return nested.flat();
}

export async function loadCorpus(paths: string[], cwd = process.cwd()): Promise<Corpus> {
  const problems: Problem[] = [];
  const reports: Report[] = [];
  const files: string[] = [];
  for (const path of paths) {
    let found: string[];
    try {
      found = await listFiles(path);
    } catch (error) {
      problems.push({ file: path, line: 0, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      continue;
    }
    if (found.length === 0) problems.push({ file: path, line: 0, message: 'no report files (*.md) here' });
    for (const file of found) {
      const shown = relative(cwd, file) || file;
      files.push(shown);
      if (!isReportFile(file)) {
        problems.push({ file: shown, line: 0, message: 'not a report file: expected a .md file with front matter' });
        continue;
      }
      const parsed = parseReportFile(await readFile(file, 'utf8'), shown);
      problems.push(...parsed.problems);
      if (parsed.report) reports.push(parsed.report);
    }
  }
  problems.push(...duplicateIds(reports));
  return { reports, problems, files };
}

function duplicateIds(reports: Report[]): Problem[] {
  const first = new Map<string, Report>();
  const problems: Problem[] = [];
  for (const report of reports) {
    const earlier = first.get(report.id);
    if (earlier) problems.push({ ...report.origin, message: `duplicate id "${report.id}" (first used in ${earlier.origin.file})` });
    else first.set(report.id, report);
  }
  return problems;
}

export function formatProblem(p: Problem): string {
  return p.line > 0 ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`;
}
