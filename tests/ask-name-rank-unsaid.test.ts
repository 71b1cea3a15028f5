/**
 * A "what was the name of the X who…?" question whose report tells the act in words of its own names X by its rank or
 * office in the report's words too (issue 11): "5x ANP *officers* (one identified as Nimitullah)" names the Afghan
 * policeman, "officer" being a word WordNet brings "policeman" to, as the name gate already read it for a sentence
 * saying the act (gates.ts nameUnsaid).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a name asked of a person named by rank, in a sentence telling the act in its own words', () => {
  it('answers the Afghan policeman who stayed with the wounded officer from "5x ANP officers"', () => {
    expect(
      marked('What was the name of the Afghan policeman who stayed with the wounded officer at the Kamdesh PRT?'),
    ).toBe('Nimitullah');
  });

  it('keeps declined a name from a sentence naming neither the act nor the person asked', () => {
    expect(answerOf('What was the name of the HUN doctor who treated the boy on the donkey?').answer).toBeNull();
  });
});
