/**
 * "How did they…?" questions asking the means (means.ts, kinds.ts meansOf): the phrases that say how an act was done,
 * read for the question's own act, and the cause a sentence gives for what was known.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

/** The phrase of the kind asked read in the first sentence weighed that holds `text`. */
const kindIn = (question: string, text: RegExp) =>
  answerOf(question).considered.find((c) => text.test(c.text))?.kind ?? '';

describe('what a thing was known from: the cause a sentence gives, for a verb of knowing', () => {
  it('answers "how did they know…?" with the "due to" phrase, marked to its noun phrase', () => {
    expect(marked('How did they know at least one insurgent was hurt on LOC Banana?')).toBe('due to trail of blood');
  });

  it('reads no cause as the means of an act that is no knowing', () => {
    expect(kindIn('How was the wounded soldier hurt on LOC Banana?', /trail of blood/)).not.toMatch(/due to/);
  });
});

describe('the means of a light verb read with its particle, and a ride on a conveyance', () => {
  it('reads "escaped via a wadi" as how the gunman got away ("get_away" is "escape" to WordNet)', () => {
    expect(kindIn('How did the gunman who fired on Sperwan Ghar Base get away?', /via a wadi/)).toBe('via a wadi');
  });

  it('reads "fled on a motorcycle" as how the insurgent escaped, and the sentence goes first', () => {
    const asked = answerOf('How did one insurgent escape from the culvert strike?');
    expect(asked.considered[0]?.kind).toBe('on a motorcycle');
  });

  it('reads no place after "on" as a means ("on the road")', () => {
    expect(kindIn('How did the insurgent escape from the culvert strike?', /spotted on culvert/)).toBe('');
  });
});
