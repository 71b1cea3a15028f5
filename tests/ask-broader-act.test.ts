/**
 * The question's act said by a broader verb of the report's (src/search/verb-steps.ts, broaderOf): the War Diary logs a
 * detainee's coming in as "1 X detainee *transferred* into BTIF by TF 373", where askers say how it was done ("who
 * *brought* him in", "who *dropped off* the two"), each a way of transferring a few steps down WordNet's tree.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { broaderOf } from '../src/search/verb-steps.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a broader verb of the report saying the act asked', () => {
  it('answers who brought a detainee in from "transferred into BTIF by TF 373"', () => {
    const { answer } = answerOf('who brought isn 20058 in');
    expect(answer?.text).toBe('1 X detainee transferred into BTIF by TF 373. ISN 20058 issued.');
    expect(marked('who brought isn 20058 in')).toBe('TF 373');
  });

  it('answers who dropped off two detainees, "drop off" read with its particle', () => {
    expect(answerOf('who dropped off the 2 that got isns 4239 and 4240').answer?.text).toMatch(
      /^2 x Detainees transferred into BTIF by TF 373\./,
    );
  });

  it('does not read a sister verb as saying it: "a tracking dog team *arrived* at Mest" is no bringing', () => {
    const asked = answerOf('Who brought tracking dogs to Mest?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('act');
  });
});

describe('broaderOf', () => {
  it('finds the broader verb a few steps up from a sense an asker may mean', () => {
    expect(broaderOf('transfer', 'bring', lexicon())).toBe(true);
    expect(broaderOf('transfer', 'drop_off', lexicon())).toBe(true);
    expect(broaderOf('transfer', 'send', lexicon())).toBe(true);
  });

  it('is not a top verb every act of moving reaches, a light verb, nor a verb of another act', () => {
    expect(broaderOf('move', 'bring', lexicon())).toBe(false);
    expect(broaderOf('give', 'hand_over', lexicon())).toBe(false);
    expect(broaderOf('attack', 'hit', lexicon())).toBe(false);
  });
});
