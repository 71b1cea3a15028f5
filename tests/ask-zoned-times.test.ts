/**
 * A date-time group with its zone's star said after a preposition of time is when the act of its clause was done (src/
 * search/kinds.ts, zonedTimeAt): the German reports stamp each entry so ("AT 200837D* THE ANP ARRIVED TO THE FOB"). A
 * header's DTG standing alone ("UPDATE 230950D* J2 PRT KDZ received…") dates the entry, not an act. And a time told
 * with none of the question's acts, while its report tells them untimed, is of another act (gates.ts momentElsewhere).
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

const times = (text: string) =>
  kindSpans(text, readQuestion('When did it happen?', lexicon()), lexicon(), () => false)
    .filter((s) => s.kind === 'time')
    .map((s) => text.slice(s.start, s.end));

describe('a zoned date-time group after a preposition of time', () => {
  it('is a time, its star marked with it', () => {
    expect(times('At 132330D* 1 (one) x 7 ton truck fell on the side for UNK reasons.')).toContain('At 132330D*');
    expect(times('RC N RTF was activated at 140030D* and recovered the vehicle within three hours.')).toContain(
      'at 140030D*',
    );
  });

  it('ends at the star: what is written on after it is the next word ("170014D*26 Killed")', () => {
    const closed = times('***Event closed at 170014D*26 Killed None(None) Insurgent');
    expect(closed).toContain('at 170014D*');
    expect(closed.filter((t) => t.includes('26'))).toEqual([]);
  });

  it("is no time as a header's DTG, standing alone", () => {
    expect(
      times('UPDATE 230950D* J2 PRT KDZ received information that the attack did not occur at the airfield'),
    ).toEqual([]);
  });

  it('answers when the act of its clause was done', () => {
    expect(marked('When did the wounded ANP from Chelgazi arrive at the FOB?')).toBe('AT 200837D*');
    expect(marked('When was the injured soldier carried to the PRT KDZ hospital?')).toBe('At 041305D*');
  });
});

describe('a time of a sentence saying none of the acts asked, its report telling them untimed', () => {
  it('is declined: the CH-53 landed at 301540D*, its rotors "had to be repaired" with no time', () => {
    const asked = answerOf('When was the CH-53 repaired at KDZ airfield?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('act');
  });

  it('answers when the sentence of the time says the act asked', () => {
    expect(marked('When did the CH-53 make an emergency landing at KDZ airfield?')).toBe('AT 301540D*');
  });
});
