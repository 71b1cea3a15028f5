/**
 * "Why" questions answered by the sentence after the one telling the act (issue 11): the War Diary states what
 * happened, then how it came about in a sentence naming the same subject again ("… 5 SOLDIERS (DEU) WHO HAVE CARBON
 * MONOXIDE POISONING. THE SOLDIERS REPORTEDLY SLEPT THE NIGHT IN A TENT, USING A GAS COOKER FOR HEATING.").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a reason told in the sentence after the act, of the same subject', () => {
  it('answers why the soldiers were poisoned by what the next sentence says they did', () => {
    expect(marked('Why did the five German soldiers get carbon monoxide poisoning?')).toContain('GAS COOKER');
  });

  it('answers a "what" question by the words its own sentence gives, not by the sentence after', () => {
    expect(marked('What really hit the DWHH office in Taloqan?')).toBe('one RPG round');
  });
});
