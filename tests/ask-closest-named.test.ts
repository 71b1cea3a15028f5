/**
 * When no answer is quoted, the closest passages lead with a report holding every name the question gives (answer.ts
 * closestFirst): a report lacking one may tell another event, though its sentence holds more of the question's other
 * words.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

const firstClosest = (question: string) => {
  const { answer, closest } = answerOf(question);
  expect(answer).toBeNull();
  return closest[0];
};

describe('the closest passages lead with a report naming what the question names', () => {
  it("shows the rocket at Kamdesh PRT before another report's IED strike", () => {
    const first = firstClosest('What hit near the Kamdesh reconstruction team base?');
    expect(first?.hit.report.id).toBe('6922D2BA-80EA-42BA-A065-53CF71F27AB7');
    expect(first?.passage.text).toMatch(/Kamdesh PRT received 1x 107mm r/);
  });

  it("shows Operation The Island's tally before another report's TF 373 operation", () => {
    const first = firstClosest('How many enemy fighters did the helicopter teams kill during Operation The Island?');
    expect(first?.hit.report.id).toBe('F0BB4231-97BA-47E3-8379-F44E88410840');
    expect(first?.passage.text).toMatch(/13 x EKIA/);
  });
});
