/**
 * The War Diary's abbreviations (issue 11): "INF PLT F" is Infantry Platoon F, as "PLT" is a platoon and "COY" a
 * company; "A/C" is an aircraft. A report writing only the abbreviation holds the asker's word.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"INF" read as infantry', () => {
  it('finds "infantry" in the report writing "INF PLT F": its question no longer misses that noun', () => {
    // No longer declined for a missing noun: answered by the count its casualty code says was killed (ask-coded-acts).
    const asked = answerOf('How many German soldiers were killed in the second ambush on Infantry Platoon F?');
    expect(asked.declined).not.toBe('missing-nouns');
    expect(asked.answer?.text).toContain('1 x ISAF (DEU) KIA');
  });

  it('keeps the answer naming "INF PLT K" in its own words', () => {
    expect(marked('What got stuck during the fight on LOC Banana?')).toBe('One vehicle (DINGO) of INF PLT K');
  });
});

describe('"A/C" read as aircraft', () => {
  it('answers who called the aircraft off from the sentence writing "called off A/C"', () => {
    expect(marked('Who called off the aircraft from bombing the cave complex?')).toBe('Tombstone');
  });

  it("still declines the weapon that shot at the aircraft, where the anti-aircraft gun is only the analysts' guess", () => {
    expect(answerOf('what weapon do the analysts think really shot at the MH-47s in Ghazni').answer).toBeNull();
  });
});
