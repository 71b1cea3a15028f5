import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COL, NULL_VALUE, WARDIARY_COLUMNS } from '../src/corpus/wardiary-columns.ts';
import { generateRows, writeWardiaryCsv } from '../scripts/wardiary/generate.ts';
import { toMgrs } from '../scripts/wardiary/report.ts';
import { loadCorpus } from '../src/corpus/load.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(repoRoot, 'scripts/gen-wardiary.ts');

const SAMPLE_SIZE = 5000;
const GOLDEN_2000_SEED_1 = '0a7d749a834026942d6e2767f6208fea7e7972b109019b6705b9d8a526682ee6';
const sample = [...generateRows(SAMPLE_SIZE, 20_100_725)];
const summaries = sample.map((row) => row[COL.Summary]!);
const share = (predicate: (row: string[]) => boolean) => sample.filter(predicate).length / sample.length;

async function csvOf(n: number, seed: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const { rows, bytes } = await writeWardiaryCsv(n, seed, sink);
  const csv = Buffer.concat(chunks);
  expect(rows).toBe(n);
  expect(bytes).toBe(csv.length);
  return csv;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** The first time in a summary: "201530Z OCT 06", "311200ZOCT06", "131245D*JUN09", "2155z", "0140D", … */
const FIRST_TIME = new RegExp(
  `(?<![\\dA-Za-z])(\\d{2})?(\\d{2})(\\d{2})(Z|D\\*|D|L)(?:\\s?(${MONTHS.join('|')})\\s?(\\d{4}|\\d{2})(?!\\d))?(?![A-Za-z\\d])`,
  'i',
);
const LOCAL_OFFSET_MS = 4.5 * 3600_000;

describe('generateRows', () => {
  it('is deterministic for a seed and differs between seeds', async () => {
    const again = [...generateRows(SAMPLE_SIZE, 20_100_725)];
    expect(again).toEqual(sample);
    const other = [...generateRows(200, 20_100_726)];
    expect(other).not.toEqual(sample.slice(0, 200));
    expect(new Set(other.map((r) => r[COL.Summary])).size).toBeGreaterThan(190);
    expect((await csvOf(1500, 7)).equals(await csvOf(1500, 7))).toBe(true);
    expect((await csvOf(300, 7)).equals(await csvOf(300, 8))).toBe(false);
  });

  it('writes 32 columns and a DateOccurred from 2004 to 2009, most in 2008-2009', () => {
    for (const row of sample) {
      expect(row).toHaveLength(WARDIARY_COLUMNS.length);
      const date = row[COL.DateOccurred]!;
      expect(date).toMatch(/^(2004|2005|2006|2007|2008|2009)-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(new Date(`${date.replace(' ', 'T')}Z`).toISOString().slice(0, 19).replace('T', ' ')).toBe(date);
    }
    expect(share((r) => r[COL.DateOccurred]! >= '2008')).toBeGreaterThan(0.6);
  });

  it('uses the real vocabulary of types, regions, affiliations and colours', () => {
    const types = [
      'Enemy Action',
      'Explosive Hazard',
      'Friendly Action',
      'Non-Combat Event',
      'Suspicious Incident',
      'Threat Report',
      'Friendly Fire',
      'Other',
    ];
    const colour: Record<string, string> = { ENEMY: 'RED', FRIEND: 'BLUE', NEUTRAL: 'GREEN', UNKNOWN: 'NONE' };
    for (const row of sample) {
      expect(types).toContain(row[COL.Type]);
      expect(['RC EAST', 'RC SOUTH', 'RC WEST', 'RC NORTH', 'RC CAPITAL', 'UNKNOWN']).toContain(row[COL.Region]);
      expect(colour[row[COL.Affiliation]!]).toBe(row[COL.DColor]);
      expect(row[COL.Classification]).toBe('SECRET');
      expect(row[COL.TrackingNumber]).toMatch(/^\d{14}[A-Z]{3}\d{10}$/);
    }
    expect(new Set(sample.map((r) => r[COL.Type])).size).toBe(types.length);
  });

  it('gives every report a unique key, mostly GUIDs, in all four real formats', () => {
    const keys = sample.map((r) => r[COL.ReportKey]!);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys.map((k) => k.toUpperCase())).size).toBe(keys.length);
    const formats = {
      guid: /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/,
      guid16: /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{16}$/,
      number: /^\d{7}$/,
      hex: /^0x[0-9a-f]{32}$/,
    };
    const counts = Object.fromEntries(
      Object.entries(formats).map(([name, re]) => [name, keys.filter((k) => re.test(k)).length]),
    );
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(keys.length);
    for (const n of Object.values(counts)) expect(n).toBeGreaterThan(0);
    expect((counts['guid']! + counts['guid16']!) / keys.length).toBeGreaterThan(0.8);
  });

  it('writes the event time in the text in agreement with DateOccurred (Z, or local D/D*/L = Z+4:30)', () => {
    let withMonth = 0;
    for (const row of sample) {
      const summary = row[COL.Summary]!;
      if (summary === NULL_VALUE) continue;
      const m = FIRST_TIME.exec(summary);
      expect(m, summary.slice(0, 120)).not.toBeNull();
      const [, day, hh, mm, zone, mon, yy] = m!;
      const occurred = Date.parse(`${row[COL.DateOccurred]!.replace(' ', 'T')}Z`);
      const t = new Date(occurred + (zone!.toUpperCase() === 'Z' ? 0 : LOCAL_OFFSET_MS));
      const where = `${row[COL.DateOccurred]} vs ${m![0]}`;
      expect(Number(hh), where).toBe(t.getUTCHours());
      expect(Number(mm), where).toBe(t.getUTCMinutes());
      if (day !== undefined) expect(Number(day), where).toBe(t.getUTCDate());
      if (mon !== undefined) {
        withMonth++;
        expect(MONTHS.indexOf(mon.toUpperCase()), where).toBe(t.getUTCMonth());
        expect(Number(yy) % 100, where).toBe(t.getUTCFullYear() % 100);
      }
    }
    expect(withMonth / sample.length).toBeGreaterThan(0.4);
  });

  it('keeps casualty columns, title and text consistent', () => {
    const labels: [number, string][] = [
      [COL.FriendlyKIA, 'CF KIA'],
      [COL.FriendlyWIA, 'CF WIA'],
      [COL.HostNationKIA, 'HNSF KIA'],
      [COL.HostNationWIA, 'HNSF WIA'],
      [COL.CivilianKIA, 'CIV KIA'],
      [COL.CivilianWIA, 'CIV WIA'],
      [COL.EnemyKIA, 'UE KIA'],
      [COL.EnemyWIA, 'UE WIA'],
      [COL.EnemyDetained, 'UE DET'],
    ];
    let withCasualties = 0;
    for (const row of sample) {
      const counts = labels.map(([c]) => Number(row[c]));
      for (const n of counts) expect(Number.isInteger(n) && n >= 0).toBe(true);
      const tail = /: ((?:0 INJ\/DAM)|(?:\d+ [A-Z]+ [A-Z]+ )+)$/.exec(row[COL.Title]!)?.[1];
      if (tail !== undefined) {
        const expected = counts.every((n) => n === 0)
          ? '0 INJ/DAM'
          : labels.map(([, label], i) => (counts[i] ? `${counts[i]} ${label} ` : '')).join('');
        expect(tail).toBe(expected);
      }
      const text = row[COL.Summary]!;
      if (text === NULL_VALUE) continue;
      if (counts.some((n) => n > 0)) withCasualties++;
      if (
        Number(row[COL.FriendlyKIA]) +
          Number(row[COL.HostNationKIA]) +
          Number(row[COL.CivilianKIA]) +
          Number(row[COL.EnemyKIA]) >
        0
      )
        expect(text).toMatch(/KIA|killed|dead/i);
      if (
        Number(row[COL.FriendlyWIA]) +
          Number(row[COL.HostNationWIA]) +
          Number(row[COL.CivilianWIA]) +
          Number(row[COL.EnemyWIA]) >
        0
      )
        expect(text).toMatch(/WIA|wounded|injur|patient|\bPT\b/i);
      if (Number(row[COL.EnemyDetained]) > 0) expect(text).toMatch(/detain|arrest|PUC/i);
    }
    expect(withCasualties / sample.length).toBeGreaterThan(0.08);
  });

  it('puts coordinates in Afghanistan with a matching MGRS', () => {
    for (const row of sample) {
      const [lat, lon] = [row[COL.Latitude]!, row[COL.Longitude]!];
      if (lat === '' || lat === 'NaN') continue;
      expect(Number(lat)).toBeGreaterThan(29.3);
      expect(Number(lat)).toBeLessThan(38.5);
      expect(Number(lon)).toBeGreaterThan(60.5);
      expect(Number(lon)).toBeLessThan(75);
      const mgrs = row[COL.MGRS]!;
      if (mgrs !== '' && mgrs !== NULL_VALUE)
        expect(mgrs.slice(0, 5)).toBe(toMgrs(Number(lat), Number(lon)).slice(0, 5));
    }
    // Real grids from the sample: 42S VB 8095 9789 for 33.4202 N 68.7951 E.
    expect(toMgrs(33.42019272, 68.79509735)).toBe('42SVB8095097889');
  });

  it('spreads summary lengths like the real sample', () => {
    const lengths = summaries.map((s) => s.length).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(median).toBeGreaterThan(250);
    expect(median).toBeLessThan(600);
    expect(lengths.filter((n) => n >= 150 && n <= 600).length / lengths.length).toBeGreaterThan(0.5);
    expect(lengths.filter((n) => n > 2000).length / lengths.length).toBeGreaterThan(0.02);
    expect(lengths.at(-1)).toBeGreaterThan(10_000);
  });

  it('writes about half of the summaries in capitals', () => {
    const caps = share((row) => {
      const letters = row[COL.Summary]!.replace(/[^A-Za-z]/g, '');
      return letters.length > 0 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.9;
    });
    expect(caps).toBeGreaterThan(0.4);
    expect(caps).toBeLessThan(0.6);
  });

  it('makes the common terms common (10-30% of reports each)', () => {
    const terms: Record<string, RegExp> = {
      IED: /\bIED\b/i,
      Kandahar: /\bKandahar\b/i,
      TB: /\bTB\b/i,
      TIC: /\bTIC\b/i,
      ANP: /\bANP\b/i,
    };
    for (const [term, re] of Object.entries(terms)) {
      const s = share((row) => re.test(row[COL.Summary]!));
      expect(s, term).toBeGreaterThanOrEqual(0.1);
      expect(s, term).toBeLessThanOrEqual(0.3);
    }
  });

  describe('quirks, each present in a 5,000-report sample', () => {
    it('<null value> in several columns', () => {
      const columns = WARDIARY_COLUMNS.filter((_, i) => sample.some((row) => row[i] === NULL_VALUE));
      expect(columns.length).toBeGreaterThanOrEqual(8);
      expect(columns).toEqual(
        expect.arrayContaining([
          'ReportingUnit',
          'UnitName',
          'TypeOfUnit',
          'AttackOn',
          'OriginatorGroup',
          'UpdatedByGroup',
          'MGRS',
        ]),
      );
      expect(columns).not.toContain('ReportKey');
      expect(columns).not.toContain('DateOccurred');
    });

    it('HTML entities escaped once, twice and three times in ~2% of summaries', () => {
      const escaped = summaries.filter((s) => /&(?:amp|apos|quot|lt|gt);/.test(s));
      expect(escaped.length / summaries.length).toBeGreaterThan(0.01);
      expect(escaped.length / summaries.length).toBeLessThan(0.035);
      expect(escaped.some((s) => /&(?:apos|quot|lt);/.test(s) && !s.includes('&amp;'))).toBe(true);
      expect(escaped.some((s) => /&amp;(?:apos|quot|lt|amp);/.test(s) && !s.includes('&amp;amp;'))).toBe(true);
      expect(escaped.some((s) => s.includes('&amp;amp;'))).toBe(true);
    });

    it('empty and NaN coordinates in ~1% of reports', () => {
      const empty = share((r) => r[COL.Latitude] === '' && r[COL.Longitude] === '');
      const nan = share((r) => r[COL.Latitude] === 'NaN' && r[COL.Longitude] === 'NaN');
      expect(empty).toBeGreaterThan(0);
      expect(nan).toBeGreaterThan(0);
      expect(empty + nan).toBeLessThan(0.02);
    });

    it('CR inside ~0.5% of summaries', () => {
      const cr = summaries.filter((s) => s.includes('\r')).length / summaries.length;
      expect(cr).toBeGreaterThan(0.001);
      expect(cr).toBeLessThan(0.012);
    });

    it('~0.5% of reports share their summary with another report', () => {
      const byText = new Map<string, number>();
      for (const s of summaries) byText.set(s, (byText.get(s) ?? 0) + 1);
      const repeats = [...byText.entries()]
        .filter(([text, n]) => n > 1 && text !== NULL_VALUE)
        .reduce((sum, [, n]) => sum + n - 1, 0);
      expect(repeats / summaries.length).toBeGreaterThan(0.002);
      expect(repeats / summaries.length).toBeLessThan(0.01);
    });
  });

  it('survives a CSV round trip through csv-parse', async () => {
    const csv = await csvOf(800, 99);
    expect(parse(csv.toString('utf8'))).toEqual([...generateRows(800, 99)]);
  });

  it('writes the same bytes for a seed as it always has (bench data depends on it)', async () => {
    // Pinned before the generator was split into modules; unchanged since (2,000 rows of seed 1 held no empty summary).
    expect(
      createHash('sha256')
        .update(await csvOf(2000, 1))
        .digest('hex'),
    ).toBe(GOLDEN_2000_SEED_1);
  });

  it('writes only rows the importer reads, unless bad rows are asked for', () => {
    expect(summaries).not.toContain(NULL_VALUE);
    expect(sample.every((row) => row[COL.ReportKey] && row.length === WARDIARY_COLUMNS.length)).toBe(true);
  });

  it('rejects a bad count or seed', () => {
    expect(() => generateRows(-1, 1).next()).toThrow(RangeError);
    expect(() => generateRows(10, 2 ** 32).next()).toThrow(RangeError);
    expect(() => generateRows(10, 1, { badRows: 11 }).next()).toThrow(RangeError);
    expect(() => generateRows(10, 1, { badRows: -1 }).next()).toThrow(RangeError);
  });
});

describe('bad rows', () => {
  const BAD = 14;
  const rows = [...generateRows(300, 3, { badRows: BAD })];
  const reports = [...generateRows(300, 3)];

  it('come on top of the reports, spread among them, and leave every report as it is', () => {
    let next = 0;
    const badAt: number[] = [];
    rows.forEach((row, i) => (row.join('\u0001') === reports[next]?.join('\u0001') ? next++ : badAt.push(i)));
    expect(next).toBe(reports.length);
    expect(badAt).toHaveLength(BAD);
    expect(badAt[0]).toBeGreaterThan(10);
    expect(badAt.at(-1)).toBeLessThan(rows.length - 10);
  });

  it('are each rejected by the importer, for every reason it has', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gen-bad-rows-'));
    try {
      const file = path.join(dir, 'bad.csv');
      await writeWardiaryCsv(300, 3, createWriteStream(file), { badRows: BAD });
      const corpus = await loadCorpus([file]);
      expect(corpus.counts).toEqual({ read: 300 + BAD, imported: 300, rejected: BAD });
      const reasons = new Set(corpus.problems.map((p) => p.message.replace(/".*$/, '').trim()));
      const expected = ['duplicate id', 'empty Summary', 'expected 32 columns, found 31', 'no ReportKey'];
      expected.push('unreadable DateOccurred', 'Summary: control character U+0000: remove it');
      expect([...reasons].sort()).toEqual(expected.sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('gen-wardiary CLI', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });

  it('writes the same bytes as writeWardiaryCsv, with a summary line on stderr', async () => {
    const result = run('--reports', '300', '--seed', '5', '--out', '-');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe((await csvOf(300, 5)).toString('utf8'));
    expect(result.stderr).toMatch(/^gen-wardiary: 300 rows, [\d,]+ bytes, [\d.]+ s \(seed 5\) -> stdout\n$/);
  });

  it('adds bad rows when asked, and says so', () => {
    const result = run('--reports', '100', '--seed', '5', '--bad-rows', '3', '--out', '-');
    expect(result.status).toBe(0);
    expect(parse(result.stdout, { relax_column_count: true })).toHaveLength(103);
    expect(result.stderr).toMatch(/^gen-wardiary: 103 rows \(3 bad\), [\d,]+ bytes/);
    const tooMany = run('--reports', '5', '--bad-rows', '6', '--out', '-');
    expect(tooMany.status).toBe(2);
    expect(tooMany.stderr).toContain('--bad-rows (6) may be at most the number of reports (5)');
    expect(run('--reports', '5', '--bad-rows', 'x').stderr).toContain('Write a whole number of bad rows');
  });

  it('exits 2 with a clear message on bad arguments', () => {
    const missing = run();
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("required option '-n, --reports <count>' not specified");
    const badCount = run('--reports', 'lots');
    expect(badCount.status).toBe(2);
    expect(badCount.stderr).toContain('Write a whole number of reports');
    const badSeed = run('--reports', '5', '--seed', '-3');
    expect(badSeed.status).toBe(2);
    expect(badSeed.stderr).toContain('The seed must be a whole number from 0 to 4294967295');
  });
});
