/**
 * Words met before, found where they lie in a text: counting terms meets some 20 million words of the War Diary, all
 * but 100,000 of them met before, and a Map keyed by the word would need each cut out as a string of its own (made,
 * hashed and collected) only to find the one it already holds. Here a word is hashed as its characters are scanned
 * (see scanPlainWords) and compared in place; only a word not met before is cut out.
 */

/** FNV-1a over UTF-16 units: the hash a word starts from, and the step for each unit. */
export const HASH_START = 0x811c9dc5 | 0;
export const hashStep = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193);

/** The hash of a word held as a string: the same as scanning it in a text. */
export function hashOf(word: string): number {
  let hash = HASH_START;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** Entries by the word they are kept for (`word`), open addressing over a power-of-two table. */
export class WordTable<T extends { word: string }> {
  private hashes: Int32Array;
  private entries: (T | undefined)[];
  private size = 0;

  /** `slots`: a power of two; the table grows past half of it. */
  constructor(slots = 1 << 12) {
    this.hashes = new Int32Array(slots);
    this.entries = new Array<T | undefined>(slots).fill(undefined);
  }

  /**
   * A table of these entries, each word given once, made at their size: a query's few words get a table of a few
   * slots, not thousands to fill (a table is made for each query).
   */
  static of<T extends { word: string }>(entries: readonly T[]): WordTable<T> {
    const table = new WordTable<T>(Math.max(8, 2 ** Math.ceil(Math.log2(entries.length * 2 + 1))));
    for (const entry of entries) table.add(entry, hashOf(entry.word));
    return table;
  }

  /** The entry of the word at `text[start, end)`, `hash` its hash; undefined when not met before. */
  find(text: string, start: number, end: number, hash: number): T | undefined {
    const { hashes, entries } = this;
    const mask = entries.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = entries[slot];
      if (entry === undefined) return undefined;
      if (hashes[slot] === hash && entry.word.length === end - start && text.startsWith(entry.word, start))
        return entry;
    }
  }

  /** Keeps the entry of a word not met before, `hash` its hash. */
  add(entry: T, hash: number): void {
    // At most half full: a probe ends at an empty slot soon.
    if (++this.size * 2 > this.entries.length) this.grow();
    this.place(entry, hash);
  }

  private place(entry: T, hash: number): void {
    const mask = this.entries.length - 1;
    let slot = hash & mask;
    while (this.entries[slot] !== undefined) slot = (slot + 1) & mask;
    this.entries[slot] = entry;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const { hashes, entries } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.entries = new Array<T | undefined>(entries.length * 2).fill(undefined);
    entries.forEach((entry, slot) => {
      if (entry !== undefined) this.place(entry, hashes[slot]!);
    });
  }
}
