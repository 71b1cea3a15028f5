/**
 * An event the War Diary stores twice, under two ids with the same text (issue 11): the copy's sentences are the
 * best's own story, no other report's rival; and a sentence of the best's report saying only the words of the
 * question's scene clause tells the scene the question sets, not another answer to it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a report stored twice, and a sentence telling only the scene', () => {
  it('answers who guarded the site from "Police are securing site", past the copy and the scene it sets', () => {
    const asked = answerOf('who was guarding the site after the bomb turned up in the tagab girls school');
    expect(asked.answer?.text).toBe('Police are securing site.');
    expect(marked('who was guarding the site after the bomb turned up in the tagab girls school')).toBe('Police');
  });

  it('still declines where another report tells a like event of its own (the governor in Kabul, not Mecca)', () => {
    expect(answerOf('Where is Governor Khpalwak during the Hajj?').declined).toBe('other-report');
  });
});
