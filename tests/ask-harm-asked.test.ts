/**
 * Questions asking a harm done — "what injury", "what kind of wounds", "what damage", "how badly was it damaged"
 * (issue 11, probed in askers' words over the War Diary sample): the answer is the harm said of the one asked.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a bracket after a word of a question asked with "have"', () => {
  it('is no X the question gives its subject: "WIA (CAT B)" says which wounded, not their injuries', () => {
    expect(marked('What injuries did the two wounded soldiers of the Feyzabad company have?') ?? '').not.toMatch(/CAT/);
  });

  it('still names the X a question asked with "be" says its subject is', () => {
    expect(marked('What kind of car was the car bomb in Kunduz?')).toMatch(/Toyota Corolla/);
  });
});
