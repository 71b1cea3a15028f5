/**
 * A phrasal verb in an irregular past, read by its verb alone too (src/search/weighed.ts, bridged): "who *brought in*
 * ISN 20028?" — WordNet's forms know only regular endings, so "brought" alone was bridged to nothing, and "bring_in"
 * means to earn or to yield. Read as "bring" (transfer, convey), it is what the detainee logs say: "1X Detainee
 * transferred into BTIF by TF 373".
 */
import { describe, expect, it } from 'vitest';
import { questionSearch, correctedQuestion } from '../src/search/answer.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked, index } = sampleAndArticleAnswerer();

/** The stems a question's word is bridged to. */
const bridgesOf = (question: string, word: string) => {
  const { query } = questionSearch(index(), correctedQuestion(index(), question).query);
  const unit = query.units.find((u) => u.tokens.some((t) => t.norm === word));
  return (unit?.related ?? []).map((r) => r.stem);
};

describe('a phrasal verb in an irregular past, bridged by its verb alone', () => {
  it('bridges "brought in" to the transfer the logs write', () => {
    expect(bridgesOf('who brought in isn 20028', 'brought')).toContain('transfer');
  });

  it('answers who brought a detainee in from the log naming the unit', () => {
    expect(marked('who brought in isn 20028')).toBe('TF 373');
    expect(marked('any idea who brought in isn 20044')).toBe('TF 373');
  });

  it('leaves a regular phrasal verb bridged as before: "turned down" by its own words and "turn"', () => {
    const bridges = bridgesOf('who turned down the medevac request', 'turned');
    expect(bridges).toContain('refus');
    expect(bridges).not.toContain('transfer');
  });
});
