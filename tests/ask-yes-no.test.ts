/**
 * "How badly" questions in askers' own words (issue 11): a degree of harm asked with a participle spelled without
 * "-ed"/"-en" ("how badly was he *hurt*?"), answered by the report's own verb of that harm ("lightly *injured*").
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a degree of harm asked with an irregular participle', () => {
  const degreeOf = (question: string) => {
    const read = readQuestion(question, lexicon());
    return read.degree ? read.instanceOf : undefined;
  };

  it('reads "hurt" after a form of "be" as the participle of the harm asked', () => {
    expect(degreeOf('how badly was the soldier next to the MP7 discharge hurt')).toBe('hurt');
    expect(degreeOf('how badly hurt was the soldier in the dingo crash')).toBe('hurt');
    expect(degreeOf('How badly was the truck damaged?')).toBe('damage');
  });

  it('reads no participle in a verb in "-ing" or without a form of "be"', () => {
    expect(degreeOf('how badly is the soldier hurting')).toBeUndefined();
    expect(degreeOf('how badly did the discharge hurt the soldier')).toBeUndefined();
  });

  it('answers by the report\'s own verb WordNet brings to the harm asked: "lightly injured" for "hurt"', () => {
    expect(marked('how badly was the soldier next to the MP7 discharge hurt')).toBe('lightly injured');
  });

  it('still declines when the report names another one hurt than the one asked', () => {
    expect(answerOf('how badly was the interpreter next to the MP7 discharge hurt').answer).toBeUndefined();
  });
});
