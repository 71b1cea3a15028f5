/**
 * The War Diary writes a search dog as K-9 (glossary.yaml, issue 11): "a K-9 unit was utilized to assist in identifying
 * a suspicious item in the middle of the road". A question asking of a dog finds that sentence.
 */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/search/glossary.ts';
import { tokenize } from '../src/search/text.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const glossary = loadGlossary();
const { answerOf } = sampleAndArticleAnswerer();

describe('a dog, written K-9', () => {
  it('is one concept with K-9 and K9', () => {
    const ids = (text: string) => glossary.find(tokenize(text, glossary.protectedTerms)).map((m) => m.concept.id);
    expect(ids('a dog team')).toEqual(ids('a K-9 unit'));
    expect(ids('a K9 unit')).toEqual(ids('a K-9 unit'));
    expect(ids('a K-9 unit').length).toBe(1);
  });

  it('answers whether a dog was used to find the suspicious item by the K-9 unit', () => {
    const asked = answerOf('Was a dog used to find the suspicious item in the road SE of Khakrez?');
    expect(asked.answer?.text).toMatch(/K-9 unit was utilized/);
  });
});
