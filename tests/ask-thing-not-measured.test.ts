/**
 * A "what X" question whose X is first of all a thing asks the thing (issue 11): its rarer sense of a measure ("plate",
 * a plateful) does not make a number or a measure's word its answer, unless a noun before X says a measure it has.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a thing asked is named, not measured', () => {
  const expects = (q: string) => readQuestion(q, lexicon()).expects;

  it('asks no quantity of "what was the plate on the green toyota"', () => {
    expect(expects('what was the plate on the green toyota at the qrf roadblock').has('quantity')).toBe(false);
    expect(expects('whats the plate on the blue nissan patrol in pd-10').has('quantity')).toBe(false);
  });

  it('asks the measure a noun before the thing names: "what probability match"', () => {
    expect(expects('What probability match did investigators find against Iranian C4?').has('quantity')).toBe(true);
  });

  it('no longer quotes "TASK *UNIT* A QRF DEU" as the plate of the green Toyota', () => {
    expect(marked('what was the plate on the green toyota at the qrf roadblock')).not.toBe('UNIT');
    expect(answerOf('what was the plate on the green toyota at the qrf roadblock').answer).toBeNull();
  });
});
