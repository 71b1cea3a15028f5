/**
 * A compound the question writes joined and the report apart: "headcount" is the report's "head count" (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../src/search/text.ts';
import { halfOf, joinedStems } from '../src/search/compounds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();
const joined = (text: string, sought: string[]) => {
  const tokens: Token[] = tokenize(text);
  return joinedStems(tokens, 0, tokens.length, lexicon(), new Set(sought)).map((p) => p.stem);
};

describe('a compound written apart', () => {
  it('holds the joined word a question seeks, its halves a space or a hyphen apart', () => {
    expect(joined('The new facility head count is 713A / 713P.', ['headcount'])).toEqual(['headcount']);
    expect(joined('MED-EVAC requested', ['medevac'])).toEqual(['medevac']);
    expect(joined('TF 373 executed a raid', ['tf373'])).toEqual(['tf373']);
  });

  it('holds nothing the question does not seek, nor halves standing apart', () => {
    expect(joined('The new facility head count is 713A / 713P.', ['count'])).toEqual([]);
    expect(joined('the head of the count', ['headcount'])).toEqual([]);
  });

  it('is not a verb and its particle, nor a phrase of a stop word', () => {
    expect(joined('FF had an EOF with a sand camouflaged pick up', ['pickup'])).toEqual([]);
    expect(joined('they came in to the compound', ['into'])).toEqual([]);
  });

  it("has halves that are the question's words, not an answer to it", () => {
    expect(halfOf('tf373', 'tf')).toBe(true);
    expect(halfOf('tf373', '373')).toBe(true);
    expect(halfOf('tf373', 'tf373')).toBe(false);
    expect(marked('what isn did the one tf373 detainee get on 20 june 09')).toBe('4068');
  });

  it('lets "what was the headcount" be answered by the head count the report gives', () => {
    const { answer } = answerOf('what was the headcount after isns 20071 and 20073');
    expect(answer?.report.id).toBe('5366AC0F-1517-911C-C51B79A513E3A41A');
    expect(answer?.text).toContain('head count is 713A / 713P');
  });
});
