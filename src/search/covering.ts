/**
 * Which reports can reach the page of a query of several units. Hits are
 * ordered by credit before score, and a report missing a unit has at most
 * MAX_CREDIT × (units − 1): when the page is full of reports with more, no
 * other report can reach it, and only the reports matching every unit need a
 * score. Found as sets (list-bits.ts): each unit's lists ORed, the units ANDed;
 * the reports matching any unit, counted from the units' sets ORed, are never
 * scored. rank.ts scores them with the full pass's own code, reading the lists
 * for the marked reports only.
 */
import type { SearchIndex } from './index.ts';
import { listBitsOf, type Bits } from './list-bits.ts';
import type { QueryPlan } from './plan.ts';

/** The reports matching every unit of the plan, and those matching any. */
export function coverage(index: SearchIndex, plan: QueryPlan): { every: Bits; any: Bits } {
  const { postings } = index;
  const bits = listBitsOf(postings);
  const sets = plan.units.map((unit) => bits.any(unit.terms.map((t) => t.id * postings.fields + t.field)));
  const every = sets[0]!.slice();
  const any = sets[0]!;
  for (const set of sets.slice(1)) {
    for (let w = 0; w < set.length; w++) {
      every[w] = every[w]! & set[w]!;
      any[w] = any[w]! | set[w]!;
    }
  }
  return { every, any };
}
