/**
 * "Which two detainees…?" asks persons (src/search/kinds.ts, designation): a unit's designation of capitals and a
 * number ("from *TF 3-73*") names no person; only the internment serial does.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a designation for which persons', () => {
  it('no longer marks the task force for which detainees', () => {
    const found = marked('which two detainees were at the hospital when the recaptured guy 1503 came in') ?? '';
    expect(found).not.toMatch(/TF 3-73/);
  });

  it('still reads a headcount, no person, beside a task force', () => {
    expect(marked('what was the headcount after ISN 1503 came in')).toBe('614');
  });
});
