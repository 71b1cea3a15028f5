/**
 * The question's verb said in other words counts toward the sentence's share (issue 11): a verb of the main clause the
 * sentence says by a verb WordNet ties closely to it (acts-said.ts inOtherWords) weighs as a synonym would, and the
 * narrow verb the question's is a way of says it. Each rule keeps a neighbouring decline it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a seeing told in other words holds the question\'s "saw"', () => {
  it('answers "who saw…" by "TF 31 *spotted* 3x persons laying an IED"', () => {
    expect(marked('Who saw the men planting a bomb near Panjwayi?')).toBe('TF 31');
  });

  it('keeps a perceiving not by sight unsaid: "who *heard*…" still declines', () => {
    expect(answerOf('Who heard the men planting a bomb near Panjwayi?').answer).toBeNull();
  });
});

describe('the narrow verb the question\'s is a way of says it: "fled" for "escape"', () => {
  it('answers "how did one insurgent escape…" by "1 x INS *fled* on a motorcycle"', () => {
    expect(marked('How did one insurgent escape from the culvert strike?')).toBe('on a motorcycle');
  });

  it('keeps an act no verb of the report says declined: "how did one insurgent *hide*…"', () => {
    expect(answerOf('How did one insurgent hide from the culvert strike?').answer).toBeNull();
  });
});
