/**
 * Asked why an act failed ("why couldnt orgun-e hit back at the second poo"), a sentence telling the attempt gives what
 * thwarted it after a "however" opening a clause, as it does after "but" (reasons.ts thwartedSpans): "A second POO site
 * was acquired; *however, was out of FOB Orgun-E 120mm range*."
 */
import { describe, expect, it } from 'vitest';
import { read } from '../src/search/nlp.ts';
import { thwartedSpans } from '../src/search/reasons.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

const thwarted = (text: string) => thwartedSpans(text, read(text).words).map((s) => text.slice(s.start, s.end));

describe('"however" setting what thwarted an act against it', () => {
  it('quotes the range the second point of origin was out of', () => {
    const question = 'why couldnt orgun-e hit back at the second poo';
    expect(answerOf(question).answer?.report.id).toBe('F5B17E63-A0AE-451D-9471-4F53E67E8C7F');
    expect(marked(question)).toMatch(/out of FOB Orgun-E 120mm range/);
  });

  it('reads the clause from "however" on, as from "but"', () => {
    const text = 'A second POO site was acquired; however, was out of FOB Orgun-E 120mm range.';
    expect(thwarted(text)).toEqual(['however, was out of FOB Orgun-E 120mm range.']);
  });

  it('not a "however" inside a clause, which tells a degree ("however many") and sets nothing against an act', () => {
    expect(thwarted('The patrol searched however many compounds it could reach.')).toEqual([]);
  });
});
