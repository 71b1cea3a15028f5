/**
 * The answer in a sentence close below a best that sets the scene (src/search/typed.ts, answersBelow): the War Diary
 * tells an event in one sentence, the question's words in it, and what came of it in short ones after ("…fire fight …
 * on LOC BANANA. 1155D* Contact to enemy lost. Enemy withdraw in northern direction."). The sentence right after is
 * quoted with the best; one further down goes first itself. Either must name surely what is asked and say the
 * question's act, its main word or the noun it asks.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a sentence below the scene', () => {
  it('two sentences down, saying the act asked, goes first: "Enemy withdraw in northern direction."', () => {
    const { answer } = answerOf('Which way did the enemy withdraw after the fire fight on LOC Banana?');
    expect(answer?.text).toBe('Enemy withdraw in northern direction.');
    expect(answer?.confidence).toBe('likely');
    expect(marked('Which way did the enemy withdraw after the fire fight on LOC Banana?')).toBe('northern direction');
  });

  it('right after, holding words of the question, is quoted with the scene: "…VBIED Strike. … 2x vehicles damaged"', () => {
    const { answer } = answerOf('How many vehicles were damaged in the Mazar car bomb?');
    expect(answer?.text).toMatch(/suffered a Possible VBIED Strike\. No casualties reported, 2x vehicles damaged/);
    expect(answer?.confidence).toBe('likely');
  });

  it('naming the noun a "what X" asks answers it: "New facility headcount 730a/730p."', () => {
    const { answer } = answerOf('What was the headcount after ISNs 20061 to 20064 were assigned?');
    expect(answer?.text).toMatch(/ISNs 20061, 20062, 20063 and 20064 assigned\. New facility headcount 730a\/730p\./);
  });

  it('naming the injuries asked of answers: "…HAS A BROKEN LEG AND THE OTHER HAS BURN INJURIES."', () => {
    const { answer } = answerOf('What injuries did the two wounded German soldiers have in Operation Aragon?');
    expect(answer?.text).toMatch(/BROKEN LEG AND THE OTHER HAS BURN INJURIES/);
  });
});

describe('a sentence below the scene that does not answer surely', () => {
  it('declines a count of others than the question counts: "8-10 PAX … firing rounds" for how many rounds', () => {
    expect(answerOf('How many rounds did EDDY 57 fire?').answer).toBeNull();
  });

  it('declines a phrase only likely of the kind asked: "a Bulgarian soldier" for what was fired', () => {
    expect(answerOf('What did the German troops fire over the car that came too close?').answer).toBeNull();
  });
});
