/**
 * Nouns of the question no report writes (issue 11): the asker's word for a thing or person a report names in its own
 * words counts a quarter as missing when the report holds every name the question gives; a noun of an act or event
 * no report writes still counts in full, saying which event the question means.
 */
import { describe, expect, it } from 'vitest';
import { mayNameAct } from '../src/search/acts.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a noun no report writes, in a question whose names the report holds', () => {
  it('reads a thing no report names as the asker\'s word: "the *batch* that got ISN 20052"', () => {
    expect(marked('How many detainees did TF 373 transfer in the batch that got ISN 20052?')).toBe('7 X Detainees');
  });

  it('keeps a noun of an act or event no report writes missing: "the *clash*", "the Dingo *rollover*"', () => {
    expect(mayNameAct('clash', lexicon())).toBe(true);
    expect(mayNameAct('rollover', lexicon())).toBe(true);
    expect(mayNameAct('batch', lexicon())).toBe(false);
    expect(mayNameAct('gunman', lexicon())).toBe(false);
  });
});
