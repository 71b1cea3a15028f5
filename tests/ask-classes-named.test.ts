/**
 * "What/which X" questions answered by what names one X: neither the glossary's name for the class X itself ("MIL VEH",
 * a military vehicle) nor a kind of X that only says what kind of happening the noun after it is ("CAR ACCIDENT").
 * Each rule that declines one keeps the X named by its model, as before.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the glossary name of the class asked ("MIL VEH" for "what vehicle")', () => {
  it('says of no vehicle which it was: the report naming its make answers instead', () => {
    // Was a decline while "VEH" was no vehicle to the glossary; GER-0010 names the car that overturned, a DEU WOLF.
    const answer = answerOf('What vehicle overturned near Mur Shek?').answer;
    expect(answer?.report.id).toBe('GER-0010');
    expect(marked('What vehicle overturned near Mur Shek?')).toBe('DEU WOLF');
  });
});

describe('a vehicle named by its model stands', () => {
  it('is the answer, as before', () => {
    expect(marked('What vehicle flipped into the river near Kunduz?')).toMatch(/FOX/);
    expect(answerOf('What car carried the bomb that hit the Dingo on the NFO patrol?').answer?.text).toMatch(
      /Toyota Corolla/,
    );
  });
});
