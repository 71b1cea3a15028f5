/**
 * The lead gate (leads.ts leadsOf): which sentences are no rival to a likely answer, found on the fresh probe
 * questions of stop 19 (task s19a).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a sentence telling the act asked of done by another than the doer the question names', () => {
  it('is no rival: where the friendly forces pulled back to, not where the insurgents pulled out to', () => {
    // "FF are pulled back to ATHE KHAN KHWAJEH…" beside "…INS have pulled out of the area towards WEST…".
    expect(marked('Where did friendly forces pull back to after the attack near Meng Derakht?')).toBe(
      'ATHE KHAN KHWAJEH',
    );
    expect(marked('Where did own forces pull back to after the Meng Derakht fight?')).toBe('ATHE KHAN KHWAJEH');
  });

  it('is no rival where a sentence tells where the insurgents themselves went: "INS have pulled out … towards WEST"', () => {
    // "FF are pulled back to ATHE KHAN KHWAJEH" moves the friendly forces; the report's own movement of the INS, read
    // past its particle ("pulled out of the area towards WEST"), says where the insurgents went.
    expect(marked('Where did the insurgents pull out to after the Meng Derakht attack?')).toBe('WEST');
  });

  it('still rivals when the question names the doer by a pronoun, or names one neither sentence tells', () => {
    expect(answerOf('Where did they pull back to near Meng Derakht?').answer).toBeNull();
    expect(answerOf('Where did the ANP pull back to near Meng Derakht?').answer).toBeNull();
  });
});

describe('a "who" answer named after "by" right after the act ("searched by an Afghan woman")', () => {
  it('says who did it as plainly as a name: no rival in a sentence not saying the act', () => {
    // "OGA/SMS/TF 373 ESTABLISHED AN INNER CORDON AT OBJECTIVE WHITE…" names a unit, but not who searched.
    expect(answerOf('Who searched the women and children in Faqiran village?').answer?.text).toMatch(
      /SEARCHED BY AN AFGHAN WOMAN/,
    );
  });

  it('leaves a question whose act no sentence says so declined: who searched the compound on Objective Black', () => {
    // "THE COMPOUND WAS THOROUGHLY SEARCHED AND PICTURES WERE TAKEN" names no one who searched it.
    expect(answerOf('Who searched the compound on Objective Black?').answer).toBeNull();
  });
});

describe('a passive "who" question', () => {
  it('ending in "by" asks who did the act: who the women and children were searched by', () => {
    expect(answerOf('Who were the women and children searched by?').answer?.text).toMatch(
      /SEARCHED BY AN AFGHAN WOMAN/,
    );
  });
});
