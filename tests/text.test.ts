/**
 * The tokenizer scans text by character code for speed; it must read exactly
 * the words the regular expression it replaced reads, offsets, forms and stems
 * included, on any text: the index and every query depend on it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { SHIPPED_CORPUS } from '../src/open.ts';
import { loadGlossary } from '../src/search/glossary.ts';
import { normalize, stemOf, tokenize } from '../src/search/text.ts';
import { writeMashupCsv } from './fixtures/mashup.ts';

const glossary = loadGlossary();

/** The tokenizer as it was first written: every run of letters and digits, by regular expression. */
function reference(text: string, protectedTerms: ReadonlySet<string>) {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].flatMap((m) => {
    const norm = normalize(m[0]);
    return norm ? [{ start: m.index, end: m.index + m[0].length, norm, stem: stemOf(norm, protectedTerms) }] : [];
  });
}

describe('tokenize', () => {
  it('reads the words of every report of the sample and the article as the regular expression does', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'text-test-'));
    try {
      const csv = path.join(dir, 'mashup.csv');
      await writeMashupCsv(csv);
      const { reports } = await loadCorpus([csv, SHIPPED_CORPUS]);
      const texts = reports.flatMap((r) => [...r.quotes, ...r.paraphrase, r.title]);
      expect(texts.length).toBeGreaterThan(300);
      for (const text of texts)
        expect(tokenize(text, glossary.protectedTerms)).toEqual(reference(text, glossary.protectedTerms));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads accents, scripts, surrogate pairs, marks and lone surrogates as the regular expression does', () => {
    const cases = [
      'Tehrān Ümit 𝐀𝐁𝐂 x😀y 한국어 ١٢٣ e\u0301t\u00e9',
      '\ud800abc\udc00def\ud83d',
      'ǅemal ½ ⅷ ß ﬁle',
      'Ira\u200bnian IED-IEDs TBs',
    ];
    for (const text of cases)
      expect(tokenize(text, glossary.protectedTerms)).toEqual(reference(text, glossary.protectedTerms));
  });

  it('agrees with the regular expression on any string', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ maxLength: 400 }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(tokenize(text, glossary.protectedTerms)).toEqual(reference(text, glossary.protectedTerms));
        expect(tokenize(text)).toEqual(reference(text, new Set()));
      }),
      { numRuns: 500 },
    );
  });
});
