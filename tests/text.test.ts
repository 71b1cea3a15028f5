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
import { ABBREVIATED, normalize, sentenceStarts, sentences, stemOf, tokenize } from '../src/search/text.ts';
import { writeMashupCsv } from './fixtures/mashup.ts';

const glossary = loadGlossary();

/** The tokenizer as it was first written: every run of letters and digits, by regular expression. */
function reference(text: string, protectedTerms: ReadonlySet<string>) {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].flatMap((m) => {
    const norm = normalize(m[0]);
    // An acronym's plural, capitals and a small "s" ("MPs"), is stemmed as the acronym.
    const stem = stemOf(/^[A-Z]{2,7}s$/.test(m[0]) ? norm.slice(0, -1) : norm, protectedTerms);
    return norm ? [{ start: m.index, end: m.index + m[0].length, norm, stem }] : [];
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

describe('sentences', () => {
  /** A sentence ending with an abbreviation, as first written: one expression over the whole sentence. */
  const abbreviated = new RegExp(`(?:^|[\\s(])(?:(?:[A-Za-z]\\.){2,}|(?:[A-Za-z]|${ABBREVIATED})\\.)$`, 'i');
  /** Sentences joined back after an abbreviation as they were first: by that expression. */
  function reference(text: string) {
    const starts = sentenceStarts(text);
    const out: { start: number; end: number; text: string }[] = [];
    let joinNext = false;
    starts.forEach((start, i) => {
      const trimmed = text.slice(start, starts[i + 1] ?? text.length).trimEnd();
      if (!trimmed.trim()) return;
      const last = out.at(-1);
      if (joinNext && last) {
        last.end = start + trimmed.length;
        last.text = text.slice(last.start, last.end);
      } else out.push({ start, end: start + trimmed.length, text: trimmed });
      joinNext = abbreviated.test(trimmed);
    });
    return out;
  }

  it('joins sentences back after an abbreviation as the expression over the whole sentence did', () => {
    const words = ['U.S.', 'Dr.', 'e.g.', 'x.', 'approx.', 'No.', '(Gen.', 'Mt.', 'SOLDIER', 'went', 'home.', 'ok?'];
    const odd = ['\u00a0', '\t', '(', '3.', 'K\u212a.', '\u017f.', '\u0130.', '.', '..', 'a.b.c.', '!', 'Amin'];
    const part = fc.constantFrom(...words, ...odd);
    const text = fc.array(fc.tuple(part, fc.constantFrom(' ', '', '  ')), { maxLength: 16 });
    fc.assert(
      fc.property(text, (parts) => {
        const joined = parts.map(([word, space]) => word + space).join('');
        expect(sentences(joined)).toEqual(reference(joined));
      }),
      { numRuns: 2000 },
    );
    expect(sentences('The U.S. SOLDIER left. Dr. Amin came (Gen. Smith).').map((s) => s.text)).toEqual([
      'The U.S. SOLDIER left.',
      'Dr. Amin came (Gen. Smith).',
    ]);
  });
});
