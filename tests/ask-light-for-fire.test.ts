/**
 * Rounds of illumination are fired over a fight, at no one (src/search/fired-at.ts, lightForFire): they do not count
 * the rounds a question asks were fired back at the enemy.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('illumination for fire returned', () => {
  it('does not count the QRF company illumination rounds as the rounds fired back', () => {
    const asked = answerOf('how many rounds did the belgians fire back at khanabad');
    expect(asked.answer?.text ?? '').not.toMatch(/ILLUMINATION/);
  });

  it('still counts the rounds fired back from the Dingo', () => {
    expect(marked('How many rounds did the electronic warfare squad fire back from the Dingo?')).toBe(
      'approx 180 rounds',
    );
  });
});
