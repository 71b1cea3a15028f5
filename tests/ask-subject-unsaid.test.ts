/**
 * A "where was X" question, asked by "be" alone, asks of the thing X (src/search/subject-unsaid.ts): a sentence naming
 * none of it, nor referring back to it as the subject of "be", tells of another thing in its report.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the thing a question asks of by "be", unsaid', () => {
  it('declines where the rounds fell for where the point of origin was', () => {
    const asked = answerOf('any idea where the poo was for the idf on rte idaho');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('missing-nouns');
  });

  it('still answers where a place the sentence names is', () => {
    expect(marked('where is chelgazi')).toBe('QEYSAR DISTRICT');
  });

  it('leaves a question with a verb of its own to the act: where casualties were evacuated to', () => {
    expect(marked('Where were casualties evacuated to?')).toBe('PRT KDZ MTF');
  });
});
