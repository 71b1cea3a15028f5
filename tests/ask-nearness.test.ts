/**
 * What answers "how close" (issue 11): the nearest a thing came, which the reports bound by "within" ("The round passed
 * within 300m to the rear of the lead aircraft"), not another distance of the sentence ("approximately 350m from both
 * aircraft", where the round struck), nor an altitude ("50 AGL").
 */
import { describe, expect, it } from 'vitest';
import { read } from '../src/search/nlp.ts';
import { answersNoNearness } from '../src/search/nearness.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

/** The reading of `text` and the span of `phrase` in it. */
const spanIn = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return [read(text).words, { start, end: start + phrase.length }] as const;
};

describe('"how close"', () => {
  it('is answered by the distance "within" bounds', () => {
    expect(marked('How close did the RPG come to the lead helicopter near Altamur?')).toBe('300m');
  });

  it('is answered by no altitude', () => {
    const [words, span] = spanIn(
      'The flight was flying at 10,000 MSL, 50 AGL, when the crew observed 3 personnel.',
      '50 AGL',
    );
    expect(answersNoNearness(words, span, { uncounted: true })).toBe(true);
  });

  it('leaves a "how far" question and a sentence bounding nothing as they were', () => {
    const [words, span] = spanIn('The round impacted approximately 350m from both aircraft.', '350m');
    expect(answersNoNearness(words, span, { uncounted: true })).toBe(false);
    const [bounded, other] = spanIn('The round passed within 300m and impacted 350m from both aircraft.', '350m');
    expect(answersNoNearness(bounded, other, {})).toBe(false);
    expect(answersNoNearness(bounded, other, { uncounted: true })).toBe(true);
  });

  it('still quotes a distance no bound sets aside', () => {
    expect(marked('How close did the car come to the convoy?')).toMatch(/50 m/);
  });
});
