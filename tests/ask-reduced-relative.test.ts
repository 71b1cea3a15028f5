/**
 * A participle straight after a noun, once the question's clause has had its own verb, only picks out which thing is
 * meant (issue 11): "who made the list of items *found* in the suspect's truck?" asks who made the list, so a sentence
 * telling who found the items ("NDS found in the truck of the suspect several items") is no answer.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a participle after a noun past the question verb describes that noun', () => {
  it('does not quote who did the describing act as who did the asked one', () => {
    const asked = answerOf("Who made the list of items found in the suspect's truck in Feyzabad?");
    expect(asked.answer?.text ?? '').not.toContain('NDS found');
  });

  it('still answers the act the participle describes when the question asks it as its own verb', () => {
    expect(answerOf('Who found the weapons cache in the textile factory in Kandahar?').answer?.text).toContain(
      'TF 3-6 FA FOUND A CACHE',
    );
    expect(marked('Who was killed in the Objective Wolf raid?')).toBe('1 child, 1 woman, 5 males');
  });
});

describe("a clause opened by 'where' after its noun says which place is meant", () => {
  it('declines who owned a place rather than quoting who did the act told in the where-clause', () => {
    expect(answerOf('Who owned the textile factory where the Enfield rifles were found?').answer).toBeNull();
  });

  it("still answers where the question's own verb is the act told", () => {
    expect(answerOf('Who found the weapons cache in the textile factory in Kandahar?').answer).not.toBeNull();
  });
});
