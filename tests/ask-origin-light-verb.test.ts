/**
 * A "where" question whose light verb leaves its preposition standing before a phrase of the scene asks what the
 * preposition takes, as one ending the question does (acts.ts actAsked): "where was the shooting coming from on the
 * kamdesh gardesh road" asks where the shooting came from, so "the road they were moving along" (a verb WordNet bridges
 * to "come") does not hold the act the place must follow: "receiving SAF from the Northern ridgeline" answers.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a light verb's preposition left standing, asked where", () => {
  it('answers where the shooting came from', () => {
    const question = 'where was the shooting coming from on the kamdesh gardesh road';
    expect(answerOf(question).answer?.report.id).toBe('2FC368C6-1F2C-4543-BC7E-3182017D913E');
    expect(marked(question)).toBe('Northern ridgeline');
  });
});
