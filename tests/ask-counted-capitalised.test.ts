/**
 * A count before a capitalised noun for a kind of what is asked counts it (src/search/measures.ts, kindCounted): the
 * detention log writes its noun capitalised ("1X Detainee transfer from TF 373.", "2X Detainees transferred into BTIF
 * by TF 373."), which the tagger reads as a proper name; WordNet still knows a detainee as a prisoner.
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

const counts = (question: string, text: string) =>
  kindSpans(text, readQuestion(question, lexicon()), lexicon(), () => false)
    .filter((s) => s.kind === 'quantity')
    .map((s) => text.slice(s.start, s.end));

describe('a count before a capitalised kind of what is asked', () => {
  it('counts detainees written "Detainee" for "how many prisoners"', () => {
    expect(counts('how many prisoners did tf 373 hand over?', '1X Detainee transfer from TF 373.')).toContain(
      '1X Detainee',
    );
  });

  it('answers how many prisoners a transfer brought, quoting the count', () => {
    expect(marked('how many prisoners did tf 373 hand over for isn 20019')).toBe('1X Detainee');
    expect(marked('how many prisoners got isns 20035 and 20037')).toBe('2X Detainees');
  });

  it('counts no capitalised name that is no kind of what is asked', () => {
    expect(counts('how many prisoners did tf 373 hand over?', '2X Detainees transferred by TF 373.')).not.toContain(
      '373',
    );
    expect(counts('how many prisoners were there?', '2 x Kandak soldiers were there.')).toEqual([]);
  });

  it('leaves the headcount answering what the facility held after the transfer', () => {
    const asked = answerOf('What was the total detainee headcount after ISNs 20091 and 20092 came in?');
    expect(asked.answer?.text).toBe('Total Detainee Headcount is 741 assigned / 741 present');
  });
});
