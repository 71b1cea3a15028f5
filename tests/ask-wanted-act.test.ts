/**
 * What a verb taking an infinitive acts on is the infinitive (kinds.ts objectSpans, wantedAct): "what did the Taliban
 * want?" is answered by "THEY WANT *TO TRADE 15 TALIBAN* FOR THE AMERICAN", though a phrase opening with "to" after
 * other verbs says whom or where the act went.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"what did X want?" answered by the infinitive after "want"', () => {
  it('marks the act wanted, its verb read as a noun in capitals ("TO TRADE")', () => {
    expect(marked('What did the Taliban want for the captured American?')).toBe('TO TRADE 15 TALIBAN');
  });
});
