/**
 * "What V-ed?" questions whose verb takes no object and is said of a thing alone (issue 11): "what broke on the
 * Dingo?" asks what the breaking befell, which English says in the passive too ("the two mirrors … are broken").
 * Each rule keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"what V-ed?" answered by the subject of the verb\'s passive', () => {
  it("answers by the passive's subject, past its prepositional phrase and a plural the tagger reads as a verb", () => {
    expect(marked('What broke on the Dingo that slid off the road on the way to Mazar-e-Sharif?')).toBe(
      'the two mirrors on the left side',
    );
  });

  it('keeps "what broke down?" answered by the noun saying the act ("the breakdown of")', () => {
    expect(marked('What broke down on location Uranus?')).toContain('APC DINGO II');
  });

  it('reads no passive for a question whose verb has its object: "what hit the office?" is not the office', () => {
    expect(marked('What really hit the DWHH office in Taloqan?')).toBe('one RPG round');
  });
});
