/**
 * A "which X" answer the report calls by a narrower word of X, by WordNet (src/search/typed.ts, namesKindOfFocus):
 * "Last *car* of the column made a warning shoot into the air" calls its answer a vehicle, as surely as saying
 * "vehicle", and goes first in a near-tie with a name of its report it does not call one (ties.ts focusFirst). Not a
 * count: "New Facility *Headcount*" is a kind of number whatever it counts.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a "which X" answer called by a kind of X', () => {
  it('goes before a name of its report the report does not call an X', () => {
    const question = 'Which vehicle in the Fennek column fired the warning shot at the motorcycle in Tanjar?';
    expect(answerOf(question).considered[0]?.text).toMatch(/^Last car of the column/);
  });

  it('leaves a count alone: its noun names a number, not which thing', () => {
    const answer = answerOf('what numbers did the 3 uecs get when btif went to 684').answer;
    expect(answer?.text).toMatch(/^ISN's 4229, 4230, and 4010/);
  });
});
