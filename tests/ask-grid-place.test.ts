/**
 * A grid reference said after "at", "IVO"… names where (places.ts gridPlaceEndingAt): its numbers and letters are no
 * name, yet "2X ROCKET LAUNCHERS ARE LOCATED AT 42S VF 84122 58555" tells where they were, and is the passage the
 * answer gives first, not one naming the hill that the launchers fired from.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a grid reference as a place', () => {
  it('leads with the sentence placing the rocket launchers at a grid', () => {
    const asked = answerOf('Where were the rocket launchers located near Hill 432?');
    const first = asked.answer?.passage ?? asked.closest[0]!.passage;
    expect(first.reportId).toBe('GER-0060');
    expect(first.text).toContain('2X ROCKET LAUNCHERS ARE LOCATED AT 42S VF 84122 58555');
  });
});
