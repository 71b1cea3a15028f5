/**
 * Wrong quotes found by the fifth fresh probe set (probe-i: the War Diary sample's German reports and the article,
 * asked in askers' own words): each rule that removes one keeps a right answer near it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"what kind of N" asks which N', () => {
  it('does not quote what the N acted on: "what kind of cars approached" is no "with high velocity"', () => {
    expect(marked('What kind of cars approached the MP checkpoint?') ?? '').not.toMatch(/velocity/i);
    expect(marked('What kind of car exploded near the Dingo in Kunduz?') ?? '').not.toMatch(/convoy/i);
  });

  it('shows the sentence naming the kind first, and never marks the accident as the vehicle', () => {
    // "a *car accident* with one APC Fuchs": "car" says what kind of accident (kinds.ts kindOfEvent), not which
    // vehicle; with no span naming the vehicle found, the sentence is the first closest passage, not a quote.
    const asked = answerOf("What kind of vehicle rolled over in C-plt's accident?");
    expect(asked.considered[0]!.text).toMatch(/APC Fuchs/);
    expect(asked.answer?.report.id ?? asked.closest[0]!.hit.report.id).toBe('GER-0083');
    expect(marked("What kind of vehicle rolled over in C-plt's accident?") ?? '').not.toMatch(/accident/);
  });
});

describe('a passive question\'s "by X"', () => {
  it('is who did the act: "what was hit by an RPG" is not what the IED hit', () => {
    const { answer } = answerOf('What was hit by an RPG in Khanabad at the same time as the IED attack?');
    expect(answer?.text ?? '').not.toMatch(/IED strike hit/);
  });

  it('still answers what the doer it names did', () => {
    expect(marked('What was hit by the IED on Route Taurus?')).toMatch(/DINGO/);
  });

  it('is read after "by" in the War Diary\'s passive without "was": "1 FOX VEHICLE HIT BY ONE RPG"', () => {
    expect(marked('What was hit by the RPG on LOC Pluto?')).toMatch(/FOX VEHICLE/);
  });
});

describe('the name of a person', () => {
  it('is not an acronym in a sentence written in mixed case: "Language Assistant for DEU OMLT"', () => {
    expect(marked('What was the name of the language assistant who was attacked?') ?? '').not.toMatch(/OMLT/);
  });

  it('is not an acronym the role is said to work for: "the interpreter attacked with knives"', () => {
    expect(marked('What was the name of the interpreter attacked with knives?') ?? '').not.toMatch(/OMLT/);
  });

  it('is still a name beside the role asked', () => {
    expect(marked('What was the name of the militia leader killed by the IED?')).toMatch(/RAHMAN/);
  });
});
