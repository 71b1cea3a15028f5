/**
 * Rivals that are no real rivals to a best weighed first, in askers' own words (issue 11, the 5-December batch). Each
 * rule that answers one keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { tellsMovement } from '../src/search/destinations.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"where did X go?": a rival place is one only where a movement moves X', () => {
  const moves = (text: string, moved: string) => tellsMovement(read(text).words, lexicon(), new Set([moved]));

  it('reads what a movement moves as its subject or its object', () => {
    expect(moves('IED has been returned to FOB Zormat.', 'ied')).toBe(true);
    expect(moves('EOD took the IED to FOB Zormat.', 'ied')).toBe(true);
    expect(moves('TF 37 recovery package was enroute to Zormat, came across an IED on E side of road.', 'ied')).toBe(
      false,
    );
  });

  it('answers where the IED went, not rivalled by where it was found', () => {
    expect(marked('where did the ied go after eod pulled it out near zormat')).toBe('FOB Zormat');
  });

  it('answers where the wires led, not rivalled by where the patrol arrived', () => {
    expect(marked('where did the wires from the mortar bomb near the village lead')).toBe('BUSH');
  });

  it('answers by the sentence naming the way the car went, not the place it was in (ties.ts focusFirst)', () => {
    expect(marked('which way did the corolla go after the mg burst')).toBe('northern direction');
  });

  it('keeps a destination answered where the movement moves the one asked', () => {
    expect(marked('Where were the three wounded taken after the mine blast?')).toBe('BAF');
  });
});
