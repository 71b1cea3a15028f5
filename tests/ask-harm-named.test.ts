/**
 * A yes/no question's verb of harm is said by the noun of the report's casualty line (issue 11): "NO INJURIES." holds
 * the "hurt" of "was anyone hurt when the Mey patrol flipped the Wolf?" as a synonym would, so the line answers though
 * the report tells the scene in other words ("ROLLED OVER" for "flipped").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a casualty line holding the harm asked', () => {
  it('answers by "NO INJURIES." the report telling the scene in other words', () => {
    const q = 'was anyone hurt when the mey patrol flipped the wolf';
    expect(answerOf(q).answer?.report.id).toBe('GER-0006');
    expect(marked(q)).toBe('NO INJURIES');
  });

  it('does not read a denial naming whom it spared as of anyone else', () => {
    expect(marked('was the child on the bike hurt when the fuchs hit him') ?? '').not.toContain('INJURIES');
  });
});
