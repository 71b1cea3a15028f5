/**
 * "What was it made of?" answered by a report saying the thing "was composed of" its parts (issue 11): English says a
 * thing's parts in the passive of "compose" as often as by "consisted of", and WordNet files that "compose" under making
 * up a whole, not under having parts ("IED was composed of wires leading to ordinance in a burm.").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('the parts of a thing said by "was composed of"', () => {
  it('answers what the IED the TF 37 recovery package came across was made of', () => {
    expect(marked('What was the IED the TF 37 recovery package came across near Zormat made of?')).toContain('wires');
  });

  it('still answers by "consisted of" where the report says it so', () => {
    expect(marked('What was the bomb in Zharmi made of?')).toContain('105mm rocket');
  });
});
