/**
 * "How many X" questions answered by a count the reports give in their own ways (issue 11): after a heading's colon
 * naming X ("Current BTIF detainees: 736 assigned"), or before a noun for a kind of X ("4x detainees" for prisoners).
 * Each rule keeps a decline it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count after a heading and its colon counts what the heading names', () => {
  it('answers the headcount a colon heading gives, "assigned" there saying the roll, not a moving', () => {
    expect(marked('How many detainees were at the BTIF after ISNs 20088 and 20090 were issued?')).toBe('736');
  });

  it('still takes the count of a moving for a question asking how many were moved', () => {
    expect(marked('How many detainees did TF 373 transfer with ISNs 4185 through 4188?')).toBe('4x detainees');
  });
});

describe('a count before a kind of what is asked counts it', () => {
  it('counts detainees for "how many prisoners": WordNet knows a detainee as a prisoner', () => {
    expect(marked('How many prisoners did TF 373 transfer with ISNs 4185 through 4188?')).toBe('4x detainees');
    expect(
      marked('How many prisoners did TF 373 hand over to the BTIF when ISNs 3814 through 3816 were given out?'),
    ).toBe('4x detainees');
  });

  it('not for people at large, whom every noun for someone counts: "5 males" killed are not the hurt', () => {
    const asked = answerOf(
      'How many people were hurt when the victim-operated IED went off during the TF373 operation?',
    );
    expect(asked.answer).toBeNull();
  });
});

describe('a road code after "along" names the road a "which highway" asks', () => {
  it('reads "along H7" as the highway, its sentence first; the other report naming no highway is no rival', () => {
    const asked = answerOf('Which highway was the German convoy on when a white Jeep came too close behind it?');
    expect(asked.answer?.report.id).toBe('GER-0111');
    expect(asked.considered[0]!.kind).toBe('H7');
  });
});
