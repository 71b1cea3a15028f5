/**
 * A "which X" answer its report calls an X is not rivalled by a name of the same report it does not call one
 * (src/search/leads.ts, leadsOf lessSurely): the report names its X by the noun or a kind of it, its other names tell
 * its scene. "Last *car* of the column made a warning shoot" answers which vehicle fired, beside "the column comprising
 * of two *DEU RECCE* vehicles FENNEK".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a name of the same report as a "which X" answer called an X', () => {
  it('is no rival to it', () => {
    const question = 'Which vehicle in the Fennek column fired the warning shot at the motorcycle in Tanjar?';
    expect(answerOf(question).answer?.text).toMatch(/^Last car of the column made a warning shoot/);
    expect(marked(question)).toBe('car');
  });
});
