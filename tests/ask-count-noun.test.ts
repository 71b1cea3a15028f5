/**
 * "What was the count / headcount …?" (issue 11): a "what" whose noun is a noun of quantity asks a number as "how
 * many" does, and the standing total answers it, not a number moved; the reports' notes may drop its copula.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a noun of quantity after "what" asks a count', () => {
  it('reads "detainee count" as "how many detainees", a standing total', () => {
    const question = readQuestion('What was the detainee count after TF 373 transferred ISN 20020?', lexicon());
    expect([...question.expects]).toEqual(['quantity']);
    expect(question.tallied).toBe(true);
    expect(question.measure?.has('detainee')).toBe(true);
  });

  it('answers by the headcount, not by the detainee moved ("1 X Detainee transferred")', () => {
    expect(marked('What was the detainee count after TF 373 transferred ISN 20020?')).toBe('643');
  });

  it('reads a detainee headcount told without its copula ("headcount 730a/730p") as a count', () => {
    const question = readQuestion(
      'What was the detainee headcount after ISNs 20061 to 20064 were assigned?',
      lexicon(),
    );
    expect(question.tallied).toBe(true);
    expect(marked('What was the detainee headcount after ISNs 20061 to 20064 were assigned?')).toMatch(/^730/);
  });

  it('reads a bare headcount as any noun asked: the scene sentence is quoted with it', () => {
    const question = 'What was the headcount after ISNs 20061 to 20064 were assigned?';
    expect(readQuestion(question, lexicon()).tallied).toBeUndefined();
    expect(answerOf(question).answer?.text).toBe(
      'ISNs 20061, 20062, 20063 and 20064 assigned. New facility headcount 730a/730p.',
    );
    expect(marked(question)).toMatch(/^730/);
  });

  it('leaves a bare "count" and a "unit" as any noun asked', () => {
    expect(
      readQuestion('What was the count at the BTIF after ISN 4195 was issued?', lexicon()).tallied,
    ).toBeUndefined();
    expect(readQuestion('Which unit reported the truck hitting an IED?', lexicon()).tallied).toBeUndefined();
    // Answered as before, by the sentence of the headcount, marked at the number it is (tests/ask-count-marked).
    expect(marked('What was the count at the BTIF after ISN 4195 was issued?')).toBe('646');
  });
});
