/**
 * A report telling the scene of "what did S do after Y?" twice, as its summary and then in its course (candidates.ts
 * doneNext): each sentence telling the scene is read in turn, and the first followed by S's act answers. "DEU COY
 * reported that a FF convoy performed a warning shot." is followed by how the van came on, before the shot; "A member
 * of the last patrol fired a warning shot in the air." by what the van did after it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the scene told twice', () => {
  it('answers by the sentence after the telling followed by S again ("The car slowed down")', () => {
    const { answer } = answerOf('what did the red van do after the warning shot');
    expect(answer?.report.id).toBe('GER-0114');
    expect(answer?.text).toMatch(/^A member of the last patrol fired a warning shot in the air\. The car slowed down/);
    expect(marked('what did the red van do after the warning shot')).toBe('slowed down and hold the right distance');
  });

  it('quotes nothing when no telling of the scene is followed by a sentence whose subject is S', () => {
    // "After the warning shot, white Toyota Corolla drive on the right side of the road." opens with the scene again.
    expect(answerOf('what did the corolla do after the css coy fired').answer).toBeNull();
  });
});
