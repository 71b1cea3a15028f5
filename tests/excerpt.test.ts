import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestExcerpt, EXCERPT_MAX, highlightSpans, type Excerpt, type Span } from '../src/search/excerpt.ts';
import { loadGlossary } from '../src/search/glossary.ts';
import type { Matched } from '../src/search/index.ts';
import { sentences } from '../src/search/text.ts';

const glossary = loadGlossary();
const matched = (m: { exact?: string[]; stems?: string[]; concepts?: string[] }): Matched => ({
  exact: new Set(m.exact),
  stems: new Set(m.stems),
  concepts: new Set(m.concepts),
});
const marked = (ex: Excerpt) => ex.highlights.map(([s, e]) => ex.text.slice(s, e));

/** Where an excerpt's body (without its ellipses) sits in the original text. */
function locate(text: string, ex: Excerpt) {
  const lead = ex.text.startsWith('…') && !text.startsWith('…');
  const tail = ex.text.endsWith('…') && !text.endsWith('…');
  const body = ex.text.slice(lead ? 1 : 0, tail ? -1 : undefined);
  return { lead, tail, body };
}

/**
 * Words separated by single spaces, and the span of each word (without trailing punctuation).
 * Each word ends with its position, so any run of two or more words occurs once in the text.
 */
const wordsText = fc
  .array(fc.tuple(fc.stringMatching(/^[A-Za-z]{0,12}$/), fc.constantFrom('', ',', '.', ';', ')')), {
    minLength: 1,
    maxLength: 160,
  })
  .map((pairs) => {
    const spans: Span[] = [];
    const words: string[] = [];
    let at = 0;
    pairs.forEach(([letters, punctuation], i) => {
      const word = `${letters}${i}`;
      spans.push([at, at + word.length]);
      words.push(word + punctuation);
      at += word.length + punctuation.length + 1;
    });
    return { text: words.join(' '), wordSpans: spans };
  });
const textWithSpans = wordsText.chain(({ text, wordSpans }) =>
  fc.record({ text: fc.constant(text), spans: fc.subarray(wordSpans) }),
);

describe('highlightSpans', () => {
  const text =
    'Also they are helping HIG and TB members in carrying out terrorist attacks against the Afghan National Police.';

  it('marks words matched exactly, by stem, and whole concepts', () => {
    const spans = highlightSpans(
      text,
      matched({ exact: ['helping'], stems: ['attack'], concepts: ['taliban', 'afghan-national-police'] }),
      glossary,
    );
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['helping', 'TB', 'attacks', 'Afghan National Police']);
  });

  it('returns sorted spans that do not overlap', () => {
    const spans = highlightSpans(
      text,
      matched({ exact: ['afghan', 'national'], concepts: ['afghan-national-police'] }),
      glossary,
    );
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Afghan National Police']);
  });

  it('marks nothing when nothing matched', () => {
    expect(highlightSpans(text, matched({}), glossary)).toEqual([]);
  });
});

describe('bestExcerpt', () => {
  const filler = (n: number, word = 'filler') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

  it('returns a short text whole, with its highlights', () => {
    const text = 'a 92% probability of a match against a suspected sample of Iranian C4.';
    const ex = bestExcerpt(text, [
      [59, 66],
      [67, 69],
    ]);
    expect(ex.text).toBe(text);
    expect(marked(ex)).toEqual(['Iranian', 'C4']);
  });

  it(`returns a text of exactly ${EXCERPT_MAX} characters whole`, () => {
    const text = 'x'.repeat(EXCERPT_MAX - 7) + ' Herat.';
    expect(bestExcerpt(text, [[EXCERPT_MAX - 6, EXCERPT_MAX - 1]]).text).toBe(text);
  });

  it('shows the leading window when nothing is highlighted', () => {
    const text = filler(100);
    const ex = bestExcerpt(text, []);
    expect(ex.text.startsWith('filler0 filler1 ')).toBe(true);
    expect(ex.text.endsWith('…')).toBe(true);
    expect(ex.text.length).toBeLessThanOrEqual(EXCERPT_MAX);
    expect(ex.highlights).toEqual([]);
  });

  it(`stays within ${EXCERPT_MAX} characters, ellipses included, with "…" exactly where it cuts`, () => {
    const text = `${filler(60, 'before')} Herat ${filler(60, 'after')}`;
    const at = text.indexOf('Herat');
    const ex = bestExcerpt(text, [[at, at + 5]]);
    expect(ex.text.length).toBeLessThanOrEqual(EXCERPT_MAX);
    expect(ex.text.startsWith('…before')).toBe(true);
    expect(ex.text.endsWith('…')).toBe(true);
    expect(ex.text.slice(1, -1).includes('…')).toBe(false);
    expect(text).toContain(ex.text.slice(1, -1));
    expect(marked(ex)).toEqual(['Herat']);
  });

  it('cuts at word boundaries', () => {
    const text = `${filler(60, 'before')} Herat ${filler(60, 'after')}`;
    const at = text.indexOf('Herat');
    const ex = bestExcerpt(text, [[at, at + 5]]);
    const { body } = locate(text, ex);
    const start = text.indexOf(body);
    expect(text[start - 1]).toBe(' ');
    expect(text[start + body.length]).toBe(' ');
  });

  it('has no leading "…" when the window starts at the beginning, and no trailing one when it reaches the end', () => {
    const text = filler(100);
    const atEnd = text.lastIndexOf('filler99');
    const end = bestExcerpt(text, [[atEnd, atEnd + 8]]);
    expect(end.text.startsWith('…')).toBe(true);
    expect(end.text.endsWith('filler99')).toBe(true);
    const start = bestExcerpt(text, [[0, 7]]);
    expect(start.text.startsWith('filler0 ')).toBe(true);
    expect(start.text.endsWith('…')).toBe(true);
  });

  it('shows the densest cluster of highlights, not the first one', () => {
    const words = filler(200).split(' ');
    const text = words.join(' ');
    const spanOf = (word: string): Span => {
      const at = text.indexOf(` ${word} `) + 1;
      return [at, at + word.length];
    };
    const lone = spanOf('filler5');
    const cluster = ['filler150', 'filler152', 'filler155'].map(spanOf);
    const ex = bestExcerpt(text, [lone, ...cluster]);
    expect(marked(ex)).toEqual(['filler150', 'filler152', 'filler155']);
    expect(ex.text).not.toContain('filler5 ');
  });

  describe('properties', () => {
    it('every highlight lies inside the excerpt and marks the same words as in the original', () => {
      fc.assert(
        fc.property(textWithSpans, ({ text, spans }) => {
          const ex = bestExcerpt(text, spans);
          const { body } = locate(text, ex);
          const offset = text.indexOf(body) - (ex.text.startsWith('…') ? 1 : 0);
          for (const [s, e] of ex.highlights) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(e).toBeLessThanOrEqual(ex.text.length);
            expect(s).toBeLessThan(e);
            expect(ex.text.slice(s, e)).toBe(text.slice(s + offset, e + offset));
          }
          const original = new Set(spans.map(([s, e]) => text.slice(s, e)));
          for (const word of marked(ex)) expect(original.has(word)).toBe(true);
        }),
        { numRuns: 500 },
      );
    });

    it(`is at most ${EXCERPT_MAX} characters, a verbatim piece of the text cut at spaces, "…" only where cut`, () => {
      fc.assert(
        fc.property(textWithSpans, ({ text, spans }) => {
          const ex = bestExcerpt(text, spans);
          if (text.length <= EXCERPT_MAX) {
            expect(ex.text).toBe(text);
            return;
          }
          expect(ex.text.length).toBeLessThanOrEqual(EXCERPT_MAX);
          const { lead, tail, body } = locate(text, ex);
          const start = text.indexOf(body);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(lead).toBe(start > 0);
          expect(tail).toBe(start + body.length < text.length);
          if (lead) expect(text[start - 1]).toBe(' ');
          if (tail) expect(text[start + body.length]).toBe(' ');
        }),
        { numRuns: 500 },
      );
    });

    it('keeps at least one highlight whenever there are any', () => {
      fc.assert(
        fc.property(textWithSpans, ({ spans, text }) => {
          const ex = bestExcerpt(text, spans);
          expect(ex.highlights.length > 0).toBe(spans.length > 0);
        }),
        { numRuns: 500 },
      );
    });

    it('never throws and keeps highlights inside the excerpt for any text and any spans, even out-of-range ones', () => {
      const anyText = fc.string({ unit: 'grapheme', maxLength: 900 });
      const anySpans = fc.array(
        fc.tuple(fc.integer({ min: -5, max: 1000 }), fc.integer({ min: 0, max: 40 })).map(([s, w]): Span => [s, s + w]),
        { maxLength: 12 },
      );
      fc.assert(
        fc.property(anyText, anySpans, (text, spans) => {
          const ex = bestExcerpt(text, spans);
          for (const [s, e] of ex.highlights) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(e).toBeLessThanOrEqual(ex.text.length);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('sentences', () => {
  it('do not end at an abbreviation a capital follows: "the U.S. SOLDIER", "Dr. Monavar", "approx. 6km"', () => {
    const text =
      'TALIBAN IS PLANNING TO MOVE THE U.S. SOLDIER TO GARDEZ. Tagab District, Dr. Monavar has acted. It fell approx. 6km away.';
    expect(sentences(text).map((s) => s.text)).toEqual([
      'TALIBAN IS PLANNING TO MOVE THE U.S. SOLDIER TO GARDEZ.',
      'Tagab District, Dr. Monavar has acted.',
      'It fell approx. 6km away.',
    ]);
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
