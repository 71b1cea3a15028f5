/**
 * An answer naming only what a "what/which X" question names, in a sentence never saying X (src/search/gates.ts,
 * askedOnlyNamed): "warning shots … were performed against a blue Toyota Corolla" names the question's own car, not
 * the plate it asks for.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('an answer naming only what the question names', () => {
  it('is no answer to the detail asked of it: the plate on the blue corolla', () => {
    const asked = answerOf('what was the plate on the blue corolla at camp warehouse');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('names-no-kind');
  });

  it('answers when the answer adds a word of its own: the colour of the Corolla', () => {
    const question = 'What colour was the Corolla that got too close to the Bulgarian and German escort?';
    expect(answerOf(question).answer?.text).toContain('against a blue Toyota Corolla');
    expect(marked(question)).toContain('blue');
  });

  it('answers when the question does not name what the answer names: the car that carried the bomb', () => {
    const question = 'What car carried the bomb that hit the Dingo on the NFO patrol?';
    expect(answerOf(question).answer?.text).toContain('silver-grey Toyota Corolla');
  });
});
