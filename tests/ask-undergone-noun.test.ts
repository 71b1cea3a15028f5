/**
 * "What V-ed?" asked of a verb with no object there (issue 11): its subject is the one the act befell, which the noun
 * of the act names after "of" ("the *breakdown of* an APC DINGO II" tells what broke down), whether WordNet reads the
 * verb as taking an object or not. With an object in the question, "of" names that object, not what is asked.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { actAsked } from '../src/search/acts.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();
const nounsOf = (question: string) => actAsked(read(question).words, lexicon())?.nouns;

describe('"what broke down?": the noun of the act names its subject after "of"', () => {
  it('reads the phrasal verb\'s noun, its "of" naming what broke down', () => {
    expect(nounsOf('What broke down on location Uranus?')).toEqual({ nouns: new Set(['breakdown']), of: 'doer' });
    expect(marked('What broke down on location Uranus?')).toBe('AN APC DINGO II');
  });

  it('reads no noun for a verb with an object: what hit the office is not the office', () => {
    expect(nounsOf('What really hit the DWHH office in Taloqan?')).toBeUndefined();
    expect(marked('What really hit the DWHH office in Taloqan?')).toBe('one RPG round');
  });
});
