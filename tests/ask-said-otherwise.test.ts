/**
 * Question words the reports say otherwise: a participle after its noun told as a state ("the people *hurt* in the
 * bombing" are the reports' wounded), and a bridged word's inflection only when WordNet reads it back as that word.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a participle right after its noun', () => {
  it('is a state, said in the reports as "wounded": "the people hurt in the Feyzabad bombing"', () => {
    const answer = answerOf('How many of the people hurt in the Feyzabad bombing were under 18?').answer;
    expect(answer?.report.id).toBe('GER-0024');
    expect(answer?.text).toMatch(/3 of which were younger than 18/);
  });
});

describe("a bridged word's inflected form", () => {
  it('is no form WordNet does not read back as the word: "dud" (a bomb) is not "duded", stemmed as DUDE 21', () => {
    expect(
      lexicon()
        .baseForms('duded')
        .some((b) => b.lemma === 'dud'),
    ).toBe(false);
    const first = answerOf('how many people were seen planting a bomb near panjwayi?').considered[0];
    expect(first?.text ?? '').not.toMatch(/DUDE 21/);
  });
});
