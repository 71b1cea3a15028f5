/**
 * "What X V-ed?" asks a thing of the kind X that did the act (acts.ts thingDoing): the phrase doing it answers only when
 * it may be an X — a name or a code WordNet lacks, or a noun WordNet files as a kind of X — not another thing WordNet
 * knows ("the last *vehicle* fired a MG burst" names no rifle).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"what X V-ed?": a doer WordNet knows as no kind of X names another thing', () => {
  it('answers by the rifle, the vehicle firing in another report no rival', () => {
    expect(marked('What rifle fired the warning shot in the air near PRT Kunduz?')).toBe('HK G36');
  });

  it('keeps a doer that is a kind of X, or named by a code', () => {
    expect(answerOf('Which truck hit an IED south of PB Wilson?').answer?.text).toMatch(/truck #3/);
    expect(answerOf('What weapon fired the warning shot at the motorbike?').answer?.text).toMatch(/MG 7,62 mm/);
  });
});
