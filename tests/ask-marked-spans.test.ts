/**
 * The words a quote marks as its answer, as the War Diary writes them (issue 11): a date-time group glued to the count
 * after it counts nothing ("170014D*26 Killed": 26 killed), and a unit named by a letter and its word is one name ("B
 * Co", not "Co"). Each mark is pinned with a neighbour it must keep.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

/** The words marked in the sentence weighed first, answered or not. */
const firstMark = (question: string) => answerOf(question).considered[0]?.kind;

describe('a date-time group with its zone star counts nothing', () => {
  it('marks the count written on after the star, not the DTG', () => {
    expect(firstMark('how many insurgents were killed in the final BDA near shah wali kot')).toBe('26');
  });

  it('keeps the count of a sentence whose DTG stands apart: "UPDATE 170014D* … 26x INS killed"', () => {
    expect(answerOf('how many insurgents were killed in the final BDA near shah wali kot').considered[1]?.kind).toBe(
      '26x INS',
    );
  });

  it('answers the BDA question by the form line: its field names what the count counts (tests/ask-form-fields)', () => {
    expect(answerOf('how many insurgents were killed in the final BDA near shah wali kot').answer?.span).toBeDefined();
  });
});

describe("a unit's letter and its word are one name", () => {
  it('marks "B Co", not "Co"', () => {
    expect(firstMark('Which unit had the missing soldier?')).toBe('B Co');
  });

  it('keeps a name ending in its number: "TF 1 Geronimo initiated DUSTWUN procedures"', () => {
    expect(answerOf('Which unit had the missing soldier?').considered[1]?.kind).toBe('TF 1');
  });
});
