/**
 * A count whose act the War Diary writes only by its glossary code (issue 11): "1 x ISAF (DEU) *KIA*" says the killing
 * that "1 x ISAF" counts, so the count stands in the clause saying the question's act. Each rule that answers one
 * keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a casualty code saying the act a "how many" question asks', () => {
  it('answers by the count the code follows: "1 x ISAF (DEU) KIA" for German soldiers killed', () => {
    const { answer } = answerOf('How many German soldiers were killed in the second ambush on Infantry Platoon F?');
    expect(answer?.text).toContain('1 x ISAF (DEU) KIA');
    expect(marked('How many German soldiers were killed in the second ambush on Infantry Platoon F?')).toBe('1 x ISAF');
  });

  // The double ambush near Kunduz, once declined here too, is answered by its own report since the car bomb's count
  // is read as another event's (tests/ask-untold-event.test.ts).
  it('still declines where other reports tell as much', () => {
    expect(answerOf('How many Germans were wounded in the bomb attack?').answer).toBeNull();
  });
});
