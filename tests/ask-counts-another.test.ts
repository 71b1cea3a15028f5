/**
 * A count of the thing asked said of another kind (src/search/gates.ts, countsAnother): "NDS has found 6 x RPGs and
 * *1 x anti-personnel mine*" counts no anti-tank mines, though its noun is the one asked.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a count of another kind of the thing asked', () => {
  it('declines "how many anti-tank mines" at a count of an anti-personnel mine', () => {
    const { answer, declined } = answerOf('How many anti-tank mines were found in Chahar Darreh?');
    expect(answer).toBeFalsy();
    expect(declined).toBe('names-no-kind');
  });

  it('quotes the count when the kind asked is the one said', () => {
    const { answer } = answerOf('How many anti-personnel mines did the NDS find in Chahar Darreh?');
    expect(answer?.text).toMatch(/1 x anti-personnel mine/);
  });

  it('leaves an abbreviated kind standing: "7x AT Mines" for anti-tank mines', () => {
    const { answer } = answerOf('How many Italian-made anti-tank mines were found near Camp Apache?');
    expect(answer?.text).toMatch(/discovered 7x AT Mines/);
  });
});
