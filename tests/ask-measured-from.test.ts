/**
 * A distance measured from the point the question names (issue 11): "how far south of PB SPERWAN" is not answered by
 * "12KM South of PB WILSON", a distance from another base. A question naming its point keeps only distances from it;
 * one naming none, or the same point, is answered as before.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a distance from the point asked', () => {
  it('quotes no distance from PB WILSON for one asked south of PB SPERWAN', () => {
    expect(answerOf('anyone know how far south of pb sperwan the shooter was').answer).toBeNull();
  });

  it('still marks "12KM South" when the question measures from PB WILSON', () => {
    expect(marked('how far south of pb wilson did truck 3 hit the ied')).toMatch(/^12KM South/);
  });
});
