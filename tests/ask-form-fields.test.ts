/**
 * The War Diary's closing casualty form ("Event closed at 170014D*26 Killed None(None) Insurgent 6 Detained
 * None(None) Insurgent", issue 11): each field is count, field name, nationality with its code bracketed on it,
 * affiliation; the count names what it counts by the field and the affiliation after it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a form field's count counts its affiliation, so a no-count sentence of its report is no rival", () => {
  it('answers "how many insurgents were killed" by the Killed field\'s count, past "None(None)"', () => {
    expect(marked('how many insurgents were killed in the final BDA near shah wali kot')).toBe('26');
    expect(answerOf('how many insurgents were killed near shah wali kot').answer?.text).toContain('26 Killed');
  });

  it('keeps the Detained field answered by its own count', () => {
    expect(marked('how many insurgents were detained in the final BDA near shah wali kot')).toBe('6');
  });

  it('keeps a count of another group declined: the form counts insurgents, not Americans', () => {
    expect(answerOf('how many Americans were killed near shah wali kot').answer).toBeNull();
  });

  it('keeps the civilians of the same report answered by the sentence counting them', () => {
    expect(marked('how many civilians were killed near shah wali kot')).toBe('approx 5x AFG Civilians');
  });
});
