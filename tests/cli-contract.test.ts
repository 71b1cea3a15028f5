/**
 * The command line's contract, as README.md states it: global options before
 * the command in every form, one failure contract (with --json, exactly one
 * {"error":{"code","message"}} on stdout; exit 2 for usage, 1 for an invalid
 * corpus, 3 when it could not finish), --version, validate --json, --help
 * with examples, and the terminal wording of searches. Every process starts
 * once, together, in beforeAll.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { writeWardiaryCsv } from '../scripts/wardiary/generate.ts';
import { cliAll, repoRoot, type Run } from './run-cli.ts';

const REPORTS = 60;
let dir: string;
let csv: string;
const runs: Record<string, Run> = {};

/** The one error object of a failed --json run. */
function errorOf(run: Run): { code: string; message: string } {
  const lines = run.stdout.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  const out = JSON.parse(lines[0]!) as { error: { code: string; message: string } };
  expect(Object.keys(out)).toEqual(['error']);
  expect(Object.keys(out.error).sort()).toEqual(['code', 'message']);
  return out.error;
}

const statsOf = (run: Run) => {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { reports: number; categories: unknown[]; regions: unknown[] };
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'report-desk-cli-'));
  csv = path.join(dir, 'wd.csv');
  await writeWardiaryCsv(REPORTS, 4, createWriteStream(csv));
  const bad = path.join(dir, 'bad.csv');
  const out = createWriteStream(bad);
  await writeWardiaryCsv(20, 4, out, { badRows: 1 });
  await finished(out);
  await writeFile(path.join(dir, 'not-a-dir'), 'x');
  const shipped = path.join(repoRoot, 'corpus');
  const n = ['--no-cache'];
  const commands: Record<string, [string[], NodeJS.ProcessEnv?]> = {
    corpusBeforeCommand: [[...n, '--corpus', csv, 'stats', '--json']],
    corpusEquals: [[...n, `--corpus=${csv}`, 'stats', '--json']],
    corpusTwice: [[...n, '--corpus', csv, '--corpus', shipped, 'stats', '--json']],
    corpusCommas: [[...n, '--corpus', `${csv}, ${shipped}`, 'stats', '--json']],
    corpusEnv: [[...n, 'stats', '--json'], { REPORT_CORPUS: `${csv}, ${shipped}` }],
    index: [['--corpus', csv, '--cache-dir', path.join(dir, 'index'), 'index', '--json']],
    limitNegative: [[...n, 'search', 'Iranian', '--limit', '-1', '--json']],
    limitWord: [[...n, 'search', 'Iranian', '--limit', 'abc', '--json']],
    limitText: [[...n, 'search', 'Iranian', '--limit', 'abc']],
    offsetNegative: [[...n, 'report', '2007', '--offset', '-5', '--json']],
    unknownOption: [[...n, 'search', 'Iranian', '--bogus', '--json']],
    missingArgument: [[...n, 'report', '--json']],
    unknownCommand: [[...n, 'frobnicate', '--json']],
    noCommand: [[...n]],
    jsonAlone: [[...n, '--json']],
    invalidCorpus: [[...n, '--corpus', bad, 'search', 'IED', '--json']],
    missingCorpus: [[...n, '--corpus', path.join(dir, 'missing.csv'), 'stats', '--json']],
    badSetting: [['stats', '--json'], { ALLOW_REJECTS: 'maybe' }],
    unknownFilter: [[...n, '--corpus', csv, 'search', '--category', 'IED Explodsion', '--json']],
    emptyCorpus: [[...n, '--corpus', '', 'stats', '--json']],
    commasOnlyCorpus: [[...n, '--corpus= , ,', 'stats', '--json']],
    hugeFilter: [[...n, '--corpus', csv, 'search', '--region', `"\n\u202e${'x'.repeat(5000)}`, '--json']],
    badGuild: [['deploy', '--guild', 'my server']],
    notSaved: [['--corpus', csv, '--cache-dir', path.join(dir, 'not-a-dir', 'index'), 'index', '--json']],
    notSavedText: [['--corpus', csv, '--cache-dir', path.join(dir, 'not-a-dir', 'index'), 'index']],
    version: [['--version']],
    help: [['--help']],
    validateJson: [['validate', bad, '--json']],
    validateOk: [['validate', csv, '--json']],
    filtersOnly: [[...n, '--corpus', csv, 'search', '--region', 'RC SOUTH', '--limit', '1']],
    phrase: [[...n, 'search', '"Iranian C4"', '--limit', '1']],
    typo: [[...n, 'search', 'Kandahr', '--limit', '1']],
    nearest: [[...n, 'report', '2007-06']],
    wrapped: [[...n, 'search', 'Iranian', 'C4', '--limit', '3'], { COLUMNS: '50' }],
    statsText: [[...n, '--corpus', csv, 'stats']],
  };
  Object.assign(runs, await cliAll(commands));
}, 120_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('global options before the command', () => {
  it('--corpus FILE, --corpus=FILE, several --corpus, comma lists and REPORT_CORPUS all read the same corpus', () => {
    expect(statsOf(runs.corpusBeforeCommand!).reports).toBe(REPORTS);
    expect(statsOf(runs.corpusEquals!).reports).toBe(REPORTS);
    for (const name of ['corpusTwice', 'corpusCommas', 'corpusEnv'])
      expect(statsOf(runs[name]!).reports, name).toBe(REPORTS + 6);
  });

  it('index --json says what was read and where the index was saved', () => {
    const run = runs.index!;
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      command: 'index',
      counts: { read: REPORTS, imported: REPORTS, rejected: 0 },
      savedTo: expect.stringMatching(/index\.bin$/),
    });
  });
});

describe('one failure contract', () => {
  it.each([
    ['limitNegative', 'invalid_argument', /--limit.*'-1' is invalid.*whole number from 1 to 100/],
    ['limitWord', 'invalid_argument', /--limit.*'abc' is invalid/],
    ['offsetNegative', 'invalid_argument', /--offset.*'-5' is invalid.*whole number from 0/],
    ['unknownOption', 'unknown_option', /unknown option '--bogus'/],
    ['missingArgument', 'missing_argument', /missing required argument 'date-or-id'/],
    ['unknownCommand', 'unknown_command', /unknown command 'frobnicate'/],
    ['jsonAlone', 'unknown_option', /unknown option '--json'/],
    ['badSetting', 'invalid_settings', /ALLOW_REJECTS: must be true or false \(it is "maybe"\)/],
    [
      'unknownFilter',
      'unknown_filter',
      /No report has the category "IED Explodsion"\. The nearest category values: "IED Explosion"/,
    ],
    ['emptyCorpus', 'invalid_argument', /--corpus.*name a corpus file or folder/],
    ['commasOnlyCorpus', 'invalid_argument', /--corpus.*name a corpus file or folder/],
  ])('%s: exit 2 and one {"error":{"code":"%s"}} on stdout', (name, code, message) => {
    const run = runs[name]!;
    expect(run.code, run.stderr).toBe(2);
    expect(errorOf(run)).toEqual({ code, message: expect.stringMatching(message) });
    expect(run.stderr).toBe('');
  });

  it('a huge or hostile filter value: one unknown_filter error, the value cut short, the nearest values named', () => {
    const { code, message } = errorOf(runs.hugeFilter!);
    expect(code).toBe('unknown_filter');
    expect(message.length).toBeLessThan(400);
    expect(message).toMatch(/^No report has the region ".*…"\. The nearest region values: "RC /s);
  });

  it('deploy --guild takes a server id only', () => {
    expect(runs.badGuild!.code).toBe(2);
    expect(runs.badGuild!.stderr).toMatch(/--guild <id>' argument 'my server' is invalid\. must be a server id/);
  });

  it('an invalid corpus exits 1, naming the file, line and counts', () => {
    for (const name of ['invalidCorpus', 'missingCorpus']) {
      expect(runs[name]!.code, name).toBe(1);
      expect(errorOf(runs[name]!).code).toBe('invalid_corpus');
    }
    expect(errorOf(runs.invalidCorpus!).message).toMatch(
      /bad\.csv:\d+: empty Summary[\s\S]*Read 21, imported 20, rejected 1\.[\s\S]*--allow-rejects/,
    );
    expect(errorOf(runs.missingCorpus!).message).toMatch(/missing\.csv: cannot read: ENOENT/);
  });

  it('index exits 3 when it could not save the index, in JSON and in words', () => {
    expect(runs.notSaved!.code).toBe(3);
    expect(errorOf(runs.notSaved!)).toEqual({
      code: 'index_not_saved',
      message: expect.stringMatching(/^the index was built but could not be saved: .*ENOTDIR/),
    });
    expect(runs.notSavedText!.code).toBe(3);
    expect(runs.notSavedText!.stderr).toMatch(/report-bot: the index was built but could not be saved/);
  });

  it('no command at all is a usage error that shows the help', () => {
    expect(runs.noCommand!.code).toBe(2);
    expect(runs.noCommand!.stdout).toBe('');
    expect(runs.noCommand!.stderr).toMatch(/^Usage: report-bot \[options\] \[command\]/);
  });

  it("without --json, a usage error is commander's message and the usage, on stderr only", () => {
    const run = runs.limitText!;
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: option '--limit <n>' argument 'abc' is invalid/);
    expect(run.stderr).toContain('report-bot --help');
  });
});

describe('--version, --help, validate --json', () => {
  it('--version prints the package version', () => {
    expect(runs.version!.code).toBe(0);
    expect(runs.version!.stdout.trim()).toBe(pkg.version);
  });

  it('--help lists the commands, examples and exit codes', () => {
    const run = runs.help!;
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:\n\s+report-bot search "Iranian C4"/);
    expect(run.stdout).toContain('report-bot --corpus wd.csv index');
    expect(run.stdout).toMatch(/Exit codes: 0 done, 1 invalid corpus, 2 usage or bad input, 3 could not finish/);
  });

  it('validate --json prints valid, counts and every problem, and exits 1 when there is one', () => {
    expect(runs.validateJson!.code).toBe(1);
    const out = JSON.parse(runs.validateJson!.stdout);
    expect(out).toMatchObject({ command: 'validate', valid: false, counts: { read: 21, imported: 20, rejected: 1 } });
    expect(out.problems).toEqual([
      { file: expect.stringMatching(/bad\.csv$/), line: expect.any(Number), message: 'empty Summary' },
    ]);
    expect(runs.validateOk!.code).toBe(0);
    expect(JSON.parse(runs.validateOk!.stdout)).toMatchObject({ valid: true, problems: [] });
  });
});

describe('search and report in words', () => {
  it('filters alone: the count, the filters and the order, never an empty query in quotes', () => {
    const out = runs.filtersOnly!.stdout;
    expect(out).toMatch(/^\d+ reports? \(region "RC SOUTH"\), newest first \(showing 1–1 of \d+\):/);
    expect(out).not.toContain('""');
  });

  it('a quoted phrase is shown once quoted', () => {
    expect(runs.phrase!.stdout).toMatch(/^\d+ reports match "Iranian C4" \(showing 1–1 of \d+\):/);
    expect(runs.phrase!.stdout).not.toContain('""');
  });

  it('a corrected typo says which results are shown', () => {
    expect(runs.typo!.stdout).toMatch(/^Showing results for "kandahar" \(no report has "Kandahr"\)\./);
  });

  it('the nearest dates are labelled before and after', () => {
    expect(runs.nearest!.stdout).toMatch(
      /^No reports dated 2007-06\. The nearest dated reports:\n\nBefore: .*\n[\s\S]*\n\nAfter: /,
    );
  });

  it('excerpts and citations are wrapped to the terminal width under their indent', () => {
    const lines = runs.wrapped!.stdout.split('\n');
    expect(lines.filter((l) => l.length > 50 && !/^\d+\. /.test(l))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('   ')).length).toBeGreaterThan(6);
  });

  it('stats lists categories and regions with their counts', () => {
    const out = runs.statsText!.stdout;
    expect(out).toMatch(/\nCategories \(\d+\):\n {3}[\w /()-]+ \(\d+\)/);
    expect(out).toMatch(/\nRegions \(\d+\):\n {3}RC [A-Z]+ \(\d+\)/);
  });
});
