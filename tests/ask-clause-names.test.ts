/**
 * A sentence telling two transfers in two clauses gives each its own ISN (issue 11): the phrase of the kind asked is
 * the one whose clause holds the question's names, a name misspelt by one letter ("TF Paldin") counting as it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("the phrase asked in the clause holding the question's names", () => {
  it('marks the ISN of the clause naming the task force asked of, not the first ISN', () => {
    const asked = 'Which ISN was given to the detainee transferred from TF Paladin on 19 February 2009?';
    expect(answerOf(asked).answer?.report.id).toBe('8EB8CA85-0B37-E810-4B614BF1E2246A2E');
    expect(marked(asked)).toBe('3952');
  });
});
