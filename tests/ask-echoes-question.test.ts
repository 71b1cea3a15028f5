/**
 * A sentence whose answer only says again what the question gives (src/search/leads.ts, echoesQuestion) is no rival
 * to the best: "3 x UEC's Transferred into BTIF from TF 373" names the "3 uecs" the question asks about, beside "ISN's
 * 4229, 4230, and 4010 (recapture) assigned", which tells what they got.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../src/search/candidates.ts';
import { echoesQuestion } from '../src/search/leads.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

/** A sentence read with the phrase `answer` of it taken for its answer: all echoesQuestion reads of a candidate. */
const naming = (text: string, answer: string) => {
  const start = text.indexOf(answer);
  return { text, kind: { kind: 'quantity', start, end: start + answer.length, strength: 1 } } as unknown as Candidate;
};

describe('an answer echoing the question', () => {
  const asked = 'what numbers did the 3 uecs get when btif went to 684';

  it('does not rival the numbers the detainees were given', () => {
    const { answer } = answerOf(asked);
    expect(answer?.text).toMatch(/^ISN's 4229, 4230, and 4010 \(recapture\) assigned\./);
  });

  it('is one whose every word the question gives, the "x" of a count read away', () => {
    const question = readQuestion(asked, lexicon());
    const best = naming("ISN's 4229, 4230, and 4010 (recapture) assigned.", '4229');
    const echoes = echoesQuestion(best, question);
    expect(echoes(naming("3 x UEC's Transferred into BTIF from TF 373.", '3 x UEC'))).toBe(true);
    expect(echoes(naming('1 x UEC transferred into the BTIF from TF 373.', '1 x UEC'))).toBe(false);
  });

  it('sets nothing aside when the best echoes the question itself', () => {
    const question = readQuestion(asked, lexicon());
    const best = naming("3 x UEC's Transferred into BTIF from TF 373.", '3 x UEC');
    expect(echoesQuestion(best, question)(naming('New Facility Headcount is 684.', '684'))).toBe(false);
  });

  it('leaves a rival naming another answer standing: the Western and the Eastern cordon of the Mazar car bomb', () => {
    const { answer, declined } = answerOf('where was the mazar car bomb scene being filmed');
    expect(answer).toBeNull();
    expect(declined).toBe('lead');
  });
});
