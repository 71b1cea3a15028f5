/**
 * Questions asking how or why something was done, in askers' own words (issue 11): the means after "by", "with",
 * "through" (means.ts) and the reason after "because" (reasons.ts). Each rule that answers one keeps a right answer, or
 * a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a means ends before a count: the count opens the object after it', () => {
  it('marks "by robot", not the RCIED it located', () => {
    expect(marked('How did the bomb team find the metal tube IED near the police checkpoint?')).toBe('by robot');
  });

  it('keeps a bare means at the sentence end ("by crane")', () => {
    expect(marked('How was the damaged Fox vehicle pulled out of the river?')).toBe('by crane');
  });

  it('keeps declining where no sentence tells the means', () => {
    expect(answerOf('How did the insurgent escape the helicopter attack?').declined).toBeDefined();
  });
});

describe('"by" or "by means of" and a gerund tells how the verb before it was done', () => {
  it('marks the acts joined by "and", to the last one\'s object', () => {
    expect(marked('How did the soldier try to stop the Nissan before shooting?')).toBe(
      'by means of shouting and flashing a torch',
    );
  });

  it('keeps a "by"-phrase naming a thing read as before', () => {
    expect(marked('How was the damaged Fox vehicle pulled out of the river?')).toBe('by crane');
  });
});

describe('"as" after a comma and before a subject pronoun opens a cause', () => {
  it('answers why the parts were left with the clause after it', () => {
    expect(marked('Why did the enemy leave the bomb parts behind on Route Mule?')).toMatch(
      /^as they did not want to have them in their possession/,
    );
  });

  it('keeps "due to" read as before', () => {
    expect(marked('Why was the medevac for the policeman in Kamdesh turned down?')).toBe('due to weather.');
  });
});
