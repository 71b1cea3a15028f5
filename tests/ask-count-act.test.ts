/**
 * A count said with its act ("they were also *2 KIA* from the explosion") is not rivalled by a sentence of its report
 * holding more of the question but not the act: that one tells the event the count is of (leads.ts tellsSubject).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count whose own words say the act asked', () => {
  it('answers beside the sentence telling the strike without the act ("3 ANP WIA via land mine near FB MF")', () => {
    expect(marked('How many ANP were killed by the land mine near FB MF?')).toBe('2 KIA');
  });

  it('is no count of an act said only by a bridge in another clause ("one individual … was found")', () => {
    const asked = answerOf('How many people turned up to hear General Mulakhel in Laswanday?');
    expect(asked.answer?.text ?? '').not.toMatch(/one individual/);
  });
});
