/**
 * Asked where something came from, a "from" said within the sentence's subject, before a verb that takes a "from" of
 * its own, tells whose the thing is, not where it came from (places.ts fromOfSubject): "A QRF from TF 373 was
 * launched from Kandahar" — the QRF is TF 373's, and flew from Kandahar.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a "from" on the subject, asked where from', () => {
  it('marks the place the verb says it came from, not the unit the subject is from', () => {
    expect(answerOf('Where did the QRF for the crash site fly from?').answer?.report.id).toBe(
      '94B745AF-1372-51C0-5991501A247DDA5E',
    );
    expect(marked('Where did the QRF for the crash site fly from?')).toBe('Kandahar');
  });
});
