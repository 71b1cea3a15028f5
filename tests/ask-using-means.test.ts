/**
 * "How did X V?" answered by a clause of "using" and its object, the means of the act it stands beside (means.ts
 * usingWhat): before its clause when it opens the sentence, "After *using a warning shot* the person stopped".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"using X" tells how the act beside it was done', () => {
  it("marks the used thing of an opening clause, up to the next clause's subject", () => {
    expect(marked('How did the German QRF stop the person who ignored the roadblock?')).toBe('using a warning shot');
  });

  it('keeps "use X to V" read as before', () => {
    expect(marked('How will INF COY warn the population before use of CAS?')).toBe('USE PSYOPS');
  });

  it('still declines a how-question whose report says no means of its act', () => {
    expect(answerOf('How was the Char Dara IED set off?').answer).toBeNull();
  });
});

describe('a name after a grid reference and its comma is where, as one after a place and its comma is', () => {
  it('marks the whole hyphenated name after "at 42S VE 627 916,"', () => {
    expect(marked('Where did the German convoy hit the boy on the donkey?')).toBe('POL-E KUMRI');
  });

  it('gives no answer to where the boy was taken, which the grid does not say', () => {
    expect(answerOf('Where was the injured boy taken?').answer).toBeNull();
  });
});
