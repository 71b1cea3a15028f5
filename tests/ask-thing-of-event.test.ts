/**
 * An event named by its thing ("the CH-47 crash", issue 11, gates.ts thingOfEvent): the War Diary tells the crash once
 * and then its toll by the thing alone ("BDA: 1 X CH-47 destroyed, 10 US KIA"), so the question's main word, the
 * event, need not be in that sentence when its report tells it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the toll of an event named by its thing', () => {
  it('is quoted from the sentence naming the thing in the report of the event', () => {
    expect(marked('How many Americans died in the CH-47 crash?')).toBe('10 US KIA');
    expect(marked('How many soldiers were killed in the Chinook crash?')).toBe('10 US KIA');
  });

  it('is not quoted for a thing no sentence of that report names', () => {
    expect(answerOf('How many soldiers were killed in the Dingo crash?').answer).toBeNull();
  });
});
