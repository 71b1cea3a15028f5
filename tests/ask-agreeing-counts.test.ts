/**
 * The lead gate and the sentences of the best's own report that give no other count (issue 11): a count by the same
 * number agrees with the best, whatever words it is written in, and a sentence naming one of those counted in the
 * singular after "the" tells of one already counted. Each keeps a neighbouring decline it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count by the same number gives the same answer to "how many"', () => {
  it('answers "26x INS killed" beside the form\'s "Event closed at 170014D*26 Killed … Insurgent"', () => {
    expect(marked('How many insurgents were killed in the final tally of the Shah Wali Kot fight?')).toBe('26x INS');
  });

  it('still declines where another count gives another number ("2 x BELGUIM" beside "1 x (BEL)")', () => {
    expect(answerOf('How many Belgian soldiers were wounded at the Dutch compound?').answer).toBeNull();
  });
});

describe('"the" and the singular of what is counted name one already counted', () => {
  it('answers "7-10 RPGs" beside "The closest RPG was approximately 200m away from the trail aircraft"', () => {
    expect(marked('How many RPGs were fired at the Apaches near Spera?')).toBe('7-10 RPGs');
  });

  it('reads only the very noun counted, not one WordNet files with it ("how many people" and "the man")', () => {
    expect(answerOf('How many people turned up to hear General Mulakhel in Laswanday?').answer).toBeNull();
  });
});
