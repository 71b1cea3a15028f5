/**
 * "Who was V-ed?" asks who underwent the act (issue 11): a best naming them as the object right after a verb saying
 * the act ("…KILLING THE DRIVER") is not rivalled by a sentence of its report with no verb saying it, naming someone of
 * the scene ("VEHICLE WAS APPROACHING TM SAL AND ANSF FORCES…").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('who underwent the act, named right after the verb saying it', () => {
  it('answers "who was killed" by the one the killing names, not by the unit approached', () => {
    const asked = 'Who was killed when TF 373 and the Afghan forces shot at the speeding car?';
    expect(answerOf(asked).answer?.text).toMatch(/KILLING THE DRIVER/);
    expect(marked(asked)).toMatch(/DRIVER/);
  });

  it('leaves a question asking the doer as it was: who fired is still no answer of the scene', () => {
    expect(marked('Who fired warning shots at the speeding car?')).not.toBe('DRIVER');
  });
});
