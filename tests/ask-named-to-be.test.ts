/**
 * "What did S believe *Objective McKinnley* to be?" asks what the one named is, as "what was OBJ McKinnley believed to
 * be?" does: a name before "to be" is no kind of thing asked of (src/search/question.ts, thoughtToBe), as a common noun
 * there is ("think *the real name* … was").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a name thought to be something', () => {
  it('answers what the objective was believed to be', () => {
    const question = 'What did the task force intelligence section believe Objective McKinnley to be?';
    expect(marked(question)).toBe('an HQN training camp area');
  });

  it('still answers the passive question the same way', () => {
    expect(marked('What was OBJ McKinnley believed to be?')).toBe('an HQN training camp area');
  });
});
