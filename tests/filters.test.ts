/**
 * The filters of a search (src/desk/filters.ts) over a generated War Diary:
 * what they count and where a page of them begins agree with asking `keep` of
 * every report, however the count is made (a value's own count, the reports of
 * the filter keeping fewest, a narrow date range's reports, or every report).
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/corpus/model.ts';
import type { SearchFilters } from '../src/desk.ts';
import { filtersOf } from '../src/desk/filters.ts';
import { ordersOf } from '../src/desk/orders.ts';
import { openIndex } from '../src/open.ts';
import { writeWardiaryCsv } from '../scripts/wardiary/generate.ts';

let dir: string;
let reports: Report[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'filters-'));
  const csv = path.join(dir, 'wardiary.csv');
  // The generator's pipeline ends when the file is written.
  await writeWardiaryCsv(3000, 5, createWriteStream(csv));
  reports = (await openIndex({ corpus: [csv], cache: false, allowRejects: true })).index.order;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('filters', () => {
  it('count what they keep, and a newest-first page of them begins no later than the newest they keep', () => {
    const { keeper, facets } = filtersOf(reports);
    const days = reports.flatMap((r) => (r.date?.length === 10 ? [r.date] : [])).sort();
    const middle = days[days.length >> 1]!;
    const [type, region, category] = [facets.type[0]!.value, facets.region[0]!.value, facets.category[0]!.value];
    const cases: SearchFilters[] = [
      { type },
      { region: region.slice(0, 4).toLowerCase() },
      { category, region },
      { type, region, category },
      { from: middle, to: middle },
      { from: middle.slice(0, 7), region },
      { to: days[0]!, type },
      { from: days[0]!.slice(0, 4), category },
      { from: '1990', to: '1990', type },
    ];
    const newest = ordersOf(reports)('newest');
    for (const filters of cases) {
      const filter = keeper(filters);
      if (!filter.ok || !filter.keep) throw new Error(JSON.stringify(filters));
      const { keep, count, startIn } = filter;
      const kept = reports.filter((_, p) => keep(p)).length;
      expect(count!(), JSON.stringify(filters)).toBe(kept);
      const start = startIn!(newest);
      expect(
        newest.subarray(0, start).every((p) => !keep(p)),
        JSON.stringify(filters),
      ).toBe(true);
    }
  });
});
