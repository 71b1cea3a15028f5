/**
 * A facility's headcount told after the ISNs issued (issue 11): "ISN 20055 issued. New facility headcount is 703
 * assigned and 703 present." A headcount is the number of people (WordNet's gloss) and a detainee a person, so the
 * sentence after the one naming the ISNs answers "how many detainees … after ISN … was issued?", though it opens on
 * another subject and holds none of the question's words.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the headcount after the ISNs a "how many detainees" question names', () => {
  it('answers by the headcount in the sentence after the ISNs issued', () => {
    const { answer } = answerOf('How many detainees were held after ISN 20055 was issued?');
    expect(answer?.text).toBe('ISN 20055 issued. New facility headcount is 703 assigned and 703 present.');
    expect(marked('How many detainees were held after ISN 20055 was issued?')).toBe('703');
    expect(marked('How many detainees did the BTIF hold after ISNs 20039 and 20036 were issued?')).toBe('661');
  });

  it('never quotes the headcount for how many a task force transferred', () => {
    const { answer } = answerOf('How many detainees did TF 373 transfer in the batch that got ISN 20052?');
    expect(answer?.text ?? '').not.toMatch(/headcount/i);
  });

  it('keeps the headcount asked by its own noun answered after the ISNs', () => {
    const { answer } = answerOf('What was the headcount after ISNs 20061 to 20064 were assigned?');
    expect(answer?.text).toMatch(/New facility headcount 730a\/730p\./);
  });
});
