/**
 * "How many people…?" counted as the War Diary counts them: "17 PAX" (the glossary's people), "3 personnel".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("people counted in the reports' words", () => {
  it('reads "PAX" as people', () => {
    const question = 'How many people did DUDE 21 see at the grid Mohawk 6 was pushed to?';
    expect(answerOf(question).answer?.text).toBe('DUDE 21 REPORTS SEEING 17 PAX AT THAT GRID');
    expect(marked(question)).toBe('17 PAX');
  });

  it('reads "personnel" as people', () => {
    expect(marked('How many people were next to the two motorcycles near Altamur?')).toMatch(/^3 personnel/);
  });
});
