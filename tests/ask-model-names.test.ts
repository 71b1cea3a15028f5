/**
 * "Which/what X" questions, X a thing, answered by the name of its model or make as the reports write it beside the
 * noun: before it, in the place of an adjective ("a MILAN ANTI-TANK WEAPON"), or in brackets after the code for it
 * ("an VBIED (silver-grey Toyota Corolla)"). The glossary's word for a class of X ("AAA gun") names no model.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a name right before the noun for a thing', () => {
  it('names its model, past the question\'s own words qualifying it: "a *MILAN* ANTI-TANK WEAPON"', () => {
    expect(marked('What anti-tank weapon was used against the insurgents near Kharu Ti?')).toBe('MILAN');
  });

  it('is no model when the glossary knows it as a class of X ("the AAA gun"): the DShK sentence answers', () => {
    expect(marked('What kind of gun fired at the MH-47s?')).toBe('possible DShK');
  });

  it('is no War Diary count before the question\'s noun ("2 X RECOVERY VEHICLES")', () => {
    expect(answerOf('What recovery vehicles did TU TEZ bring?').answer?.text).toMatch(/ONE TON TRUCK AND ONE 5 TON/);
  });
});

describe('a make in brackets after the code for a thing', () => {
  it('names the thing, as after an article: "struck an VBIED (*silver-grey Toyota Corolla*)"', () => {
    expect(marked('What car carried the bomb that hit the Dingo on the NFO patrol?')).toBe(
      'silver-grey Toyota Corolla',
    );
  });
});
