/**
 * A light verb whose particle ends its clause is one verb with it ("how did the gunman *get away*?": escape), read
 * through WordNet's senses of the two words together; with an object after the particle it stays a light verb.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();
const phrasalOf = (question: string) => [...readQuestion(question, lexicon()).phrasal.values()];

describe('a light verb ending its clause on a particle', () => {
  it('reads "get away" as WordNet\'s get_away, so the report\'s "escaped" says it', () => {
    expect(phrasalOf('How did the gunman near Sperwan Ghar get away?')).toEqual(['get_away']);
    const first = answerOf('How did the gunman near Sperwan Ghar get away?').considered[0];
    expect(first?.text).toContain('escaped via a wadi');
  });

  it('leaves a light verb whose particle has an object after it alone: "go through the village"', () => {
    expect(phrasalOf('Did the patrol go through the village?')).toEqual([]);
    expect(phrasalOf('When did the patrol get back to the FOB?')).toEqual([]);
  });

  it('leaves a light verb alone when the pair is first said with an object: "go through" (experience) something', () => {
    // "Did the deal go through?" asks whether it was approved, a rarer sense; get_away's commonest takes no object.
    expect(phrasalOf('Did the deal go through?')).toEqual([]);
    expect(phrasalOf('When did the IED go off?')).toEqual(['go_off']);
  });
});
