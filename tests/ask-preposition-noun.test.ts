/**
 * The bare noun of a preposition English makes of three words ("in *exchange* for", "on *behalf* of") is not what the
 * question is about (gates.ts inPreposition): a report missing it is not declined for it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"in exchange for" read as a preposition', () => {
  it('answers what the Taliban wanted in exchange for the American, the report writing no "exchange"', () => {
    expect(marked('What did the Taliban want in exchange for the captured American?')).toBe('TO TRADE 15 TALIBAN');
  });
});
