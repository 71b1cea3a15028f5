/**
 * "Why" answered by an infinitive after a military operation (reasons.ts operationsAimed): "During *a operation* DEU
 * QRF *to pick up* an old Rusian tank" says what the QRF was out for, an operation being sent to do a thing; the
 * purpose runs to the end of its clause, not into the next ("…, our EOD-Squad was tasked…").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('an infinitive after a military operation: what the operation was for', () => {
  it('answers why the German QRF went to the old Russian tank', () => {
    const question = 'Why did the German QRF go to the old Russian tank?';
    expect(answerOf(question).answer?.report.id).toBe('GER-0119');
    expect(marked(question)).toBe('to pick up an old Rusian tank');
  });

  it('reads it past the modifiers of "a 5 day mission": to assess the Eastern Paktika districts', () => {
    expect(marked('Why were the PRT teams on a mission in the Eastern Paktika districts?')).toBe(
      'to assess the Eastern Paktika districts',
    );
  });
});
