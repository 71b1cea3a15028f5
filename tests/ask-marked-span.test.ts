/**
 * The words a right quote marks as its answer (issue 11): the phrase answering the question's wh-word and act, whole.
 * Each rule that marks more keeps a neighbouring mark as it was.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a count of a thing acted on, marked on to the noun it counts (kinds.ts countedThing)', () => {
  it('runs over a verb the tagger misread in the capitals, and its particle: "1X *PICK UP* TRUCK"', () => {
    expect(marked('What did the QRF destroy near Nawabad?')).toBe('1X PICK UP TRUCK');
  });

  it('runs over an abbreviation read as a pronoun and a noun read as a verb: "120mm *HE mortar* rounds"', () => {
    expect(marked('What did FOB Orgun-E fire at the launch site?')).toBe('7 x 120mm HE mortar rounds');
  });

  it('runs what a noun is of over names a slash sets as either of two: "HMG/ AAA tracers" (nounsFrom)', () => {
    expect(marked('What did the pilots see pass in front of the aircraft?')).toBe(
      'a stream of large-caliber HMG/ AAA tracers',
    );
  });

  it('keeps a count already marked with its noun as it was', () => {
    expect(marked('What did the soldiers fire before the rifle shot at the motorcyclist near Chahar Dara?')).toBe(
      '1 x warning shot (G36-rifle',
    );
  });
});

describe('letters spelled out in brackets after them, marked with them (kinds.ts spelledAfter)', () => {
  it('marks the unit and its spelling: "LMT 2 (Liaison Monitoring Team)", "QRU (Quick Reaction Unit)"', () => {
    expect(marked('Who was B platoon protecting when they hit the bomb?')).toBe('LMT 2 (Liaison Monitoring Team)');
    expect(marked('Who did the PRT MES send to FOB Hawk?')).toBe('QRU (Quick Reaction Unit)');
  });

  it('keeps a bracket that spells nothing out of the mark: "(JAMMER CG-20)"', () => {
    expect(marked('Which vehicle did the RPG hit during the IED sweep on LOC Pluto?')).toBe('JAMMER CG-20');
  });
});

describe('a name a unit is of, and a thing counted, marked whole (kinds.ts namedOfWhose, countedWhole)', () => {
  it('marks a unit of whom, its name read as a group\'s: "“Intelligence” unit of SEPAH-E-PASDARAN"', () => {
    expect(marked('Which unit of the Iranian military do the four Iranians in Herat belong to?')).toBe(
      '“Intelligence” unit of SEPAH-E-PASDARAN',
    );
  });

  it('marks a thing from its count and on over the next of its list: "ONE TON TRUCK AND ONE 5 TON TRUCK"', () => {
    expect(marked('What recovery vehicles left with TU TEZ?')).toBe('ONE TON TRUCK AND ONE 5 TON TRUCK');
  });

  it('keeps a group named without "of" as it was: "The seven Arabs"', () => {
    expect(marked('Who is tied to AL MANSOUR?')).toBe('The seven Arabs');
  });
});

describe('the name beside a role asked (kinds.ts nameBeside)', () => {
  it('past a participle after the comma: "Qari Nejat, known mid-level Taliban commander"', () => {
    expect(marked('Which commander sent messages to Governor Murad?')).toBe('Qari Nejat');
  });

  it('past what the role is of: "AFG member of parliament FAHIMA SADAT"', () => {
    expect(marked('Which member of parliament was in the black SUV?')).toBe('FAHIMA SADAT');
  });
});

describe('a place on over a compound WordNet knows, a distance on over its point (kinds.ts)', () => {
  it('marks the range, not the PRT: "PRT FEY SHOOTING RANGE" (compoundAfter)', () => {
    expect(marked('Where was the UXO found in Feyzabad?')).toBe('PRT FEY SHOOTING RANGE');
  });

  it('keeps a place with no compound after it: "PRT KDZ MTF"', () => {
    expect(marked('Where were casualties evacuated to?')).toBe('PRT KDZ MTF');
  });

  it('marks how far from where: "approx. 6km from FOB Naray" (distanceFrom)', () => {
    expect(marked('How far from FOB Naray were the local nationals attacked?')).toBe('approx. 6km from FOB Naray');
  });

  it('keeps a distance with no "from" after it: "12KM South"', () => {
    expect(marked('How far from PB Wilson did the truck hit an IED?')).toBe('12KM South');
  });
});

describe('the phrase a sentence singles out, when the question asks so (kinds.ts singledOut)', () => {
  it('marks what follows "especially" for "mainly": "American forces"', () => {
    expect(marked('Who were the Iranian agents mainly helping attacks against?')).toBe('American forces');
  });

  it('keeps the phrase found when the question singles nothing out', () => {
    expect(marked('Who were the Iranian agents helping attacks against?')).toBe('AFG');
  });
});
