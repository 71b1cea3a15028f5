/**
 * "What X" questions asking a weapon answered by the calibre the reports name it by (issue 11): "*155mm* was called
 * in" for "what artillery?". A calibre giving another thing's bore is no answer.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a calibre heading its phrase names a weapon', () => {
  it('answers "what artillery" by the calibre called in, artillery being WordNet weaponry', () => {
    expect(marked('What artillery was called in against the machine gun near FOB Sperwan Ghar?')).toBe('155mm');
  });

  it('takes no calibre in brackets after a noun, the bore of that thing, as the answer', () => {
    const answer = answerOf('What artillery was called in on the machine gun position?').answer;
    expect(answer?.text ?? '').not.toContain('7,62 mm');
  });
});
