/**
 * The words a right quote marks as the answer (bold in Discord), which people read as THE answer (issue 11): each rule
 * that marks the answer's own words keeps a mark it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('the phrase a verb acts on', () => {
  it('counts no punctuation among its words: "the would-be suicide bombers’ explosive vests" reaches the vests', () => {
    expect(marked('What did the Americans get to inspect?')).toBe('the would-be suicide bombers’ explosive vests');
  });

  it('still ends where its clause does', () => {
    expect(marked('What was the remote-controlled bomb made of?')).toBe('a receiver and a power source');
  });

  it('is marked with what its noun is of: "keep a then recent discovery of Iranian arms quiet"', () => {
    expect(marked('What did the Afghan government want to keep quiet?')).toBe(
      'a then recent discovery of Iranian arms',
    );
  });

  it('is marked with the counted items listed after it, a plural the tagger reads as a verb kept a noun', () => {
    expect(marked('What was the command wire bomb that hit the police near FB MF built from?')).toBe(
      'three battery packs, one cassette player and approximately 300 meters of wire',
    );
  });

  it('is marked as it was with no "of" nor a list after it', () => {
    expect(marked('What did the man in Qisilabad want for the rockets?')).toBe('timber');
    expect(marked('What did the Americans get to inspect?')).toBe('the would-be suicide bombers’ explosive vests');
  });
});

describe('a measure written with its unit marked ("18"" for 18 inches)', () => {
  it('is the measure asked, with its dimension: "how big was the blast crater?"', () => {
    expect(marked('How big was the blast crater?')).toBe('approx 18" in dia x 12"');
  });

  it('leaves measures written in words of their units as they were', () => {
    expect(marked('How far from the Kamdesh PRT did the rocket hit?')).toBe('approx. 500 meters');
    expect(marked('How many mortar shells did the bomb squad clear at the Feyzabad police headquarters?')).toBe(
      '48x 76mm Mortar Shells',
    );
  });
});

describe('a count of the dead the question asks of', () => {
  it('is the count of whom it names, past the word for their death: "how many kids died" is "5 killed LN (children)"', () => {
    expect(marked('how many kids died in the suicide car bomb attack on the German patrol from Kunduz?')).toBe('5');
  });

  it('leaves a sentence counting only the dead its counts', () => {
    expect(marked('How many Afghan soldiers were hurt when their patrol hit an IED near FOB Sweeney?')).toBe(
      '4x ANA WIA',
    );
    expect(marked('How many villagers died in the attack at Shingar?')).toBe('four');
  });
});

describe('a noun saying only what kind of person a "which" question asks of', () => {
  it('gives the mark to the name beside it: "SAID RAHMAN THE REGIONAL ARABAKI MILITIA LEADER"', () => {
    expect(marked('which arbaki militia commander was killed by a roadside bomb near Kunduz?')).toBe('RAHMAN');
    expect(marked('which militia leader was killed in the attack near Kunduz?')).toBe('RAHMAN');
  });

  it('leaves a phrase headed by a name marked', () => {
    expect(marked('Which al Qaeda figure are the Herat Arabs connected with?')).toBe('MANSOUR');
  });
});
