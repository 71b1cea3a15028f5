/**
 * What an act of fighting was done with, said by another verb of fighting (issue 11): the War Diary says a unit struck
 * a target by "engaging" it, a sense of "engage" WordNet lacks, so "what did TF Titan *hit* the position with?" is
 * answered by what follows "engaged with".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a verb of fighting says the act of fighting a "what … with?" question asks', () => {
  it('answers "hit … with" by what TF Titan engaged the mortar position with', () => {
    expect(marked('what did tf titan hit the enemy 82mm position with')).toBe('counter-mortar fire');
  });

  it("keeps the question asked with the report's own verb answered the same", () => {
    expect(marked('what did tf titan engage the enemy 82mm position with')).toBe('counter-mortar fire');
  });
});
