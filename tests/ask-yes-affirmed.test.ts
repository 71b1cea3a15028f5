/**
 * Yes/no questions a sentence affirms (issue 11): a sentence saying the question's predicate of its subject answers it,
 * though it names the subject by the class noun its report names it with ("DEU HELICOPTER CH-53 …", then "THE
 * HELICOPTER IS STILL ON KDZ AIRFIELD"), and a relative clause after the subject ("that made the emergency landing")
 * only says which thing is meant. The quote marks the predicate it affirms, in the report's own words.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();
const quoted = (question: string) => answerOf(question).answer?.text;

describe('a sentence affirming the predicate of a subject it names by its class', () => {
  it('quotes "THE HELICOPTER IS STILL ON KDZ AIRFIELD" for the CH-53 its report calls a helicopter', () => {
    expect(quoted('Is the CH-53 that made the emergency landing still at Kunduz airfield?')).toBe(
      'THE HELICOPTER IS STILL ON KDZ AIRFIELD.',
    );
  });

  it('marks the predicate it affirms, from its first word the question says to its last', () => {
    expect(marked('Is the CH-53 that made the emergency landing still at Kunduz airfield?')).toBe(
      'STILL ON KDZ AIRFIELD',
    );
  });

  it('reads the relative clause as saying which helicopter, the subject named by its class noun', () => {
    expect(quoted('Is the helicopter that made the emergency landing still at Kunduz airfield?')).toBe(
      'THE HELICOPTER IS STILL ON KDZ AIRFIELD.',
    );
  });

  it('does not take "the helicopter" for a name its report does not give after "helicopter" (CH-47)', () => {
    expect(quoted('Is the CH-47 that made the emergency landing still at Kunduz airfield?')).toBeUndefined();
  });

  it('does not affirm a place the sentence does not say', () => {
    expect(quoted('Is the CH-53 that made the emergency landing still at Mazar-e Sharif airfield?')).toBeUndefined();
  });
});

describe('the marks of yes/no answers already given', () => {
  it('marks no words a sentence restates in its own ("was closed" for "go through")', () => {
    expect(quoted('Did the weapons deal go through?')).toBe('The deal was closed for an undetermined amount of money.');
    expect(marked('Did the weapons deal go through?')).toBeUndefined();
  });

  it('keeps marking a denial from its negator', () => {
    expect(marked('Was Akeeb Khan on Objective White when they hit it?')).toBe('NOT ON');
  });
});
