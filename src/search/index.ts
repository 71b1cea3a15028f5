/**
 * The index: one document per report. Text is analysed once, by our own
 * tokenizer and glossary, into four fields so that ranking can prefer what the
 * user literally typed: exact words over other forms of the same stem, and
 * both over glossary concepts and fuzzy (typo) matches, which weigh less
 * (see leaves.ts). A report, not each of its passages, is the document: the
 * War Diary's 77,000 reports make 77,000 documents, not a quarter of a million.
 */
import type { Report } from '../corpus/model.ts';
import type { Glossary } from './glossary.ts';
import { MAX_PASSAGE, countPassages, sentenceStartsOf, toPassages, type Passage } from './passages.ts';
import { Postings, PostingsCounter, type PostingsData } from './postings.ts';
import {
  acronymPlural,
  isAsciiText,
  isIndexable,
  scanPlainWords,
  scanWords,
  stemmerFor,
  tokenize,
  type Token,
} from './text.ts';
import { hashOf, WordTable } from './word-table.ts';

export const FIELDS = ['exact', 'stems', 'concepts', 'meta'] as const;
export type Field = (typeof FIELDS)[number];
/** Field ids: a field's place in FIELDS. */
export const FIELD = { exact: 0, stems: 1, concepts: 2, meta: 3 } as const satisfies Record<Field, number>;
export const BOOST: Record<Field, number> = { exact: 3, meta: 2, stems: 1.5, concepts: 1.2 };

/**
 * What a saved index must match to be reused: change the analysis or the fields, bump the format.
 * 8: stored text is cleaned at import (NFC, no invisible characters) and rows with control characters are refused.
 * 9: postings with their BM25+ and the sentences of long paragraphs, in a sealed binary file.
 * 10: passages join sentences back after an abbreviation (the passage count changes).
 * 11: a glossary acronym's capital S is no plural ("in" is no longer read as INS): its concepts are found anew.
 * 12: any acronym's plural in capitals and a small "s" ("MPs") is stemmed as the acronym.
 * 13: an auxiliary's negated contraction ("couldn" of "couldn't") is a stop word, left out of the index.
 */
export const INDEX_SIGNATURE = JSON.stringify({ format: 13, FIELDS, BOOST });

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
  /** Reports by id (gathered when first read). */
  readonly reports: Map<string, Report>;
  /** Reports by position, the compact id ranking works with. */
  order: Report[];
  glossary: Glossary;
  postings: Postings;
  /** How many reports hold a stem or concept (as a word, stem or concept): the rarity that weighs words in answers. */
  docFrequency: { get(term: string): number | undefined; has(term: string): boolean };
  /** Every indexed word with the reports holding it, alphabetical: what query autocomplete offers. */
  vocabulary: [term: string, reports: number][];
  /** How many passages the reports make: counted once here, as it means reading every sentence. */
  passageCount: number;
  sentences: SentenceStarts;
}

/**
 * Where the sentences of each report's long paragraphs begin (see
 * sentenceStartsOf), flat: report p's are `starts[offsets[p]..offsets[p + 1])`,
 * each paragraph's beginning with 0.
 */
export interface SentenceStarts {
  offsets: Uint32Array;
  starts: Int32Array;
}

/**
 * A report's terms by field, in FIELDS order. `stems` holds only stems that
 * differ from their word ("weapons" → "weapon"): a word that is its own stem is
 * already in `exact`, and the query looks there too (see leaves.ts). This
 * halves the stem postings. The definition of what is indexed: TermCounter
 * counts the same terms without making these lists (tests/postings.test.ts).
 */
export function termsOf(report: AnalysedText, glossary: Glossary): string[][] {
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

/** Everything of an index that is costly to rebuild, as plain data to save. */
export interface IndexSnapshot {
  postings: PostingsData;
  sentences: SentenceStarts;
  passageCount: number;
}

/** What analysing a report reads of it: what its terms and passages are made of. */
export type AnalysedText = Pick<Report, 'quotes' | 'paraphrase' | 'title' | 'type' | 'places'>;

/**
 * Reports are analysed one after another, in corpus order (a report's position is its place in the sequence): the
 * slow half of indexing, done once and saved. Its two halves, sentences and terms, can run on two threads as the
 * reports are read (see analysis-thread.ts).
 */
export class SentenceCounter {
  private readonly offsets: number[] = [0];
  private readonly starts: number[] = [];
  private passageCount = 0;

  /** How many reports were analysed. */
  get count(): number {
    return this.offsets.length - 1;
  }

  /** Finds where the sentences of the report's long paragraphs begin and counts its passages. */
  add(report: AnalysedText): void {
    const found = sentenceStartsOf(report);
    this.passageCount += countPassages(report, found);
    for (const paragraph of found) for (const start of paragraph) this.starts.push(start);
    this.offsets.push(this.starts.length);
  }

  finish(): Omit<IndexSnapshot, 'postings'> {
    const sentences = { offsets: Uint32Array.from(this.offsets), starts: Int32Array.from(this.starts) };
    return { sentences, passageCount: this.passageCount };
  }
}

/**
 * What the term count keeps of a word once met: its stem, and its ids as a word and as a stem (NONE: not indexed so;
 * the stem's given only once a report's text holds the word, as a title's words are indexed as words alone).
 */
interface Word {
  word: string;
  stem: string;
  exact: number;
  stemmed: number;
}
const NONE = -1;
const NOT_YET = -2;

/**
 * Counts each report's terms as it comes (all terms at once would be a second corpus), as termsOf gives them: each
 * word of the corpus analysed once, then found where it lies in the text wherever it occurs again, no string cut out
 * for it (a war diary repeats some 100,000 words 20 million times; see word-table.ts), its term ids kept with it.
 */
export class TermCounter {
  private readonly postings = new PostingsCounter(FIELDS.length);
  private readonly words = new WordTable<Word>();
  private readonly plurals = new Map<string, Word>();
  private readonly stem: (norm: string) => string;
  // Reused from text to text and report to report: one report's words and term ids by field.
  private readonly met: Word[] = [];
  private readonly terms: number[][] = FIELDS.map(() => []);
  count = 0;

  constructor(private readonly glossary: Glossary) {
    this.stem = stemmerFor(glossary.protectedTerms);
  }

  add(report: AnalysedText): void {
    const { terms, met } = this;
    const [exact, stems, concepts, meta] = terms as [number[], number[], number[], number[]];
    for (const field of terms) field.length = 0;
    for (const text of [...report.quotes, ...report.paraphrase]) {
      this.read(text);
      for (const word of met) {
        if (word.exact === NONE) continue;
        exact.push(word.exact);
        if (word.stemmed === NOT_YET) word.stemmed = this.postings.idOf(word.stem);
        if (word.stemmed !== NONE) stems.push(word.stemmed);
      }
      this.conceptsOf(concepts);
    }
    this.read([report.title, report.type, ...report.places].join(' · '));
    // A title names things too: "ESCALATION OF FORCE" in a title is the EOF concept.
    this.conceptsOf(concepts);
    for (const word of met) if (word.exact !== NONE) meta.push(word.exact);
    this.postings.addIds(terms);
    this.count++;
  }

  finish(): PostingsData {
    return this.postings.finish(this.stem);
  }

  /** The words of `text`, into `met`. */
  private read(text: string): void {
    const { met } = this;
    met.length = 0;
    if (!isAsciiText(text)) {
      scanWords(text, (norm, start, end) =>
        met.push(
          acronymPlural(text, start, end) ? this.pluralOf(norm) : this.wordAt(norm, 0, norm.length, hashOf(norm)),
        ),
      );
      return;
    }
    const lower = text.toLowerCase();
    scanPlainWords(lower, (start, end, hash) =>
      met.push(
        acronymPlural(text, start, end) ? this.pluralOf(lower.slice(start, end)) : this.wordAt(lower, start, end, hash),
      ),
    );
  }

  /** An acronym's plural ("MPs", see acronymPlural): the written word, stemmed as the acronym; few, kept apart. */
  private pluralOf(norm: string): Word {
    let word = this.plurals.get(norm);
    if (!word) this.plurals.set(norm, (word = this.wordOf(norm, norm.slice(0, -1))));
    return word;
  }

  /** The word at `text[start, end)`, `hash` its hash: as met before, or analysed now. */
  private wordAt(text: string, start: number, end: number, hash: number): Word {
    let word = this.words.find(text, start, end, hash);
    if (!word) this.words.add((word = this.wordOf(text.slice(start, end))), hash);
    return word;
  }

  private wordOf(norm: string, stemmedAs = norm): Word {
    const stem = this.stem(stemmedAs);
    if (!isIndexable({ norm })) return { word: norm, stem, exact: NONE, stemmed: NONE };
    return { word: norm, stem, exact: this.postings.idOf(norm), stemmed: stem === norm ? NONE : NOT_YET };
  }

  /** The ids of the concepts the words in `met` name, added to `into`. */
  private conceptsOf(into: number[]): void {
    for (const found of this.glossary.find(this.met)) into.push(this.postings.idOf(found.concept.id));
  }
}

/** Counts the terms of every report (see TermCounter). `onReports` hears how many are done. */
export function countTerms(
  reports: AnalysedText[],
  glossary: Glossary,
  onReports?: (done: number) => void,
): PostingsData {
  const terms = new TermCounter(glossary);
  for (const [p, report] of reports.entries()) {
    if (p % 1000 === 0) onReports?.(p);
    terms.add(report);
  }
  onReports?.(reports.length);
  return terms.finish();
}

/** Analyses every report: its sentences, then its terms (see countTerms). */
export function analyseReports(
  reports: AnalysedText[],
  glossary: Glossary,
  onReports?: (done: number) => void,
): IndexSnapshot {
  const sentences = new SentenceCounter();
  for (const report of reports) sentences.add(report);
  return { postings: countTerms(reports, glossary, onReports), ...sentences.finish() };
}

/** The index of these reports from their analysis; one that does not fit them is refused (it may come from a file). */
export function restoreIndex(reports: Report[], snapshot: IndexSnapshot, glossary: Glossary): SearchIndex {
  const { passageCount, sentences } = snapshot;
  if (!Number.isSafeInteger(passageCount) || passageCount < 0)
    throw new Error('saved index has a malformed passage count');
  if (sentences.offsets.length !== reports.length + 1 || sentences.offsets.at(-1) !== sentences.starts.length)
    throw new Error('sentence starts do not fit the reports');
  const postings = new Postings(snapshot.postings, reports.length, FIELDS.length);
  const vocabulary: [string, number][] = [];
  postings.terms.forEach((term, id) => {
    const n = postings.size(id, FIELD.exact);
    if (n) vocabulary.push([term, n]);
  });
  const counted = [FIELD.exact, FIELD.stems, FIELD.concepts];
  const docFrequency = {
    get: (term: string) => {
      const id = postings.id(term);
      return id === undefined ? undefined : postings.holding(id, counted) || undefined;
    },
    has: (term: string) => {
      const id = postings.id(term);
      return id !== undefined && counted.some((field) => postings.size(id, field) > 0);
    },
  };
  // Gathered when first asked, not at each open: reading every report's id is most of what a saved report costs.
  let byId: Map<string, Report> | undefined;
  return {
    get reports() {
      return (byId ??= new Map(reports.map((r) => [r.id, r])));
    },
    order: reports,
    glossary,
    postings,
    docFrequency,
    vocabulary,
    passageCount,
    sentences,
  };
}

/**
 * The passages of the report at `position`, cut where the index found its
 * sentences; where what it kept does not fit the report, found anew. `report`:
 * that report already read whole (a saved report reads its texts anew each time).
 */
export function passagesAt(index: SearchIndex, position: number, report: Report = index.order[position]!): Passage[] {
  const { offsets, starts } = index.sentences;
  // Most reports have no paragraph longer than a passage: nothing was kept for them, and nothing is to be checked.
  if (offsets[position] === offsets[position + 1]) return toPassages(report);
  const kept = starts.subarray(offsets[position], offsets[position + 1]);
  const paragraphs: Int32Array[] = [];
  for (let from = 0, i = 1; i <= kept.length; i++) {
    if (i < kept.length && kept[i] !== 0) continue;
    paragraphs.push(kept.subarray(from, i));
    from = i;
  }
  const long = [...report.quotes, ...report.paraphrase].filter((text) => text.length > MAX_PASSAGE);
  const ascending = (p: Int32Array, k: number) =>
    p[0] === 0 && p.every((start, i) => start < long[k]!.length && (i === 0 || start > p[i - 1]!));
  const fits = paragraphs.length === long.length && paragraphs.every(ascending);
  return toPassages(report, fits ? paragraphs : undefined);
}

/** The words of the reports whose stem is `stem` (the stem itself included when it is one). */
export function wordsWithStem(index: SearchIndex, stem: string): string[] {
  const id = index.postings.id(stem);
  return id === undefined ? [] : index.postings.wordsOf(id);
}

/** The index terms a report matched, by kind, for highlights and answers. */
export interface Matched {
  exact: Set<string>;
  stems: Set<string>;
  concepts: Set<string>;
}
