import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { formatProblem } from '../src/corpus/problems.ts';
import { parseReportFile } from '../src/corpus/markdown.ts';
import type { Problem } from '../src/corpus/model.ts';
import { SHIPPED_CORPUS } from '../src/open.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(repoRoot, 'bin/report-bot.js');

/** A valid report file as lines; `with` replaces or adds top-level fields, `body` replaces the text. */
function reportLines(
  opts: { with?: Record<string, string | null>; citation?: string[] | null; body?: string[] } = {},
): string[] {
  const fields: Record<string, string | null> = {
    id: 'test-report',
    kind: 'report',
    date: '2007-12-30',
    precision: 'day',
    type: 'document',
    title: 'A test report',
    places: '[Herat, Afghanistan]',
    ...opts.with,
  };
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) if (value !== null) lines.push(`${key}: ${value}`);
  const citation =
    opts.citation === undefined
      ? [
          '  article: An article',
          '  author: A. Writer',
          '  publication: A Paper',
          '  date: 2010-07-27',
          '  paragraphs: [8]',
        ]
      : opts.citation;
  if (citation !== null) lines.push('citation:', ...citation);
  lines.push('---', ...(opts.body ?? ['The report says this.', '', 'And this.']));
  return lines;
}
const text = (lines: string[]) => lines.join('\n') + '\n';
/** The 1-based line of the first line starting with `prefix`. */
const lineOf = (lines: string[], prefix: string) => {
  const i = lines.findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starts with ${prefix}`);
  return i + 1;
};
const parse = (lines: string[]) => parseReportFile(text(lines), 'reports/test.md');
const only = (problems: Problem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('parseReportFile: a valid file', () => {
  it('reads every field, the paragraphs of the text and the citation', () => {
    const { report, problems } = parse(
      reportLines({ with: { paraphrase: '|\n  The article says so.\n\n  And more.' } }),
    );
    expect(problems).toEqual([]);
    expect(report).toMatchObject({
      id: 'test-report',
      kind: 'report',
      date: '2007-12-30',
      precision: 'day',
      type: 'document',
      title: 'A test report',
      places: ['Herat', 'Afghanistan'],
      quotes: ['The report says this.', 'And this.'],
      paraphrase: ['The article says so.', 'And more.'],
      citation: {
        source: 'article',
        article: 'An article',
        author: 'A. Writer',
        publication: 'A Paper',
        date: '2010-07-27',
        paragraphs: [8],
      },
      // The id's line: where a duplicate id is pointed out.
      origin: { file: 'reports/test.md', line: 2 },
    });
  });

  it('reads a month-precision date, and an undated report', () => {
    expect(parse(reportLines({ with: { date: '2008-09', precision: 'month' } })).report).toMatchObject({
      date: '2008-09',
      precision: 'month',
    });
    expect(parse(reportLines({ with: { date: 'null', precision: 'none' } })).report).toMatchObject({
      date: null,
      precision: 'none',
    });
    expect(parse(reportLines({ with: { date: null, precision: null } })).report).toMatchObject({
      date: null,
      precision: 'none',
    });
  });

  it('reads a file with a byte-order mark and CRLF line endings', () => {
    const lines = reportLines();
    const { report, problems } = parseReportFile('\uFEFF' + lines.join('\r\n') + '\r\n', 'bom.md');
    expect(problems).toEqual([]);
    expect(report?.id).toBe('test-report');
    expect(report?.quotes).toEqual(['The report says this.', 'And this.']);
  });

  it('gives the right lines for problems in a CRLF file', () => {
    const lines = reportLines({ with: { colour: 'red' } });
    const { problems } = parseReportFile(lines.join('\r\n'), 'crlf.md');
    expect(only(problems)).toMatchObject({
      line: lineOf(lines, 'colour:'),
      message: expect.stringContaining('unknown field "colour"'),
    });
  });

  it('reads a huge file', () => {
    const paragraph = 'The report goes on at length about the same thing. '.repeat(40).trim();
    const body = Array.from({ length: 3000 }, () => [paragraph, '']).flat();
    const { report, problems } = parse(reportLines({ body }));
    expect(problems).toEqual([]);
    expect(report?.quotes).toHaveLength(3000);
  });
});

describe('parseReportFile: every problem with its file and line', () => {
  it.each([
    ['an unparseable date', { with: { date: '2007-13-45' } }, 'date:', /unparseable date "2007-13-45"/],
    ['a date not on the calendar', { with: { date: '2007-02-30' } }, 'date:', /unparseable date "2007-02-30"/],
    [
      'a day date written another way',
      { with: { date: '30 Dec 2007' } },
      'date:',
      /unparseable date "30 Dec 2007".*YYYY-MM-DD/,
    ],
    [
      'precision that does not fit the date',
      { with: { date: '2008-09', precision: 'day' } },
      'precision:',
      /precision "day" does not fit the date "2008-09" \(which is a month\)/,
    ],
    [
      'month precision with a day date',
      { with: { precision: 'month' } },
      'precision:',
      /precision "month" does not fit the date "2007-12-30" \(which is a day\)/,
    ],
    [
      'precision: day with a null date',
      { with: { date: 'null', precision: 'day' } },
      'precision:',
      /precision is "day" but there is no date/,
    ],
    [
      'an unknown precision',
      { with: { precision: 'week' } },
      'precision:',
      /precision must be day, month or none, not "week"/,
    ],
    ['an unknown kind', { with: { kind: 'rumour' } }, 'kind:', /kind must be "report" or "commentary"/],
    ['an unknown field', { with: { colour: 'red' } }, 'colour:', /unknown field "colour" \(known: id, kind/],
    ['a Unicode id', { with: { id: 'rapport-été' } }, 'id:', /id "rapport-été" may hold only letters, digits/],
    ['an id with spaces', { with: { id: '"two words"' } }, 'id:', /id "two words" may hold only/],
    ['an empty title', { with: { title: '""' } }, 'title:', /"title" is empty/],
    ['places that are not a list', { with: { places: 'Herat' } }, 'places:', /"places" must be a list/],
    [
      'commentary with a date',
      { with: { kind: 'commentary', type: null } },
      'date:',
      /commentary has no date of its own/,
    ],
    [
      'commentary with a type',
      { with: { kind: 'commentary', type: 'document', date: null, precision: null } },
      'type:',
      /commentary has no type/,
    ],
  ])('reports %s', (_, opts, at, says) => {
    const lines = reportLines(opts);
    const problem = only(parse(lines).problems);
    expect(problem).toEqual({ file: 'reports/test.md', line: lineOf(lines, at), message: expect.stringMatching(says) });
  });

  it('reports an unknown citation field at its line', () => {
    const lines = reportLines({
      citation: [
        '  article: A',
        '  author: B',
        '  publication: C',
        '  date: 2010-07-27',
        '  paragraphs: [8]',
        '  page: 3',
      ],
    });
    expect(only(parse(lines).problems)).toMatchObject({
      line: lineOf(lines, '  page:'),
      message: expect.stringMatching(/unknown citation field "page"/),
    });
  });

  it('reports a citation field that is missing or not a day', () => {
    const lines = reportLines({
      citation: ['  article: A', '  publication: C', '  date: 2010-07', '  paragraphs: [8]'],
    });
    const problems = parse(lines).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: lineOf(lines, 'citation:'), message: 'citation is missing "author"' }),
        expect.objectContaining({
          line: lineOf(lines, '  date:'),
          message: expect.stringMatching(/citation date "2010-07" must be a real day/),
        }),
      ]),
    );
  });

  it('reports a missing citation', () => {
    const problem = only(parse(reportLines({ citation: null })).problems);
    expect(problem.message).toMatch(/^missing citation/);
    expect(problem.line).toBe(2);
  });

  it('reports a citation that is not a map', () => {
    const lines = reportLines({ citation: null, with: { citation: 'the article' } });
    expect(only(parse(lines).problems)).toMatchObject({
      line: lineOf(lines, 'citation:'),
      message: expect.stringMatching(/citation must be a map/),
    });
  });

  it('reports missing paragraphs, and paragraph numbers that are not whole numbers from 1', () => {
    const missing = reportLines({
      citation: ['  article: A', '  author: B', '  publication: C', '  date: 2010-07-27'],
    });
    expect(only(parse(missing).problems)).toMatchObject({
      line: lineOf(missing, 'citation:'),
      message: expect.stringMatching(/citation needs "paragraphs"/),
    });
    const bad = reportLines({
      citation: [
        '  article: A',
        '  author: B',
        '  publication: C',
        '  date: 2010-07-27',
        '  paragraphs:',
        '    - 0',
        '    - two',
      ],
    });
    const problems = parse(bad).problems;
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [lineOf(bad, '    - 0'), 'paragraph numbers must be whole numbers from 1, not "0"'],
      [lineOf(bad, '    - two'), 'paragraph numbers must be whole numbers from 1, not "two"'],
    ]);
  });

  it('reports empty text on the line after the closing "---"', () => {
    for (const body of [[], [''], ['', '   ', '']]) {
      const lines = reportLines({ body });
      const closing = lines.lastIndexOf('---') + 1;
      expect(only(parse(lines).problems)).toMatchObject({
        line: closing + 1,
        message: expect.stringMatching(/^empty text/),
      });
    }
  });

  it('reports missing and unclosed front matter on line 1', () => {
    expect(only(parseReportFile('Just some words.\n', 'a.md').problems)).toEqual({
      file: 'a.md',
      line: 1,
      message: expect.stringMatching(/^missing front matter/),
    });
    expect(only(parseReportFile('', 'a.md').problems).message).toMatch(/^missing front matter/);
    expect(only(parseReportFile('---\nid: x\ntitle: y\n', 'a.md').problems)).toEqual({
      file: 'a.md',
      line: 1,
      message: expect.stringMatching(/^front matter is not closed/),
    });
  });

  it('reports front matter that is not a map of fields', () => {
    expect(only(parseReportFile('---\n- a\n- b\n---\ntext\n', 'a.md').problems)).toMatchObject({
      line: 2,
      message: expect.stringMatching(/must be a map/),
    });
  });

  it('reports broken YAML at the line that breaks it', () => {
    const lines = reportLines({ with: { x: ': : :' } });
    const problems = parse(lines).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems)
      expect(p).toMatchObject({ line: lineOf(lines, 'x:'), message: expect.stringMatching(/^YAML: /) });
  });

  it('reports a field given twice at the second one', () => {
    const lines = [...reportLines().slice(0, 3), 'id: again', ...reportLines().slice(3)];
    expect(only(parse(lines).problems)).toMatchObject({
      line: 4,
      message: expect.stringMatching(/^YAML: Map keys must be unique/),
    });
  });

  // The YAML library's message ends with its own position, counted from the first line of the
  // front matter, so the file line and the message disagree: "test.md:4: YAML: Map keys must be
  // unique at line 3, column 1:". src/corpus/markdown.ts line 41 should drop (or shift) that tail.
  it('does not contradict the file line inside a YAML message', () => {
    const lines = [...reportLines().slice(0, 3), 'id: again', ...reportLines().slice(3)];
    const problem = only(parse(lines).problems);
    for (const [, n] of problem.message.matchAll(/line (\d+)/g)) expect(Number(n)).toBe(problem.line);
  });

  it('reports several problems in one file, all of them', () => {
    const lines = reportLines({ with: { id: 'é', date: 'someday', colour: 'red' }, body: [] });
    const problems = parse(lines).problems;
    expect(problems.map((p) => p.line).sort((a, b) => a - b)).toEqual(
      [lineOf(lines, 'id:'), lineOf(lines, 'date:'), lineOf(lines, 'colour:'), lines.length + 1].sort((a, b) => a - b),
    );
    expect(problems.every((p) => p.file === 'reports/test.md')).toBe(true);
  });

  it('never returns a report when there is a problem', () => {
    const { report, problems } = parse(reportLines({ with: { colour: 'red' } }));
    expect(problems).toHaveLength(1);
    expect(report).toBeUndefined();
  });
});

describe('loadCorpus', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-desk-validate-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const folder = async (name: string, files: Record<string, string>) => {
    const path = join(dir, name);
    await mkdir(path, { recursive: true });
    for (const [file, content] of Object.entries(files)) {
      await mkdir(dirname(join(path, file)), { recursive: true });
      await writeFile(join(path, file), content);
    }
    return path;
  };

  it('validates the shipped corpus with zero problems', async () => {
    const corpus = await loadCorpus([SHIPPED_CORPUS]);
    expect(corpus.problems.map(formatProblem)).toEqual([]);
    expect(corpus.reports).toHaveLength(11);
    expect(corpus.files).toHaveLength(11);
  });

  it('reads nested folders in name order, skipping README.md, dot files and other files', async () => {
    const path = await folder('nested', {
      'b.md': text(reportLines({ with: { id: 'b' } })),
      'sub/a.md': text(reportLines({ with: { id: 'a' } })),
      'README.md': '# not a report',
      '.hidden.md': 'not read',
      'notes.txt': 'not read',
    });
    const corpus = await loadCorpus([path], { cwd: path });
    expect(corpus.problems).toEqual([]);
    expect(corpus.files).toEqual(['b.md', join('sub', 'a.md')]);
    expect(corpus.reports.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('reports a duplicate id across two files at the second, naming the first', async () => {
    const path = await folder('duplicates', { 'a.md': text(reportLines()), 'b.md': text(reportLines()) });
    const corpus = await loadCorpus([path], { cwd: path });
    const problem = only(corpus.problems);
    expect(problem.file).toBe('b.md');
    expect(problem.line).toBeGreaterThan(0);
    expect(problem.message).toMatch(/^duplicate id "test-report" \(first used in a\.md(:\d+)?\)$/);
  });

  it('collects problems from every file, with the file each is in', async () => {
    const path = await folder('mixed', {
      'good.md': text(reportLines({ with: { id: 'good' } })),
      'bad-date.md': text(reportLines({ with: { id: 'bad-date', date: 'soon' } })),
      'no-front.md': 'words\n',
    });
    const corpus = await loadCorpus([path], { cwd: path });
    expect(corpus.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^bad-date\.md:4: unparseable date "soon"/),
      expect.stringMatching(/^no-front\.md:1: missing front matter/),
    ]);
    expect(corpus.reports.map((r) => r.id)).toEqual(['good']);
  });

  it('reports a folder with no corpus files', async () => {
    const path = await folder('empty', { 'notes.txt': 'x', 'README.md': '# not a report' });
    expect(only((await loadCorpus([path], { cwd: dir })).problems)).toMatchObject({
      file: path,
      line: 0,
      message: expect.stringMatching(/^no .*files.*\*\.md/),
    });
  });

  it('reports a missing path', async () => {
    const path = join(dir, 'does-not-exist');
    const problem = only((await loadCorpus([path], { cwd: dir })).problems);
    expect(problem).toMatchObject({ file: path, line: 0, message: expect.stringContaining('ENOENT') });
    expect(formatProblem(problem)).toBe(`${path}: cannot read: ENOENT`);
  });

  it('reports a file given by name that is not a corpus file', async () => {
    const path = await folder('single', { 'report.txt': 'x' });
    expect(only((await loadCorpus([join(path, 'report.txt')], { cwd: path })).problems)).toMatchObject({
      file: 'report.txt',
      message: expect.stringMatching(/^not a (report|corpus) file/),
    });
  });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: repoRoot, timeout: 20_000, env: { ...process.env, NO_COLOR: '1', REPORT_CORPUS: '' } },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

describe('report-bot validate', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-desk-cli-validate-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 1 and prints file:line: message for every problem', async () => {
    const dated = reportLines({ with: { id: 'one', date: 'soon', colour: 'red' } });
    await writeFile(join(dir, 'one.md'), text(dated));
    await writeFile(join(dir, 'two.md'), text(reportLines({ with: { id: 'one' } })));
    await writeFile(join(dir, 'three.md'), text(reportLines({ with: { id: 'three' }, body: [] })));
    const run = await cli(['validate', dir]);
    const shown = (name: string) => relative(repoRoot, join(dir, name));
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `${shown('one.md')}:${lineOf(dated, 'date:')}: unparseable date "soon": write YYYY-MM-DD for a day, YYYY-MM for a month, or null when the source gives none`,
        expect.stringMatching(
          new RegExp(`^${escape(shown('one.md'))}:${lineOf(dated, 'colour:')}: unknown field "colour"`),
        ),
        expect.stringMatching(new RegExp(`^${escape(shown('three.md'))}:\\d+: empty text`)),
      ]),
    );
    // one.md has problems, so two.md's "one" is the only report with that id: no duplicate.
    expect(lines.at(-1)).toMatch(/^3 problems\b/);
    expect(run.stdout).toBe('');
  });

  it('exits 0 on the shipped corpus', async () => {
    const run = await cli(['validate']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.trim()).toMatch(/^OK: .*\b11\b/);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
