/**
 * A degree of harm said around the report's verb of harm (src/search/conditions.ts, degreeAround): adverbs in "-ly"
 * after it ("damaged *so heavily*") and the casualty category in a bracket after it, CAT A to CAT D, the grade the War
 * Diary gives every wounded soldier ("was wounded *(CAT C)*"), answer "how badly was … hurt?" as "*lightly* injured"
 * does.
 */
import { describe, expect, it } from 'vitest';
import { conditionsNamed } from '../src/search/conditions.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

/** The degree phrases of `text` for a harm asked as `harm` ("hurt", "damage"), of one a pronoun points back to. */
const degrees = (text: string, harm: string) => {
  const { words } = read(text);
  const asked = (w: { lemma: string }) => w.lemma === harm;
  return conditionsNamed(words, () => false, asked, lexicon(), harm).map(([a, b]) =>
    text.slice(words[a]!.start, words[b]!.end),
  );
};

describe('a casualty category after the verb of harm', () => {
  it('answers "how badly" with the verb and its bracket', () => {
    const question = 'how badly was the engineer hurt on the range';
    expect(answerOf(question).answer?.text).toMatch(/was wounded \(CAT C\)/);
    expect(marked(question)).toBe('wounded (CAT C)');
  });

  it('reads "CAT" and its letter, or "CAT-B", in the bracket, after an adverb too', () => {
    expect(degrees('He was wounded (CAT C), at a shooting range.', 'hurt')).toEqual(['wounded (CAT C)']);
    expect(degrees('He was injured (CAT-B) by the blast.', 'hurt')).toEqual(['injured (CAT-B)']);
    expect(degrees('He was lightly injured (crack trauma, likely CAT D).', 'hurt')).toEqual([
      'lightly injured (crack trauma, likely CAT D)',
    ]);
  });

  it('reads no bracket without a category: "wounded (left hand)" says where, not how badly', () => {
    expect(degrees('He was wounded (left hand) at the range.', 'hurt')).toEqual([]);
  });
});

describe('an adverb of degree after the verb of harm', () => {
  it('reads "damaged so heavily"', () => {
    expect(degrees('It was damaged so heavily, it had to be recovered.', 'damage')).toEqual(['damaged so heavily']);
  });

  it('reads no adverb not in "-ly": "damaged there" says where', () => {
    expect(degrees('The vehicle was damaged there.', 'damage')).toEqual([]);
  });
});
