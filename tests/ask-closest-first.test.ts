/**
 * When no answer is quoted, the closest passages lead with a sentence holding clearly more of the question than the
 * first naming what is asked (answer.ts closestFirst): that one was first for choosing an answer, and once none is
 * trusted, the passage telling the question's event is likelier the one that holds it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

const firstClosest = (question: string) => {
  const { answer, closest } = answerOf(question);
  expect(answer).toBeNull();
  return closest[0];
};

describe('the closest passages lead with the one weighing clearly most', () => {
  it("shows the Humvee stopping before another report's convoy that did not stop", () => {
    const first = firstClosest('Why did the Humvee stop in the convoy?');
    expect(first?.hit.report.id).toBe('F8847C2A-9557-458F-B902-59DF7EC6A2DD');
    expect(first?.passage.text).toMatch(/the Humvee stopped before crossing the freshly dug earth/);
  });

  it('shows the fleeing cargo truck stopped before a truck loaded with a damaged Dingo', () => {
    const first = firstClosest('Who caught the fleeing cargo truck?');
    expect(first?.hit.report.id).toBe('36261792-F927-5439-D51D126F3051823D');
    expect(first?.passage.text).toMatch(/STOPPED A WHITE CARGO TRUCK, THAT TRIED TO FLEE/);
  });
});
