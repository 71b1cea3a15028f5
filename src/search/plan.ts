/**
 * What ranking a query reads, worked out before any posting is read: per unit,
 * every (term, field) list its leaves reach with the weight and the query-term
 * bit each adds, in the order scores are added up (the order a report's score
 * is summed in decides its last bits), and what a report's mask of bits is
 * worth in that unit. Both ways of ranking (rank.ts, covering.ts) read it.
 */
import { FIELD, type Matched, type SearchIndex } from './index.ts';
import { popcount } from './list-bits.ts';
import { bitOf, leavesOf, type Leaf, type UnitLeaves } from './leaves.ts';
import { FUZZY_WEIGHT } from './postings.ts';
import type { ParsedQuery } from './query.ts';

/** One list a unit reads: term `id` in `field`, each posting's BM25+ times `weight`, marking its reports with `bit`. */
export interface Term {
  id: number;
  field: number;
  weight: number;
  bit: number;
}

/** A unit's lists in the order they are added up, and what a report's mask is worth. */
export interface UnitPlan {
  terms: Term[];
  worth: Worth;
  /** The bits of which any one gives a report MAX_CREDIT for the unit (see creditOf). */
  fullBits: number;
}

export interface QueryPlan {
  units: UnitPlan[];
  /** What the query's units match, for highlighting any shown report. */
  matched: Matched;
}

/** How many reports hold a word as typed. */
export function wordReports(index: SearchIndex, word: string): number {
  const id = index.postings.id(word);
  return id === undefined ? 0 : index.postings.size(id, FIELD.exact);
}

/** The terms a leaf reaches, with MiniSearch's weight for each: its own, and those a misspelling may stand for. */
function targetsOf(index: SearchIndex, leaf: Leaf): [id: number, weight: number][] {
  const { postings } = index;
  const targets: [number, number][] = [];
  const id = postings.id(leaf.term);
  if (id !== undefined) targets.push([id, 1]);
  if (leaf.maxEdits) {
    for (const [near, distance] of postings.near(leaf.term, leaf.maxEdits)) {
      const length = postings.terms[near]!.length;
      targets.push([near, (FUZZY_WEIGHT * length) / (length + distance)]);
    }
  }
  return targets;
}

/** Looks every unit's leaves up: the lists each reads, in order, and what they match. */
export function planOf(index: SearchIndex, query: ParsedQuery): QueryPlan {
  const matched: Matched = { exact: new Set(), stems: new Set(), concepts: new Set() };
  const units = query.units.map((unit): UnitPlan => {
    const leaves = leavesOf(unit, (word) => wordReports(index, word));
    const terms: Term[] = [];
    for (const leaf of leaves.leaves) {
      const targets = targetsOf(index, leaf);
      const inWords = leaf.fields.some(([field]) => field === FIELD.exact);
      for (const [id] of targets)
        if (inWords && index.postings.size(id, FIELD.exact)) matched.exact.add(index.postings.terms[id]!);
      for (const [id, weight] of targets)
        for (const [field, boost] of leaf.fields)
          terms.push({ id, field, weight: weight * boost, bit: bitOf(leaf.source) });
    }
    for (const t of unit.tokens) matched.stems.add(t.stem);
    if (unit.conceptId) matched.concepts.add(unit.conceptId);
    const { wordBits, conceptBit } = leaves;
    return { terms, worth: worthOf(leaves), fullBits: conceptBit | (wordBits.length === 1 ? wordBits[0]! : 0) };
  });
  return { units, matched };
}

/**
 * A report's credit for a unit, from the query terms it matched (`mask`): 2 when it names the unit (its concept, or
 * its one word), 1 when it holds a phrase's words apart, 0 otherwise. No report has more than MAX_CREDIT per unit.
 */
function creditOf(mask: number, { wordBits, conceptBit }: UnitLeaves): number {
  let allWords = wordBits.length > 0;
  for (const bits of wordBits) if ((mask & bits) === 0) allWords = false;
  return (mask & conceptBit) !== 0 || (allWords && wordBits.length === 1) ? 2 : allWords ? 1 : 0;
}

/** The most credit a report has for one unit. */
export const MAX_CREDIT = 2;

/** Up to this many query terms a unit's masks are looked up in tables rather than counted report by report. */
const TABLED = 12;

/** A unit's multiplier (query terms matched) and credit, as tables by mask. */
export interface Tables {
  quality: Uint8Array;
  credit: Uint8Array;
}

/** A unit's multiplier and credit by mask, with their tables where the unit has few terms. */
export interface Worth {
  quality: (mask: number) => number;
  credit: (mask: number) => number;
  tables?: Tables;
}

function worthOf(leaves: UnitLeaves): Worth {
  if (leaves.sources.length > TABLED) return { quality: popcount, credit: (mask) => creditOf(mask, leaves) };
  const size = 1 << leaves.sources.length;
  const quality = Uint8Array.from({ length: size }, (_, mask) => popcount(mask));
  const credit = Uint8Array.from({ length: size }, (_, mask) => creditOf(mask, leaves));
  return { quality: (mask) => quality[mask]!, credit: (mask) => credit[mask]!, tables: { quality, credit } };
}
