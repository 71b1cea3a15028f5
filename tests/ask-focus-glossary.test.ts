/**
 * A "what/which X" noun the glossary names (issue 11): the focus naming no one, a thing or a place, keeps its low
 * weight though the reports spell it a shorthand ("what *vehicle*", VEH), since its answer names one X by its make; a
 * group's noun ("which company", COY to the army) keeps the glossary's full weight.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a thing asked, which the glossary spells as the reports do ("VEH")', () => {
  it('is answered by the make the report names in brackets', () => {
    expect(marked('What vehicle overturned near Mur Shek?')).toBe('DEU WOLF');
  });

  it('keeps the vehicle named elsewhere by its model', () => {
    expect(marked('Which vehicle did the RPG hit at the Konduz river ford?')).toBe('JAMMER CG-20');
    expect(marked('What vehicle flipped into the river near Kunduz?')).toMatch(/FOX/);
  });
});

describe('a group asked, whose noun the glossary names as an army unit ("COY")', () => {
  it('still declines where no report names the company', () => {
    expect(answerOf('Which company is building the Provincial Attorneys building in Sharana?').answer).toBeNull();
  });
});
