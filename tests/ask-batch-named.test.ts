/**
 * The asker's noun read past the numbers naming it (src/search/gates.ts, askersNoun): "how many detainees in the
 * *20082 / 20083* batch" is told by "2X Detainees transferred into BTIF by TF 373", which never says "batch", as "in
 * the batch" would be.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"the 20082 / 20083 batch": the asker\'s noun past the ISNs naming it', () => {
  it('answers how many the batch held by the transfer line', () => {
    expect(marked('how many detainees in the 20082 / 20083 batch')).toBe('2X Detainees');
  });
});
