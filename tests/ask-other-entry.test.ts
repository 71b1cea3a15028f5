/**
 * A sentence of the best's own report saying none of the question's main acts, where the best says one, is no rival
 * to it (src/search/leads.ts, otherEntry): a War Diary report tells one event in several sentences, and the one saying
 * the act asked names its answer; the others name whoever or whatever took part in another step of the story.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a sentence of the best report telling another step of its story', () => {
  it('does not rival the one saying the act asked: the tent struck by the rocket, not the ID card lost', () => {
    const { answer } = answerOf('whose tent got hit by the rocket at the dutch compound');
    expect(answer?.text).toMatch(/THE TENT THAT WAS STRUCK BY THE ROCKET .* IMP SOLDIERS \(US\) LIVED IN\.$/);
    expect(answer?.confidence).toBe('likely');
  });

  it('does not rival it: the weapon assessed, not the compound the SAF came from', () => {
    const { answer } = answerOf('What weapon was assessed to have fired on the Kiowa southwest of FOB Robinson?');
    expect(answer?.text).toMatch(/it is assessed that the weapon used in the engagement was a RPK\.$/);
  });

  it('does not rival it: what TF 31 suspect the name is, not who captured him', () => {
    const { answer } = answerOf("what do TF 31 think the captured insurgent's name really is");
    expect(answer?.text).toMatch(/TF 31 personnel suspect that the real spelling of his name is Ali Mohammed\.$/);
  });

  it('still rivals a best telling the act only by a movement in passing: "the road they were moving along"', () => {
    const { answer, declined } = answerOf('Where did the element head after the firefight near Bari Khowt ended?');
    expect(answer).toBeNull();
    expect(declined).toBe('lead');
  });

  it("still rivals when it is another report's", () => {
    const { answer, declined } = answerOf('What did the bomb disposal team do with the rocket from the backyard?');
    expect(answer).toBeNull();
    expect(declined).toBe('lead');
  });
});
