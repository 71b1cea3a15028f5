/**
 * "What did S do after / when Y?" (issue 11): the act S did next, told in the sentence after the one telling the scene
 * Y (candidates.ts doneNext). Each rule that answers one keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the act told in the sentence after the scene', () => {
  it('answers by the sentence after the scene, its subject a definite "the N" naming the car again', () => {
    expect(marked('What did the green Toyota do after the G36 shot?')).toBe('stopped and was controlled by FF');
    expect(answerOf('What did the green Toyota do after the G36 shot?').answer?.report.id).toBe('GER-0109');
  });

  it('answers so for a motorcyclist the report calls "the motorcycle", the manner of its going kept', () => {
    expect(marked('What did the motorcyclist do after the warning shot?')).toBe('withdrew travelling northwards');
  });

  it('reads no sentence after where one read names the act already, left to the gates as before', () => {
    // "After the warning shot, the car stepped back…" (GER-0115) names it; another report rivals it.
    expect(answerOf('What did the car do after the warning shots?').answer).toBeNull();
  });

  it('quotes no sentence where the act is told before the scene', () => {
    expect(answerOf('What did the German helicopter do after it was shot at?').answer).toBeNull();
  });
});
