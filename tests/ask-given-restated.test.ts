/**
 * A best sentence only restating what the question gives (issue 11): "New facility headcount is 708 assigned / 708
 * present" for "which ISN … when the headcount was 708?" names nothing asked; the War Diary logs a transfer in short
 * sentences, one fact each, and the ISN is told in the one above it. That one is quoted with it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a sentence restating the question's given number, answered by the sentence above it", () => {
  it('answers the ISN from the sentence above the headcount the question names', () => {
    const { answer } = answerOf('Which ISN did the TF 373 detainee get when the headcount was 708?');
    expect(answer?.text).toBe('ISN 2840 assigned. New Facility Headcount is 708 assigned / 708 present.');
    expect(marked('Which ISN did the TF 373 detainee get when the headcount was 708?')).toBe('2840');
    expect(marked('Which ISNs were issued when the facility count reached 729?')).toBe('20084');
  });

  it('keeps the headcount answered after the ISNs the question names, with the sentence before it', () => {
    const { answer } = answerOf('What was the headcount after ISNs 20061 to 20064 were assigned?');
    expect(answer?.text).toMatch(/ISNs 20061, 20062, 20063 and 20064 assigned\. New facility headcount 730a\/730p\./);
    expect(marked('What was the detainee count after TF 373 transferred ISN 20020?')).toBe('643');
  });
});
