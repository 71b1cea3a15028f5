/**
 * "Why" questions answered by reasons told in War Diary prose (reasons.ts): each rule that answers one must not give
 * that reason for another act of the same sentence, and keeps a right answer near it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"so ADJ … that …": a degree that brings about the "that" clause', () => {
  it('is the reason of the act the "that" clause tells', () => {
    expect(marked('Why did the workers leave the school site in Mata Khan?')).toMatch(/anxious to get home for EID/);
  });

  it('is no reason of the act asked said of another: the workers left, not the Predator', () => {
    expect(marked('Why did the Predator leave Orgun-E?') ?? '').not.toMatch(/EID/);
    expect(answerOf('Why did the Predator leave Orgun-E?').considered[0]?.kind ?? '').not.toMatch(/EID/);
  });

  it('is no reason of another act of its sentence', () => {
    for (const question of [
      'Why did the ANP from Mata Khan try to provide security?',
      'Why did General Miakhel talk about the ANP in Mata Khan?',
    ])
      expect(marked(question) ?? '').not.toMatch(/EID/);
  });

  it('leaves the reasons said by a word of cause as they were', () => {
    expect(marked('Why did the ANA truck fall off the bridge near Keshem?')).toBeTruthy();
    expect(answerOf('Why did the Dingo slide off the road on the way to Mazar-e-Sharif?').answer?.text).toMatch(
      /bad road condition/,
    );
  });
});

describe('an irregular verb form that is also another word ("left", a side)', () => {
  it('says its verb where wink reads it as one: "LUNA UAV left scene due to CAS" says the leaving asked', () => {
    expect(marked('Why did the LUNA UAV leave the scene?')).toMatch(/due to CAS/);
  });

  it('gives no reason told of another act', () => {
    expect(marked('Why did the German convoy not stop?') ?? '').not.toMatch(/technical problem/);
    expect(marked('Why did the F16s come to the scene?') ?? '').not.toMatch(/CAS/);
  });
});
