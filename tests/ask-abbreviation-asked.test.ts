/**
 * A "which X" question naming X by the War Diary's abbreviation, which WordNet lacks ("which *omlt*", "which *plt*"),
 * asks what the glossary's name for it asks (src/search/abbreviation-asked.ts): an OMLT is a team, a PLT a platoon,
 * groups the reports name ("DEU OMLT", "DEU QRF A PLT").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a "which X" question whose X is an abbreviation', () => {
  it('answers "which omlt" by the OMLT the report names', () => {
    expect(answerOf('which omlt was in the tic near meymaneh').answer?.report.id).toBe('GER-0099');
    expect(marked('which omlt was in the tic near meymaneh')).toBe('DEU OMLT');
  });

  it('answers "which plt" from the report naming the platoon', () => {
    expect(answerOf('which plt was march group red built around').answer?.text).toMatch(/DEU QRF A PLT/);
  });

  it('leaves an abbreviation the glossary lacks as it was read: "which isns" still asks the serials', () => {
    expect(marked('which isns did the two tf 373 guys get when the count hit 722')).toBe('20032');
  });
});
