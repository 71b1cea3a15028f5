/**
 * A passive participle the tagger reads as an adjective after its "be" ("JOC was *informed* by Commander HQ COY") still
 * tells the act a "who" question asks (issue 11): its doer stands after "by", and the phrase opening the sentence
 * ("PRT FEY reported that…") is someone else (acts.ts actingLemma).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a passive participle read as an adjective tells the act', () => {
  it('answers by the doer after "by" of "was informed"', () => {
    expect(marked('Who told the JOC about the negligent discharge in Camp Feyzabad?')).toBe('Commander HQ COY');
  });

  it('does not mark the unit named in the clause after "informed by the doctor"', () => {
    expect(marked('Who told PRT FEY about the five soldiers with carbon monoxide poisoning?')).not.toBe('OMLT PRT FEY');
  });
});
