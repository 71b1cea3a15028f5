/**
 * Questions asking a total, in askers' own words (issue 11): "what was *the total* detainee
 * headcount after …?" names the count it asks as the total, as "how many … in all?" does, so a report's other counts
 * beside its total (the BTIF's 638 beside the total 741) do not rival it. Each rule keeps a neighbour it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"what was the total X?" asks the total, as "how many … in all?" does', () => {
  it('quotes the count said as the total, not the facility count it adds up', () => {
    expect(marked('What was the total detainee headcount after ISNs 20091 and 20092 came in?')).toBe('741');
    expect(marked('What was the total detainee headcount after ISNs 20091 and 20092 were assigned?')).toBe('741');
  });

  it('keeps a question naming one facility answered by its own count, not the total', () => {
    expect(marked('What was the BTIF facility headcount after ISNs 20091 and 20092 were assigned?')).toBe('638');
  });

  it('keeps a headcount asked without a total declined: the report gives three', () => {
    expect(answerOf('What was the headcount after ISNs 20091 and 20092 were assigned?').answer).toBeNull();
  });
});
