/**
 * A glossary code used as a verb of moving (issue 11): the War Diary glues a past ending to a code ("Wounded were
 * *medevacd* to PRT Kunduz"), a noun WordNet knows (medevac, an evacuation) used as the verb its kind derives from, a
 * movement. Where a thing was moved is told by a place where such a movement ended, not by one in a sentence telling
 * no movement ("reported an IED strike … at grid 42S").
 */
import { describe, expect, it } from 'vitest';
import { isMovement } from '../src/search/destinations.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a code used as a verb says the movement of its kind', () => {
  it('reads "medevacd", "medevac\'d" and "medevaced" as movements, not any word WordNet lacks', () => {
    for (const word of ['medevacd', "medevac'd", 'medevaced']) expect(isMovement(word, lexicon())).toBe(true);
    expect(isMovement('ieded', lexicon())).toBe(false);
    expect(isMovement('reported', lexicon())).toBe(false);
  });
});

describe('where a thing was moved, told where the coded movement ended', () => {
  it("answers the Char Dara wounded by the medevac, not the strike's grid", () => {
    expect(marked('Where were the wounded of the Char Dara Dingo strike taken?')).toBe('PRT Kunduz');
  });

  it('keeps a movement said by a verb answered, and a place of no movement declined', () => {
    expect(answerOf('Where were casualties evacuated to?').answer?.text).toContain('evacuated at PRT KDZ MTF');
    expect(answerOf('Where did the element head after the firefight near Bari Khowt ended?').answer).toBeFalsy();
  });

  it("reads only a movement of the thing asked about as where it was moved, not another's", () => {
    // "two suicide bombers were tasked … to come to LashKarGah City" moves bombers, not the four Iranians.
    expect(answerOf('Where were the four Iranians evacuated to?').answer).toBeNull();
  });
});
