/** When a sentence states what a yes/no question asks (stated.ts): in its own words, and of the same subject. */
import { afterAll, describe, expect, it } from 'vitest';
import { openLexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { statesQuestion } from '../src/search/stated.ts';

const lexicon = openLexicon();
afterAll(() => lexicon.close());

/** A word of the question, how fully the sentence holds it, its role, and how fully the sentence's own words do. */
type Unit = [word: string, held: number, role: number, said?: number];

/**
 * Whether `text` states `asked`, each of the question's words listed held as given (1 said in the sentence, 0.4 told
 * only by its report) in the role given (1 a noun or a name, 0.7 a verb that carries meaning, 0.25 a light verb).
 */
function states(asked: string, text: string, units: Unit[]): boolean {
  const question = readQuestion(asked, lexicon);
  const word = (w: string) => question.reading.words.find((x) => x.text === w);
  return statesQuestion(
    question,
    {
      text,
      held: units.map((u) => u[1]),
      said: units.map((u) => u[3] ?? u[1]),
      roles: units.map((u) => u[2]),
      asked: units.map((u) => word(u[0])),
    },
    lexicon,
  );
}

describe('a yes/no question said in the sentence’s own words', () => {
  const working = 'Is Iranian intelligence working with al Qaeda?';
  it('is stated by a verb WordNet files under the question’s: to cooperate is to work', () => {
    const units: [string, number, number][] = [
      ['Iranian', 1, 1],
      ['intelligence', 1, 1],
      ['working', 0.42, 0.7],
      ['Qaeda', 1, 1],
    ];
    expect(states(working, 'Then Iranian intelligence is cooperating with al Qaeda.', units)).toBe(true);
    expect(states(working, 'Then Iranian intelligence is fighting with al Qaeda.', units)).toBe(false);
  });
});

describe('the subject of a yes/no question', () => {
  const deal = 'Did the weapons deal go through?';
  const units = (weapons: number): [string, number, number][] => [
    ['weapons', weapons, 1],
    ['deal', 1, 1],
    ['go', 0.4, 0.25],
  ];

  it('may be named by its head noun alone when the sentence makes that its own subject, the report saying which', () => {
    expect(states(deal, 'The deal was closed for an undetermined amount of money.', units(0.4))).toBe(true);
  });

  it('is not stated by a sentence naming it only after a preposition, or whose report says nothing of which', () => {
    expect(states(deal, 'Hekmatyar went to Konar after the deal.', units(0.4))).toBe(false);
    expect(states(deal, 'The deal was closed for an undetermined amount of money.', units(0))).toBe(false);
  });

  it('may be said which by phrases after its head, which the report may tell: "the medevac for the ANP in Kamdesh"', () => {
    const medevac = 'Was the medevac for the ANP in Kamdesh approved?';
    const units = (kamdesh: number): [string, number, number][] => [
      ['medevac', 1, 1],
      ['ANP', 0.4, 1],
      ['Kamdesh', kamdesh, 1],
      ['approved', 1, 0.7],
    ];
    // The War Diary names the medevac by its number before the verb.
    expect(states(medevac, 'MEDEVAC 08-31B approved.', units(0.9))).toBe(true);
    expect(states(medevac, 'MEDEVAC 08-31B approved.', units(0))).toBe(false);
    expect(states(medevac, 'TF Titan approved the second MEDEVAC.', units(0.9))).toBe(false);
  });

  it('is read past a verb the tagger takes for a noun: "did the weapons deal collapse" is about the deal', () => {
    const collapse: [string, number, number][] = [...units(0.4).slice(0, 2), ['collapse', 0, 0.7]];
    expect(states('Did the weapons deal collapse?', 'The deal was closed.', collapse)).toBe(false);
    const closed: [string, number, number][] = [...units(0.4).slice(0, 2), ['close', 1, 0.7]];
    expect(states('Did the weapons deal close?', 'The deal was closed.', closed)).toBe(true);
  });
});

describe('what a sentence states of a yes/no question', () => {
  const deal = 'Did the weapons deal go through?';

  it('is what its own words say, not what the sentences around it say', () => {
    // A prisoner "TRADE" says a deal; the weapons are said only in the sentences after it ("ARM TO DEFEND").
    const trade = 'THE ELDERS WERE ASKED BY THE TALIBAN TO A TRADE BETWEEN THE U.S. AND TALIBAN.';
    const around: Unit[] = [
      ['weapons', 0.56, 1, 0],
      ['deal', 0.7, 1],
      ['go', 0.8, 0.25],
    ];
    expect(states(deal, trade, around)).toBe(false);
  });

  it('still counts a word the sentence says itself, and the subject it names told which by its report', () => {
    const own: Unit[] = [
      ['weapons', 1, 1],
      ['deal', 1, 1],
      ['go', 0.4, 0.25],
    ];
    expect(states(deal, 'The weapons deal was closed.', own)).toBe(true);
    const told: Unit[] = [['weapons', 0.4, 1, 0], ...own.slice(1)];
    expect(states(deal, 'The deal was closed for an undetermined amount of money.', told)).toBe(true);
  });
});

describe('whether someone said anything about a matter', () => {
  const asked = 'Have US military officials said anything about Iranian weapons showing up in Afghanistan?';
  // The matter's nouns as the sentences around hold them (0.4 of said; "arms" for weapons 0.7 of that).
  const units = (afghanistan: number): Unit[] => [
    ['military', 1, 1],
    ['officials', 1, 1],
    ['said', 1, 0.25],
    ['Iranian', 0.4, 1, 0],
    ['weapons', 0.28, 1, 0],
    ['showing', 0, 0.7],
    ['Afghanistan', afghanistan, 1, 0],
  ];

  it('is stated by a verb of saying that points back ("said so") to the sentences holding the matter', () => {
    expect(states(asked, 'American military officials have repeatedly said so.', units(0.4))).toBe(true);
  });

  it('is not stated when the sentences around miss the matter, or the sentence says nothing of it', () => {
    expect(states(asked, 'American military officials have repeatedly said so.', units(0))).toBe(false);
    expect(states(asked, 'American military officials have repeatedly said nothing.', units(0.4))).toBe(false);
    expect(states(asked, 'American military officials have repeatedly been there.', units(0.4))).toBe(false);
  });
});

describe('a yes/no question asking whether two are connected', () => {
  const asked = 'Were the Revolutionary Guards involved with the Arabs spotted in Herat?';
  const units = (arabs: number, herat: number): Unit[] => [
    ['Guards', 1, 1],
    ['involved', 0, 0.8],
    ['Arabs', arabs, 1, arabs >= 1 ? 1 : 0],
    ['spotted', 0, 0.7],
    ['Herat', herat, 1, 0],
  ];

  it('is stated by any verb relating them; the clause saying which Arabs is left to the report', () => {
    expect(states(asked, 'The Revolutionary Guards are supporting the Arabs.', units(1, 0.4))).toBe(true);
    expect(states(asked, 'The Revolutionary Guards are supporting the Arabs.', units(1, 0))).toBe(false);
    expect(states(asked, 'The Revolutionary Guards and the Arabs.', units(1, 0.4))).toBe(false);
  });

  it('names the people its report names by the group they make, not by any other noun', () => {
    expect(states(asked, 'The Revolutionary Guards are supporting [the group].', units(0.4, 0.4))).toBe(true);
    expect(states(asked, 'The Revolutionary Guards are supporting the police.', units(0.4, 0.4))).toBe(false);
  });

  it('is not what a predicate WordNet connects nothing by asks: "fighting" needs a verb saying it', () => {
    const fighting: Unit[] = [
      ['Guards', 1, 1],
      ['fighting', 0.6, 0.7],
      ['Arabs', 1, 1],
    ];
    const fight = 'Were the Revolutionary Guards fighting the Arabs?';
    expect(states(fight, 'The Revolutionary Guards coordinated the actions of the Arabs.', fighting)).toBe(false);
    expect(states(fight, 'The Revolutionary Guards battled the Arabs.', fighting)).toBe(true);
  });
});
