/**
 * "Which detainee…?" is not answered by its own noun, misspelt by a letter (src/search/kinds.ts, restatesNoun):
 * "1x *Detainne* was transferred" says a detainee again; "ISN 1503" says which.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('the asked noun, misspelt, restated', () => {
  it('marks the serial, not the misspelt noun, for which detainee', () => {
    expect(marked('Which detainee was a recapture first released in May 2005?')).toBe('ISN 1503');
  });
});
