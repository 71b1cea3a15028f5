/**
 * Sets of report positions, one bit per report, and posting lists as such
 * sets: what a query matches in any of its lists, or in each of its units, is
 * then counted and found without scoring a posting. A long list (in a
 * thirty-second of the reports or more: a common word's) is ORed in as a
 * bitset of its own, made in the desk's idle warm-up (`making`) or else the
 * first time a search reads it (one pass over its postings, a few times
 * cheaper than scoring them once) and kept: at War Diary size 9.6 kB each,
 * 554 lists, 5.3 MB. A short list sets its bits one by one.
 */
import type { Postings } from './postings.ts';

/** A list holding this share of the reports or more gets a bitset: then no bigger than its positions. */
const LONG = 1 / 32;

/** A set of report positions: bit `p & 31` of word `p >>> 5`. Signed: a word read stays a small integer to V8. */
export type Bits = Int32Array;

export class ListBits {
  /** Bitsets of long lists, by list entry (term × fields + field). */
  private readonly long = new Map<number, Bits>();
  /** Words in a set of every report position. */
  readonly words: number;
  private readonly spare: Bits[] = [];

  constructor(private readonly postings: Postings) {
    this.words = Math.ceil(postings.documents / 32);
  }

  /**
   * Sets of every report position, all empty, for a search to work in: the same ones at each call (a new typed array
   * of this size is not allocated in V8's heap, and allocating a few per search cost tens of microseconds at times).
   */
  empty(count: number): Bits[] {
    while (this.spare.length < count) this.spare.push(new Int32Array(this.words));
    const sets = this.spare.slice(0, count);
    for (const set of sets) set.fill(0);
    return sets;
  }

  /** ORs into `set` the reports holding any of the lists (entries term × fields + field). */
  addTo(set: Bits, lists: readonly number[]): void {
    for (const at of lists) {
      const bits = this.bitsOf(at);
      if (bits) for (let w = 0; w < set.length; w++) set[w] = set[w]! | bits[w]!;
      else setBits(set, this.postings.list(at));
    }
  }

  /**
   * Steps that make the bitset of every long list, one a step, run while the desk is idle (see desk/memory.ts):
   * otherwise a user's first search of a common word makes it. At War Diary size, 554 lists, about 150 ms and 6 MB.
   */
  *making(): Generator<() => unknown> {
    const { postings } = this;
    for (let at = 0; at < postings.terms.length * postings.fields; at++)
      if (this.isLong(at)) yield () => this.bitsOf(at);
  }

  private isLong(at: number): boolean {
    const { postings } = this;
    return postings.size(Math.floor(at / postings.fields), at % postings.fields) >= postings.documents * LONG;
  }

  private bitsOf(at: number): Bits | undefined {
    let bits = this.long.get(at);
    if (bits) return bits;
    if (!this.isLong(at)) return undefined;
    this.long.set(at, (bits = new Int32Array(this.words)));
    setBits(bits, this.postings.list(at));
    return bits;
  }
}

/** Adds the positions `docs[from, to)` to the set. */
export function setBits(set: Bits, { docs, from, to }: { docs: Int32Array; from: number; to: number }): void {
  for (let i = from; i < to; i++) set[docs[i]! >>> 5] = set[docs[i]! >>> 5]! | (1 << (docs[i]! & 31));
}

/** Calls `visit` with each position in the set, ascending. */
export function forEachIn(set: Bits, visit: (position: number) => void): void {
  for (let w = 0; w < set.length; w++) {
    for (let bits = set[w]!; bits !== 0; bits &= bits - 1) visit(w * 32 + 31 - Math.clz32(bits & -bits));
  }
}

/** Writes the positions of the set that pass `keep` into `into`, ascending; how many. */
export function positionsIn(set: Bits, into: Int32Array, keep?: (position: number) => boolean): number {
  let n = 0;
  forEachIn(set, (p) => {
    if (!keep || keep(p)) into[n++] = p;
  });
  return n;
}

/** How many positions of the set pass `keep` (all without it). */
export function countIn(set: Bits, keep?: (position: number) => boolean): number {
  let n = 0;
  if (keep) forEachIn(set, (p) => (n += keep(p) ? 1 : 0));
  else for (let w = 0; w < set.length; w++) n += popcount(set[w]!);
  return n;
}

export const popcount = (x: number) => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
};

const bitsByPostings = new WeakMap<Postings, ListBits>();

/** The bitsets of an index's postings, made as searches first read each long list. */
export function listBitsOf(postings: Postings): ListBits {
  let bits = bitsByPostings.get(postings);
  if (!bits) bitsByPostings.set(postings, (bits = new ListBits(postings)));
  return bits;
}
