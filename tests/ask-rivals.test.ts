/**
 * Sentences no real rival to the best (issue 11, leads.ts lessSurely): ones naming less surely what a "which X" question
 * asks, when the best names a name set beside the question's noun (typed.ts). The rule keeps a decline it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a name set between commas beside a noun renames it: "One detainee, Musa Khan, was released"', () => {
  it('answers "which detainee" by the name beside "detainee"', () => {
    expect(marked('Which detainee was sent back to his village last week?')).toBe('Musa Khan');
  });

  it('answers "which unit" by the unit the capturing sentence names ("ODB 330 reported … captured an insurgent")', () => {
    // Once pinned as declined; the near-tie rule (ties.ts) now quotes the sentence saying the capture, judged right.
    expect(answerOf('Which unit captured the insurgent who was later flown to Kandahar?').answer?.text).toContain(
      'ODB 330',
    );
  });
});
