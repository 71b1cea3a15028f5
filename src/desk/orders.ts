/**
 * The orders a search can be sorted in besides relevance, each made once when
 * first asked (a sort of the whole corpus, a tenth of a second at War Diary
 * size) and read by every later search: its matches are picked out of it in order.
 */
import type { Casualties, Report } from '../corpus/model.ts';
import type { Sort } from '../desk.ts';
import { detailOf } from '../saved-reports.ts';

export type Order = Exclude<Sort, 'relevance'>;

const collator = new Intl.Collator();

/** The sum of the KIA and WIA columns; undefined for a report that has none. */
export function casualtiesOf(report: Report): number | undefined {
  const c: Casualties | undefined = detailOf(report, 'casualties');
  if (!c) return undefined;
  return (
    c.friendlyKia +
    c.friendlyWia +
    c.hostNationKia +
    c.hostNationWia +
    c.civilianKia +
    c.civilianWia +
    c.enemyKia +
    c.enemyWia
  );
}

/** Newest first, then by id as a person reads ids; undated reports last. The one sort by text: the others follow it. */
function newestOf(all: Report[]): Int32Array {
  return Int32Array.from(all, (_, p) => p).sort((a, b) => {
    const x = all[a]!.date ?? '';
    const y = all[b]!.date ?? '';
    return x < y ? 1 : x > y ? -1 : collator.compare(all[a]!.id, all[b]!.id);
  });
}

/** Oldest first, each date's reports still by id, undated last: the newest order's dates turned around. */
function oldestOf(all: Report[], newest: Int32Array): Int32Array {
  const undated = newest.findIndex((p) => !all[p]!.date);
  const end = undated < 0 ? newest.length : undated;
  const oldest = new Int32Array(newest.length);
  let at = 0;
  for (let run = end; run > 0;) {
    let from = run - 1;
    while (from > 0 && all[newest[from - 1]!]!.date === all[newest[run - 1]!]!.date) from--;
    oldest.set(newest.subarray(from, run), at);
    at += run - from;
    run = from;
  }
  oldest.set(newest.subarray(end), at);
  return oldest;
}

/** Most casualties first, reports without the columns last, ties newest first. */
function casualtiesFirst(all: Report[], newest: Int32Array): Int32Array {
  const counts = Float64Array.from(all, (r) => casualtiesOf(r) ?? -1);
  const rank = new Int32Array(all.length);
  newest.forEach((p, i) => (rank[p] = i));
  return newest.slice().sort((a, b) => counts[b]! - counts[a]! || rank[a]! - rank[b]!);
}

/** Report positions in each order, sorted when first asked. */
export function ordersOf(all: Report[]): (order: Order) => Int32Array {
  const made = new Map<Order, Int32Array>();
  const newest = () => made.get('newest') ?? made.set('newest', newestOf(all)).get('newest')!;
  const make: Record<Order, () => Int32Array> = {
    newest,
    oldest: () => oldestOf(all, newest()),
    casualties: () => casualtiesFirst(all, newest()),
  };
  return (order) => made.get(order) ?? made.set(order, make[order]()).get(order)!;
}
