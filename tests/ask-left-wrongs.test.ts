/**
 * Wrong quotes left in development (issue 11): a reading the tagger got wrong made the question ask something else.
 * Each rule keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the War Diary\'s "AT mine": anti-tank and its noun, not "at" and a pronoun', () => {
  const tags = (text: string) => read(text).words.map((w) => w.pos);

  it('reads "AT" before "mine" an adjective and "mine" the noun, in capitals too', () => {
    expect(tags('a TC-6 AT mine')).toEqual(['DET', 'PROPN', 'ADJ', 'NOUN']);
    expect(tags('AN AT MINE WAS FOUND').slice(1, 3)).toEqual(['ADJ', 'NOUN']);
    // A possessive "mine" elsewhere stays a pronoun.
    expect(tags('the book is mine')[3]).toBe('PRON');
  });

  it('asks the mine of "what kind of AT mine…", an adjective after "kind of" being of the phrase asked', () => {
    expect(readQuestion('what kind of AT mine got left behind on route mule', lexicon()).instanceOf).toBe('mine');
    expect(readQuestion('What kind of gun fired the tracers?', lexicon()).instanceOf).toBe('gun');
  });

  it('no longer quotes a sentence only sharing the verb ("leaving behind the IED components")', () => {
    expect(answerOf('what kind of AT mine got left behind on route mule').answer?.text ?? '').not.toMatch(/leaving/);
  });

  it('answers the stacked AT mine by its kind', () => {
    expect(marked('what kind of mine stack did eod find near masum ghar')).toMatch(/triple stack/);
  });
});
