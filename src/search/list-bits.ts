/**
 * Sets of report positions, one bit per report, and posting lists as such
 * sets: what a query matches in any of its lists, or in each of its units, is
 * then counted and found without reading a posting. A long list (in a
 * thirty-second of the reports or more: a common word's) is ORed in as a
 * bitset of its own, made the first time a search reads it (one pass over its
 * postings, a few times cheaper than scoring them once) and kept: at War Diary
 * size 9.6 kB each, 5.3 MB were every long list read. A short list sets its
 * bits one by one.
 */
import type { Postings } from './postings.ts';

/** A list holding this share of the reports or more gets a bitset: then no bigger than its positions. */
const LONG = 1 / 32;

/** A set of report positions: bit `p & 31` of word `p >>> 5`. */
export type Bits = Uint32Array;

export class ListBits {
  /** Bitsets of long lists, by list entry (term × fields + field). */
  private readonly long = new Map<number, Bits>();
  /** Words in a set of every report position. */
  readonly words: number;

  constructor(private readonly postings: Postings) {
    this.words = Math.ceil(postings.documents / 32);
  }

  /** A new set of the reports holding any of the lists (entries term × fields + field). */
  any(lists: readonly number[]): Bits {
    const set = new Uint32Array(this.words);
    for (const at of lists) {
      const bits = this.bitsOf(at);
      if (bits) for (let w = 0; w < set.length; w++) set[w] = set[w]! | bits[w]!;
      else {
        const { docs, from, to } = this.postings.list(at);
        for (let i = from; i < to; i++) set[docs[i]! >>> 5] = set[docs[i]! >>> 5]! | (1 << (docs[i]! & 31));
      }
    }
    return set;
  }

  private bitsOf(at: number): Bits | undefined {
    let bits = this.long.get(at);
    if (bits) return bits;
    const { postings } = this;
    if (postings.size(Math.floor(at / postings.fields), at % postings.fields) < postings.documents * LONG) return;
    this.long.set(at, (bits = this.any([])));
    const { docs, from, to } = postings.list(at);
    for (let i = from; i < to; i++) bits[docs[i]! >>> 5] = bits[docs[i]! >>> 5]! | (1 << (docs[i]! & 31));
    return bits;
  }
}

/** Calls `visit` with each position in the set, ascending. */
export function forEachIn(set: Bits, visit: (position: number) => void): void {
  for (let w = 0; w < set.length; w++) {
    for (let bits = set[w]!; bits !== 0; bits &= bits - 1) visit(w * 32 + 31 - Math.clz32(bits & -bits));
  }
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
