/**
 * A yes/no question's subject is named by a sentence naming the noun its head compounds as the subject of its verb, the
 * head said in a word of its own (src/search/stated.ts, `compound`): "was the *INS* KIA from the SVBIED on the OMLT
 * ever confirmed?" is stated by "1x INS killed (not confirmed)", whose report tells the SVBIED and the OMLT.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe("a yes/no question's subject named by its compound's noun", () => {
  it('quotes the BDA of the SVBIED report, "INS" its subject', () => {
    const asked = answerOf('was the ins kia from the svbied on the omlt ever confirmed');
    expect(asked.answer?.report.id).toBe('GER-0022');
    expect(asked.answer?.text).toMatch(/1x INS killed \(not confirmed\)/);
  });

  it('still declines when no report holding the phrases says it', () => {
    expect(answerOf('was the ins kia from the rocket attack on the prt ever confirmed').answer).toBeNull();
  });
});
