/**
 * A "how many" answer that is the number of a code in capitals, counting nothing (src/search/gates.ts, numberOfName):
 * "transferred into the BTIF from TF 3-73, ISN 1503 …" names Task Force 3-73, and counts no one present.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a number of a name read as a count', () => {
  it('is no answer to how many: "TF 3-73" for how many were present when 1503 came back', () => {
    const asked = answerOf('how many were actually present at btif when 1503 came back in');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('names-no-kind');
  });

  it('answers a question asking the number itself: the ISN the TF 373 detainee got', () => {
    expect(marked('what number did they give the tf373 detainee when the headcount went to 637 in September')).toBe(
      '4179',
    );
  });

  it('keeps a count written after a code before what it counts: the NDS arrest', () => {
    expect(marked('How many insurgents did the NDS arrest?')).toContain('3X INS');
  });
});
