/**
 * A verb is bridged by the words of its commonest senses (lexicon.ts): a later sense WordNet's tagged texts met far
 * less often than the first brings no words, so a rare meaning's synonym ("build" as "progress") says no act asked.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();
const bridges = (verb: string) =>
  lexicon()
    .related(verb, 'verb')
    .map((r) => r.word);

describe("a verb's bridges, by how often each sense was met", () => {
  it('leaves out a rare later sense of a common verb: "build" (123 uses) as "progress" (11)', () => {
    expect(bridges('build')).not.toContain('progress');
    expect(bridges('build')).toContain('construct');
  });

  it('keeps the later senses of a verb met too seldom to tell: "hand" (25 uses) as guiding someone', () => {
    expect(bridges('hand')).toContain('conduct');
  });

  it('keeps a later sense met often: "see" as understanding, "compare" (57 uses) as likening (9), a match', () => {
    expect(bridges('see')).toContain('understand');
    expect(bridges('compare')).toContain('match');
  });
});

describe('the answerer', () => {
  it('declines rather than quote progress discussed on a building for who is building it', () => {
    expect(answerOf('Which company is building the Provincial Attorneys building in Sharana?').answer).toBeNull();
  });

  it('still says "handed over" for "handed to"', () => {
    expect(answerOf('Who were the bodies from the culvert strike handed to?').answer?.text).toMatch(/handed over to/);
  });
});
