/**
 * "Where is X?" / "what district was X in?" is answered by the area a report names first, "in", before saying it was
 * near X after a comma ("on patrol in DEHDADI district, next to the ANP CP IMAN BUKRI"): role.ts, placeOfNear.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('the area named before the point it was near', () => {
  it('answers where checkpoint Iman Bukri is', () => {
    expect(marked("where's checkpoint iman bukri")).toBe('DEHDADI district');
  });

  it('answers which district the Iman Bukri checkpoint was in', () => {
    expect(marked('quick q: what district was iman bukri cp in')).toBe('DEHDADI district');
  });

  it('still reads the place after a name and a comma, not one "in" takes before it', () => {
    expect(marked('where is konar')).toBe('Nuristan province');
  });
});
