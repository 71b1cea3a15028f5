/**
 * Questions asking what "the troops" or "the soldiers" did, in askers' own words (issue 11): the War Diary writes its
 * own side as FF, friendly forces ("FF reported that they found…"), so a doer WordNet knows as soldiers or a military
 * unit may be them. A doer WordNet knows otherwise ("the police") is not. Nor is the fire the glossary names ("SAF") a
 * thing a "what X" asks.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"what did the troops V?": FF are the troops', () => {
  it('answers by what FF, told of by "they", found', () => {
    expect(marked('What did the troops find in the police headquarters building?')).toBe('3ox 80mm Mortar Rounds');
  });

  it('answers what the soldiers fired, FF firing it', () => {
    expect(
      answerOf('What did the soldiers fire before the rifle shot at the motorcyclist near Chahar Dara?').answer?.report
        .id,
    ).toBe('GER-0113');
  });

  it('still declines what the police found: WordNet knows no police as soldiers', () => {
    expect(answerOf('What did the police find in the police headquarters building?').declined).toBe('names-no-kind');
  });
});

describe('"what X did it?": fire the glossary names is no thing X', () => {
  it('declines "SAF" (small arms fire) for what aircraft attacked, the fire being an event', () => {
    expect(answerOf('What aircraft attacked the German recce squad near Chahar Dara?').declined).toBe('names-no-kind');
  });

  it('keeps a weapon named in brackets for what weapon fired', () => {
    expect(marked('What weapon fired the warning shot at the motorbike?')).toBe('MG 7,62 mm');
  });
});
