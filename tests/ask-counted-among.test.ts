/**
 * Names that are not of the kind a "which X" question asks (issue 11): a name the detainees went *into* ("transferred
 * into BTIF") is a place, and a name after a preposition in a sentence counting the X ("3x Detainees transferred … from
 * TF 373") tells where they went or came from, not which X. Quoting either as the answer was a wrong quote.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a name entered "into" is where, not who', () => {
  it('no longer marks the BTIF as the ISN issued', () => {
    expect(marked('What ISN was issued when TF 373 transferred 2 detainees?')).not.toBe('BTIF');
  });

  it('keeps a name after "from" naming who sent the one the question names', () => {
    expect(marked('Which task force sent detainee ISN 4257?')).toBe('TF Paladin');
  });
});

describe('a sentence counting the X names no X after its prepositions', () => {
  it('quotes no facility or unit above the ISNs for "which of the detainees…"', () => {
    // Declined when this was pinned; since the glossary reads CSH as the hospital it quotes the detainee's ISN there,
    // the probe's right answer (tests/ask-detainee-serials), and still no name after the counting sentence's "from".
    const question = 'Which of the detainees was in the hospital when ISNs 4144, 4145 and 4146 were issued?';
    expect(answerOf(question).answer?.text ?? '').not.toMatch(/BTIF|TF 373/);
    expect(answerOf('Which of the detainees was transferred to the hospital?').answer).toBeFalsy();
  });
});
