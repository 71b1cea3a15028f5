/**
 * Who did the act a "what did S V?" question asks of (gates.ts doneByAnother): the doer read before a sentence's verb,
 * past an aside set off by commas and a call sign's number, and a participle the tagger read as a noun; the act said
 * by a verb WordNet bridges to the question's, and one moved in the passive as the one who went.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the doer before an aside: "EDDIE 57, after obtaining clearance of fires from GLORY 6, fired …"', () => {
  it('is EDDIE 57, so the PAX "firing rounds" from the building do not rival what EDDIE 57 fired', () => {
    const question = 'what misile did eddie 57 fire at the building above spera DC';
    expect(answerOf(question).answer?.text).toMatch(/^EDDIE 57, after obtaining clearance/);
    expect(marked(question)).toMatch(/N-Model Hellfire Missile/);
  });
});

describe('the act in the words of the report: "INS have pulled out" for "withdraw"', () => {
  it('is told by the verb of a bridge of two words ("pull_back"), so "FF are pulled back" is what another side did', () => {
    const answer = answerOf('Which way did the insurgents withdraw after the Meng Derakht fight?').answer;
    expect(answer?.text).toMatch(/INS have pulled out of the area towards WEST to TURKMENISTAN border/);
  });
});
