/**
 * Questions naming soldiers by a plural WordNet files as a word of its own (issue 11): "the *troops*" is soldiers
 * collectively (military_personnel), though its stem "troop" is one unit of them, so the War Diary's FF, friendly
 * forces, says them as plainly as "soldiers" does.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"the troops" read as soldiers, as FF writes them', () => {
  it('answers what the troops did by what FF did', () => {
    expect(marked('What did the troops do after marking the mortar rounds red?')).toBe('continued training');
  });

  it('keeps the same question asked of soldiers answered as before', () => {
    expect(marked('What did the soldiers do after marking the mortar rounds red?')).toBe('continued training');
  });

  it('does not read one troop, a unit, as soldiers: it still declines', () => {
    expect(answerOf('What did the troop do after marking the mortar rounds red?').answer).toBeNull();
  });
});
