/**
 * The closest passages of the day asked (issue 11): read down to the reports writing the day a question names, a user
 * is shown their sentences though none holds the question's words closely; the day written relates them. Before, the
 * detention log of 27 Sep 2007 was the only report left and nothing at all was shown.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('the closest passages of the day asked', () => {
  it('shows the log of 27 Sep 2007 for the task force two prisoners came from', () => {
    const asked = answerOf('which task force did the two prisoners on 27 sept 2007 come from');
    expect(asked.answer).toBeNull();
    expect(asked.closest[0]?.hit.report.id).toBe('8D865A13-0D8D-4370-A972-0F5B3AFC7C7C');
    expect(asked.closest[0]?.passage.text).toContain('from TF 373');
  });
});
