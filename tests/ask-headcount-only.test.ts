/**
 * A facility's headcount (src/search/gates.ts, headcountOnly): "New Facility Headcount is 722 assigned / 722 present"
 * counts everyone held at the BTIF. It answers how many were held there, not how many were given ISNs, and names no
 * facility a detainee was taken to.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a facility's headcount", () => {
  it('does not count those given ISNs', () => {
    const asked = answerOf('how many dudes got isns 20032 and 20018');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('act');
    // The count of the transfer before the ISNs does ("2X Detainees", a kind of prisoner: ask-counted-capitalised).
    expect(marked('how many prisoners got isns 20035 and 20037')).toBe('2X Detainees');
  });

  it('names no facility a detainee was transferred to', () => {
    const asked = answerOf('To which facility was the detainee assigned ISN 20044 transferred?');
    expect(asked.answer?.text ?? '').not.toMatch(/Headcount/);
  });

  it('answers how many the facility held, were held or were present', () => {
    expect(marked('How many detainees did the facility hold once ISNs 20014 and 20015 were issued?')).toBe('627');
    expect(marked('How many detainees were held after ISN 20055 was issued?')).toBe('703');
    expect(marked('How many detainees were present after ISNs 20041 and 4214 were issued?')).toBe('669');
  });

  it('answers a question asking the headcount by its noun', () => {
    expect(marked('What was the headcount after ISNs 20032 and 20018 were assigned?')).toBe('722');
  });
});
