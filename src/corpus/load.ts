/**
 * Loads a corpus from files and folders: hand-written report files (.md), War
 * Diary CSV (.csv) and JSON Lines (.jsonl), side by side, into one list of
 * reports. Every problem is collected with its file and line.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { readJsonLines } from './jsonl.ts';
import { parseReportFile } from './markdown.ts';
import type { Problem, Report } from './model.ts';
import { cleanStrings, controlCharacter, decodeUtf8, NOT_UTF8 } from './unicode.ts';
import { readWarDiary, type Progress, type Reject } from './wardiary.ts';

export interface Corpus {
  reports: Report[];
  problems: Problem[];
  /** The files read, as shown in messages. */
  files: string[];
  /**
   * War Diary rows that could not be read, by file (every War Diary file, none rejected included), for the rejects
   * file.
   */
  rejects: Map<string, Reject[]>;
  counts: { read: number; imported: number; rejected: number };
}

export interface LoadOptions {
  cwd?: string;
  onProgress?: (p: Progress) => void;
  /** Hears each report kept, in corpus order, as it is read. */
  onReport?: (report: Report) => void;
}

const KINDS: Record<string, 'markdown' | 'wardiary' | 'jsonl'> = {
  '.md': 'markdown',
  '.csv': 'wardiary',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};
const kindOf = (path: string) =>
  basename(path).toLowerCase() === 'readme.md' ? undefined : KINDS[extname(path).toLowerCase()];
/** Files the import writes next to a CSV, never read back as reports. */
const isOurOutput = (name: string) => name.includes('.rejects.');

export async function listFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.') && !isOurOutput(e.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) =>
        e.isDirectory() ? listFiles(join(path, e.name)) : Promise.resolve(kindOf(e.name) ? [join(path, e.name)] : []),
      ),
  );
  return nested.flat();
}

export async function loadCorpus(paths: string[], options: LoadOptions = {}): Promise<Corpus> {
  const cwd = options.cwd ?? process.cwd();
  const counts = { read: 0, imported: 0, rejected: 0 };
  const corpus: Corpus = { reports: [], problems: [], files: [], rejects: new Map(), counts };
  const sink = intake(corpus, options.onReport);
  for (const path of paths) {
    let found: string[];
    try {
      found = await listFiles(path);
    } catch (error) {
      const message = `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
      corpus.problems.push({ file: path, line: 0, message });
      continue;
    }
    if (found.length === 0) {
      corpus.problems.push({ file: path, line: 0, message: 'no corpus files here (*.md, *.csv, *.jsonl)' });
    }
    for (const file of found) {
      const shown = relative(cwd, file) || file;
      corpus.files.push(shown);
      await readInto(corpus, sink, file, shown, options);
    }
  }
  return corpus;
}

interface Sink {
  /** Keeps a report, or refuses it and says why. `plain`: its strings are known to be plain ASCII (none to clean). */
  accept(read: Report, plain?: boolean): string | undefined;
  /** Counts an entry that could not be read as a report. */
  refuse(problem: Problem): void;
}

/** Counts every entry read into the corpus: reports kept (their text cleaned) and entries refused, with why. */
function intake(corpus: Corpus, onReport: LoadOptions['onReport']): Sink {
  // A report with an id already used is refused: ids are how users and buttons name reports.
  const first = new Map<string, Report>();
  const { counts } = corpus;
  return {
    accept(read, plain = false) {
      counts.read++;
      const cleaned = plain ? { value: read } : cleanStrings(read);
      const report = 'value' in cleaned ? cleaned.value : read;
      const earlier = first.get(report.id);
      const message =
        'control' in cleaned
          ? `control character ${cleaned.control.name} in ${cleaned.control.path}: remove it`
          : earlier && `duplicate id "${report.id}" (first used in ${earlier.origin.file}:${earlier.origin.line})`;
      if (message) {
        counts.rejected++;
        corpus.problems.push({ ...report.origin, message });
        return message;
      }
      first.set(report.id, report);
      counts.imported++;
      corpus.reports.push(report);
      onReport?.(report);
      return undefined;
    },
    refuse(problem) {
      counts.read++;
      counts.rejected++;
      corpus.problems.push(problem);
    },
  };
}

/** Reads one corpus file into the corpus, as its kind is read. */
async function readInto(corpus: Corpus, { accept, refuse }: Sink, file: string, shown: string, options: LoadOptions) {
  switch (kindOf(file)) {
    case 'markdown': {
      const parsed = await readReportFile(file, shown);
      if (parsed.report) accept(parsed.report);
      else refuse(parsed.problems[0] ?? { file: shown, line: 1, message: 'unreadable' });
      corpus.problems.push(...parsed.problems.slice(parsed.report ? 0 : 1));
      break;
    }
    case 'wardiary': {
      const rejects: Reject[] = [];
      for await (const row of readWarDiary(file, shown, options.onProgress)) {
        if ('report' in row) {
          // A refused row goes to the rejects file too, so it lists every row not imported.
          const refused = accept(row.report, row.plain);
          if (refused) rejects.push({ line: row.report.origin.line, reason: refused, fields: row.fields ?? [] });
        } else {
          rejects.push(row.reject);
          refuse({ file: shown, line: row.reject.line, message: row.reject.reason });
        }
      }
      corpus.rejects.set(file, rejects);
      break;
    }
    case 'jsonl':
      for await (const line of readJsonLines(file, shown)) {
        if ('report' in line) accept(line.report);
        else refuse(line.problem);
      }
      break;
    default:
      corpus.problems.push({ file: shown, line: 0, message: 'not a corpus file: expected .md, .csv or .jsonl' });
  }
}

/** A report file read: its report, or its problems (the first at the line of a bad byte or a control character). */
async function readReportFile(path: string, file: string): Promise<{ report?: Report; problems: Problem[] }> {
  const decoded = decodeUtf8(await readFile(path));
  if ('badLine' in decoded) return { problems: [{ file, line: decoded.badLine, message: NOT_UTF8 }] };
  // CR only ends lines (CRLF) in a report file.
  const control = controlCharacter(decoded.text, true);
  if (!control) return parseReportFile(decoded.text, file);
  return { problems: [{ file, line: control.line, message: `control character ${control.name}: remove it` }] };
}
