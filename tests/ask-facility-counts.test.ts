/**
 * The detention logs' head counts by facility (issue 11): "New facility head count is 520A / 520P -BTIF, 228A / 228P -
 * US TIF-A." A hyphened code ("TIF-A") is one word of the question's noun phrase, whose head ("head count") is still
 * ahead; the list's noun is said of each of its counts; and a count labelled with another facility is not the one
 * asked of.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a hyphened code in the question is no end of its noun phrase', () => {
  const asked = (question: string) => readQuestion(question, lexicon()).instanceOf;

  it('reads "the US TIF-A head count" as asking the count, not TIF', () => {
    expect(asked('What was the US TIF-A head count?')).toBe('count');
  });

  it('keeps a spaced dash and a number after it apart', () => {
    expect(asked('What was the BTIF headcount?')).toBe('headcount');
  });
});

describe('a head count labelled with its facility in a list', () => {
  it('answers the US TIF-A count by the count labelled US TIF-A', () => {
    expect(marked('What was the US TIF-A head count after the detainees with ISNs 20093 through 20097 came in?')).toBe(
      '228',
    );
  });

  it('answers the BTIF count by the first of the list', () => {
    expect(marked('What was the BTIF head count after the detainees with ISNs 20093 through 20097 came in?')).toBe(
      '520',
    );
  });

  it('answers the headcount asked past a typo, by the figure joined to it: "229669 asigned and *669* present"', () => {
    expect(answerOf('How many detainees were present after ISNs 20041 and 4214 were issued?').answer?.text).toMatch(
      /669 present/,
    );
  });
});
