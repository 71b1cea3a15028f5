/**
 * A yes/no question's count said in words, the report's in digits (issue 11): "was it just *one detainee* that came in
 * with isn 4195?" is stated by "*1 X Detainee* transfer into the BTIF from TF 373", which counts the same thing by the
 * same number. A sentence counting it by another number does not state it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe("a yes/no question's count written in words", () => {
  it('is stated by the same count in digits', () => {
    const answer = answerOf('was it just one detainee that came in with isn 4195').answer;
    expect(answer?.report.id).toBe('4A4B78E2-1517-911C-C59D2C3F1648CEC8');
    expect(answer?.text).toContain('1 X Detainee');
  });

  it('is not stated by another count', () => {
    expect(answerOf('was it just three detainees that came in with isn 4195').answer).toBeNull();
  });
});
