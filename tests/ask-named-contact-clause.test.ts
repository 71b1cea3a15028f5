/**
 * A name right after a common noun opens a contact clause saying which one is meant: "the 4 detainees [that] *TF 373
 * sent* to the BTIF". Its act only describes: the answer's sentence naming the ISNs ("ISN 3814 thru 3816 assigned")
 * need not say it, its report telling the transfer before.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a contact clause with a name for its subject', () => {
  it('answers by the ISNs of the transfer its report logs in its own verb', () => {
    const { answer } = answerOf('Which ISNs were given to the 4 detainees TF 373 sent to the BTIF in Nov 2008?');
    expect(answer?.report.id).toBe('9E4BB5A3-C7C1-9B5E-68DA4CE742EBCC68');
    expect(answer && answer.text.slice(...answer.span!)).toBe('3814');
  });
});
