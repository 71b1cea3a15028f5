/**
 * A "who told…?" question asks the teller whichever verb of telling the report uses (issue 11): WordNet brings "tell"
 * to "inform" only through tell's second sense, "let something be known", so a report's "X was informed by Y" names
 * who told X only when verbs of telling are read alike at that looser bar (acts.ts TELLING_ALIKE).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"who told X?" answered by the one X was informed by', () => {
  it('marks the one after "informed by", not the unit that reported the telling', () => {
    expect(marked('Who told the JOC about the negligent discharge in Camp Feyzabad?')).toBe('Commander HQ COY');
  });

  it('marks the doctor PRT FEY was informed by, not a word of the clause told', () => {
    expect(marked('Who told PRT FEY about the five soldiers with carbon monoxide poisoning?')).toContain('THE DOCTOR');
  });
});
