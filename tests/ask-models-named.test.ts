/**
 * "Which X", "what gun", "how many people": the sentence that answers was found but no phrase of the kind asked was
 * read in it — a thing named by the code or model the reports give it (kinds.ts, slots.ts), a count of the dead said
 * with the noun of the act (measures.ts, counts.ts).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a code after a plural's apostrophe (codeBeside)", () => {
  it('names which of X: "ISN\'s 4059 and 4060 were assigned"', () => {
    expect(marked('Which ISNs were given to the detainees transferred on 18 June 2009?')).toMatch(/4059/);
  });
});

describe('a weapon\'s code after a verb of fighting and its "with" or "by" (weaponsWielded)', () => {
  it('names the weapon: "1x shot fired by HK G36 5,56mm"', () => {
    expect(marked('What rifle went off while F Platoon cleaned weapons?')).toMatch(/HK G36/);
  });

  it('names no weapon before a common noun it qualifies: "engaged by RPG fire"', () => {
    const considered = answerOf('What kind of gun fired at the MH-47s?').considered;
    expect(considered.map((c) => c.kind ?? '')).not.toContain('RPG');
    expect(answerOf('What kind of gun fired at the MH-47s?').answer?.text).toMatch(/DShK/);
  });

  it('names no weapon after a verb of working together: "cooperating with TFK and TF31"', () => {
    const considered = answerOf(
      'what gun do they think was used to shoot at the Kiowa helicopters near FOB Robinson?',
    ).considered;
    expect(considered.map((c) => c.kind ?? '')).not.toContain('TFK and TF31');
  });
});

describe('the model a thing, or a broader noun for it, is said to be (modelsSaidToBe)', () => {
  it('names which gun: "the weapon used in the engagement was a RPK"', () => {
    expect(marked('What gun do they think was fired at AZ 52?')).toBe('RPK');
  });
});

describe('a count of the dead said with the noun of the act, of kinds of those asked (measured, countsOtherPeople)', () => {
  it('counts people: "resulted in the death of 1 child, 1 woman, 5 males"', () => {
    expect(marked('How many people died in the TF 373 raid on Objective Wolf?')).toMatch(/^1 child/);
  });
});
