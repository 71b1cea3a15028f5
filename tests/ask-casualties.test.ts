/**
 * Counts of the dead and of the wounded, which the War Diary writes apart ("2 KIA", "3 ANP WIA"), and the time a thing
 * took, which is no length (kinds.ts countsOtherCasualties, question.ts "how long did it take").
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count said only with the wounded', () => {
  it('does not answer how many were killed: "3 ANP WIA" is no count of the police killed near FB MF', () => {
    const { answer } = answerOf('How many ANP were killed by the land mine near FB MF?');
    expect(answer?.text ?? '').not.toMatch(/3 ANP WIA/);
  });

  it('still answers how many were wounded, and a count of the dead how many died', () => {
    expect(marked('How many ANA were wounded when the CH-47 crashed?')).toBe('14 X ANA WIA');
    expect(marked('How many ANA soldiers were killed by the bomber Aziz Ullah transported?')).toBe('4 ANA soldiers');
  });
});

describe('"how long did it take"', () => {
  it('asks a time taken, measured in time, not in metres', () => {
    const { measure } = readQuestion('How long did it take to recover the 7 ton truck that fell over?', lexicon());
    expect(measure?.has('hours')).toBe(true);
    expect(measure?.has('m')).toBe(false);
  });

  it('leaves "how long" asking a length or a time otherwise', () => {
    const { measure } = readQuestion('How long was the convoy?', lexicon());
    expect(measure?.has('m')).toBe(true);
    expect(measure?.has('hours')).toBe(true);
  });
});
