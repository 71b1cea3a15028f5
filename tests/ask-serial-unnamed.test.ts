/**
 * "Which ISN did the CJSOTF detainee get?" asks the internment serial the detention log issued (issue 11): a quote
 * marking no number, the unit that brought the detainee in, names none.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('an ISN asked is a number', () => {
  it('no longer quotes "from *TF 373*" as the ISN the CJSOTF detainee got', () => {
    expect(marked('which isn did the cjsotf detainee get')).not.toBe('TF 373');
    expect(marked('which isn did the cjsotf detainee get') ?? '').toMatch(/^$|\d/);
  });

  it('still answers an ISN asked by its number', () => {
    expect(marked('What ISN was issued when the headcount hit 667?')).toMatch(/20043/);
    expect(answerOf('Which ISN did the TF 3-73 detainee get when the BTIF count reached 631?').answer?.text).toMatch(
      /4134/,
    );
  });
});
