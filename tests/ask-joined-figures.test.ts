/**
 * Figures of one count joined by "and", each told apart by the word after it (issue 11): "headcount is 229669 assigned
 * and *669* present" says the headcount of those present too, so "how many were present?" is answered by the second.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a figure joined to the one a count noun is said to be', () => {
  it('counts what the question counts: "229669 asigned and *669* present" for those present', () => {
    expect(marked('How many detainees were present after ISNs 20041 and 4214 were issued?')).toBe('669');
  });

  it('keeps a count said with its noun answering the transfer: "*2X Detainee* transfer"', () => {
    expect(marked('How many detainees did TF 373 transfer into BTIF when ISNs 20041 and 4214 were issued?')).toBe(
      '2X Detainee',
    );
  });
});
