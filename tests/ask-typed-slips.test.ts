/**
 * A word no report writes is read as the reports' typing may write it, a double letter written once: the report of
 * the old "Rusian" tank is the one asked of the Russian tank, not another missing the noun (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a word the reports type with a double letter single', () => {
  it('finds the report of the old "Rusian" tank for the Russian one', () => {
    const { answer } = answerOf('What did the EOD squad find near the old Russian tank?');
    expect(answer?.report.id).toBe('GER-0119');
    expect(answer?.text).toBe('There they found the UXO(Warhead RPG 7).');
  });
});
