/**
 * A thing named by its model answers "which X was done to?" when the sentence after it says the act of it, naming the
 * thing again (issue 11): the War Diary lists what was found ("1 X Italian TC-6 AT mine, 1 X Pakistani P3 MK1 AT
 * mine") and says what was done with it next ("Mines were double stacked").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a model whose act the next sentence tells', () => {
  it('answers with the model, the next sentence naming its thing again and saying the act', () => {
    const answer = answerOf('Which mines were stacked in the road southeast of Khakrez?').answer;
    expect(answer?.report.id).toBe('1029454');
    expect(marked('Which mines were stacked in the road southeast of Khakrez?')).toBe('Italian TC-6 AT');
  });

  it('quotes no model when the next sentence tells of something else', () => {
    expect(answerOf('Which helicopter was hit by the RPG near Kunduz airfield?').answer).toBeNull();
  });
});
