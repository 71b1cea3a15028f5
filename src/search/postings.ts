/**
 * MiniSearch's term index, counted and loaded without MiniSearch's add() and
 * loadJS(). At War Diary size add() spends ~20 s updating a hash map once per
 * token, loadJS() ~1.7 s turning every posting back from an object key into a
 * number, and the seven million postings take 300 MB as Maps. Here each
 * field's terms are counted once, postings are saved as flat arrays of small
 * numbers, and loaded into typed arrays that MiniSearch reads as it reads its
 * Maps (size, keys, get): 60 MB.
 *
 * Loading writes MiniSearch's private term index (`_index`: term → field id →
 * document short id → term frequency). tests/postings.test.ts checks that the
 * result is exactly what MiniSearch's own addAll builds, searches included, and
 * package.json pins MiniSearch's exact version: an upgrade is a deliberate
 * change that must pass that test, not something `npm update` does.
 */
import MiniSearch, { type Options } from 'minisearch';

/**
 * A term's postings as saved: its fields in the order first seen, each
 * `[fieldId, gap, frequency, gap, frequency…]`, a gap being the distance from
 * the previous document's position (the first from 0).
 */
export type SavedTerm = [term: string, ...fields: number[][]];
/** A term's postings as MiniSearch reads them: field id → document position → frequency. */
export type LoadedTerm = [term: string, fields: Map<number, DocFrequencies>];

/**
 * One term's documents in one field, ascending, with the term's frequency in
 * each: a slice of typed arrays shared by a batch of terms, read by MiniSearch
 * as a Map (size, keys, get; entries to save). The index never changes once
 * loaded, so nothing here writes.
 */
export class DocFrequencies {
  /** Where keys() last stood: MiniSearch asks get() for the document keys() just gave. */
  private at: number;

  constructor(
    private readonly docs: Int32Array,
    private readonly counts: Uint32Array,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.at = start;
  }

  get size(): number {
    return this.end - this.start;
  }

  keys(): IterableIterator<number> {
    let i = this.start;
    const iterator: IterableIterator<number> = {
      next: () => (i < this.end ? { value: this.docs[(this.at = i++)]!, done: false } : { value: undefined, done: true }),
      [Symbol.iterator]: () => iterator,
    };
    return iterator;
  }

  get(doc: number): number | undefined {
    if (this.docs[this.at] === doc && this.at < this.end) return this.counts[this.at];
    let lo = this.start;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.docs[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.end && this.docs[lo] === doc ? this.counts[lo] : undefined;
  }

  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (let i = this.start; i < this.end; i++) yield [this.docs[i]!, this.counts[i]!];
  }
}

export interface Postings<Term = SavedTerm> {
  /** Per document (by position), per field: its distinct terms, MiniSearch's field length. */
  fieldLength: number[][];
  averageFieldLength: number[];
  /** In the order first seen. */
  terms: Term[];
}

/** Counts documents given as their terms per field, in field order; a document's position is its MiniSearch short id. */
export function countPostings(documents: Iterable<string[][]>, fieldCount: number): Postings<SavedTerm> {
  const byTerm = new Map<string, { lists: number[][]; last: number[] }>();
  const fieldLength: number[][] = [];
  const averageFieldLength: number[] = new Array<number>(fieldCount).fill(0);
  const frequency = new Map<string, number>();
  let doc = 0;
  for (const fields of documents) {
    const lengths: number[] = [];
    for (let field = 0; field < fieldCount; field++) {
      frequency.clear();
      for (const term of fields[field] ?? []) frequency.set(term, (frequency.get(term) ?? 0) + 1);
      lengths.push(frequency.size);
      // MiniSearch's running mean, step for step, so the floats come out the same.
      averageFieldLength[field] = (averageFieldLength[field]! * doc + frequency.size) / (doc + 1);
      for (const [term, n] of frequency) {
        let entry = byTerm.get(term);
        if (!entry) byTerm.set(term, (entry = { lists: [], last: [] }));
        let at = entry.lists.findIndex((list) => list[0] === field);
        if (at < 0) at = entry.lists.push([field]) - 1;
        entry.lists[at]!.push(doc - (entry.last[at] ?? 0), n);
        entry.last[at] = doc;
      }
    }
    fieldLength.push(lengths);
    doc++;
  }
  return { fieldLength, averageFieldLength, terms: Array.from(byTerm, ([term, { lists }]) => [term, ...lists]) };
}

/** The positions of the documents in one field's list, decoded from their gaps. */
export function documentsOf(list: number[]): number[] {
  const docs: number[] = [];
  for (let i = 1, doc = 0; i < list.length; i += 2) docs.push((doc += list[i]!));
  return docs;
}

/**
 * Saved postings loaded into two typed arrays for the batch. A saved index is
 * read a batch of terms at a time and each batch loaded at once, so the saved
 * form never piles up in memory. Postings that do not fit the index (`shape`:
 * its documents and fields) are refused, never loaded in part.
 */
export function loadTerms(terms: SavedTerm[], shape: { documents: number; fields: number }): LoadedTerm[] {
  let total = 0;
  for (const [term, ...lists] of terms) {
    if (typeof term !== 'string' || lists.length === 0) throw new Error('a term without postings');
    for (const list of lists) {
      if (!Array.isArray(list) || list.length < 3 || list.length % 2 === 0) throw new Error(`malformed postings for "${term}"`);
      total += (list.length - 1) / 2;
    }
  }
  const docs = new Int32Array(total);
  const counts = new Uint32Array(total);
  let at = 0;
  return terms.map(([term, ...lists]) => {
    const fields = new Map<number, DocFrequencies>();
    for (const list of lists) {
      const field = list[0]!;
      if (!(Number.isInteger(field) && field >= 0 && field < shape.fields)) throw new Error(`no field ${field} for "${term}"`);
      const start = at;
      for (let i = 1, doc = 0; i < list.length; i += 2, at++) {
        const gap = list[i]!;
        const count = list[i + 1]!;
        // Gaps keep documents ascending (the first may be 0); every count is at least 1.
        if (!(Number.isInteger(gap) && (gap > 0 || (i === 1 && gap === 0)) && Number.isInteger(count) && count > 0 && count < 2 ** 32)) throw new Error(`malformed postings for "${term}"`);
        doc += gap;
        if (doc >= shape.documents) throw new Error(`postings for "${term}" past the last document`);
        docs[at] = doc;
        counts[at] = count;
      }
      fields.set(field, new DocFrequencies(docs, counts, start, at));
    }
    return [term, fields];
  });
}

type TermIndex = { set(term: string, fields: Map<number, DocFrequencies>): void };

/** A MiniSearch holding the documents `ids` (by position) with these postings, searchable at once. */
export function loadPostings<T>(postings: Postings<LoadedTerm>, ids: string[], options: Options<T>): MiniSearch<T> {
  const mini = MiniSearch.loadJS<T>(
    {
      documentCount: ids.length,
      nextId: ids.length,
      documentIds: Object.fromEntries(ids.map((id, i) => [i, id])),
      fieldIds: Object.fromEntries(options.fields.map((field, i) => [field, i])),
      fieldLength: Object.fromEntries(postings.fieldLength.map((lengths, i) => [i, lengths])),
      averageFieldLength: postings.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    },
    options,
  );
  const index = (mini as unknown as { _index: TermIndex })._index;
  for (const [term, fields] of postings.terms) index.set(term, fields);
  return mini;
}
