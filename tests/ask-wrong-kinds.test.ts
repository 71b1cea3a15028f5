/**
 * Phrases read as the kind a question asks that are of another kind: a War Diary clock time read as a count, the
 * glossary's "friendly forces" read as a car, a distance read as a speed, the point a place is said from read as what
 * was hit, a common noun for people read as a village, a noun a time describes read as the time, a count of others
 * read as the number a noun asks, a "when" clause that only says when read as a reason. Each rule declines the quote
 * it made wrong, or gives the right one.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a time is no count', () => {
  it('does not count with a clock time the tagger reads as a number ("At 1547D* Encircled soldier … died")', () => {
    expect(marked('How many German soldiers died when the Fox vehicle went into the river?') ?? '').not.toMatch(
      /1547D/,
    );
  });
});

describe("the glossary's reading of a code", () => {
  it('finds no car in "FF" (friendly forces), done by or to: the make in brackets after "VBIED" is the car', () => {
    expect(marked('What car carried the bomb that hit the Dingo on the NFO patrol?')).toBe(
      'silver-grey Toyota Corolla',
    );
  });

  it('finds no vehicle in "FF" beside the word "vehicle" ("the broke down vehicle FF")', () => {
    expect(answerOf('What vehicle was damaged in the SVBIED strike at Kunduz?').answer?.text ?? '').not.toMatch(
      /vehicle FF/,
    );
  });

  it('finds no unit in "IDF" (indirect fire), though WordNet knows the letters as an army', () => {
    expect(marked('Which unit fired the rockets at Hunter Base?')).not.toBe('IDF');
  });
});

describe('a measure asked by its noun ("what speed")', () => {
  it('is in the units "how fast" asks: a distance is no speed', () => {
    expect(answerOf('What speed were the helicopters flying at when the RPG was fired?').answer).toBeNull();
  });

  it('is in a length or weight for "what height/weight", but any number for "what size" (a group holds a count)', () => {
    const measure = (q: string) => [...(readQuestion(q, lexicon()).measure ?? [])];
    expect(measure('What height was the wall?')).toContain('ft');
    expect(measure('What weight was the IED?')).toContain('kg');
    expect(measure('What size was the group seen near Herat?')).toEqual([]);
  });
});

describe('places that are no thing nor people', () => {
  it('finds no vehicle hit in the point a place is said from ("3000M WEST OF WAY POINT J 08")', () => {
    expect(marked('Which vehicle did the RPG hit at the Konduz river ford?') ?? '').not.toMatch(/WAY POINT/);
  });

  it('finds no village in people ("local AFG people")', () => {
    expect(answerOf('Which villages did the Iranian agents set up in Kandahar?').answer).toBeNull();
  });
});

describe('times', () => {
  it('are those of a plan when the question asks of one ("when will …": "On Sunday, 17 Jun 07, he will host")', () => {
    expect(marked('When will the governor host the shura with tribal elders?')).toBe('17 Jun 07');
  });

  it('are not a noun a time says the kind of ("opposed to night ops")', () => {
    expect(marked('When will the governor host the shura with tribal elders?')).not.toMatch(/night/);
  });
});

describe('a number asked by its noun ("what was the headcount")', () => {
  it('is the number said to be it, not a count of others ("1 x UEC transferred")', () => {
    expect(marked('What was the headcount when the detainee with ISN 4228 was transferred?')).toBe('680');
  });
});

describe('a "when" clause that only says when', () => {
  it('is no reason breaking into an act under way ("were in the process of emplacing an IED when they detected…")', () => {
    expect(marked('Why did the enemy leave the bomb parts behind on Route Mule?') ?? '').not.toMatch(/^when/);
  });

  it('is no reason set against a clause by "than" ("more in attendance today than when we addressed…")', () => {
    expect(marked("Why was the owner's son a puzzle in the Laswanday compound?") ?? '').not.toMatch(/^when we/);
  });
});
