/**
 * The War Diary's detainee-transfer reports asked about in askers' own words (issue 11): "what did the headcount come
 * to?" asks the count as "what was the headcount?" does; and a count of detainees whose ISNs the line below lists, each
 * one the question gives, is read with that line. Each keeps a neighbour as it was.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"what did S come to?": a verb of coming to in all asks what S is', () => {
  it('reads "come to" as the copula, asking the headcount, and answers by it', () => {
    const question = 'What did the headcount come to after ISN 20028 was issued?';
    expect(readQuestion(question, lexicon()).expects.has('quantity')).toBe(true);
    expect(answerOf(question).answer?.text).toBe('New facility headcount is 637 assigned 637 present.');
    expect(marked(question)).toBe('637');
  });

  it('reads a subject that is no count\'s noun as before ("what did the patrol come to?")', () => {
    expect(readQuestion('What did the patrol come to?', lexicon()).instanceOf).toBeUndefined();
    expect(answerOf('What did the patrol come to?').answer).toBeFalsy();
  });
});

describe('a count of detainees read with the ISNs listed below it', () => {
  it('answers "how many detainees got ISNs …" by the count above the list of exactly those ISNs', () => {
    const question = 'How many detainees got ISNs 20051, 20068, 20069 and 20070?';
    expect(answerOf(question).answer?.text).toBe(
      "4x detainees transferred into BTIF by TF 373. ISN's 20051, 20068, 20069, 20070 issued.",
    );
    expect(marked(question)).toBe('4x detainees');
  });

  it('keeps a headcount two reports restate alike declined: it singles out neither report', () => {
    expect(answerOf('How many detainees did TF 373 hand over when the headcount reached 717?').answer).toBeFalsy();
  });
});
