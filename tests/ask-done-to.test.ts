/**
 * Questions asking an act, a means or a reason in askers' own words (issue 11): "what did they do with X?", "what did
 * they use to…?", "why…?", "how was it…?". Each rule that answers one keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('what was done with the thing a "what did they do with X?" question names', () => {
  it('is not the clause bringing it in as new ("found a UXO"): the question asks of it once had', () => {
    expect(marked('What did the workers do with the UXO?')).toBe(
      'brought it to the northern gate and marked it with stones',
    );
  });

  it('is the passive telling it of X, though the tagger knows no verb ("The mines were BIP by EOD")', () => {
    expect(marked('What did EOD do with the mines found near Camp Apache?')).toBe('BIP by EOD');
  });

  it('is an act naming it, surer than a sentence holding more of the question', () => {
    expect(marked('What did the TF32 engineers want to do with the suspected bomb in the freshly dug earth?')).toBe(
      'intend to blow the suspect IED in place',
    );
  });

  it('is no act naming neither it nor a pronoun for it ("fired a round into the air")', () => {
    expect(answerOf('What did the soldiers do with the suspected bomb?').declined).toBe('names-no-kind');
  });

  it("keeps what the question's doers did with it, and declines one no sentence tells", () => {
    expect(marked('What did ANA do with the mines?')).toBe('fired on and broke apart top AT mine');
    expect(marked('What did the construction workers do with the UXO they found near the PRT?')).toBe(
      'brought it to the northern gate and marked it with stones',
    );
    expect(answerOf('What did the patrol do with the mines?').declined).toBe('names-no-kind');
  });
});
