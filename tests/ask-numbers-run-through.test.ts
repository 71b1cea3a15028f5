/**
 * The numbers a question gives by the ends of their run, "A through B" (typed.ts spannedNumbers): the log lists each
 * ("ISN's 20078, 20079, 20080 issued"), so one between the ends is given as much as they are, and the list restates
 * only what the question gives: what it asks is in the sentence beside it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a run of ISNs asked by its ends', () => {
  it('ties the list of every number to the transfer line above it', () => {
    expect(marked('Which unit brought in the detainees given ISNs 20078 thru 20080?')).toBe('TF 373');
    expect(marked('Which task force sent the detainees who were assigned ISNs 20061 through 20064?')).toBe('TF 373');
  });

  it('gives no number past the ends: a run the log does not list whole ties nothing', () => {
    const { answer } = answerOf('Which unit brought in the detainees given ISNs 20078 thru 20083?');
    expect(answer?.text ?? '').not.toMatch(/20078, 20079, 20080/);
  });
});
