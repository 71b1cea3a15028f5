/**
 * A "who" answer that is the thing the question itself names, WordNet filing it with no people (src/search/gates.ts,
 * thingForWho): "one (1) DEU WOLF driving back from GUR-E MAR … drove into a ditch" names the car the question asks
 * the driver of, not who drove it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a "who" answer naming the thing the question names', () => {
  it('is no answer to who did the act with it: the driver of the Wolf in the ditch', () => {
    const asked = answerOf('who was driving the wolf that went in the ditch from gur-e mar');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('names-no-kind');
  });

  it('answers when the question names the people the answer names: who secured the site by the ANBP checkpoint', () => {
    expect(answerOf('Who secured the IED site near the ANBP checkpoint?').answer).not.toBeNull();
  });

  it('answers when the head is filed with people: who is tied to the seven Arabs', () => {
    expect(answerOf('Who is tied to the seven Arabs in Herat?').answer).not.toBeNull();
  });
});
