/**
 * The dictionary of an import without a radix tree or a map of its terms: a
 * term's id, its near spellings and the terms it begins are found in the
 * sorted terms the desk holds anyway — by binary search, and for near
 * spellings by walking them as the trie they spell (a term's rows of edit
 * distances are reused by the next term for the prefix they share; every
 * term under a prefix already too far is skipped at once). MiniSearch's
 * SearchableMap over the 387,000 terms of 470,000 reports takes about 100 MB
 * of heap, the map 14 MB; this takes none, and finds the same terms at the
 * same distances in the same order.
 */
import { LRUCache } from 'lru-cache';
import { FIELD } from '../../search/index.ts';
import { Postings } from '../../search/postings.ts';
import { firstWhere, lowerBound } from '../../sorted.ts';

type Near = readonly (readonly [id: number, distance: number])[];

export class StoredPostings extends Postings {
  private readonly nearCache = new LRUCache<string, Near>({ max: 4096 });

  /** No radix tree, no map of terms to ids (14 MB at 470,000 reports): terms are found in the sorted terms. */
  protected override prepare(): void {}

  override id(term: string): number | undefined {
    const at = firstAtLeast(this.terms, term);
    return this.terms[at] === term ? at : undefined;
  }

  override near(term: string, maxEdits: number): Near {
    const key = `${maxEdits} ${term}`;
    let found = this.nearCache.get(key);
    if (!found) {
      found = nearTerms(this.terms, term, maxEdits);
      this.nearCache.set(key, found);
    }
    return found;
  }

  /** Last first, as SearchableMap's atPrefix walks them (its iterator takes each node's children from a stack). */
  override startingWith(prefix: string): number[] {
    const found: number[] = [];
    const first = firstAtLeast(this.terms, prefix);
    for (let id = pastPrefix(this.terms, prefix, first) - 1; id >= first; id--)
      if (this.terms[id]!.length > prefix.length) found.push(id);
    return found;
  }

  /**
   * The reports' words beginning with `prefix` and how many reports hold each, alphabetical: what completion reads,
   * made when asked rather than held (400,000 pairs, 30 MB of heap at 470,000 reports).
   */
  wordsStarting(prefix: string): [word: string, reports: number][] {
    const words: [string, number][] = [];
    if (!prefix) return words;
    const first = firstAtLeast(this.terms, prefix);
    const end = pastPrefix(this.terms, prefix, first);
    for (let id = first; id < end; id++) {
      const reports = this.size(id, FIELD.exact);
      if (reports) words.push([this.terms[id]!, reports]);
    }
    return words;
  }
}

/** The first place in sorted `terms` whose term is not below `key` (by UTF-16 code units). */
const firstAtLeast = (terms: readonly string[], key: string) => lowerBound(terms, key, (term) => term);

/** The first place after `from` whose term does not begin with `prefix`. */
const pastPrefix = (terms: readonly string[], prefix: string, from: number) =>
  firstWhere(from, terms.length, (i) => !terms[i]!.startsWith(prefix));

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
};

/**
 * The terms within `maxEdits` (Levenshtein: insert, delete, substitute a UTF-16 unit) of `word`, the word itself
 * left out, with their distances, in alphabetical order as SearchableMap's fuzzyGet gives them.
 */
export function nearTerms(terms: readonly string[], word: string, maxEdits: number): [number, number][] {
  const width = word.length + 1;
  // rows[d]: the distances from the term's first d units to each prefix of the word; row 0 is 0, 1, 2…
  const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, j) => j)];
  const found: [number, number][] = [];
  let previous = '';
  let valid = 0;
  let id = 0;
  while (id < terms.length) {
    const term = terms[id]!;
    let d = Math.min(valid, commonPrefix(previous, term));
    let pruned = false;
    for (; d < term.length; d++) {
      const above = rows[d]!;
      const row = (rows[d + 1] ??= new Int32Array(width));
      const unit = term.charCodeAt(d);
      row[0] = d + 1;
      let least = row[0];
      for (let j = 1; j < width; j++) {
        const cost = word.charCodeAt(j - 1) === unit ? 0 : 1;
        row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
        if (row[j]! < least) least = row[j]!;
      }
      if (least > maxEdits) {
        // No term beginning with these d + 1 units can come within maxEdits: all of them are skipped.
        previous = term;
        valid = d + 1;
        id = pastPrefix(terms, term.slice(0, d + 1), id);
        pruned = true;
        break;
      }
    }
    if (pruned) continue;
    const distance = rows[term.length]![word.length]!;
    if (distance > 0 && distance <= maxEdits) found.push([id, distance]);
    previous = term;
    valid = term.length;
    id++;
  }
  return found;
}
