/**
 * Units in rank order. A query of one unit (a word, a concept) ranks the
 * reports of that unit alone, so its best reports are the head of the unit's
 * reports ordered as ranking orders them, whatever page or date range is
 * asked: a common word's unit, kept so, gives a page by reading a few of its
 * reports instead of scoring tens of thousands (a filter keeps the first in
 * range). Made for the index's long units while the desk is idle (see rank.ts:
 * unitOrdersMaking), each as ranking scores it, so a page read here is the page
 * ranking gives.
 */
import type { SearchIndex } from './index.ts';
import { countIn, setBits, type Bits } from './list-bits.ts';
import type { UnitPlan } from './plan.ts';

/**
 * How many of a unit's best reports are kept in order: past twenty pages of ten, and a date range of a month of the
 * War Diary still finds a page among them. At War Diary size, 349 units: 4.5 MB with their sets (3.3 MB).
 */
export const HEAD = 1024;

/** A unit's best reports in rank order (at most HEAD), with their final scores and credits, and all it matches. */
export interface UnitOrder {
  at: Int32Array;
  scores: Float64Array;
  credits: Uint8Array;
  /** Every report the unit matches, as a set. */
  matched: Bits;
  count: number;
}

/** A report as ranked, by position. */
export interface Ranked {
  position: number;
  score: number;
  credit: number;
}

/**
 * What makes a unit's ranking: its lists with their weights and bits, and what each mask is worth (a unit past
 * TABLED terms has no tables, and no key: it is never kept).
 */
export function unitKey({ terms, worth, fullBits }: UnitPlan): string | undefined {
  if (!worth.tables) return undefined;
  const lists = terms.map((t) => `${t.id} ${t.field} ${t.weight} ${t.bit}`).join(',');
  return `${lists}|${fullBits}|${worth.tables.credit.join('')}`;
}

const orders = new WeakMap<SearchIndex, Map<string, UnitOrder>>();

/** The units kept in order for an index, by unitKey. */
export function unitOrdersOf(index: SearchIndex): Map<string, UnitOrder> {
  let kept = orders.get(index);
  if (!kept) orders.set(index, (kept = new Map()));
  return kept;
}

/**
 * The best `window` reports of a unit kept in order that `keep` keeps, and how many it keeps (`among`: every
 * position it may keep, when they are few); undefined when the head kept runs out before the window is full.
 */
export function headOf(order: UnitOrder, window: number, keep?: (p: number) => boolean, among?: Int32Array) {
  const { at, scores, credits } = order;
  const ranked: Ranked[] = [];
  for (let i = 0; i < at.length && ranked.length < window; i++) {
    const p = at[i]!;
    if (keep === undefined || keep(p)) ranked.push({ position: p, score: scores[i]!, credit: credits[i]! });
  }
  if (ranked.length < window && at.length < order.count) return undefined;
  return { ranked, total: keep ? keptCount(order.matched, keep, among) : order.count };
}

/**
 * A unit's order from every report it matches (positions, final scores and credits): the best `head` by credit, then
 * score, then position, as ranking orders them. Those that can reach the head are found first (the credits above the
 * lowest that does, and at that credit the scores not below the last that does), and only they are sorted: a heap of
 * a thousand kept best cost four times as much over a common word's tens of thousands.
 */
export function orderIn(at: Int32Array, scores: Float64Array, credits: Uint8Array, head: number, documents: number) {
  const matched = new Int32Array(Math.ceil(documents / 32));
  setBits(matched, { docs: at, from: 0, to: at.length });
  const chosen = reachingHead(scores, credits, head, documents);
  chosen.sort((i, j) => credits[j]! - credits[i]! || scores[j]! - scores[i]! || at[i]! - at[j]!);
  return { ...picked(chosen.slice(0, head), at, scores, credits), matched, count: at.length };
}

/**
 * The indexes of the scores that can reach a head (the credits above the lowest that does, and at that credit the
 * scores not below the last that does), unsorted. Each phase of orderIn is a function of its own: as one, its loops
 * were compiled while running, and the code after them, compiled before it had run, was thrown away on every unit.
 */
function reachingHead(scores: Float64Array, credits: Uint8Array, head: number, documents: number): number[] {
  const perCredit = new Int32Array(256);
  for (const c of credits) perCredit[c] = perCredit[c]! + 1;
  let lowest = 255;
  let above = 0;
  while (lowest > 0 && above + perCredit[lowest]! < head) above += perCredit[lowest--]!;
  if (spare.length < perCredit[lowest]!) spare = new Float64Array(documents);
  const tied = spare.subarray(0, perCredit[lowest]!);
  for (let i = 0, n = 0; i < credits.length; i++) if (credits[i] === lowest) tied[n++] = scores[i]!;
  const least = head - above >= tied.length ? -Infinity : nthLargest(tied, head - above);
  const chosen: number[] = [];
  for (let i = 0; i < credits.length; i++)
    if (credits[i]! > lowest || (credits[i] === lowest && scores[i]! >= least)) chosen.push(i);
  return chosen;
}

/** The reports at `chosen` indexes, in that order. */
function picked(chosen: number[], at: Int32Array, scores: Float64Array, credits: Uint8Array) {
  const order = {
    at: new Int32Array(chosen.length),
    scores: new Float64Array(chosen.length),
    credits: new Uint8Array(chosen.length),
  };
  chosen.forEach((i, n) => {
    order.at[n] = at[i]!;
    order.scores[n] = scores[i]!;
    order.credits[n] = credits[i]!;
  });
  return order;
}

/** Where orderIn finds the scores that may reach a head, kept from one unit to the next. */
let spare = new Float64Array(0);

/** The `n`th largest of `xs` (1: the largest), found in place (a quickselect: `xs` is left in another order). */
function nthLargest(xs: Float64Array, n: number): number {
  const target = n - 1;
  let [lo, hi] = [0, xs.length - 1];
  while (lo < hi) {
    const pivot = xs[(lo + hi) >>> 1]!;
    let [i, j] = [lo, hi];
    while (i <= j) {
      while (xs[i]! > pivot) i++;
      while (xs[j]! < pivot) j--;
      if (i <= j) {
        [xs[i], xs[j]] = [xs[j]!, xs[i]!];
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return xs[target]!;
  }
  return xs[target]!;
}

function keptCount(matched: Bits, keep: (p: number) => boolean, among?: Int32Array): number {
  if (!among) return countIn(matched, keep);
  let n = 0;
  for (const p of among) if ((matched[p >>> 5]! & (1 << (p & 31))) !== 0 && keep(p)) n++;
  return n;
}
