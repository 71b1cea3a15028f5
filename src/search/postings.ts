/**
 * The inverted index: for each term and field, the reports holding it with the
 * term's BM25+ there, in typed arrays (the War Diary's seven million postings
 * take 56 MB), terms mapped to their ids, and MiniSearch's public radix tree
 * of the terms (`minisearch/SearchableMap`), which finds those within a few
 * edits of a misspelt word and those beginning with a prefix.
 *
 * Scores are MiniSearch's BM25+ (its defaults k 1.2, b 0.7, δ 0.5, and its
 * weights for fuzzy and prefix matches): tests/postings.test.ts checks that
 * they are the scores MiniSearch's own search gives over the same documents.
 * Each posting's BM25+ depends on the posting alone, so it is computed once,
 * when counting, and kept in single precision: a search multiplies and adds.
 */
import { LRUCache } from 'lru-cache';
import SearchableMap from 'minisearch/SearchableMap';
import { group, lowerBound } from '../sorted.ts';
import { SpellingScan } from './spelling-scan.ts';

/** Everything the index is made of, as saved: plain arrays the file holds byte for byte. */
export interface PostingsData {
  /** Every term once, in ascending order (by UTF-16 code units): a term's id is its place here. */
  terms: string[];
  /** Where each (term, field) list starts in `docs`: entry `term × fields + field`, then the end. */
  offsets: Uint32Array;
  /** Report positions, ascending within each list. */
  docs: Int32Array;
  /** Each posting's BM25+, to single precision (see impactsOf). */
  impacts: Float32Array;
  /** Per term: the id of its stem when the term is a word (it has postings in the first field), −1 otherwise. */
  stems: Int32Array;
}

const K = 1.2;
const B = 0.7;
const DELTA = 0.5;
/** Near-spelling lookups run once the index is idle, at one to three edits: enough for the engine to compile them. */
const WARM_UP_LOOKUPS = 12;
/** MiniSearch's weights of a fuzzy and a prefix match against an exact one. */
export const FUZZY_WEIGHT = 0.45;
export const PREFIX_WEIGHT = 0.375;

/**
 * Where a search adds up scores, per report position: the score so far, a bit
 * per distinct query term that matched (MiniSearch multiplies a result's score
 * by how many of its query terms matched), and the positions touched, in the
 * order first touched. Reused from search to search and cleared by `reset`.
 */
export class Accumulator {
  readonly score: Float64Array;
  readonly mask: Uint32Array;
  readonly touched: Int32Array;
  count = 0;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.mask = new Uint32Array(size);
    this.touched = new Int32Array(size);
  }

  reset(): void {
    for (let i = 0; i < this.count; i++) {
      const p = this.touched[i]!;
      this.score[p] = 0;
      this.mask[p] = 0;
    }
    this.count = 0;
  }
}

/** One (term, field) list: the report positions and BM25+ of `docs[from..to)` and `impacts[from..to)`. */
export interface List {
  docs: Int32Array;
  impacts: Float32Array;
  from: number;
  to: number;
}

/**
 * Where the lists themselves are when they are not all in memory: a desk on a
 * database fetches the few a query needs before ranking (see desk/postgres).
 */
export interface ListSource {
  list(at: number): List;
}

export class Postings {
  readonly terms: string[];
  readonly documents: number;
  readonly fields: number;
  /** Terms to their ids: made once the index is idle, or when first asked, as the radix tree is. */
  private ids?: Map<string, number>;
  /** The radix tree, for prefixes and near spellings one edit away. */
  private tree?: SearchableMap<number>;
  /** For near spellings two or three edits away. */
  private scan?: SpellingScan;
  private readonly offsets: Uint32Array;
  private readonly docs: Int32Array;
  private readonly impacts: Float32Array;
  /** The words of each stem: those of stem `s` are `words[wordsFrom[s]..wordsFrom[s + 1])`. */
  private readonly wordsFrom: Uint32Array;
  private readonly words: Int32Array;
  private readonly nearby = new LRUCache<string, [number, number][]>({ max: 4096 });
  /** Reports counted by `holding`: a stamp per position, fresh for each count. */
  private readonly seen: Uint32Array;
  private stamp = 0;

  private readonly source?: ListSource;

  /**
   * Checks every list and figure first: saved data is a file anyone may have edited. With a `source`, `data` holds
   * the dictionary and the lists' sizes (`offsets`) but no postings, and the source gives each list when asked.
   */
  constructor(data: PostingsData, documents: number, fields: number, source?: ListSource) {
    if (source) checkDictionary(data, fields);
    else checkShape(data, documents, fields);
    this.source = source;
    this.terms = data.terms;
    this.documents = documents;
    this.fields = fields;
    this.offsets = data.offsets;
    this.docs = data.docs;
    this.impacts = data.impacts;
    [this.wordsFrom, this.words] = group(data.stems);
    // A tenth of a second at War Diary size, spent once the index is open rather than before.
    setImmediate(() => this.prepare()).unref();
    this.seen = new Uint32Array(documents);
  }

  /** Makes the lookups of terms before they are needed. A subclass that finds terms its own way makes none. */
  protected prepare(): void {
    this.idOf();
    this.warmUp();
  }

  private idOf(): Map<string, number> {
    if (!this.ids) {
      this.ids = new Map();
      this.terms.forEach((term, id) => this.ids!.set(term, id));
    }
    return this.ids;
  }

  private dictionary(): SearchableMap<number> {
    if (!this.tree) {
      this.tree = new SearchableMap<number>();
      this.terms.forEach((term, id) => this.tree!.set(term, id));
    }
    return this.tree;
  }

  /**
   * Builds the radix tree and the scan, and runs a few lookups on each, as misspellings would: until the engine has
   * compiled a lookup, it runs interpreted, and the first misspellings after a start took 10 to 60 ms instead of one or
   * two.
   */
  private warmUp(): void {
    const tree = this.dictionary();
    const scan = (this.scan ??= new SpellingScan(this.terms));
    const { terms } = this;
    for (let i = 0; i < WARM_UP_LOOKUPS && terms.length; i++) {
      const misspelt = `${terms[(i * 7919) % terms.length]}q`;
      if (i % 3 === 0) tree.fuzzyGet(misspelt, 1);
      else scan.near(misspelt, 1 + (i % 3));
    }
  }

  /** Until the idle turn has made the map of terms, a binary search of the sorted terms: opening makes no map. */
  id(term: string): number | undefined {
    if (this.ids) return this.ids.get(term);
    const at = lowerBound(this.terms, term, (t) => t);
    return this.terms[at] === term ? at : undefined;
  }

  /**
   * Terms within `maxEdits` of `term` (Levenshtein), with their ids and
   * distances, in the order of their ids, the term itself left out. A search
   * of the whole dictionary, 0.02 to 0.1 ms: the words users type again are
   * looked up once.
   */
  near(term: string, maxEdits: number): readonly (readonly [id: number, distance: number])[] {
    const key = `${maxEdits} ${term}`;
    let found = this.nearby.get(key);
    if (!found) {
      found =
        maxEdits > 1
          ? (this.scan ??= new SpellingScan(this.terms)).near(term, maxEdits)
          : this.nearInTree(term, maxEdits);
      this.nearby.set(key, found);
    }
    return found;
  }

  private nearInTree(term: string, maxEdits: number): [id: number, distance: number][] {
    const found: [number, number][] = [];
    for (const [id, distance] of this.dictionary().fuzzyGet(term, maxEdits).values())
      if (distance > 0) found.push([id, distance]);
    return found;
  }

  /** Terms beginning with `prefix`, longer than it. */
  startingWith(prefix: string): number[] {
    const found: number[] = [];
    for (const [term, id] of this.dictionary().atPrefix(prefix)) if (term.length > prefix.length) found.push(id);
    return found;
  }

  /** The words of the reports whose stem is this term. */
  wordsOf(stem: number): string[] {
    return Array.from(this.words.subarray(this.wordsFrom[stem], this.wordsFrom[stem + 1]), (id) => this.terms[id]!);
  }

  /** How many reports hold the term in one field. */
  size(id: number, field: number): number {
    const at = id * this.fields + field;
    return this.offsets[at + 1]! - this.offsets[at]!;
  }

  /** How many reports hold the term in any of these fields. */
  holding(id: number, fields: number[]): number {
    const lists = fields.filter((f) => this.size(id, f) > 0);
    if (lists.length <= 1) return lists.length ? this.size(id, lists[0]!) : 0;
    const stamp = ++this.stamp;
    let n = 0;
    for (const f of lists) {
      const { docs, from, to } = this.list(id * this.fields + f);
      for (let i = from; i < to; i++) {
        const doc = docs[i]!;
        if (this.seen[doc] !== stamp) {
          this.seen[doc] = stamp;
          n++;
        }
      }
    }
    return n;
  }

  /** Whether the report at `position` holds the term in the field: a binary search of the term's list. */
  holds(id: number, field: number, position: number): boolean {
    // Through list(): the lists of postings with a source (a database desk) are not in `docs`.
    const { docs, from, to } = this.list(id * this.fields + field);
    let [lo, hi] = [from, to];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (docs[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo < to && docs[lo] === position;
  }

  /** Calls `visit` with each report position holding the term in the field, ascending. */
  forEach(id: number, field: number, visit: (position: number) => void): void {
    const { docs, from, to } = this.list(id * this.fields + field);
    for (let i = from; i < to; i++) visit(docs[i]!);
  }

  /** The list of entry `at` (term × fields + field). */
  list(at: number): List {
    if (this.source) return this.source.list(at);
    return { docs: this.docs, impacts: this.impacts, from: this.offsets[at]!, to: this.offsets[at + 1]! };
  }

  /**
   * Adds `weight` × BM25+ of the term in the field to every report holding it, and marks them with `bit`; only to
   * those marked 1 in `within`, when given.
   */
  score(id: number, field: number, weight: number, bit: number, into: Accumulator, within?: Uint8Array): void {
    const list = this.list(id * this.fields + field);
    // The loops return the count rather than store it: V8 compiles a long loop while it runs (on-stack replacement),
    // before any code after it has run, and a property stored after the loop then threw that code away on every call.
    if (within) into.count = scoreWithin(list, weight, bit, into, within);
    else if (into.count === 0) into.count = scoreFirst(list, weight, bit, into);
    else into.count = scoreMore(list, weight, bit, into);
  }
}

/** The first list into empty scores: every report is new, nothing to read first. Returns the reports touched. */
function scoreFirst({ docs, impacts, from, to }: List, weight: number, bit: number, into: Accumulator): number {
  const { score, mask, touched } = into;
  let count = into.count;
  for (let i = from; i < to; i++) {
    const doc = docs[i]!;
    touched[count++] = doc;
    score[doc] = weight * impacts[i]!;
    mask[doc] = bit;
  }
  return count;
}

/**
 * A list into scores already made. scoreWithin is the same loop with one test more per posting: kept apart, so a
 * search without a narrow date range (most) pays nothing for it.
 */
function scoreMore({ docs, impacts, from, to }: List, weight: number, bit: number, into: Accumulator): number {
  const { score, mask, touched } = into;
  let count = into.count;
  for (let i = from; i < to; i++) {
    const doc = docs[i]!;
    const marks = mask[doc]!;
    if (marks === 0) touched[count++] = doc;
    score[doc] = score[doc]! + weight * impacts[i]!;
    mask[doc] = marks | bit;
  }
  return count;
}

/** A list read for the reports `within` marks only: the postings of others are passed over. */
function scoreWithin(list: List, weight: number, bit: number, into: Accumulator, within: Uint8Array): number {
  const { docs, impacts, from, to } = list;
  const { score, mask, touched } = into;
  let count = into.count;
  for (let i = from; i < to; i++) {
    const doc = docs[i]!;
    if (within[doc] === 0) continue;
    const marks = mask[doc]!;
    if (marks === 0) touched[count++] = doc;
    score[doc] = score[doc]! + weight * impacts[i]!;
    mask[doc] = marks | bit;
  }
  return count;
}

/**
 * MiniSearch's running mean of each field's length (distinct terms), over the documents in order: the mean its
 * BM25+ normalises by. `fieldLengths` is by document then field.
 */
export function averageLengths(fieldLengths: Int32Array, fields: number): Float64Array {
  const documents = fieldLengths.length / fields;
  const average = new Float64Array(fields);
  for (let doc = 0; doc < documents; doc++) {
    for (let f = 0; f < fields; f++) average[f] = (average[f]! * doc + fieldLengths[doc * fields + f]!) / (doc + 1);
  }
  return average;
}

/** A list's idf, from how many of the documents it holds. */
export const idfOf = (documents: number, df: number) => Math.log(1 + (documents - df + 0.5) / (df + 0.5));

/** The BM25+ of a term found `tf` times in a field `length` terms long, against the field's mean length. */
export const bm25 = (idf: number, tf: number, length: number, average: number) =>
  idf * (DELTA + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / average)));

/**
 * How many times a term was found, from its BM25+ (single precision) and the field's length: the inverse of bm25,
 * or undefined when no whole count gives that figure exactly. A database keeps the counts, which pack smaller.
 */
export function countOf(impact: number, idf: number, length: number, average: number): number | undefined {
  const x = impact / idf - DELTA;
  const tf = Math.round((x * K * (1 - B + (B * length) / average)) / (K + 1 - x));
  return tf >= 1 && Math.fround(bm25(idf, tf, length, average)) === impact ? tf : undefined;
}

/**
 * MiniSearch's BM25+ of every posting: idf of its list times its term-frequency
 * part, normalised by the field's length against MiniSearch's running mean of
 * field lengths, computed step for step as MiniSearch computes them.
 */
function impactsOf(
  offsets: Uint32Array,
  docs: Int32Array,
  counts: Int32Array,
  fieldLengths: Int32Array,
  fields: number,
): Float32Array {
  const documents = fieldLengths.length / fields;
  const average = averageLengths(fieldLengths, fields);
  const impacts = new Float32Array(docs.length);
  for (let list = 0; list + 1 < offsets.length; list++) {
    const field = list % fields;
    const idf = idfOf(documents, offsets[list + 1]! - offsets[list]!);
    for (let i = offsets[list]!; i < offsets[list + 1]!; i++)
      impacts[i] = bm25(idf, counts[i]!, fieldLengths[docs[i]! * fields + field]!, average[field]!);
  }
  return impacts;
}

/** Refuses a dictionary whose stems or list sizes do not fit its terms. */
function checkDictionary({ terms, offsets, stems }: PostingsData, fields: number): void {
  if (stems.length !== terms.length || !stems.every((s) => s >= -1 && s < terms.length))
    throw new Error('stems do not fit the terms');
  if (!terms.every((t, i) => typeof t === 'string' && (i === 0 || terms[i - 1]! < t)))
    throw new Error('terms are not distinct and in order');
  if (offsets.length !== terms.length * fields + 1 || !offsets.every((o, i) => i === 0 || o >= offsets[i - 1]!))
    throw new Error('postings lists do not add up');
}

/** Refuses data that does not make an index of `documents` reports: every list in range and ascending. */
function checkShape(data: PostingsData, documents: number, fields: number): void {
  const { terms, offsets, docs, impacts } = data;
  checkDictionary(data, fields);
  if (
    offsets.length !== terms.length * fields + 1 ||
    offsets[0] !== 0 ||
    offsets.at(-1) !== docs.length ||
    impacts.length !== docs.length
  ) {
    throw new Error('postings lists do not add up');
  }
  const list = firstMalformed(offsets, docs, impacts, documents);
  if (list >= 0) throw new Error(`malformed postings for "${terms[Math.floor(list / fields)]}"`);
}

/**
 * The first list (ascending offsets already checked) whose reports are not ascending and below `documents`, each with
 * a positive finite impact; -1 when none. One plain loop over typed arrays, the message made only on a failure: it
 * runs once per open over every posting (7 million at War Diary size; 20–25 ms once optimised, 31–46 ms before).
 */
function firstMalformed(offsets: Uint32Array, docs: Int32Array, impacts: Float32Array, documents: number): number {
  for (let list = 0, i = 0; list + 1 < offsets.length; list++) {
    const end = offsets[list + 1]!;
    for (let last = -1; i < end; i++) {
      const doc = docs[i]!;
      const impact = impacts[i]!;
      if (doc <= last || doc >= documents || !(impact > 0 && impact < Infinity)) return list;
      last = doc;
    }
  }
  return -1;
}

function grown(values: Int32Array): Int32Array<ArrayBuffer> {
  const more = new Int32Array(values.length * 2);
  more.set(values);
  return more;
}

/** A growable column of numbers, for counting postings without a JS array per term. */
class Column {
  values = new Int32Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) this.values = grown(this.values);
    this.values[this.length++] = value;
  }
}

/**
 * Counts documents given as their terms per field (in field order, words
 * first; a document's position is its place in the sequence) into postings:
 * each document's terms once, then every list laid out in one pass. `stemOf`
 * gives a word's stem, itself a term (a word, or a term of another field).
 */
export function countPostings(
  documents: Iterable<string[][]>,
  fields: number,
  stemOf: (word: string) => string = (w) => w,
): PostingsData {
  const counter = new PostingsCounter(fields);
  for (const terms of documents) counter.add(terms);
  return counter.finish(stemOf);
}

/** countPostings a document at a time: documents are added as they come (see search/analyser.ts). */
export class PostingsCounter {
  private readonly ids = new Map<string, number>();
  // Per posting, in document order: its term and field (term id × fields + field), and its count.
  private readonly found = { list: new Column(), count: new Column() };
  private readonly fieldLengths = new Column();
  /** Per document, how many postings were found up to its end. */
  private readonly ends = new Column();
  // A document's count of each term by id, and the ids it holds, cleared after each field.
  private frequency: Int32Array = new Int32Array(1 << 16);
  private readonly held: number[] = [];

  constructor(private readonly fields: number) {}

  /** The next document's terms, by field. */
  add(terms: string[][]): void {
    this.addIds(terms.map((field) => field.map((term) => this.idOf(term))));
  }

  /** A term's id here, a new one when it is new: an analysis that met the term before keeps its id (see addIds). */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.ids.size));
    return id;
  }

  /** The next document's terms by field, as ids from idOf: each term looked up once by whoever analysed it. */
  addIds(terms: ArrayLike<number>[]): void {
    const { found, held, fields } = this;
    let frequency = this.frequency;
    while (frequency.length < this.ids.size) frequency = this.frequency = grown(frequency);
    for (let field = 0; field < fields; field++) {
      const ids = terms[field] ?? [];
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (frequency[id] === 0) held.push(id);
        frequency[id] = frequency[id]! + 1;
      }
      this.fieldLengths.push(held.length);
      for (const id of held) {
        found.list.push(id * fields + field);
        found.count.push(frequency[id]!);
        frequency[id] = 0;
      }
      held.length = 0;
    }
    this.ends.push(found.list.length);
  }

  /** The postings of the documents added. */
  finish(stemOf: (word: string) => string = (w) => w): PostingsData {
    const { ids, found, fields, ends } = this;
    // Ids in alphabetical order, so the saved dictionary is sorted and autocomplete can read it as it is.
    const terms = [...ids.keys()].sort((a, b) => (a < b ? -1 : 1));
    const rank = new Int32Array(ids.size);
    terms.forEach((term, i) => (rank[ids.get(term)!] = i));
    const lists = found.list.values;
    for (let i = 0; i < found.list.length; i++)
      lists[i] = rank[Math.floor(lists[i]! / fields)]! * fields + (lists[i]! % fields);
    const offsets = new Uint32Array(terms.length * fields + 1);
    for (let i = 0; i < found.list.length; i++) offsets[lists[i]! + 1] = offsets[lists[i]! + 1]! + 1;
    for (let i = 1; i < offsets.length; i++) offsets[i] = offsets[i]! + offsets[i - 1]!;
    const docs = new Int32Array(found.list.length);
    const counts = new Int32Array(found.list.length);
    const next = offsets.slice(0, -1);
    // Postings were found document by document: each list comes out ascending.
    for (let i = 0, doc = 0; doc < ends.length; doc++) {
      for (; i < ends.values[doc]!; i++) {
        const at = next[lists[i]!]!;
        next[lists[i]!] = at + 1;
        docs[at] = doc;
        counts[at] = found.count.values[i]!;
      }
    }
    const stems = Int32Array.from(terms, (term, id) =>
      offsets[id * fields + 1]! > offsets[id * fields]! ? (rank[ids.get(stemOf(term)) ?? -1] ?? -1) : -1,
    );
    const lengths = this.fieldLengths.values.subarray(0, this.fieldLengths.length);
    const impacts = impactsOf(offsets, docs, counts, lengths, fields);
    return { terms, offsets, docs, impacts, stems };
  }
}
