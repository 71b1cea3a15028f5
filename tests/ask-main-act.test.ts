/**
 * The act a question asks about is its main clause's (acts-said.ts): a verb the glossary reads as a concept ("killed":
 * KIA) is an act said by that concept, and a clause picking out which thing is meant ("the attack *that flipped* the
 * Fox") only supports it, so a sentence saying the main act says the act.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a verb the glossary reads as a concept', () => {
  it('names no doer by the concept: "SAID RAHMAN … IS THE 1X KIA" does not tell who killed him', () => {
    expect(answerOf('Who killed the Arabaki militia leader?').answer).toBeNull();
  });

  it('quotes no place told of another wounding', () => {
    expect(answerOf('Where was the German soldier shot near Zar Kharid-i-Sufla really wounded?').answer).toBeNull();
  });
});

describe('an act of a clause telling which thing is meant', () => {
  it('need not be said with the count of the main act', () => {
    expect(
      answerOf('How many insurgents were probably killed in the attack that flipped the Fox?').answer?.text,
    ).toMatch(/3x INS probably killed/);
  });

  it('does not make a sentence telling only it a rival: the destroying is told, not the handing over', () => {
    expect(answerOf('Who destroyed the BMP-1 rockets that were handed to the HUMINT unit?').answer?.text).toMatch(
      /destroyed by PRT KDZ DEU EOD Team/,
    );
  });

  it('does not make a sentence of another wounding answer which province', () => {
    expect(answerOf('Which province was the roadside bomb that wounded six ANA soldiers in?').answer).toBeNull();
  });
});
