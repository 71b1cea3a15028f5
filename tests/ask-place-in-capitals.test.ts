/**
 * Where a name is, said by "in" in the War Diary's capitals and with its article (issue 11): "where is Chelgazi?" is
 * answered by "THE VILLAGE OF CHELGAZI IN THE *QEYSAR DISTRICT*", the phrase "IN" takes after the name.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a place said after a name by "IN THE"', () => {
  it('marks «QEYSAR DISTRICT» for the village of Chelgazi', () => {
    const question = 'where is chelgazi';
    expect(answerOf(question).answer?.report.id).toBe('GER-0053');
    expect(marked(question)).toBe('QEYSAR DISTRICT');
  });
});
