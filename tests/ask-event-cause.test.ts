/**
 * A "why" question answered by the sentence of its report stating the cause of the report's own event, named as its
 * subject (reasons.ts causesEvent): "ACCIDENT HAPPENED BECAUSE THE ROAD BROKE AWAY." tells why the Wolf overturned,
 * though it says neither the Wolf nor the overturning.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { causesEvent } from '../src/search/reasons.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

const causes = (text: string) => causesEvent(text, lexicon());

describe('the cause of the report’s own event', () => {
  it('reads a cause clause whose subject is a noun naming an event or an act', () => {
    expect(causes('ACCIDENT HAPPENED BECAUSE THE ROAD BROKE AWAY.')).toBe(true);
    expect(causes('The attack was stopped due to heavy rain.')).toBe(true);
  });

  it('not one whose subject is a thing or a person, nor a sentence stating no cause', () => {
    expect(causes('The road broke away because of the rain.')).toBe(false);
    expect(causes('The soldiers returned because of the rain.')).toBe(false);
    expect(causes('ACCIDENT HAPPENED NEAR THE ROAD.')).toBe(false);
  });

  it('quotes it for why the Wolf overturned, marking the cause', () => {
    expect(answerOf('Why did the German Wolf overturn near Mur Shek?').answer?.report.id).toBe('GER-0010');
    expect(marked('Why did the German Wolf overturn near Mur Shek?')).toBe('BECAUSE THE ROAD BROKE AWAY.');
  });
});
