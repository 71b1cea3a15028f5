/**
 * A degree of harm said of the thing by a noun with "the" (issue 11): "how badly was the dingo damaged?" is answered by
 * "The vehicle was *slightly damaged*", its subject pointing back to the APC DINGO its report opened with, as a
 * pronoun would. A clause naming another one ("3 were released with minor wounds") still says nothing of it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a degree of harm said of "the" thing the report told of', () => {
  it('marks «slightly damaged» for the OMLT dingo that slipped off the road', () => {
    const question = 'how badly was the omlt dingo damaged going to zibak';
    expect(answerOf(question).answer?.report.id).toBe('GER-0094');
    expect(marked(question)).toBe('slightly damaged');
  });

  it('marks «lightly injured» for "The soldier beside" the MP7 that went off', () => {
    const question = 'how badly was the guy next to the MP7 discharge hurt';
    expect(answerOf(question).answer?.report.id).toBe('GER-0095');
    expect(marked(question)).toBe('lightly injured');
  });
});
