/**
 * A question's doer said by a describing word and a noun ("what did *friendly forces* engage with?"): the whole phrase
 * is the body the glossary writes in short (FF), so a sentence whose subject is the short form says the question's act.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a doer described by an adjective', () => {
  it('is read as its whole phrase beside its noun', () => {
    const doers = readQuestion('What did friendly forces engage with?', lexicon()).acts?.doers;
    expect([...(doers ?? [])]).toEqual(expect.arrayContaining(['force', 'friendly force']));
  });

  it('is a noun alone when nothing describes it', () => {
    const doers = readQuestion('What did the troops engage with?', lexicon()).acts?.doers;
    expect([...(doers ?? [])].some((d) => d.includes(' '))).toBe(false);
  });

  it('finds what the glossary short form did it with: "FF engaged with 155mm"', () => {
    expect(
      marked('What did friendly forces first engage with after TF31 came under fire northeast of FOB Cobra?'),
    ).toBe('155mm');
  });
});
