/**
 * A grid whose band and square are written as one word ("41SNU 4199887151", "42SWD 12345 67890", "41 SNV 602 588")
 * is a grid as "42S VF 84122 58555" is (places.ts gridEndingAt): said after "IVO", it tells where. Its digits are an
 * easting and a northing of one length, so a date ("15 SEP 09") is none; and, as a place said from another, it tells
 * where a thing was taken only in a sentence telling that act.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a grid whose letters are one word', () => {
  it('answers where the CH-47 crashed by the grid it crashed in the vicinity of', () => {
    expect(answerOf('Where did the CH-47 crash?').answer?.text).toBe(
      'A CH-47 ISO a CJSOTF unit crashed IVO 41SNU 4199887151.',
    );
    expect(marked('Where did the CH-47 crash?')).toBe('41SNU 4199887151');
  });

  it('does not answer where the remains were taken by the grid of the crash', () => {
    const { answer } = answerOf('Where were the remains of the dead from the CH-47 crash taken?');
    expect(answer?.text ?? '').not.toContain('41SNU 4199887151');
  });
});
