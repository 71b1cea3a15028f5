/**
 * A report's outcome told in a short line of its own (issue 11): the sentence of the top report read past the first
 * candidates (the story) that surely names what is asked, next to the verb saying the question's act, leads when no
 * sentence joined to the best answers — only in a report naming all the question names.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a story sentence surely answering leads over the scene's sentences", () => {
  it('answers what was damaged by the BDA line below the blast', () => {
    expect(marked('What was damaged when B platoon hit a roadside bomb?')).toBe('1x FUCHS vehicle');
  });

  it('leaves the best joined to the sentence after it first: "…VBIED Strike. … 2x vehicles damaged"', () => {
    const answer = answerOf('How many vehicles were damaged in the Mazar car bomb?').answer;
    expect(answer?.text).toMatch(/suffered a Possible VBIED Strike\. No casualties reported, 2x vehicles damaged/);
  });
});

describe('a story sentence that may tell another thing does not lead', () => {
  // Since a later line of the report naming the thing asked may answer (ask-thing-later), the BDA update answers it.
  it('quotes no answer standing past another verb ("1x Motorbike … destroyed, and … damaged")', () => {
    expect(answerOf('What vehicle was damaged in the SVBIED strike at Kunduz?').answer?.text ?? '').not.toContain(
      'Motorbike',
    );
  });

  it('keeps declining where the story report names none of the Germans asked about', () => {
    expect(answerOf('Who investigated the shooting at the German helicopter?').answer).toBeNull();
  });

  it('keeps a count told by its casualty code over a story count of other people', () => {
    expect(marked('How many German soldiers died in the IED strike whose casualties went to PRT Konduz?')).toBe(
      '1x NATO/ISAF',
    );
  });

  it('keeps the count of the second ambush, not the closing line', () => {
    const answer = answerOf('How many German soldiers were killed in the second ambush on Infantry Platoon F?').answer;
    expect(answer?.text).toContain('1 x ISAF (DEU) KIA');
  });
});
