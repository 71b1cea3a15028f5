/**
 * The MiniSearch index: one document per report. Text is analysed once, by our
 * own tokenizer and glossary, into four fields so that ranking can prefer what
 * the user literally typed: exact words over other forms of the same stem, and
 * both over glossary concepts and fuzzy (typo) matches, which MiniSearch weighs
 * down itself. A report, not each of its passages, is the document: the
 * War Diary's 77,000 reports make 77,000 documents, not a quarter of a million.
 */
import type MiniSearch from 'minisearch';
import type { Options, Query } from 'minisearch';
import type { Report } from '../corpus/model.ts';
import type { Glossary } from './glossary.ts';
import { toPassages } from './passages.ts';
import { countPostings, documentsOf, loadPostings, loadTerms, type LoadedTerm, type Postings, type SavedTerm } from './postings.ts';
import type { QueryUnit } from './query.ts';
import { isIndexable, tokenize, type Token } from './text.ts';

const FIELDS = ['exact', 'stems', 'concepts', 'meta'] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Record<Field, number> = { exact: 3, meta: 2, stems: 1.5, concepts: 1.2 };

/** The weight of a phrase's words found apart, against the phrase itself. */
const SCATTERED = 0.3;

/**
 * What a saved index must match to be reused: change the analysis or the fields, bump the format.
 * 8: stored text is cleaned at import (NFC, no invisible characters) and rows with control characters are refused.
 */
export const INDEX_SIGNATURE = JSON.stringify({ format: 8, FIELDS, BOOST });

export interface Analysis {
  tokens: Token[];
  /** Concept ids with the token range that names each. */
  concepts: { id: string; from: number; to: number }[];
}

export function analyze(text: string, glossary: Glossary): Analysis {
  const tokens = tokenize(text, glossary.protectedTerms);
  return { tokens, concepts: glossary.find(tokens).map((m) => ({ id: m.concept.id, from: m.from, to: m.to })) };
}

export interface SearchIndex {
  reports: Map<string, Report>;
  /** Reports by position, the compact id ranking works with. */
  order: Report[];
  position: Map<string, number>;
  glossary: Glossary;
  mini: MiniSearch<Report>;
  /** How many reports hold each stem or concept: the rarity that weighs words in answers. */
  docFrequency: Map<string, number>;
  /** Every indexed word with the reports holding it, alphabetical: what query autocomplete offers. */
  vocabulary: [term: string, reports: number][];
  /** How many passages the reports make: counted once here, as it means reading every sentence. */
  passageCount: number;
}

/**
 * A report's terms by field, in FIELDS order. `stems` holds only stems that
 * differ from their word ("weapons" → "weapon"): a word that is its own stem is
 * already in `exact`, and the query looks there too (see unitQuery). This
 * halves the stem postings.
 */
export function termsOf(report: Report, glossary: Glossary): string[][] {
  const exact: string[] = [];
  const stems: string[] = [];
  const concepts: string[] = [];
  for (const text of [...report.quotes, ...report.paraphrase]) {
    const { tokens, concepts: found } = analyze(text, glossary);
    for (const t of tokens) {
      if (!isIndexable(t)) continue;
      exact.push(t.norm);
      if (t.stem !== t.norm) stems.push(t.stem);
    }
    for (const c of found) concepts.push(c.id);
  }
  const about = analyze([report.title, report.type, ...report.places].join(' · '), glossary);
  // A title names things too: "ESCALATION OF FORCE" in a title is the EOF concept.
  for (const c of about.concepts) concepts.push(c.id);
  const meta = about.tokens.filter(isIndexable).map((t) => t.norm);
  return [exact, stems, concepts, meta];
}

// Fields arrive analysed (see termsOf): MiniSearch never tokenizes a report, and takes a query's terms as given.
export const miniOptions: Options<Report> = {
  fields: [...FIELDS],
  storeFields: [],
  searchOptions: { tokenize: (s) => [s], processTerm: (s) => s },
};

/** Everything of an index that is costly to rebuild, as plain data to save (its terms as saved or loaded). */
export interface IndexSnapshot<Term = SavedTerm> {
  postings: Postings<Term>;
  docFrequency: [string, number][];
  vocabulary: [string, number][];
  passageCount: number;
}

const [EXACT, STEMS, CONCEPTS] = FIELDS.map((_, i) => i);

/** Analyses every report: the slow half of indexing, done once and saved. `onReports` hears how many are done. */
export function analyseReports(
  reports: Report[],
  glossary: Glossary,
  onReports?: (done: number) => void,
): IndexSnapshot {
  // One report's terms at a time: all of them at once would be a second copy of the corpus.
  const terms = function* () {
    for (const [i, r] of reports.entries()) {
      if (i % 1000 === 0) onReports?.(i);
      yield termsOf(r, glossary);
    }
    onReports?.(reports.length);
  };
  const postings = countPostings(terms(), FIELDS.length);
  const docFrequency: [string, number][] = [];
  const vocabulary: [string, number][] = [];
  for (const [term, ...lists] of postings.terms) {
    const exact = lists.find((l) => l[0] === EXACT);
    if (exact) vocabulary.push([term, (exact.length - 1) / 2]);
    // A report counts once however many of its fields hold the term.
    const holding = lists.filter((l) => l[0] === EXACT || l[0] === STEMS || l[0] === CONCEPTS);
    const n = holding.length === 1 ? (holding[0]!.length - 1) / 2 : new Set(holding.flatMap(documentsOf)).size;
    if (n) docFrequency.push([term, n]);
  }
  vocabulary.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const passageCount = reports.reduce((n, r) => n + toPassages(r).length, 0);
  return { postings, docFrequency, vocabulary, passageCount };
}

/** A snapshot's saved terms loaded (see loadTerms): what restoreIndex takes. */
export const loaded = (snapshot: IndexSnapshot): IndexSnapshot<LoadedTerm> => ({
  ...snapshot,
  postings: { ...snapshot.postings, terms: loadTerms(snapshot.postings.terms, indexShape(snapshot.postings)) },
});

/** The documents and fields postings must fall within, from the per-document field lengths. */
export const indexShape = (postings: Pick<Postings, 'fieldLength'>) => ({ documents: postings.fieldLength.length, fields: FIELDS.length });

/** A snapshot's figures, checked before they are trusted: a saved index is a file anyone may have edited. */
function checkFigures(snapshot: IndexSnapshot<LoadedTerm>, reports: Report[]): void {
  const { fieldLength, averageFieldLength } = snapshot.postings;
  const count = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  const fields = (xs: unknown) => Array.isArray(xs) && xs.length === FIELDS.length;
  if (!Array.isArray(fieldLength) || fieldLength.length !== reports.length) throw new Error(`saved index holds ${Array.isArray(fieldLength) ? fieldLength.length : 'no'} reports, expected ${reports.length}`);
  if (!fieldLength.every((lengths) => fields(lengths) && lengths.every(count))) throw new Error('saved index has malformed field lengths');
  if (!fields(averageFieldLength) || !averageFieldLength.every((x) => Number.isFinite(x) && x >= 0)) throw new Error('saved index has malformed average field lengths');
  const counted = (pairs: unknown) => Array.isArray(pairs) && pairs.every((p) => Array.isArray(p) && typeof p[0] === 'string' && count(p[1]));
  if (!counted(snapshot.docFrequency)) throw new Error('saved index has malformed document frequencies');
  // Autocomplete finds words by binary search: they must be in order.
  if (!counted(snapshot.vocabulary) || !snapshot.vocabulary.every(([w], i, all) => i === 0 || all[i - 1]![0] < w)) throw new Error('saved index has a malformed vocabulary');
  if (!count(snapshot.passageCount)) throw new Error('saved index has a malformed passage count');
}

export function restoreIndex(reports: Report[], snapshot: IndexSnapshot<LoadedTerm>, glossary: Glossary): SearchIndex {
  checkFigures(snapshot, reports);
  const { postings } = snapshot;
  const mini = loadPostings(postings, reports.map((r) => r.id), miniOptions);
  return {
    reports: new Map(reports.map((r) => [r.id, r])),
    order: reports,
    position: new Map(reports.map((r, i) => [r.id, i])),
    glossary,
    mini,
    docFrequency: new Map(snapshot.docFrequency),
    vocabulary: snapshot.vocabulary,
    passageCount: snapshot.passageCount,
  };
}

/** The index terms a report matched, by kind, for highlights and answers. */
export interface Matched {
  exact: Set<string>;
  stems: Set<string>;
  concepts: Set<string>;
}

/** Typos are forgiven in longer words only: in a four-letter acronym one letter is a different acronym. */
const fuzziness = (norm: string) => (norm.length >= 5 && !/\d/.test(norm) ? 0.2 : 0);

/**
 * A unit's leaves, each weighted by its field: its words as typed (allowing
 * typos), their stems where those differ (as words, and as other forms of the
 * stem), and its concept. A concept named by several words ("troops in
 * contact") is a phrase: the concept, found wherever the phrase or its acronym
 * (TIC) stands, weighs as an exact match, and the words scattered apart weigh less.
 */
export function unitQuery(unit: QueryUnit): Query {
  const phrase = unit.conceptId !== undefined && unit.tokens.length > 1;
  const w = phrase ? SCATTERED : 1;
  const queries: Query[] = [];
  for (const t of unit.tokens) {
    queries.push({ queries: [t.norm], fields: ['exact', 'meta'], boost: { exact: BOOST.exact * w, meta: BOOST.meta * w }, fuzzy: fuzziness(t.norm), maxFuzzy: 2 });
    if (t.stem !== t.norm) queries.push({ queries: [t.stem], fields: ['exact'], boost: { exact: BOOST.stems * w } });
    queries.push({ queries: [t.stem], fields: ['stems'], boost: { stems: BOOST.stems * w } });
  }
  if (unit.conceptId) queries.push({ queries: [unit.conceptId], fields: ['concepts'], boost: { concepts: phrase ? BOOST.exact : BOOST.concepts } });
  // Bridged words (lexicon.ts) weigh below the unit's concept.
  for (const r of unit.related ?? []) {
    queries.push({ queries: [r.norm], fields: ['exact'], boost: { exact: BOOST.concepts * r.weight } });
    if (r.stem !== r.norm) queries.push({ queries: [r.stem], fields: ['stems', 'exact'], boost: { stems: BOOST.concepts * r.weight, exact: BOOST.concepts * r.weight } });
  }
  return { queries, combineWith: 'OR' };
}
