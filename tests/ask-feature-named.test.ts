/**
 * A place's own name ended by the natural feature it names is somewhere, no thing (issue 11): "Darkano (*Shigal
 * Valley*)" is where a cache was recovered, not the weapons in it, though its bracket reads like a make's. A feature
 * of the kind asked, a name no feature ends, or a feature with no name before it still stands.
 */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/search/glossary.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { namesFeature } from '../src/search/thing-asked.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a place named by its natural feature', () => {
  it('is not read as the weapons a cache held', () => {
    const answer = answerOf('What weapons were in the cache turned in by a LN to FB Naray?');
    const valley = answer.considered.find((c) => c.text.startsWith('A walk-in source stated cache was recovered'));
    expect(valley).toBeDefined();
    expect(valley?.kind ?? '').not.toMatch(/Valley/);
    const quoted = answer.answer?.span ? answer.answer.text.slice(...answer.answer.span) : '';
    expect(quoted).not.toMatch(/Valley/);
  });

  it('is somewhere only when a name stands before a natural feature no kind of the thing asked', () => {
    const [glossary, words] = [loadGlossary(), lexicon()];
    expect(namesFeature('Shigal Valley', 'weapon', glossary, words)).toBe(true);
    expect(namesFeature('Helmand River', 'river', glossary, words)).toBe(false);
    expect(namesFeature('large rocks', 'weapon', glossary, words)).toBe(false);
    expect(namesFeature('Toyota Corolla', 'car', glossary, words)).toBe(false);
  });
});
