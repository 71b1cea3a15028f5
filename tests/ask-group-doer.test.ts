/**
 * A question asking the act of a group ("the BSG patrol") is not answered by a sentence telling it done by one person,
 * "he" or "she", in another report; the question's verb read by the tagger as a noun ("did the BSG patrol *fire*")
 * still names the act asked of that doer.
 */
import { describe, expect, it } from 'vitest';
import { doerAsked } from '../src/search/gates.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();
const QUESTION = 'How many warning shots did the BSG patrol fire at the vehicle?';

describe('the doer a question asks with "did", its verb read as a noun', () => {
  it('is the phrase before the misread verb, and that verb is the act asked', () => {
    const asked = doerAsked(readQuestion(QUESTION, lexicon()), lexicon());
    expect(asked?.doer.map((w) => w.text).join(' ')).toBe('the BSG patrol');
    expect([...(asked?.acts ?? [])]).toEqual(['fire']);
  });
});

describe('an act asked of a group, told done by "he"', () => {
  it('is one soldier\'s act: "…, he fired 1 x 5.56 mm DEU round warning shot" is not quoted for the patrol', () => {
    const { answer, declined } = answerOf(QUESTION);
    expect(answer?.report.id).not.toBe('GER-0129');
    expect(declined).toBe('other-doer');
  });
});
