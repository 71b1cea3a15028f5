/**
 * A standing total does not answer how many an act moved (src/search/counts.ts, standingNotMoved): the detention log
 * writes each transfer as "1 x Detainee transferred into BTIF by TF 373. ISN 20046 issued. New Facility headcount is
 * 689 assigned and 689 present.", and the headcount is how many the facility held after, not how many were handed over.
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
const total = 'New Facility headcount is 689 assigned and 689 present.';

describe('a count a headcount is said to be', () => {
  it('counts nothing a question about a handing over asks, neither the assigned nor the present', () => {
    expect(counts('how many detainees did TF 373 hand over?', total)).toEqual([]);
    expect(counts('how many detainees did TF 373 transfer?', total)).toEqual([]);
  });

  it('still counts what a question about what the facility holds asks', () => {
    expect(counts('how many detainees were at the facility?', total)).toContain('689');
    expect(counts('how many detainees did the facility hold?', total)).toContain('689');
    // "Assigned" is the total's own word for its roll, not a moving.
    expect(counts('how many detainees were assigned to the facility?', total)).toContain('689');
  });

  it('is not quoted for the guys TF 373 handed over', () => {
    const question = 'how many guys did tf 373 hand over the day isn 20046 got issued';
    expect(marked(question)).not.toBe('689');
    expect(answerOf(question).answer?.text ?? '').not.toMatch(/headcount/);
  });

  it('is quoted for what the facility held', () => {
    expect(marked('how many detainees did the facility hold after isn 20046 was issued')).toBe('689');
  });
});
