/**
 * Reads one hand-written report file: YAML front matter (the report's fields)
 * followed by the report's own words, one quoted paragraph per block.
 * Every problem is reported with its line; nothing is dropped silently.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { parseStoredDate } from './calendar.ts';
import type { DatePrecision, EntryKind, Problem, Report } from './model.ts';

const FIELDS = ['id', 'kind', 'date', 'precision', 'type', 'title', 'places', 'citation', 'paraphrase'] as const;
const CITATION_FIELDS = ['article', 'author', 'publication', 'date', 'paragraphs'] as const;
/** Ids travel in Discord button ids (at most 100 characters, with a few of ours): 90 at most. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,89}$/;

/**
 * Whitespace to make one space: a run of two or more, or one that is not a space. A lone space is left as it is,
 * so a paragraph without other whitespace is kept, not copied (the War Diary's summaries are 70 MB).
 */
const SPACING = /\s{2,}|(?! )\s/g;

/** Splits text into paragraphs at blank lines, each run of whitespace one space, trimmed; empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.replace(SPACING, ' ').trim())
    .filter((p) => p.length > 0);
}

export function parseReportFile(text: string, file: string): { report?: Report; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (line: number, message: string) => problems.push({ file, line, message });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const front = frontMatter(lines, problem);
  if (!front) return { problems };
  const { fields, lineOf, close } = front;
  const str = textOf(fields, problem);

  const id = str('id', true);
  if (id && !ID_PATTERN.test(id)) {
    problem(fields.get('id')!.line, `id "${id}" may hold only letters, digits, ".", "_" and "-" (at most 90)`);
  }
  const kindText = str('kind', false) ?? 'report';
  if (kindText !== 'report' && kindText !== 'commentary') {
    problem(fields.get('kind')!.line, `kind must be "report" or "commentary", not "${kindText}"`);
  }
  const kind: EntryKind = kindText === 'commentary' ? 'commentary' : 'report';

  const { date, precision } = readDate(fields, kind, problem);
  const type = kind === 'commentary' ? 'commentary' : str('type', true);
  if (kind === 'commentary' && fields.has('type')) {
    problem(fields.get('type')!.line, "commentary has no type: it is the article's own words");
  }
  const title = str('title', true);
  const places = readPlaces(fields.get('places'), lineOf, problem);
  const citation = readCitation(fields.get('citation'), lineOf, problem);
  const paraphrase = paragraphsOf(str('paraphrase', false) ?? '');
  const quotes = paragraphsOf(lines.slice(close + 1).join('\n'));
  if (quotes.length === 0) problem(close + 2, 'empty text: write the report\'s own words after the closing "---"');

  if (problems.length || !id || !type || !title || !citation) return { problems };
  const origin = { file, line: fields.get('id')!.line };
  return {
    report: { id, kind, date, precision, type, title, places, quotes, paraphrase, citation, origin },
    problems,
  };
}

type LineOf = (n: Node | null | undefined) => number;

/** The front matter's fields, with the file line of each, and where it closes; undefined (and why) when unreadable. */
function frontMatter(lines: string[], problem: Complain) {
  if (lines[0]?.trim() !== '---') {
    problem(1, 'missing front matter: the file must start with a line "---"');
    return undefined;
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    problem(1, 'front matter is not closed: add a line "---" after the fields');
    return undefined;
  }
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter: counter, uniqueKeys: true });
  // Front matter starts on the file's line 2.
  const lineOf: LineOf = (node) => (node?.range ? counter.linePos(node.range[0]).line + 1 : 1);
  // The YAML library counts lines from the front matter; say only the file's line.
  for (const error of doc.errors) {
    const said = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problem((error.linePos?.[0]?.line ?? 0) + 1, `YAML: ${said}`);
  }
  if (doc.errors.length) return undefined;
  if (!isMap(doc.contents)) {
    problem(2, 'front matter must be a map of fields (key: value)');
    return undefined;
  }
  return { fields: readMap(doc.contents, FIELDS, 'field', lineOf, problem), lineOf, close };
}

/** Reads a field as trimmed text; a required one missing, not text or empty is a problem. */
function textOf(fields: Map<string, Entry>, problem: Complain) {
  return (key: string, required: boolean): string | undefined => {
    const entry = fields.get(key);
    if (!entry) {
      if (required) problem(2, `missing field "${key}"`);
      return undefined;
    }
    if (!isScalar(entry.value) || entry.value.value === null) {
      if (required) problem(entry.line, `"${key}" must be text`);
      return undefined;
    }
    const value = String(entry.value.value).trim();
    if (required && !value) problem(entry.line, `"${key}" is empty`);
    return value;
  };
}

function readPlaces(entry: Entry | undefined, lineOf: LineOf, problem: Complain): string[] {
  const places: string[] = [];
  if (!entry) return places;
  if (!isSeq(entry.value)) {
    problem(entry.line, '"places" must be a list, e.g. [Herat, Afghanistan]');
    return places;
  }
  for (const item of entry.value.items) {
    const value = isScalar(item) ? String(item.value ?? '').trim() : '';
    if (value) places.push(value);
    else problem(lineOf(item as Node), 'each place must be a non-empty name');
  }
  return places;
}

type Entry = { value: unknown; line: number };
type Complain = (line: number, message: string) => void;

/** Reads a YAML map into entries with file lines, flagging keys the format does not know. */
function readMap(map: YAMLMap, known: readonly string[], what: string, lineOf: LineOf, problem: Complain) {
  const entries = new Map<string, Entry>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(pair.key as Node);
    if (!known.includes(key)) problem(line, `unknown ${what} "${key}" (known: ${known.join(', ')})`);
    else entries.set(key, { value: pair.value, line });
  }
  return entries;
}

function readDate(
  fields: Map<string, Entry>,
  kind: EntryKind,
  problem: Complain,
): { date: string | null; precision: DatePrecision } {
  const dateEntry = fields.get('date');
  const precisionEntry = fields.get('precision');
  const raw =
    dateEntry && isScalar(dateEntry.value) && dateEntry.value.value !== null
      ? String(dateEntry.value.value).trim()
      : '';
  const stated =
    precisionEntry && isScalar(precisionEntry.value) ? String(precisionEntry.value.value ?? '').trim() : undefined;
  if (stated !== undefined && !['day', 'month', 'none'].includes(stated)) {
    problem(precisionEntry!.line, `precision must be day, month or none, not "${stated}"`);
    return { date: null, precision: 'none' };
  }
  if (kind === 'commentary' && (raw || (stated && stated !== 'none'))) {
    problem((dateEntry ?? precisionEntry)!.line, 'commentary has no date of its own: the citation dates the article');
  }
  if (!raw) {
    if (stated && stated !== 'none') problem(precisionEntry!.line, `precision is "${stated}" but there is no date`);
    return { date: null, precision: 'none' };
  }
  const parsed = parseStoredDate(raw);
  if (!parsed) {
    problem(
      dateEntry!.line,
      `unparseable date "${raw}": write YYYY-MM-DD for a day, YYYY-MM for a month, or null when the source gives none`,
    );
    return { date: null, precision: 'none' };
  }
  if (stated && stated !== parsed.precision) {
    problem(
      precisionEntry!.line,
      `precision "${stated}" does not fit the date "${raw}" (which is a ${parsed.precision})`,
    );
  }
  return parsed;
}

function readCitation(entry: Entry | undefined, lineOf: (n: Node | null | undefined) => number, problem: Complain) {
  if (!entry) {
    problem(2, 'missing citation: say which article and paragraph(s) the report comes from');
    return undefined;
  }
  if (!isMap(entry.value)) {
    problem(entry.line, 'citation must be a map with article, author, publication, date and paragraphs');
    return undefined;
  }
  const fields = readMap(entry.value, CITATION_FIELDS, 'citation field', lineOf, problem);
  const text = (key: string) => {
    const e = fields.get(key);
    const value = e && isScalar(e.value) && e.value.value !== null ? String(e.value.value).trim() : '';
    if (!value) problem(e?.line ?? entry.line, `citation is missing "${key}"`);
    return value;
  };
  const [article, author, publication, date] = [text('article'), text('author'), text('publication'), text('date')];
  if (date && parseStoredDate(date)?.precision !== 'day')
    problem(fields.get('date')!.line, `citation date "${date}" must be a real day, YYYY-MM-DD`);
  const paragraphs: number[] = [];
  const p = fields.get('paragraphs');
  const items = p && isSeq(p.value) ? p.value.items : [];
  for (const item of items) {
    const n = isScalar(item) ? item.value : undefined;
    if (typeof n === 'number' && Number.isInteger(n) && n > 0) paragraphs.push(n);
    else problem(lineOf(item as Node), `paragraph numbers must be whole numbers from 1, not "${String(n)}"`);
  }
  if (!items.length)
    problem(p?.line ?? entry.line, 'citation needs "paragraphs": the paragraph number(s) in the article, e.g. [8]');
  if (!article || !author || !publication || !date || !paragraphs.length) return undefined;
  return { source: 'article' as const, article, author, publication, date, paragraphs };
}
