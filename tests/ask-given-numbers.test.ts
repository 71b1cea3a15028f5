/**
 * The numbers a question gives, read as the reports write them (issue 11): a headcount's A/P glued to its number
 * ("679A / 679P") is the number the question gives, so a best sentence only restating it is read with the one above
 * that answers; and "which of the X" asks an X though a participle follows it. Each keeps a neighbour as it was.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a headcount given with its A/P glued on ("679A / 679P")', () => {
  it('reads the headcount sentence as restating the given and answers by the ISNs above it', () => {
    const question = 'Which ISNs did the two TF 373 detainees get when the head count was 679A / 679P?';
    expect(answerOf(question).answer?.text).toContain('ISNs 4226 and 4227 were assigned.');
    expect(marked(question)).toBe('4226');
  });

  it('keeps a headcount given bare answered as before, and one of another report declined', () => {
    expect(marked('What ISN was issued when the headcount hit 667?')).toBe('20043');
    expect(answerOf('Which ISNs were assigned when the new facility headcount was 679?').answer).toBeFalsy();
  });
});

describe('"which of the X …": the set the answer is one of', () => {
  it('asks an X though a participle follows it ("which of the ISNs *assigned* …")', () => {
    const question = 'Which of the ISNs assigned when the count reached 684 was a recapture?';
    expect(readQuestion(question, lexicon()).instanceOf).toBe('isns');
    expect(answerOf(question).answer?.text).toBe("ISN's 4229, 4230, and 4010 (recapture) assigned.");
  });

  // Re-judged (s29): this pinned a decline "when no sentence names one", but the report does name one: "1x (one) APC FOX
  // has a light damage" after march group RED was attacked, an APC being a vehicle. The answer is right by the report.
  it('answers a vehicle asked by "which of" by the one the report names, and declines another kind', () => {
    expect(marked('Which of the vehicles was damaged when march group RED was attacked?')).toBe('APC FOX');
    expect(answerOf('Which of the helicopters was damaged when march group RED was attacked?').answer).toBeFalsy();
  });
});
