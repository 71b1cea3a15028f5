/**
 * A measure question ("how old", "how far", "how long") asks a number in that measure's units (issue 11): a sentence
 * of a report read that states one is weighed though it holds none of the question's words, and it goes before a
 * sentence only bounding the measure ("under the age of 15").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a sentence stating a number in the units of the measure asked', () => {
  it('weighs the age found for detainee ISN 20033 first, before the bound he was believed under', () => {
    const asked = answerOf('How old was detainee ISN 20033 found to be?');
    expect(asked.considered[0]?.text).toContain('AGE IS APPROXIMATELY 16 YEARS');
  });
});
