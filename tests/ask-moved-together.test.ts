/**
 * Who moved, told by a subject of several phrases (issue 11): each phrase of a subject joined by "and" moved, a
 * participle before a noun is of its phrase ("the two DEU *wounded* soldiers"), and a verb's particle before the goal
 * ("handed *over* to") leaves the verb telling the movement. "The LN and the two DEU wounded soldiers were handed over
 * to hospital" tells where the locals were taken.
 */
import { describe, expect, it } from 'vitest';
import { wentTo } from '../src/search/destinations.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

const went = (text: string, place: string, mover: string[]) =>
  wentTo(read(text).words, text.indexOf(place), lexicon(), new Set(mover));

const HANDED = 'The LN and the two DEU wounded soldiers were handed over to hospital in CAMP MARMAL (Mazar-e Sharif).';

describe('a movement of each phrase of its subject', () => {
  it('reads each phrase joined by "and", past a participle and a particle, as moved', () => {
    expect(went(HANDED, 'hospital', ['ln'])).toBe(true);
    expect(went(HANDED, 'hospital', ['soldier'])).toBe(true);
    expect(went(HANDED, 'hospital', ['vehicle'])).toBe(false);
    expect(went('They reported one (1) heavy wounded LN at spot of road accident.', 'spot', ['ln'])).toBe(false);
  });

  it('answers where the locals hurt in the crash were taken by the hospital they were handed over to', () => {
    expect(marked('where were the locals and the two hurt germans from the fox crash taken')).toBe('hospital');
  });
});
