/**
 * A verb of motion in a form English spelling changed (text.ts respelledBase, read by destinations.ts isMovement): the
 * TF 373 logs write a detainee's coming in as "1 x Detainee *Transferred* into BTIF", whose doubled "r" WordNet's rules
 * of endings do not undo. Read as the movement it is, it says where a detainee was sent, and a question asking where
 * one "got transferred into" asks where a movement went. Not the scene's own movement ("when their Dingo *slipped* off
 * the road"), nor a place gone to in a question asking where something was put, which is where it went.
 */
import { describe, expect, it } from 'vitest';
import { isMovement } from '../src/search/destinations.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { respelledBase } from '../src/search/text.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a form of a verb English spelling changed', () => {
  it('is read in its base: a doubled last consonant, a "y" turned "i"', () => {
    expect(['transferred', 'flipped', 'hitting', 'worried'].map(respelledBase)).toEqual([
      'transfer',
      'flip',
      'hit',
      'worry',
    ]);
    expect(respelledBase('reported')).toBeUndefined();
  });

  it('says a movement when its base is a verb of motion', () => {
    expect(isMovement('transferred', lexicon())).toBe(true);
    expect(isMovement('slipped', lexicon())).toBe(true);
    expect(isMovement('hitting', lexicon())).toBe(false);
  });
});

describe('a detainee "Transferred into BTIF"', () => {
  it('was sent there', () => {
    const { answer } = answerOf('where was isn 20045 sent');
    expect(answer?.text).toMatch(/Transferred into BTIF from TF 373/);
    expect(marked('where was isn 20045 sent')).toBe('BTIF');
  });

  it('was transferred there, a question asking it in the same respelled form', () => {
    expect(marked('where did the isn 4195 detainee get transferred into')).toBe('BTIF');
  });

  it('was put there by TF 373: where a thing was put is where it went', () => {
    expect(marked('where did tf 373 put the guys with isns 4239 and 4240')).toBe('BTIF');
  });
});

describe("the scene's own movement", () => {
  it('does not tell the going asked: the Dingo slid off the road, the OMLT went elsewhere', () => {
    const asked = answerOf('Where was the OMLT going when their Dingo slipped off the road?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('act');
  });
});
