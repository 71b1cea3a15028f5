/**
 * A count said with a verb written with "in-" before it is of those taken in, not a standing total (src/search/counts.ts,
 * movedNotStanding): the detention log writes "2 x Detainees in-processed into the BTIF from TF 373." for a transfer,
 * and the facility's total in its own sentence after ("Total Detainee Headcount is 741 assigned / 741 present").
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

const counts = (question: string, text: string) =>
  kindSpans(text, readQuestion(question, lexicon()), lexicon(), () => false)
    .filter((s) => s.kind === 'quantity')
    .map((s) => text.slice(s.start, s.end));
const inProcessed = '2 x Detainees in-processed into the BTIF from TF 373.';

describe('a count of those in-processed', () => {
  it('counts nothing a question about the standing total asks', () => {
    expect(counts('what was the total detainee headcount?', inProcessed)).toEqual([]);
  });

  it('still counts the detainees a question about the transfer asks', () => {
    expect(counts('how many detainees did tf 373 transfer?', inProcessed)).toContain('2 x Detainees');
  });

  it('is not quoted for the headcount after the ISNs came in: the total is', () => {
    expect(marked('What was the total detainee headcount after ISNs 20091 and 20092 were assigned?')).toBe('741');
  });

  it('leaves "in" before a place alone: "2 x Detainees in Kabul" counts the detainees there', () => {
    expect(counts('what was the total detainee headcount?', '2 x Detainees in Kabul.')).toContain('2 x Detainees');
  });
});
