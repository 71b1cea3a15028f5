/**
 * A noun naming a person only as the doer of the question's own act (src/search/act-nouns.ts namesDoerOf, bridged in
 * weighed.ts): "the *gunman* who fired on the base" is whoever fired there, whom the War Diary writes as "1x person"
 * ("SAF from 1x person IVO SPERWAN GHAR Base … person escaped via a wadi").
 */
import { describe, expect, it } from 'vitest';
import { namesDoerOf } from '../src/search/act-nouns.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a noun naming the doer of the act the question says', () => {
  it('is a person noun WordNet derives from a way of the verb', () => {
    expect(namesDoerOf('gunman', 'fire', lexicon())).toBe(true);
  });

  it('is not one whose act the question does not say, nor a thing', () => {
    expect(namesDoerOf('gunman', 'escape', lexicon())).toBe(false);
    expect(namesDoerOf('detainee', 'fire', lexicon())).toBe(false);
    expect(namesDoerOf('rocket', 'fire', lexicon())).toBe(false);
  });

  it('is told by the report writing "person": which way the one who fired on the base fled', () => {
    expect(marked('Which way did the gunman who fired at Sperwan Ghar Base flee?')).toBe('wadi');
  });
});
