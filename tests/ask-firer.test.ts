/**
 * "Who fired on / shot at X?" asks the firer (issue 11): the subject of the firing verb or its by/from agent, not X's
 * own side responding nor a person named in another clause (gates.ts firerUnsaid).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the firer of a "who fired on X?" question', () => {
  it('declines a unit of the target side named as holding an outpost', () => {
    expect(answerOf('Who fired on the German PRT near Chahar Darrah?').answer).toBeNull();
  });

  it('declines a person named in another clause than the firing', () => {
    expect(answerOf('Who shot at the ANP officer near Kamdesh?').answer).toBeNull();
  });

  it('keeps the agent after "by": "DEU PRT WAS ENGAGED BY UNKNOWN AAF"', () => {
    expect(marked('who engaged the DEU PRT near chahar darrah')).toContain('AAF');
  });

  it('leaves a question whose own verb is not firing: "who ordered the gunner to fire"', () => {
    expect(marked('Who ordered the gunner to fire a warning shot at the pickup?')).toBe('commander');
  });
});
