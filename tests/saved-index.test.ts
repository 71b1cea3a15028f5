/**
 * The saved index (open.ts, cache.ts): built and saved on first open, loaded
 * on the next; anything stale, truncated, corrupt or foreign is detected,
 * logged and rebuilt, never served and never a crash. Then the CLI over a
 * War Diary CSV: index, report by tracking number or key, filtered search.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COL } from '../src/corpus/wardiary-columns.ts';
import { generateRows } from '../scripts/wardiary/generate.ts';
import type { Desk } from '../src/desk.ts';
import { DEFAULT_GLOSSARY } from '../src/search/glossary.ts';
import { CorpusInvalid } from '../src/corpus/problems.ts';
import { openDesk, openIndex, type Notes, type OpenOptions } from '../src/open.ts';
import { cacheKey, INDEX_FILE } from '../src/cache.ts';
import { plainReport } from '../src/saved-reports.ts';
import type { Report } from '../src/corpus/model.ts';
import { cliAll, type Run } from './run-cli.ts';

let dir: string;
/** 150 synthetic War Diary rows, all valid. */
let rows: string[][];
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'saved-index-test-'));
  rows = [...generateRows(150, 11)];
  // The generator writes an empty summary now and then: keep this corpus valid.
  rows = rows.filter((r) => r[COL.Summary] !== '<null value>');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The line on which the row with this key starts (summaries span lines). */
function lineStarting(text: string, key: string): number {
  const i = text.split('\n').findIndex((l) => l.startsWith(`${key},`));
  expect(i).toBeGreaterThanOrEqual(0);
  return i + 1;
}

let n = 0;
/** A fresh folder with a CSV of the rows; returns the CSV's path and a cache folder beside it. */
async function corpusCopy(extra: string[][] = []): Promise<{ csv: string; cacheDir: string; folder: string }> {
  const folder = path.join(dir, `case-${++n}`);
  await mkdir(folder);
  const csv = path.join(folder, 'afg.csv');
  await writeFile(csv, stringify([...rows, ...extra]));
  return { csv, cacheDir: path.join(folder, 'cache'), folder };
}

interface Call {
  level: 'info' | 'warn';
  fields: Record<string, unknown>;
  message: string;
}
function recorder(): Notes & { calls: Call[]; text: () => string } {
  const calls: Call[] = [];
  return {
    calls,
    info: (fields, message) => calls.push({ level: 'info', fields: fields as Record<string, unknown>, message }),
    warn: (fields, message) => calls.push({ level: 'warn', fields: fields as Record<string, unknown>, message }),
    text: () => calls.map((c) => `${c.level} ${c.message} ${JSON.stringify(c.fields)}`).join('\n'),
  };
}

const QUERIES = ['IED', 'troops in contact', 'Kandahar', 'TB fighters', 'medevac'];
/**
 * What a user sees of a search: ids and scores, in order; and what reads the desk's counts per report (saved with the
 * index): figures, filters alone, a date range, the reports of a month.
 */
const answers = async (desk: Desk) => [
  ...(await Promise.all(
    QUERIES.map(async (query) => {
      const r = await desk.search({ query, limit: 10 });
      return r.ok ? r.results.map((h) => [h.report.id, h.score]) : r.error.code;
    }),
  )),
  await desk.stats(),
  await desk.search({ query: '', region: 'RC SOUTH', type: 'explosive', limit: 10 }),
  await desk.search({ query: 'IED', from: '2007-01', to: '2008-06', limit: 10 }),
  await desk.report('2008-05', { limit: 5 }),
];

async function open(options: OpenOptions) {
  const log = recorder();
  const opened = await openDesk({ ...options, log });
  return { ...opened, log };
}

describe('the saved index', () => {
  it('is built and saved on first open, loaded on the second, and answers the same', async () => {
    const { csv, cacheDir } = await corpusCopy();
    const first = await open({ corpus: [csv], cacheDir });
    expect(first.fromCache).toBe(false);
    expect(first.log.text()).toContain('building the index');
    const saved = { level: 'info', fields: { path: path.join(cacheDir, INDEX_FILE) }, message: 'saved the index' };
    expect(first.log.calls).toContainEqual(saved);
    expect((await stat(path.join(cacheDir, INDEX_FILE))).size).toBeGreaterThan(1000);

    const second = await open({ corpus: [csv], cacheDir });
    expect(second.fromCache).toBe(true);
    expect(second.log.calls).toContainEqual({
      level: 'info',
      fields: { dir: cacheDir },
      message: 'loaded the saved index',
    });
    expect(second.counts).toEqual(first.counts);
    expect(await answers(second.desk)).toEqual(await answers(first.desk));
    expect(await second.desk.stats()).toEqual(await first.desk.stats());
    expect((await answers(first.desk)).flat().length).toBeGreaterThan(10);
  });

  it('gives back every report as it was, text past ASCII included', async () => {
    const cacheDir = path.join(dir, 'article-cache');
    const first = await openIndex({ cache: true, cacheDir });
    const second = await openIndex({ cache: true, cacheDir });
    expect(second.fromCache).toBe(true);
    const reports = (o: typeof first) => [...o.index.reports.values()];
    expect(reports(first).some((r) => /[^\x00-\x7f]/.test(JSON.stringify(r)))).toBe(true);
    // Read back, a report is made only when read (see saved-reports.ts): field by field, or whole as it leaves the desk.
    expect(reports(second).map(plainReport)).toEqual(reports(first));
    const fields = (r: Report) => [r.id, r.date, r.title, r.quotes, r.details, r.citation, r.origin];
    expect(reports(second).map(fields)).toEqual(reports(first).map(fields));
  });

  it('hands out reports read back as plain data, whole after a structured clone (as the bot’s thread gets them)', async () => {
    const cacheDir = path.join(dir, 'clone-cache');
    const built = (await openDesk({ cache: true, cacheDir })).desk;
    const loaded = await openDesk({ cache: true, cacheDir });
    expect(loaded.fromCache).toBe(true);
    const asked = async (desk: Desk) => {
      const found = await desk.search({ query: 'weapons Iran', limit: 5 });
      const id = found.ok ? found.results[0]!.report.id : '';
      return [
        found,
        await desk.ask('Who went to North Korea?'),
        await desk.report(id),
        await desk.related(id),
        await desk.export({ query: 'Kandahar', limit: 5 }),
      ];
    };
    const handed = await asked(loaded.desk);
    expect(handed[1]).toMatchObject({ ok: true, answer: { report: { kind: 'report' } } });
    expect(structuredClone(handed)).toStrictEqual(await asked(built));
  });

  it('keys each file by its size and CRC-32, a large one read a megabyte at a time', async () => {
    const big = path.join(dir, 'big.csv');
    const bytes = Buffer.alloc(5 << 20, 'IED Kandahar ');
    await writeFile(big, bytes);
    const expected = createHash('sha512-256').update('sig');
    for (const [file, content] of [
      [big, bytes],
      [DEFAULT_GLOSSARY, await readFile(DEFAULT_GLOSSARY)],
    ] as const) {
      expected.update(`\0${path.resolve(file)}\0${content.length} ${crc32(content)}`);
    }
    expect(await cacheKey([big], DEFAULT_GLOSSARY, 'sig')).toBe(expected.digest('hex'));
  });

  it('saves next to the corpus by default', async () => {
    const { csv, folder } = await corpusCopy();
    expect((await open({ corpus: [csv] })).fromCache).toBe(false);
    expect(await readdir(path.join(folder, '.report-desk-cache'))).toEqual([INDEX_FILE]);
    expect((await open({ corpus: [csv] })).fromCache).toBe(true);
    // The folder holds the same one file: the same corpus, the same saved index.
    expect((await open({ corpus: [folder] })).fromCache).toBe(true);
  });

  it('rebuilds when one byte of a corpus file changes, and serves the new text', async () => {
    const { csv, cacheDir } = await corpusCopy();
    await open({ corpus: [csv], cacheDir });
    const text = await readFile(csv, 'utf8');
    // One byte: the first letter of the first summary becomes "Q" (the word changes, the size does not).
    const summary = rows[0]![COL.Summary]!;
    const at = text.indexOf(summary.slice(0, 30));
    expect(at).toBeGreaterThan(0);
    expect(summary[0]).not.toBe('Q');
    await writeFile(csv, `${text.slice(0, at)}Q${text.slice(at + 1)}`);
    const changed = await open({ corpus: [csv], cacheDir });
    expect(changed.fromCache).toBe(false);
    expect(changed.log.calls).toContainEqual({
      level: 'info',
      fields: { dir: cacheDir, reason: 'saved index is stale: the corpus, glossary or index format changed' },
      message: 'building the index',
    });
    const id = rows[0]![COL.ReportKey]!;
    const quotes = await (await open({ corpus: [csv], cacheDir })).desk.report(id);
    const words = (t: string) => t.replace(/\s+/g, ' ').slice(0, 20);
    const served = quotes.ok ? quotes.results[0]!.report.quotes[0]! : '';
    expect(words(served)).toBe(words(`Q${summary.slice(1)}`));
    expect((await open({ corpus: [csv], cacheDir })).fromCache).toBe(true);
  });

  it('rebuilds when the glossary changes', async () => {
    const { csv, cacheDir, folder } = await corpusCopy();
    const glossary = path.join(folder, 'glossary.yaml');
    await copyFile(DEFAULT_GLOSSARY, glossary);
    expect((await open({ corpus: [csv], cacheDir, glossary })).fromCache).toBe(false);
    expect((await open({ corpus: [csv], cacheDir, glossary })).fromCache).toBe(true);
    await writeFile(glossary, `${await readFile(glossary, 'utf8')}\n- name: zebracorn\n  forms: [ZBC]\n`);
    const changed = await open({ corpus: [csv], cacheDir, glossary });
    expect(changed.fromCache).toBe(false);
    expect(changed.log.text()).toContain('stale');
    // Back to the shipped glossary: also a different key.
    expect((await open({ corpus: [csv], cacheDir })).fromCache).toBe(false);
  });

  describe('a damaged or foreign index file is detected, logged and rebuilt, never served', () => {
    let csv: string;
    let cacheDir: string;
    let good: Buffer;
    let expected: Awaited<ReturnType<typeof answers>>;
    beforeAll(async () => {
      ({ csv, cacheDir } = await corpusCopy());
      const built = await open({ corpus: [csv], cacheDir });
      expected = await answers(built.desk);
      good = await readFile(path.join(cacheDir, INDEX_FILE));
    });

    /** Writes the index file, opens, and checks the open rebuilt, logged why, answers right, and saved a good file again. */
    async function damaged(content: string | Buffer, reason: RegExp) {
      await writeFile(path.join(cacheDir, INDEX_FILE), content);
      const opened = await open({ corpus: [csv], cacheDir });
      expect(opened.fromCache).toBe(false);
      const why = opened.log.calls.find(
        (c) => c.message === 'building the index' || c.message === 'saved index is inconsistent; rebuilding',
      );
      expect(why, opened.log.text()).toBeDefined();
      expect(String(why!.fields.reason)).toMatch(reason);
      expect(await answers(opened.desk)).toEqual(expected);
      // The rebuilt index was saved: the next open uses it.
      expect((await open({ corpus: [csv], cacheDir })).fromCache).toBe(true);
    }

    const headerEnd = () => good.indexOf(10) + 1;
    type Header = Record<string, unknown> & { bytes: Record<string, number> };
    const header = () => JSON.parse(good.toString('utf8', 0, headerEnd())) as Header;
    /** The file with `from` replaced by `to` (the same length) at its first place. */
    function edited(from: string, to: string, after = 0): Buffer {
      expect(to.length).toBe(from.length);
      const at = good.indexOf(from, after);
      expect(at, from).toBeGreaterThanOrEqual(0);
      const copy = Buffer.from(good);
      copy.write(to, at);
      return copy;
    }
    /** Content made to look sealed: the checksum recomputed, as only someone forging a file would. */
    const sealed = (content: Buffer) => {
      const seal = Buffer.alloc(4);
      seal.writeUInt32LE(crc32(content));
      return Buffer.concat([content, seal]);
    };
    /** The file without its seal. */
    const unsealed = () => good.subarray(0, good.length - 4);
    const body = () => unsealed().subarray(headerEnd());
    /** Where the reports' texts begin: after every section the header measures. */
    const textsStart = () => headerEnd() + Object.values(header().bytes).reduce((sum, n) => sum + n, 0);
    /** The file with another header (and the same body), sealed again. */
    const withHeader = (changes: object) =>
      sealed(Buffer.concat([Buffer.from(`${JSON.stringify({ ...header(), ...changes })}\n`), body()]));

    it('truncated, or cut by a byte', async () => {
      await damaged(good.subarray(0, Math.floor(good.length / 2)), /corrupt or truncated/);
      await damaged(good.subarray(0, good.length - 1), /corrupt or truncated/);
      await damaged(good.subarray(0, headerEnd()), /corrupt or truncated/);
      await damaged('', /corrupt or truncated \(empty file\)/);
    });

    it('not ours: garbage, or JSON of another shape', async () => {
      await damaged('garbage{', /corrupt or truncated/);
      await damaged('\0\0\0\0', /corrupt or truncated/);
      await damaged(Buffer.alloc(100_000, 0xff), /corrupt or truncated/);
      const older = '{"format":"report-desk-index/3","key":"x"}\n';
      for (const other of ['null', '[1,2,3]', '"index"', '{"hello":"world"}', older]) {
        await damaged(other, /not in the expected format/);
      }
    });

    it('edited in place, even where the edit keeps the file well formed: never served', async () => {
      // A letter of a report's quoted words: the words a user would be shown.
      const word = /[A-Z]{5,}/.exec(good.toString('utf8', textsStart(), textsStart() + 2000))![0];
      await damaged(edited(word, `Q${word.slice(1)}`, textsStart()), /checksum does not match/);
      // The header's counts, and a digit of the postings' binary.
      const imported = `"imported":${(header().counts as { imported: number }).imported}`;
      const digitChanged = `${imported.slice(0, -1)}${(Number(imported.at(-1)) + 1) % 10}`;
      await damaged(edited(imported, digitChanged), /checksum does not match/);
      const postings = Buffer.from(good);
      postings[headerEnd() + 8] = postings[headerEnd() + 8]! ^ 1;
      await damaged(postings, /checksum does not match/);
      // A term renamed, a byte appended, a byte of the checksum itself.
      const terms = good.indexOf('["', headerEnd());
      await damaged(edited('"ied"', '"ieb"', terms), /checksum does not match/);
      await damaged(Buffer.concat([good, Buffer.from(' ')]), /checksum does not match/);
      const seal = Buffer.from(good);
      seal[seal.length - 1] = seal[seal.length - 1]! ^ 0x80;
      await damaged(seal, /checksum does not match/);
    });

    it('any one byte changed anywhere', async () => {
      for (let i = 0; i < 12; i++) {
        const copy = Buffer.from(good);
        const at = Math.floor(((i + 0.5) / 12) * copy.length);
        copy[at] = copy[at]! ^ (1 << (i % 8));
        await damaged(copy, /corrupt or truncated|not in the expected format|stale/);
      }
    });

    it('sealed again after an edit, its parts are still checked, never trusted', async () => {
      const { bytes } = header();
      // Refused by the file's reader, or by the index it would make.
      const inconsistent = /inconsistent|malformed|do not add up|reports, expected/;
      await damaged(withHeader({ bytes: { ...bytes, docs: bytes.docs! + 4 } }), inconsistent);
      await damaged(withHeader({ bytes: { ...bytes, docs: bytes.docs! - 2 } }), inconsistent);
      await damaged(withHeader({ bytes: { ...bytes, terms: 1e15 } }), /inconsistent \(sections run past the end\)/);
      await damaged(withHeader({ bytes: { ...bytes, terms: -1 } }), /not in the expected format/);
      await damaged(withHeader({ reports: 1e300 }), /not in the expected format/);
      await damaged(withHeader({ reports: (header().reports as number) - 1 }), inconsistent);
      await damaged(withHeader({ passageCount: 'many' }), /not in the expected format/);
      await damaged(withHeader({ problems: 'none' }), /not in the expected format/);
      await damaged(withHeader({ endian: 'BE' }), /another byte order/);
      // Where a section begins: after those the header lists before it.
      const start = (section: string) => {
        const names = Object.keys(bytes);
        return headerEnd() + names.slice(0, names.indexOf(section)).reduce((sum, name) => sum + bytes[name]!, 0);
      };
      /** The content with a 32-bit number written at a section's start, sealed again. */
      const withNumber = (section: string, n: number) => {
        const content = Buffer.from(unsealed());
        content.writeUInt32LE(n, start(section));
        return sealed(content);
      };
      // Postings out of order or past the last report.
      await damaged(withNumber('docs', 1 << 30), inconsistent);
      // Reports: a value of no known kind of object, a string ending past its text, texts longer than the file holds.
      await damaged(withNumber('values', 0xffffffff), /inconsistent \(an object of no known shape\)/);
      await damaged(withNumber('stringEnds', 1 << 30), /inconsistent \(a string ends outside its text\)/);
      await damaged(withNumber('textBytes', 1 << 30), /inconsistent \(the texts take \d+ bytes/);
      // What the desk counts per report: a date order past the last report, a filter code naming no value.
      await damaged(withNumber('dated', 1 << 30), /the date order is out of order/);
      await damaged(withNumber('facetCodes', 1 << 30), /a type code names no value/);
      // A term list, a list of shapes or of filter values that is no list, the texts cut short.
      for (const section of ['terms', 'shapes', 'facets']) {
        const notList = Buffer.from(unsealed());
        notList.write('{', start(section));
        await damaged(sealed(notList), inconsistent);
      }
      await damaged(sealed(unsealed().subarray(0, -1)), inconsistent);
    });

    it('another corpus’s index copied in', async () => {
      const other = await corpusCopy([...generateRows(5, 99)]);
      await open({ corpus: [other.csv], cacheDir: other.cacheDir });
      await damaged(await readFile(path.join(other.cacheDir, INDEX_FILE)), /stale/);
    });

    it('a saved index of this corpus but an older content never serves the old text', async () => {
      // A well-formed index whose key is not this corpus's: an invented report inside must not be found.
      const word = /[A-Z]{9,}/.exec(good.toString('utf8', textsStart(), textsStart() + 5000))!;
      const invented = Buffer.from(unsealed());
      invented.write('zebracorn', textsStart() + word.index);
      const otherKey = Buffer.from(`${JSON.stringify({ ...header(), key: 'f'.repeat(64) })}\n`);
      const forged = sealed(Buffer.concat([otherKey, invented.subarray(headerEnd())]));
      await writeFile(path.join(cacheDir, INDEX_FILE), forged);
      const opened = await open({ corpus: [csv], cacheDir });
      expect(opened.fromCache).toBe(false);
      const found = await opened.desk.search({ query: 'zebracorn' });
      expect(found.ok && found.total).toBe(0);
    });
  });

  it('works when the cache folder cannot be written, and says so', async () => {
    const { csv, folder } = await corpusCopy();
    // A cache folder under a regular file can never be created, even by root.
    const blocker = path.join(folder, 'not-a-folder');
    await writeFile(blocker, 'a file');
    const cacheDir = path.join(blocker, 'cache');
    const first = await open({ corpus: [csv], cacheDir });
    expect(first.fromCache).toBe(false);
    expect(first.log.calls.find((c) => c.message === 'could not save the index')).toMatchObject({
      level: 'warn',
      fields: { reason: expect.stringMatching(/ENOTDIR|EEXIST/) },
    });
    expect((await answers(first.desk)).flat().length).toBeGreaterThan(10);
    const second = await open({ corpus: [csv], cacheDir });
    expect(second.fromCache).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)(
    'works when the cache folder is read-only (file permissions), and says so',
    async () => {
      const { csv, cacheDir } = await corpusCopy();
      await mkdir(cacheDir);
      await chmod(cacheDir, 0o555);
      try {
        const opened = await open({ corpus: [csv], cacheDir });
        expect(opened.fromCache).toBe(false);
        expect(opened.log.calls.find((c) => c.message === 'could not save the index')?.level).toBe('warn');
      } finally {
        await chmod(cacheDir, 0o755);
      }
    },
  );

  it('cache: false neither reads nor writes', async () => {
    const { csv, cacheDir } = await corpusCopy();
    const off = await open({ corpus: [csv], cacheDir, cache: false });
    expect(off.fromCache).toBe(false);
    await expect(stat(cacheDir)).rejects.toThrow(/ENOENT/);
    // A valid saved index is there: still not read, and not touched.
    await open({ corpus: [csv], cacheDir });
    const before = await stat(path.join(cacheDir, INDEX_FILE));
    const again = await open({ corpus: [csv], cacheDir, cache: false });
    expect(again.fromCache).toBe(false);
    expect(again.log.calls.map((c) => c.message)).not.toContain('loaded the saved index');
    expect(again.log.calls.map((c) => c.message)).not.toContain('saved the index');
    const after = await stat(path.join(cacheDir, INDEX_FILE));
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(cacheDir)).toEqual([INDEX_FILE]);
  });

  it('rebuild: true builds anew even when the saved index matches', async () => {
    const { csv, cacheDir } = await corpusCopy();
    await open({ corpus: [csv], cacheDir });
    const rebuilt = await open({ corpus: [csv], cacheDir, rebuild: true });
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.log.calls.map((c) => c.message)).toContain('saved the index');
  });

  describe('rejected rows', () => {
    const bad = () => {
      const emptySummary = [...rows[0]!];
      emptySummary[COL.ReportKey] = 'BAD-SUMMARY';
      emptySummary[COL.Summary] = '<null value>';
      return [emptySummary];
    };

    it('allowRejects false: CorpusInvalid with the problems and counts, from a fresh build and from a saved index', async () => {
      const { csv, cacheDir } = await corpusCopy(bad());
      const line = lineStarting(await readFile(csv, 'utf8'), 'BAD-SUMMARY');
      const refused = await openDesk({ corpus: [csv], cacheDir }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(CorpusInvalid);
      const error = refused as CorpusInvalid;
      expect(error.counts).toEqual({ read: rows.length + 1, imported: rows.length, rejected: 1 });
      expect(error.problems).toEqual([{ file: path.relative(process.cwd(), csv), line, message: 'empty Summary' }]);
      expect(error.message).toContain(`afg.csv:${line}: empty Summary`);

      // Allowed: opens, serves the rest, reports the problem; the index is saved.
      const allowed = await open({ corpus: [csv], cacheDir, allowRejects: true });
      expect(allowed.counts).toEqual(error.counts);
      expect(allowed.problems).toEqual(error.problems);
      expect((await allowed.desk.stats()).reports).toBe(rows.length);
      expect((await allowed.desk.report('BAD-SUMMARY')).ok).toBe(false);
      expect((await allowed.desk.report(rows[0]![COL.ReportKey]!)).ok).toBe(true);

      // The saved index was saved only because the rejects were allowed: it serves them without the permission again,
      // saying so, with the problems it recorded.
      const warned: string[] = [];
      const log = { info: () => {}, warn: (_: object, message: string) => void warned.push(message) };
      const cached = await openDesk({ corpus: [csv], cacheDir, log });
      expect(cached.fromCache).toBe(true);
      expect(cached.counts).toEqual(error.counts);
      expect(cached.problems).toEqual(error.problems);
      expect(warned).toContain('serving the rows imported; the rejected ones were allowed when the index was built');
      // Without a saved index, nothing records the permission: refused again.
      await expect(openDesk({ corpus: [csv], cache: false })).rejects.toBeInstanceOf(CorpusInvalid);
    });

    it('a corpus path that cannot be read is refused even with allowRejects', async () => {
      await expect(
        openDesk({ corpus: [path.join(dir, 'missing.csv')], cache: false, allowRejects: true }),
      ).rejects.toBeInstanceOf(CorpusInvalid);
    });
  });
});

// ---------------------------------------------------------------------------
// The CLI over a War Diary CSV
// ---------------------------------------------------------------------------

describe('report-bot over a War Diary CSV', () => {
  const runs: Record<string, Run> = {};
  let csv: string;
  let cacheDir: string;
  let tracked: string[];
  let text: string;
  beforeAll(async () => {
    const bad = [...rows[1]!];
    bad[COL.ReportKey] = 'BAD-DATE';
    bad[COL.DateOccurred] = '2007-13-45 99:00:00';
    ({ csv, cacheDir } = await corpusCopy([bad]));
    text = await readFile(csv, 'utf8');
    tracked = rows[5]!;
    const commands: Record<string, string[]> = {
      indexRefused: ['--corpus', csv, '--cache-dir', path.join(cacheDir, 'refused'), 'index'],
      indexAllowed: ['--corpus', csv, '--cache-dir', cacheDir, '--allow-rejects', 'index'],
      searchRefused: ['--corpus', csv, '--no-cache', 'search', 'IED'],
      byTracking: ['--corpus', csv, '--no-cache', '--allow-rejects', 'report', tracked[COL.TrackingNumber]!, '--json'],
      byKey: ['--corpus', csv, '--no-cache', '--allow-rejects', 'report', tracked[COL.ReportKey]!, '--json'],
      category: [
        '--corpus',
        csv,
        '--no-cache',
        '--allow-rejects',
        'search',
        '--category',
        'IED Explosion',
        '--limit',
        '100',
        '--json',
      ],
      region: [
        '--corpus',
        csv,
        '--no-cache',
        '--allow-rejects',
        'search',
        '--region',
        'RC SOUTH',
        '--limit',
        '100',
        '--json',
      ],
    };
    const all = Object.fromEntries(Object.entries(commands).map(([name, args]) => [name, [args]])) as Parameters<
      typeof cliAll
    >[0];
    // The bot finds its saved index in INDEX_CACHE_DIR: `index` must save it there.
    all.indexEnv = [
      ['--corpus', csv, '--allow-rejects', 'index'],
      { INDEX_CACHE_DIR: path.join(cacheDir, 'from-env') },
    ];
    // A few at a time (cliAll): eight imports at once on a busy 2-core machine ran past each run's own time limit.
    Object.assign(runs, await cliAll(all));
  }, 180_000);

  const json = (run: Run) => {
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as {
      results: { id: string; date: string | null; citation: string }[];
      total?: number;
      matchedAs?: string;
    };
  };
  const byKey = () => new Map(rows.map((r) => [r[COL.ReportKey]!, r]));

  it('index: prints the counts and exits non-zero when rows were rejected', () => {
    const run = runs.indexRefused!;
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      `afg.csv:${lineStarting(text, 'BAD-DATE')}: unreadable DateOccurred "2007-13-45 99:00:00"`,
    );
    expect(run.stderr).toContain(`Read ${rows.length + 1}, imported ${rows.length}, rejected 1.`);
    expect(run.stderr).toContain('--allow-rejects');
  });

  it('index --allow-rejects: prints the counts, saves the index and exits 0', async () => {
    const run = runs.indexAllowed!;
    expect(run.code, run.stderr).toBe(0);
    const counts = `Read ${rows.length + 1}, imported ${rows.length}, rejected 1`;
    expect(run.stdout).toMatch(new RegExp(`^${counts}; \\d+ passages indexed; saved to .*index\\.bin\\.\\n$`));
    expect(run.stderr).toContain('unreadable DateOccurred');
    expect(await readdir(cacheDir)).toContain(INDEX_FILE);
    expect(await readFile(`${csv}.rejects.csv`, 'utf8')).toContain('BAD-DATE');
  });

  it('index saves where INDEX_CACHE_DIR says, as the bot reads it', async () => {
    expect(runs.indexEnv!.code, runs.indexEnv!.stderr).toBe(0);
    expect(await readdir(path.join(cacheDir, 'from-env'))).toEqual([INDEX_FILE]);
    // The same key the bot computes: opening with that folder uses the saved index.
    expect(
      (await open({ corpus: [csv], cacheDir: path.join(cacheDir, 'from-env'), allowRejects: true })).fromCache,
    ).toBe(true);
  });

  it('refuses to search a corpus with rejected rows unless allowed', () => {
    expect(runs.searchRefused!.code).toBe(1);
    expect(runs.searchRefused!.stderr).toContain('rejected 1');
  });

  it('report <tracking number> and report <report key> find the report', () => {
    const key = tracked[COL.ReportKey]!;
    for (const run of [runs.byTracking!, runs.byKey!]) {
      const out = json(run);
      expect(out.matchedAs).toBe('id');
      expect(out.results.map((r) => r.id)).toEqual([key]);
      expect(out.results[0]!.citation).toContain(`War Diary report ${key} (tracking ${tracked[COL.TrackingNumber]})`);
    }
  });

  it('search --category filters', () => {
    const rowsOf = byKey();
    const expected = rows.filter((r) => r[COL.Category] === 'IED Explosion').length;
    expect(expected).toBeGreaterThan(0);
    const out = json(runs.category!);
    expect(out.results).toHaveLength(expected);
    for (const r of out.results) expect(rowsOf.get(r.id)![COL.Category]).toBe('IED Explosion');
  });

  it('search --region "RC SOUTH" with no words lists the region’s reports, newest first', () => {
    const rowsOf = byKey();
    const out = json(runs.region!);
    const expected = rows.filter((r) => r[COL.Region] === 'RC SOUTH').length;
    expect(out.total).toBe(expected);
    expect(out.results).toHaveLength(Math.min(expected, 100));
    for (const r of out.results) expect(rowsOf.get(r.id)![COL.Region]).toBe('RC SOUTH');
    const dates = out.results.map((r) => r.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates).size).toBeGreaterThan(10);
  });
});
