/**
 * A name the question writes out that its report writes only as its initials (issue 11): the War Diary shortens a
 * camp it names often to its letters ("the main gate at *CNL*" for Camp Northern Lights), so the report names it and
 * the missing-nouns gate does not count the name's words as unsaid.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a capitalised name told by its initials in capitals', () => {
  it('answers from the report that writes Camp Northern Lights as CNL', () => {
    const asked = answerOf('Why was a car bomb suspected at the main gate of Camp Northern Lights?');
    expect(asked.answer?.report.id).toBe('GER-0029');
    expect(marked('Why was a car bomb suspected at the main gate of Camp Northern Lights?')).toContain(
      'robbery of a garbage truck',
    );
  });

  it('still declines a camp whose initials the report does not write (Camp Holland Bridge is no CNL)', () => {
    const asked = answerOf('Why was a car bomb suspected at the main gate of Camp Holland Bridge?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('missing-nouns');
  });
});
