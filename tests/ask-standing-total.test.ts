/**
 * Counts in the detainee-transfer reports: a noun of quantity said to be a number counts what it numbers ("New
 * facility headcount is 644": a headcount is the number of people, measures.ts), and a question asking what a place
 * holds asks that standing total, which a number moved ("1X Detainee transferred into BTIF") does not give (counts.ts).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a headcount said to be a number counts people', () => {
  it('answers how many detainees were present by the headcount', () => {
    expect(answerOf('How many detainees were assigned to the facility after ISN 20030?').answer?.text).toBe(
      'New facility headcount is 644 assigned 644 present.',
    );
    expect(marked('How many people were held at the facility after ISN 20022 came in?')).toMatch(/641/);
  });
});

describe('a question asking what a place holds asks a standing total', () => {
  it('answers by the headcount, not by the detainees transferred', () => {
    expect(
      answerOf('How many detainees did the facility hold once ISNs 20014 and 20015 were issued?').answer?.text,
    ).toBe('New Facility headcount is 627 Assigned, 627 Present.');
  });

  // Once declined: the report tells the headcount after the ISN too, in the next sentence (ask-headcount-after).
  it('answers by the headcount after the ISN, never by the number moved', () => {
    const { answer } = answerOf('How many detainees were held after ISN 20055 was issued?');
    expect(answer?.text).toBe('ISN 20055 issued. New facility headcount is 703 assigned and 703 present.');
  });

  it('still answers how many were moved by the count moved', () => {
    expect(answerOf('How many detainees did TF 373 bring in when ISN 4141 was issued?').answer?.text).toBe(
      "4X detainee's transferred into the BTIF from TF 373.",
    );
  });
});

describe("a phrase said to be the question's own given number is no answer", () => {
  // Once declined; now answered by the sentence above the restated headcount (ask-given-restated).
  it('answers "which ISN" not by the headcount the question gives but by the ISN above it', () => {
    expect(marked('Which ISN did the TF 373 detainee get when the headcount was 708?')).toBe('2840');
  });

  it('still answers the headcount asked for', () => {
    expect(marked('What was the BTIF headcount after ISN 20017 was issued?')).toMatch(/643/);
  });
});
