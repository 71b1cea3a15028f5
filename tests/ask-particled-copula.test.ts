/**
 * "End up" followed by a preposition (catenative.ts): "which vehicle *ended up* in the river?" asks which was in it.
 * The report says how it got there, not that it ended so.
 */
import { describe, expect, it } from 'vitest';
import { catenatives } from '../src/search/catenative.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();
const catenativesOf = (question: string) =>
  catenatives(readQuestion(question, lexicon()).reading.words).map((w) => w.text);

describe('"end up" followed by a preposition: where the thing came to be', () => {
  it('answers which vehicle ended up in the river with the one that flipped into it', () => {
    expect(catenativesOf('Which vehicle ended up in the river after the bomb went off?')).toEqual(['ended']);
    const answer = answerOf('Which vehicle ended up in the river after the bomb went off under the German troops?');
    expect(answer.answer?.text).toMatch(/1x FOX vehicle flipped into river/);
  });

  it('keeps a "V_up" that says something else than coming to be no catenative ("give up on")', () => {
    expect(catenativesOf('Did the patrol give up on the search?')).toEqual([]);
  });
});
