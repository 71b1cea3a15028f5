/**
 * Which reports can reach the page. Hits are ordered by credit before score,
 * and a report has MAX_CREDIT for a unit when it holds the unit's concept (or
 * its one word): those holding every unit so are all equal in credit and above
 * every other report. When they fill the page, only they need a score: a
 * glossary phrase ranks the reports of its concept and not those of its words
 * apart, "IED Kandahar" those of both. Found as sets (list-bits.ts), as are the
 * reports matching any unit, counted without a score.
 */
import type { SearchIndex } from './index.ts';
import { listBitsOf, type Bits } from './list-bits.ts';
import type { QueryPlan } from './plan.ts';

/**
 * The reports with MAX_CREDIT in every unit of the plan (of one unit or more), and those matching any unit: sets
 * ListBits lends, good until the next search.
 */
export function candidatesOf(index: SearchIndex, plan: QueryPlan): { full: Bits; any: Bits } {
  const { postings } = index;
  const bits = listBitsOf(postings);
  const [full, any, unitFull] = bits.empty(3) as [Bits, Bits, Bits];
  const at = (t: { id: number; field: number }) => t.id * postings.fields + t.field;
  full.fill(-1);
  for (const { terms, fullBits } of plan.units) {
    unitFull.fill(0);
    bits.addTo(unitFull, terms.filter((t) => (t.bit & fullBits) !== 0).map(at));
    bits.addTo(any, terms.filter((t) => (t.bit & fullBits) === 0).map(at));
    andOr(full, any, unitFull);
  }
  return { full, any };
}

/** `full` AND `unit`, `any` OR `unit`, word by word. */
function andOr(full: Bits, any: Bits, unit: Bits): void {
  for (let w = 0; w < unit.length; w++) {
    full[w] = full[w]! & unit[w]!;
    any[w] = any[w]! | unit[w]!;
  }
}
