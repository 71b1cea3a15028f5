/**
 * The question's verb said by the act it is done for (issue 11): WordNet's gloss of a verb's commonest sense may say
 * what it is done for ("check: examine *so as to determine* accuracy, quality, or condition"), and a report telling
 * that act tells the question's (acts-said.ts inOtherWords, verb-steps.ts doneFor). A verb whose gloss names another
 * purpose, or none, stays unsaid.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"checked" is said by "to determine", checking being examining so as to determine', () => {
  it('answers whose age was checked by "ISN 20033 was intially sent to the BAF CSH to *determine* his age"', () => {
    expect(marked('What was the ISN of the detainee whose age was checked at the hospital?')).toBe('20033');
  });

  it('keeps verbs done for no determining unsaid: "examined" (so as to discover), "doubted" decline', () => {
    expect(answerOf('What was the ISN of the detainee whose age was examined at the hospital?').answer).toBeNull();
    expect(answerOf('What was the ISN of the detainee whose age was doubted at the hospital?').answer).toBeNull();
  });
});
