/**
 * A subject naming someone among a group, "N of the X" (issue 11): "A member of the last vehicle fired a MG burst"
 * says who fired, its head the person before "of", not the vehicle after it. The answer marks the whole phrase.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('the doer named as one of a group', () => {
  it('answers "who fired?" by the whole "a member of the last vehicle"', () => {
    expect(marked('who fired the mg burst at the white jeep on h7')).toBe('A member of the last vehicle');
  });
});
