/**
 * A sentence naming nothing of the kind asked, weighed below the best and saying no more of the question, is no rival
 * to the best's answer (leads.ts namesNoAnswer): the lead a likely answer must hold is over other answers.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a sentence naming no answer below the best', () => {
  it('does not keep the best from answering: the North Korean deal closed for an undetermined amount', () => {
    expect(marked('How much was the North Korean weapons deal worth?')).toBe('undetermined amount of money');
  });

  it('still rivals a best whose report lacks a name the question gives: Arabs seen in Herat, not Kandahar', () => {
    const { answer, declined } = answerOf('What were the Arabs in Kandahar supposed to do?');
    expect([answer, declined]).toEqual([null, 'lead']);
  });
});

describe('a sentence naming no answer that may hold one the reading missed', () => {
  it('still rivals when it says more of the question: the Taliban terms for Bergdahl', () => {
    // "THE ELDERS WERE ASKED BY THE TALIBAN … 15 OF THEIR TALIBAN BROTHERS … IN EXCHANGE FOR PVT BERGDAHL" says the
    // asking and the exchange, where the best ("REQUESTING ASSESTS/MONEY FROM DAWLAT KHAN") says neither.
    const { answer } = answerOf('What did the Taliban ask for in exchange for Bergdahl?');
    expect(answer?.text ?? '').not.toMatch(/REQUESTING ASSESTS\/MONEY/);
  });

  it('still rivals when weighed above the best: the K-9 unit that helped find the item near Khakrez', () => {
    const { answer } = answerOf('Who helped find the suspicious item near Khakrez?');
    expect(answer?.text ?? '').not.toMatch(/The patrol team performed RSP/);
  });
});
