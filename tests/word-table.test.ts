import { describe, expect, it } from 'vitest';
import { scanPlainWords, scanWords } from '../src/search/text.ts';
import { hashOf, WordTable } from '../src/search/word-table.ts';

/** A word held as a string, found as it is where it lies in a text. */
const get = <T extends { word: string }>(table: WordTable<T>, word: string) =>
  table.find(word, 0, word.length, hashOf(word));

const words = (text: string) => {
  const found: string[] = [];
  scanWords(text, (norm) => found.push(norm));
  return found;
};

const plainWords = (text: string) => {
  const lower = text.toLowerCase();
  const found: { word: string; hash: number }[] = [];
  scanPlainWords(lower, (start, end, hash) => found.push({ word: lower.slice(start, end), hash }));
  return found;
};

describe('scanPlainWords', () => {
  it('finds the words scanWords finds in ASCII text, each hashed as hashOf hashes it', () => {
    for (const text of [
      '',
      ' ',
      'IED',
      '  Two IEDs, found at 0930Z (grid 42SVB123)... x',
      'a-b_c\td\r\ne',
      '9',
      '!!!',
    ]) {
      const found = plainWords(text);
      expect(
        found.map((w) => w.word),
        text,
      ).toEqual(words(text));
      for (const { word, hash } of found) expect(hash, word).toBe(hashOf(word));
    }
  });
});

describe('WordTable', () => {
  it('finds a word where it lies in a text as it finds it held as a string', () => {
    const table = new WordTable<{ word: string }>();
    const ied = { word: 'ied' };
    table.add(ied, hashOf('ied'));
    const text = 'an ied, an iedx, ie';
    expect(table.find(text, 3, 6, hashOf('ied'))).toBe(ied);
    expect(table.find(text, 11, 15, hashOf('iedx'))).toBeUndefined();
    expect(table.find(text, 17, 19, hashOf('ie'))).toBeUndefined();
    expect(get(table, 'ied')).toBe(ied);
    expect(get(table, '')).toBeUndefined();
  });

  it('tells apart words of the same hash, and keeps every word as it grows', () => {
    const table = new WordTable<{ word: string }>();
    const same = [{ word: 'one' }, { word: 'two' }, { word: 'six' }];
    for (const entry of same) table.add(entry, 7);
    const many = Array.from({ length: 50_000 }, (_, i) => ({ word: `w${i}` }));
    for (const entry of many) table.add(entry, hashOf(entry.word));
    for (const entry of same) expect(table.find(entry.word, 0, 3, 7)).toBe(entry);
    expect(table.find('ten', 0, 3, 7)).toBeUndefined();
    for (const entry of many) expect(get(table, entry.word)).toBe(entry);
    expect(get(table, 'w50000')).toBeUndefined();
  });

  it('made of given entries, holds each of them, however few or many, and no other word', () => {
    for (const n of [0, 1, 3, 4, 5, 100, 5000]) {
      const entries = Array.from({ length: n }, (_, i) => ({ word: `w${i}` }));
      const table = WordTable.of(entries);
      for (const entry of entries) expect(get(table, entry.word)).toBe(entry);
      expect(get(table, `w${n}`)).toBeUndefined();
      expect(get(table, '')).toBeUndefined();
    }
  });
});
