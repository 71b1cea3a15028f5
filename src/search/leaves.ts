/**
 * What a query unit looks up: its leaves, each a term searched in some fields
 * with a boost per field, misspelt or not. A unit is its words as typed
 * (allowing typos in longer words), their stems where those differ (as words,
 * and as other forms of the stem), its concept, and related words below them.
 * A concept named by several words ("troops in contact") is a phrase: the
 * concept, found wherever the phrase or its acronym (TIC) stands, weighs as an
 * exact match, and the words scattered apart weigh less.
 */
import { BOOST, FIELD } from './index.ts';
import type { QueryUnit } from './query.ts';

export interface Leaf {
  term: string;
  /** Field ids with their boosts, in the order MiniSearch adds them up. */
  fields: [field: number, boost: number][];
  /** How many edits away a misspelling may be (0: the term as it is). */
  maxEdits: number;
  /** The query term the leaf answers for: its place in `UnitLeaves.sources`. */
  source: number;
}

export interface UnitLeaves {
  leaves: Leaf[];
  /**
   * The unit's distinct query terms. As in MiniSearch, a report's score for the
   * unit is multiplied by how many of them it matched; each is a bit of a mask.
   */
  sources: string[];
  /** Per word of the unit, the bits of its form and its stem: a report with each word has them all. */
  wordBits: number[];
  /** The bit of the unit's concept (0: no concept). */
  conceptBit: number;
}

/** The weight of a phrase's words found apart, against the phrase itself. */
const SCATTERED = 0.3;
/** A mask has 32 bits: query terms past the 32nd of a unit share the last. */
const MAX_SOURCES = 32;
/** Past this length a "word" is no word, and the edit-distance table would grow with its square. */
const MAX_FUZZY_LENGTH = 40;

/**
 * A word the reports hold as typed in this many reports is taken as meant: its
 * near spellings are other words, and the spellings of a name the glossary
 * knows are its concept. Judged on the real sample, forgiving typos only in
 * rarer words ranks as well, and spares looking them up in most queries.
 */
export const ATTESTED = 20;

/**
 * Typos are forgiven in longer words only: in a four-letter acronym one letter
 * is a different acronym. One edit up to seven letters, two from eight (MiniSearch's
 * fuzzy 0.2 with at most 2).
 */
export function maxEditsFor(norm: string): number {
  if (norm.length < 5 || norm.length > MAX_FUZZY_LENGTH || /\d/.test(norm)) return 0;
  return Math.min(2, Math.round(norm.length * 0.2));
}

export const bitOf = (source: number) => 1 << Math.min(source, MAX_SOURCES - 1);

/** `reports`: how many reports hold a word as typed (see ATTESTED). */
export function leavesOf(unit: QueryUnit, reports: (word: string) => number = () => 0): UnitLeaves {
  const sources: string[] = [];
  const sourceOf = (term: string) => {
    const at = sources.indexOf(term);
    return at >= 0 ? at : sources.push(term) - 1;
  };
  const leaves: Leaf[] = [];
  const add = (term: string, fields: [number, number][], maxEdits = 0) =>
    leaves.push({ term, fields, maxEdits, source: sourceOf(term) });
  const phrase = unit.conceptId !== undefined && unit.tokens.length > 1;
  const w = phrase ? SCATTERED : 1;
  for (const t of unit.tokens) {
    // The user's own words are looked for in titles too, and forgiven their typos unless well attested.
    const edits = reports(t.norm) >= ATTESTED ? 0 : maxEditsFor(t.norm);
    const fields: [number, number][] = [
      [FIELD.exact, BOOST.exact * w],
      [FIELD.meta, BOOST.meta * w],
    ];
    add(t.norm, fields, edits);
    if (t.stem !== t.norm) add(t.stem, [[FIELD.exact, BOOST.stems * w]]);
    add(t.stem, [[FIELD.stems, BOOST.stems * w]]);
  }
  if (unit.conceptId) add(unit.conceptId, [[FIELD.concepts, phrase ? BOOST.exact : BOOST.concepts]]);
  // Related words (lexicon.ts) weigh below the unit's concept: as words, their stems among stems and words.
  for (const r of unit.related ?? []) {
    if (!(r.weight > 0 && r.weight < 1)) continue;
    const boost = BOOST.concepts * r.weight;
    add(r.norm, [[FIELD.exact, boost]]);
    if (r.stem !== r.norm)
      add(r.stem, [
        [FIELD.stems, boost],
        [FIELD.exact, boost],
      ]);
  }
  const bitsOf = (...terms: string[]) => terms.reduce((bits, term) => bits | bitOf(sources.indexOf(term)), 0);
  return {
    leaves,
    sources,
    wordBits: unit.tokens.map((t) => bitsOf(t.norm, t.stem)),
    conceptBit: unit.conceptId ? bitsOf(unit.conceptId) : 0,
  };
}
