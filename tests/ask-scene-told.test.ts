/**
 * A yes/no question narrowed to one event ("near the ANBP checkpoint") is answered by a sentence telling its act when
 * the report tells the narrowing around it (src/search/stated.ts, setsScene): the War Diary sets the scene once and
 * tells what came of it in a short sentence after.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a yes/no question whose narrowing the report tells around the answer', () => {
  it('quotes the patrol failing to find the IED, the checkpoint told before', () => {
    const asked = answerOf('did the patrol ever find the ied near the anbp checkpoint');
    expect(asked.answer?.text).toMatch(/unable to locate the IED/);
  });

  it('still quotes the denial, not a heading naming the target, for a scene-set question', () => {
    const asked = answerOf('Was Akeeb Khan on Objective White when they hit it?');
    expect(asked.answer?.text).toMatch(/WAS NOT ON OBJECTIVE WHITE/);
  });
});
