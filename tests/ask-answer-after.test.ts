/**
 * The answer in the sentence after the one holding the question's words (src/search/candidates.ts, answeredAfter): a War
 * Diary report names its subject again to tell what came of it ("LN was on a bike and was side swiped by Mohawk
 * element. LN was ground evacd … to the local hospital"). Both sentences are quoted, the answer marked in the second.
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the sentence after the best', () => {
  it('answers about the subject the best names, both quoted, likely', () => {
    const { answer } = answerOf('Where was the cyclist that Mohawk hit taken?');
    expect(answer?.text).toMatch(/^LN was on a bike .* LN was ground evacd .* to the local hospital\.$/);
    expect(answer?.confidence).toBe('likely');
    expect(marked('Where was the cyclist that Mohawk hit taken?')).toBe('hospital');
  });

  it('does not answer when the best names the kind asked itself: Mohawk struck the pedestrian on Highway 1', () => {
    expect(marked('Where did Mohawk 6 strike the pedestrian?')).toBe('Highway 1');
  });

  it('does not answer about another subject than the best\'s: "… the new neighborhood watch program … The program…"', () => {
    // The program is what the team briefed on, not the team: "defending their villages from ACM" is no place of theirs.
    const { answer } = answerOf('Where was the information of the PRT CO and CAT Team?');
    expect(answer?.text ?? '').not.toMatch(/The program can help villagers/);
  });
});

describe('a place after "to" in a "where … taken?" question', () => {
  const places = (question: string, text: string) =>
    kindSpans(text, readQuestion(question, lexicon()), lexicon(), () => false)
      .filter((s) => s.kind === 'place')
      .map((s) => [text.slice(s.start, s.end), s.strength]);
  const evacd = 'LN was ground evacd by other LNs in a car to the local hospital.';

  it('is surely where the thing went when it is a place or a building', () => {
    expect(places('Where was the cyclist taken?', evacd)).toContainEqual(['hospital', 1]);
  });

  it('is only possibly the answer in a question asking of no movement, or when it names people', () => {
    expect(places('Where was the cyclist hit?', evacd)).not.toContainEqual(['hospital', 1]);
    const injuries = 'NO DAMAGES OR INJURIES TO ISAF TROOPS.';
    expect(places('Where was the civilian taken?', injuries)).not.toContainEqual(['TROOPS', 1]);
  });
});
