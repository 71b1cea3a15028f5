/**
 * A "which X" question asking where a movement took someone, X first of all a building or an installation (question.ts,
 * movedToSite): "To which facility were the detainees transferred?" asks where the transfer ended, which the War Diary
 * writes as a name after "into" or "to" ("1X Detainee transferred *into BTIF* by TF 373"), never as "facility"; and
 * the headcount of "New facility headcount is 637" is no answer, "facility" being a number only in a rare sense.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();
const expects = (question: string) => [...readQuestion(question, lexicon()).expects].sort();

describe('which building or installation someone was moved to', () => {
  it('is asked as a place, not a number', () => {
    expect(expects('To which facility were the detainees transferred?')).toEqual(['instance', 'place']);
    expect(expects('Which hospital was the wounded policeman taken to?')).toContain('place');
  });

  it('is not asked so of a thing, of a word first of all no building, nor without a movement', () => {
    expect(expects('Which truck was moved to the FOB?')).not.toContain('place');
    expect(expects('Which grid did the patrol move to?')).not.toContain('place');
    expect(expects('Which facility holds the detainees?')).toEqual(['instance']);
  });

  it('is answered by the name the transfer went into', () => {
    const question = 'Into which facility was the detainee who got ISN 20028 transferred?';
    expect(answerOf(question).answer?.text).toBe('1X Detainee transferred into BTIF by TF 373.');
    expect(marked(question)).toBe('BTIF');
    expect(marked('To which facility was the detainee given ISN 20044 transferred?')).toBe('BTIF');
  });

  it('is not answered by the facility headcount', () => {
    const { answer } = answerOf('To which facility was the detainee given ISN 20044 transferred?');
    expect(answer?.text ?? '').not.toMatch(/Headcount/i);
  });
});
