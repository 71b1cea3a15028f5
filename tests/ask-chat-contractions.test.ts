/**
 * A negated auxiliary typed without its apostrophe, as chat writes it ("why *couldnt* the log support guys get the mp
 * dingo out", "who *wasnt* there"), is the stopword it is with one (text.ts STOPWORDS): read as a rare word, it was
 * the question's main word, which no report writes, and nothing was quoted.
 */
import { describe, expect, it } from 'vitest';
import { isIndexable } from '../src/search/text.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a negated auxiliary typed without its apostrophe', () => {
  it('is no word the question is about', () => {
    for (const norm of ['couldnt', 'wasnt', 'didnt', 'dont', 'arent']) expect(isIndexable({ norm })).toBe(false);
  });

  it('answers as the apostrophe does: why the Log Support Battalion could not get the Dingo out', () => {
    const typed = 'why couldnt the log support guys get the mp dingo out';
    expect(answerOf(typed).answer?.report.id).toBe('GER-0092');
    expect(marked(typed)).toMatch(/weather and road conditions/);
    expect(marked(typed)).toBe(marked("why couldn't the log support guys get the mp dingo out"));
  });

  it('leaves the words of their own alone: "cant" and "wont" are words, "wont" a habit', () => {
    for (const norm of ['cant', 'wont']) expect(isIndexable({ norm })).toBe(true);
  });
});
