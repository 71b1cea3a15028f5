/**
 * A name the question sets apart ("besides TF 373", "other than TF 373") asks for another of its class (issue 11):
 * the sentence's "TF" before another name is of that name; nor is a capitalised adjective opening the sentence
 * ("Total transfer") a name, nor an ISN a task force.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a name set apart by "besides" or "other than"', () => {
  it('marks the other task force of the two transfers, not "Total" nor an ISN', () => {
    const asked = 'Besides TF 373, which task force transferred a detainee to the BTIF on 19 February 2009?';
    expect(answerOf(asked).answer?.report.id).toBe('8EB8CA85-0B37-E810-4B614BF1E2246A2E');
    expect(marked(asked)).toBe('TF Paldin');
    expect(marked('Other than TF 373, which task force sent a detainee to the BTIF on 19 Feb 2009?')).toBe('TF Paldin');
  });
});
