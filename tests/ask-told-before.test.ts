/**
 * A best only restating the question's given, read with the sentence just before it though that one holds none of the
 * question's words (src/search/typed.ts, answeredAbove): the detention log tells each transfer in a line of short
 * sentences, the headcount closing it ("ISN's 20032 and 20018 assigned. New Facility Headcount is 722 assigned / 722
 * present."), so the sentence before the given restated is of its event. Both are quoted, the answer marked in the first.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the sentence just before a best restating the given', () => {
  it('answers the ISNs issued before the headcount the question names, likely', () => {
    const { answer } = answerOf('Which ISNs were given when the count hit 722?');
    expect(answer?.text).toBe("ISN's 20032 and 20018 assigned. New Facility Headcount is 722 assigned / 722 present.");
    expect(answer?.confidence).toBe('likely');
    expect(marked('Which ISNs were given when the count hit 722?')).toBe('20032');
  });

  it('keeps the headcount after the ISN asked, not a count in the sentence before it', () => {
    expect(marked('How many were present after ISN 4189 was issued?')).toBe('645');
  });

  it('reads no sentence before a best with a sentence after it: what is asked may follow it', () => {
    // "1X Detainee transferred into BTIF from TF 373. ISN 4170 assigned. New facility headcount is 646 assigned …"
    const { answer } = answerOf('What was the assigned number at BTIF after 4170?');
    expect(answer?.text ?? '').not.toMatch(/^1X Detainee transferred/);
  });

  it('declines when the sentence before names nothing of the kind asked: no time in "1 x Detainee Transferred…"', () => {
    const asked = answerOf('What time did ISN 20045 arrive?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('names-no-kind');
  });
});
