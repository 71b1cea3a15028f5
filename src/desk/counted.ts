/**
 * What a desk in memory counts per report position before it can answer: each report's filter values and days, and
 * the dated reports in date order. Counted once when the index is built and saved with it, read back when it opens:
 * counting them again at each open walked every report twice and sorted them by date.
 */
import type { Report } from '../corpus/model.ts';
import { FACETS, type Counted } from '../desk.ts';
import { datedPositions } from './by-date.ts';
import { filterColumns, type FilterColumns } from './filters.ts';

export interface DeskColumns {
  filters: FilterColumns;
  /** The positions of the dated reports, oldest first (see datedPositions). */
  dated: Int32Array;
}

/** The columns as a saved index holds them: typed arrays, and each facet's values (null: absent) and counts. */
export interface SavedDeskColumns {
  /** Each facet's codes by position, one facet after another in FACETS order. */
  facetCodes: Uint32Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  dated: Int32Array;
  facets: { values: (string | null)[]; counts: Counted[] }[];
}

export const deskColumnsOf = (all: Report[]): DeskColumns => ({
  filters: filterColumns(all),
  dated: datedPositions(all),
});

export function savedDeskColumns({ filters, dated }: DeskColumns): SavedDeskColumns {
  const facetCodes = new Uint32Array(FACETS.length * filters.firstDay.length);
  FACETS.forEach((name, f) => facetCodes.set(filters.codes[name].of, f * filters.firstDay.length));
  const facets = FACETS.map((name) => ({
    values: filters.codes[name].values.map((v) => v ?? null),
    counts: filters.facets[name],
  }));
  return { facetCodes, firstDay: filters.firstDay, lastDay: filters.lastDay, dated, facets };
}

/**
 * The columns of a saved index, refused when they do not fit `all` (a sealed file may still have been forged): every
 * code naming a value, every count a count, and the dated reports each once, in date order.
 */
export function deskColumnsFrom(saved: SavedDeskColumns, all: Report[]): DeskColumns {
  const n = all.length;
  const { facetCodes, firstDay, lastDay, dated, facets } = saved;
  if (facetCodes.length !== FACETS.length * n || firstDay.length !== n || lastDay.length !== n)
    throw new Error('filter columns do not fit the reports');
  if (facets.length !== FACETS.length || !facets.every(isFacet)) throw new Error('filter values are malformed');
  const codes = Object.fromEntries(
    FACETS.map((name, f) => {
      const of = facetCodes.subarray(f * n, (f + 1) * n);
      const values = facets[f]!.values.map((v) => v ?? undefined);
      if (of.some((code) => code >= values.length)) throw new Error(`a ${name} code names no value`);
      return [name, { values, of }];
    }),
  ) as FilterColumns['codes'];
  checkDated(dated, all);
  const counts = Object.fromEntries(FACETS.map((name, f) => [name, facets[f]!.counts]));
  return { filters: { codes, firstDay, lastDay, facets: counts as FilterColumns['facets'] }, dated };
}

const isCounted = (c: Counted | null) =>
  typeof c === 'object' && c !== null && typeof c.value === 'string' && Number.isSafeInteger(c.count) && c.count >= 0;

function isFacet(facet: SavedDeskColumns['facets'][number] | null): boolean {
  return (
    typeof facet === 'object' &&
    facet !== null &&
    Array.isArray(facet.values) &&
    facet.values.every((v) => v === null || typeof v === 'string') &&
    Array.isArray(facet.counts) &&
    facet.counts.every(isCounted)
  );
}

/** Refuses positions that are not every dated report once, by date and then by position, as datedPositions sorts. */
function checkDated(dated: Int32Array, all: Report[]): void {
  let datedReports = 0;
  for (const r of all) if (r.date) datedReports++;
  if (dated.length !== datedReports) throw new Error('the date order does not hold every dated report');
  for (let i = 0, last = ''; i < dated.length; i++) {
    const p = dated[i]!;
    const date = p >= 0 && p < all.length ? all[p]!.date : null;
    if (!date || date < last || (date === last && p <= dated[i - 1]!))
      throw new Error('the date order is out of order');
    last = date;
  }
}
