/**
 * A name in the clause setting a question's scene tells which event it means (gates.ts sceneNameElsewhere): a best
 * sentence whose report never holds it, while a sentence of another report read says it, tells a like scene of another
 * event, and is declined; one whose report holds the scene's name is answered as before.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a name of the question's scene the best's report lacks, another report saying it", () => {
  it('declines the like scene of another report: no Toyota in the convoy whose gunner fired a second burst', () => {
    const asked = answerOf('What did the gunner fire when the black Toyota closed on the German convoy?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('other-report');
  });

  it("keeps answers from the report that names the scene's name", () => {
    expect(marked('How many German soldiers were injured when the Fennek hit the bomb?')).toBe('3x NATO/ISAF');
    expect(
      answerOf('what was the boy riding when a German convoy knocked him down near Pol-e Khumri?').answer,
    ).not.toBeNull();
  });
});

describe('a doer the question names, never named by the best, named by another sentence of its report', () => {
  it('declines the act told of another doer of the story: RECCE SQUAD A1 found the UXO, EOD picked it up', () => {
    const asked = answerOf('What did EOD find when they picked up the tank grenade?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('other-doer');
  });

  it('keeps a sentence naming the doer asked', () => {
    expect(marked('What did EOD do with the mines found near Camp Apache?')).toBe('BIP by EOD');
  });
});
