/**
 * A phrasal verb a report writes as one word, its past run together with its particle ("1 X DEH (WOLF) ROLLEDOVER
 * SEVERAL TIMES"), read as the two words it joins, so the question's "rollover" finds its report (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { phrasalStem, phrasalStems } from '../src/search/phrasal.ts';
import { tokenize } from '../src/search/text.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

const stemsIn = (text: string) => {
  const tokens = tokenize(text);
  return phrasalStems(tokens, 0, tokens.length, lexicon()).map((p) => p.stem);
};

describe('a past glued to its particle', () => {
  it('reads "ROLLEDOVER" as "roll_over", as it reads "rolled over"', () => {
    expect(stemsIn('1 X DEH (WOLF) ROLLEDOVER SEVERAL TIMES.')).toEqual([phrasalStem('roll_over')]);
    expect(stemsIn('the car rolled over on him')).toEqual([phrasalStem('roll_over')]);
  });

  it('reads no word ending in a particle\'s letters that is one word: "position", "breakdown", "stationed"', () => {
    expect(stemsIn('the position of the breakdown was stationed in Begin')).toEqual([]);
  });

  it('brings the report writing it one word among those weighed', () => {
    const asked = answerOf('Where were the injured from the Wolf rollover treated?');
    expect(asked.considered.some((c) => c.report.id === 'GER-0009')).toBe(true);
  });
});
