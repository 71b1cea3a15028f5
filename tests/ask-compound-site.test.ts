/**
 * A compound noun headed by a noun for a place or a building says where, read by its head (places.ts opensSite):
 * "from nearby construction area" as "from the area" — unless its head is the question's own noun ("IVO tgt compound"
 * for "while searching a compound").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a compound headed by a place', () => {
  it('answers where the sand with the UXO came from by the construction area', () => {
    const { answer } = answerOf('where did the sand with the uxo in it come from');
    expect(answer?.report.id).toBe('GER-0046');
    expect(marked('where did the sand with the uxo in it come from')).toBe('construction area');
  });

  it('does not take a compound headed by the noun asked of for where', () => {
    expect(answerOf('Where was the German PRT shot at while searching a compound?').answer?.report.id).toBe('GER-0061');
  });
});
