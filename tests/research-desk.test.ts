/**
 * The desk's research methods over real indexes of real corpora: the 307 real
 * War Diary summaries of the sample, a generated War Diary (with a few rows
 * placed by hand at one place and time), and the shipped corpus. Sorts order
 * every match, timelines count every dated match, places account for every
 * match, related reports share phrases that really are rare, random picks
 * only matches, exports hold every match once; bad input is a code, never a throw.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/corpus/model.ts';
import { MAX_EXPORT_PAGE, SORTS, TIME_UNITS, type Desk, type Outcome } from '../src/desk.ts';
import { exportAll } from '../src/desk/export-all.ts';
import { casualtiesOf } from '../src/desk/orders.ts';
import { openDesk } from '../src/open.ts';
import { deskErrorText } from '../src/render/errors.ts';
import { tokenize } from '../src/search/text.ts';
import { writeMashupCsv } from './fixtures/mashup.ts';
import { writeGeneratedCsv } from './fixtures/placed-wardiary.ts';
import { HOSTILE_VALUES } from './fixtures/hostile-report.ts';

let dir: string;
let sample: Desk;
let generated: Desk;
let shipped: Desk;

const ok = <T>(outcome: Outcome<T>): T => {
  if (!outcome.ok) throw new Error(`refused: ${deskErrorText(outcome.error)}`);
  return outcome;
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'research-desk-'));
  const mashup = path.join(dir, 'mashup.csv');
  const wd = path.join(dir, 'wd.csv');
  await Promise.all([writeMashupCsv(mashup), writeGeneratedCsv(wd)]);
  ({ desk: sample } = await openDesk({ corpus: [mashup], cache: false, allowRejects: true }));
  ({ desk: generated } = await openDesk({ corpus: [wd], cache: false }));
  ({ desk: shipped } = await openDesk({ cache: false }));
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const HOSTILE = [...HOSTILE_VALUES, 'NEWEST'];

describe('search sorted', () => {
  it('orders every match by date, newest or oldest first, with the total relevance finds', async () => {
    const relevance = ok(await generated.search({ query: 'IED', limit: 1 }));
    for (const sort of ['newest', 'oldest'] as const) {
      const dates: string[] = [];
      for (let offset = 0; offset < 300; offset += 100) {
        const page = ok(await generated.search({ query: 'IED', sort, limit: 100, offset }));
        expect(page.total).toBe(relevance.total);
        dates.push(...page.results.map((h) => h.report.date!));
      }
      const inOrder = [...dates].sort();
      expect(dates).toEqual(sort === 'oldest' ? inOrder : inOrder.reverse());
    }
  });

  it('by casualties: the KIA and WIA columns summed, most first, reports without them last', async () => {
    const page = ok(await generated.search({ query: 'IED', sort: 'casualties', limit: 100 }));
    const sums = page.results.map((h) => casualtiesOf(h.report)!);
    expect(sums).toEqual([...sums].sort((a, b) => b - a));
    expect(sums[0]).toBeGreaterThan(0);
    const mixed = ok(await shipped.search({ query: 'Iran', sort: 'casualties', limit: 100 }));
    // The article's reports have no casualty columns: in the order, they are all "last".
    expect(mixed.results.every((h) => casualtiesOf(h.report) === undefined)).toBe(true);
    expect(mixed.total).toBe(ok(await shipped.search({ query: 'Iran', limit: 1 })).total);
  });

  it('pages through every match once, whatever the order', async () => {
    for (const sort of SORTS) {
      const seen = new Set<string>();
      const first = ok(await sample.search({ query: 'TF', sort, limit: 100 }));
      for (let offset = 0; offset < first.total; offset += 100) {
        const page = ok(await sample.search({ query: 'TF', sort, limit: 100, offset }));
        for (const h of page.results) seen.add(h.report.id);
      }
      expect(seen.size, sort).toBe(first.total);
    }
  });

  it('highlights what matched in each sorted result', async () => {
    const page = ok(await generated.search({ query: 'IED', sort: 'newest', limit: 5 }));
    for (const h of page.results) expect(h.excerpt.highlights.length).toBeGreaterThan(0);
  });

  it('refuses an order it does not know, naming the valid ones; empty means relevance', async () => {
    for (const sort of ['dates', 'x'.repeat(5000), '🇮🇷', '<script>']) {
      const outcome = await generated.search({ query: 'IED', sort });
      expect(outcome).toEqual({ ok: false, error: { code: 'invalid_sort', given: sort, valid: SORTS } });
      const text = outcome.ok ? '' : deskErrorText(outcome.error);
      expect(text).toMatch(/^sort must be one of relevance, newest, oldest, casualties/);
      expect(text.length).toBeLessThan(200);
    }
    expect(await generated.search({ query: 'IED', sort: '', limit: 3 })).toEqual(
      await generated.search({ query: 'IED', limit: 3 }),
    );
    expect(ok(await generated.search({ query: 'IED', sort: ' Newest ', limit: 1 })).total).toBeGreaterThan(0);
  });

  it('nothing matching, sorted: says why as relevance does', async () => {
    const outcome = ok(await generated.search({ query: 'IED', region: 'RC SOUTH', from: '2030', sort: 'newest' }));
    expect(outcome.total).toBe(0);
  });
});

describe('timeline', () => {
  it('counts every match in one bucket, the buckets summing to the search total', async () => {
    const total = ok(await generated.search({ query: 'IED', limit: 1 })).total;
    for (const by of TIME_UNITS) {
      const t = ok(await generated.timeline({ query: 'IED', by }));
      expect(t.by).toBe(by);
      expect(t.total).toBe(total);
      expect(t.buckets.reduce((n, b) => n + b.count, 0)).toBe(total - t.undated);
      expect(t.undated).toBe(0);
    }
  });

  it('picks a readable unit when none is asked, and counts filters alone', async () => {
    const t = ok(await generated.timeline({ query: '', region: 'RC EAST' }));
    expect(t.buckets.length).toBeLessThanOrEqual(240);
    expect(t.total).toBe(ok(await generated.search({ query: '', region: 'RC EAST', limit: 1 })).total);
  });

  it('counts undated reports apart, and month-dated ones as such (the real sample)', async () => {
    const t = ok(await sample.timeline({ query: '' }));
    // 306 import (GER-0082 has no summary): ger.xml gives no date for its 130; tf3.xml gives the month of its 176.
    expect(t.total).toBe(306);
    expect(t.undated).toBe(130);
    expect(t.monthOnly).toBe(176);
    expect(t.by).toBe('month');
    expect(t.buckets.reduce((n, b) => n + b.count, 0)).toBe(176);
  });

  it('refuses a unit it does not know, and more bars than a chart holds', async () => {
    for (const by of ['fortnight', ...HOSTILE.filter((h) => h.trim())]) {
      const outcome = await generated.timeline({ query: 'IED', by });
      expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_unit', valid: TIME_UNITS } });
    }
    const wide = await shipped.timeline({ query: '', from: '1900', by: 'day' });
    expect(wide.ok || wide.error.code).toBe(true);
  });

  it('answers any query with a count or a code, never a throw', async () => {
    for (const query of HOSTILE) {
      const outcome = await generated.timeline({ query, from: query });
      expect(outcome.ok || typeof outcome.error.code).toBeTruthy();
    }
  });
});

describe('places', () => {
  it('accounts for every match: a point each, or counted without a place', async () => {
    const p = ok(await generated.places({ query: 'IED' }));
    expect(p.points.length + p.withoutPlace).toBe(p.total);
    expect(p.points.length).toBeGreaterThan(0.9 * p.total);
    for (const { lat, lon } of p.points) {
      expect(lat).toBeGreaterThan(28);
      expect(lat).toBeLessThan(39);
      expect(lon).toBeGreaterThan(59);
      expect(lon).toBeLessThan(76);
    }
  });

  it('places the real sample where it says, and counts the reports without coordinates', async () => {
    const p = ok(await sample.places({ query: '' }));
    expect(p.total).toBe(306);
    expect(p.points.length + p.withoutPlace).toBe(306);
    expect(p.points.length).toBeGreaterThan(250);
  });
});

describe('related', () => {
  it('links reports at the same place within hours, with how many hours before or after', async () => {
    const r = ok(await generated.related('PLACE-0'));
    const place = r.related.flatMap((x) =>
      x.reasons.filter((why) => why.kind === 'place').map((why) => ({ id: x.report.id, ...why })),
    );
    expect(place).toEqual([
      { id: 'PLACE-2H', kind: 'place', hours: 2, km: expect.closeTo(0.37, 1) },
      { id: 'PLACE-BEFORE', kind: 'place', hours: -4.5, km: 0 },
    ]);
    const back = ok(await generated.related('PLACE-2H'));
    expect(back.related.find((x) => x.report.id === 'PLACE-0')!.reasons).toContainEqual(
      expect.objectContaining({ kind: 'place', hours: -2 }),
    );
  });

  it('links reports sharing phrases of 3+ words that 2 to 9 reports hold, and those phrases are in both', async () => {
    const all = (await exportEvery(sample)).map(wordsOf);
    let checked = 0;
    for (const id of ['GER-0001', 'GER-0010', 'GER-0050', ...all.slice(0, 60).map((r) => r.id)]) {
      const outcome = await sample.related(id);
      if (!outcome.ok) continue;
      for (const { report, reasons } of outcome.related) {
        for (const why of reasons) {
          if (why.kind !== 'phrase') continue;
          const phrase = words(why.phrase);
          expect(phrase.split(' ').length).toBeGreaterThanOrEqual(3);
          const holding = all.filter((r) => r.text.includes(` ${phrase} `));
          expect(holding.map((r) => r.id)).toContain(report.id);
          expect(holding.map((r) => r.id)).toContain(outcome.report.id);
          expect(holding.length).toBeGreaterThanOrEqual(2);
          expect(holding.length).toBeLessThanOrEqual(9);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('finds a report by its tracking number too; an unknown id is a code', async () => {
    for (const id of ['no-such-report', ...HOSTILE]) {
      expect(await generated.related(id)).toEqual({ ok: false, error: { code: 'unknown_report', id } });
    }
    expect(deskErrorText({ code: 'unknown_report', id: 'x'.repeat(5000) }).length).toBeLessThan(200);
  });
});

describe('random', () => {
  it('picks only matching reports, each of them in time', async () => {
    const matching = ok(await shipped.search({ query: '', type: 'threat', limit: 100 })).results;
    const reports = matching.filter((h) => h.report.kind === 'report').map((h) => h.report.id);
    expect(reports.length).toBeGreaterThan(1);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const pick = ok(await shipped.random({ query: '', type: 'threat' }));
      expect(pick.total).toBe(reports.length);
      expect(reports).toContain(pick.hit!.report.id);
      seen.add(pick.hit!.report.id);
    }
    expect(seen.size).toBe(reports.length);
  });

  it('says when nothing matches, and refuses what a search refuses', async () => {
    expect(ok(await generated.random({ query: 'zzzzqqq' }))).toMatchObject({ total: 0, hit: null });
    expect(await generated.random({ query: '', region: 'nowhere at all' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_filter' },
    });
  });
});

async function exportEvery(desk: Desk, query = '') {
  const reports: Report[] = [];
  for await (const page of exportAll(desk, { query }, 50)) reports.push(...ok(page).reports);
  return reports;
}

const words = (text: string) =>
  tokenize(text)
    .map((t) => t.norm)
    .join(' ');
const wordsOf = (r: Report) => ({ id: r.id, text: ` ${[...r.quotes, ...r.paraphrase].map(words).join(' | ')} ` });

describe('export', () => {
  it('hands over every match once, a page at a time, oldest first by default', async () => {
    const total = ok(await generated.search({ query: 'IED', limit: 1 })).total;
    const reports = await exportEvery(generated, 'IED');
    expect(reports).toHaveLength(total);
    expect(new Set(reports.map((r) => r.id)).size).toBe(total);
    const dates = reports.map((r) => r.date!);
    expect(dates).toEqual([...dates].sort());
    expect(await exportEvery(generated)).toHaveLength(3000);
  });

  it('refuses a page larger than it hands over, and an unknown order', async () => {
    for (const limit of [0, -1, MAX_EXPORT_PAGE + 1, 1.5, Number.NaN]) {
      expect(await generated.export({ query: '', limit })).toMatchObject({
        ok: false,
        error: { code: 'invalid_limit' },
      });
    }
    expect(await generated.export({ query: '', offset: -1 })).toMatchObject({ ok: false });
    expect(await generated.export({ query: '', sort: 'size' })).toMatchObject({ error: { code: 'invalid_sort' } });
    expect(ok(await generated.export({ query: '', offset: 10_000 })).reports).toEqual([]);
  });
});
