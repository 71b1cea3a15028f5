/**
 * The noun of a phrase WordNet knows as an adverb ("on the way", "in the end") is set aside (question.ts
 * adverbialNouns): it says when or how, not what the question is about, and a sentence holding "way" or "direction"
 * is no nearer to the answer for it.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

/** The words a question sets aside, as written. */
const asideOf = (question: string) => {
  const read = readQuestion(question, lexicon());
  return read.reading.words.filter((w) => read.aside.has(w.start)).map((w) => w.text);
};

describe('a noun of an adverb phrase WordNet knows', () => {
  it('is set aside after "the" or a possessive: "on the way", "on its way"', () => {
    expect(asideOf('Who warned the convoy about the roadside bomb on the way to Zormat?')).toEqual(['way']);
    expect(asideOf('Where did the Wolf end up on its way back from Gur-e Mar?')).toContain('way');
  });

  it('is not set aside in a phrase WordNet does not know as one', () => {
    expect(asideOf('Which way did the insurgents flee?')).toEqual([]);
    expect(asideOf('What was found on the road to Zormat?')).toEqual([]);
  });
});

describe('questions said with "on the way"', () => {
  it('answers where the vehicle driving back ended up: the sentence saying the driving back, not one of the way', () => {
    const answer = answerOf('Where did the Wolf end up on its way back from Gur-e Mar?').answer;
    expect(answer?.text).toMatch(/driving back from GUR-E MAR to Camp MARMAL drove into a ditch/);
  });

  it('quotes no sentence of another Dingo strike for what broke on the Dingo that slid off the road', () => {
    const asked = answerOf('What broke on the Dingo that slid off the road on the way to Mazar-e-Sharif?');
    expect(asked.answer?.text ?? '').not.toMatch(/patrol broke through the strike site/);
  });
});
