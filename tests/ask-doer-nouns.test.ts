/**
 * "What set off / killed / hit X?" in askers' own words (issue 11): a report may name what did the act by a noun of its
 * doer, derived from the question's verb or the verb above it ("camera flash *initiator*" for "what set off…?").
 */
import { describe, expect, it } from 'vitest';
import { doerNouns } from '../src/search/act-nouns.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the nouns naming the doer of a verb’s act', () => {
  it('follows WordNet from the verb, or the verb above it, to a doer noun in -er/-or', () => {
    expect(doerNouns('set_off', lexicon()).has('initiator')).toBe(true);
    expect(doerNouns('detonate', lexicon()).has('detonator')).toBe(true);
  });

  it('leaves out the verb’s own word and nouns of the act itself', () => {
    const triggered = doerNouns('trigger', lexicon());
    expect(triggered.has('trigger')).toBe(false);
    expect(triggered.has('initiation')).toBe(false);
  });
});

describe('"what V-ed X?" answered by a phrase headed by a doer noun', () => {
  it('answers "what set off…?" by the initiator the IED consisted of', () => {
    expect(marked('What set off the command wire IED recovered at FOB Hunter?')).toBe('camera flash initiator');
  });

  it('keeps "what hit…?" answered by the phrase after "by"', () => {
    expect(marked('What hit the Fox jammer vehicle near the Konduz river ford?')).toBe('ONE RPG');
  });

  it('still declines "how was it set off?", which asks a means, not a doer', () => {
    expect(answerOf('How was the Char Dara IED set off?').declined).toBeDefined();
  });
});
