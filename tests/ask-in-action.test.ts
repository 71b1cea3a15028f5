/**
 * The right sentence not weighed at all (issue 11): the War Diary counts soldiers as "3 X ISAF/NATO (DEU) KIA", never
 * writing "soldiers"; KIA and WIA written as such say the question's soldiers when the side it names is written with
 * them. Each rule that answers one keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"N x <side> KIA" says how many of the side\'s soldiers died', () => {
  it('answers "how many German soldiers died" by the casualty update counting "(DEU) KIA"', () => {
    const question = 'How many German soldiers died in the IED strike whose casualties went to PRT Konduz?';
    expect(answerOf(question).answer?.text).toContain('1x NATO/ISAF (DEU) KIA');
    expect(marked(question)).toBe('1x NATO/ISAF');
  });

  it('keeps declining soldiers of a side no sentence writes with its WIA ("1 of the WIA died" are no French)', () => {
    const asked = answerOf('How many French soldiers died at Sarobi?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('share');
  });

  it('keeps plain "wounded" as said of anyone: "3 X LNS WOUNDED" does not rival the German soldiers\' WIA', () => {
    expect(marked('How many German soldiers were injured when the Fennek hit the bomb?')).toBe('3x NATO/ISAF');
  });
});
