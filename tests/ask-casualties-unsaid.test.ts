/**
 * A "how many were killed / wounded" question is not answered by a count in a sentence telling of no dead or wounded
 * (src/search/gates.ts, casualtiesUnsaid): the War Diary writes its casualties with their word ("4x ANA WIA"), and a
 * count without one counts something else the event held.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a casualty count asked of a sentence telling no casualty', () => {
  it('declines the Taliban caught laying IEDs for the Taliban killed by the A-10', () => {
    const asked = answerOf('How many Taliban were killed by the A-10 near FOB Masum Ghar?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('act');
  });

  it('still counts the Taliban caught, a count the question asks of no casualty', () => {
    expect(marked('How many Taliban did the ANA catch laying bombs near FOB Masum Ghar?')).toBe('two Taliban');
  });

  it('still counts the wounded written with their word', () => {
    expect(marked('How many Afghan soldiers were hurt when their patrol hit an IED near FOB Sweeney?')).toBe(
      '4x ANA WIA',
    );
  });

  it('does not read a casualty word before a noun as what is counted: "the wounded Afghan policeman"', () => {
    const question = 'How many units of packed red blood cells was the wounded Afghan policeman from Kamdesh given?';
    expect(marked(question)).toBe('3 units');
  });

  it('leaves a question counting no casualties alone, though it names one: "the VOIED that injured one"', () => {
    const question = "how big was the crater from the VOIED that injured one during TF373's operation";
    expect(answerOf(question).answer?.text).toMatch(/Blast crater approx/);
  });
});
