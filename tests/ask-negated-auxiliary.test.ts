/**
 * A question asked with an auxiliary's negated contraction ("why *couldn't* the ANA hit back?"), in askers' own words
 * (issue 11): the word splits at its apostrophe, and what is left of the auxiliary ("couldn") is no word the question
 * is about, though no report holding it would make it the question's rarest, its main word.
 */
import { describe, expect, it } from 'vitest';
import { isIndexable } from '../src/search/text.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe("an auxiliary's negated contraction is a stop word", () => {
  it('leaves "couldn", "didn", "wasn" out of the index and the question', () => {
    for (const norm of ['couldn', 'didn', 'wasn', 'shouldn']) expect(isIndexable({ norm })).toBe(false);
  });

  it('keeps those that are words of their own: "won", "haven", the detainee\'s "ISN"', () => {
    for (const norm of ['won', 'haven', 'isn']) expect(isIndexable({ norm })).toBe(true);
  });

  it('answers "why couldn\'t X V?" by the sentence saying why, no longer declined for the main word', () => {
    const asked = answerOf("Why couldn't the ANA hit back at the insurgents' mortar?");
    expect(asked.declined).toBeUndefined();
    expect(asked.answer?.text).toContain('out of range of ANA');
  });

  it('keeps a question holding an ISN answered: "ISNs" is no contraction', () => {
    expect(answerOf('Which ISN was issued when the headcount reached 717 in December 2009?').answer?.text).toContain(
      'ISN 20058 issued',
    );
  });
});
