/**
 * "Who is the X?" questions (src/search/role.ts): which role they ask the holder of, and which name a sentence gives
 * that role.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openLexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { describesName, nameAsked, namesRole, roleAsked } from '../src/search/role.ts';

const lexicon = openLexicon();
afterAll(() => lexicon.close());

const role = (question: string) => roleAsked(read(question).words, lexicon)?.text;

describe('the role a question asks the holder of', () => {
  it('is the noun after "who is the", past the words saying which, the tagger\'s adjective included', () => {
    expect(role('Who is the president of Iran?')).toBe('president');
    expect(role('Who is the Iranian president?')).toBe('president');
    expect(role('Who was the police chief of Kunduz?')).toBe('chief');
    expect(role('Who was the officer that brought the wounded man to the PRT?')).toBe('officer');
  });

  it('is none when the question names someone, or its noun is who does what a verb says', () => {
    expect(role('Who is Al Mansour?')).toBeUndefined();
    expect(role('Who were the Iranian agents helping?')).toBeUndefined();
    expect(role('Who was the propaganda aimed at?')).toBeUndefined();
    expect(role('Who killed the governor?')).toBeUndefined();
  });
});

describe('the name a sentence gives a role', () => {
  /** Whether the words from `name` name the role `noun` in `text`. */
  const names = (text: string, name: string, noun: RegExp) => {
    const { words } = read(text);
    const first = words.findIndex((w) => w.text === name.split(' ')[0]);
    const last = words.findIndex((w) => w.text === name.split(' ').at(-1));
    return namesRole(words, first, last, (w) => noun.test(w.text));
  };

  it("follows the role's word, or stands before a comma and a phrase saying it holds the role", () => {
    const trip = 'It was kept quiet because of Iranian president Mahmoud Ahmadinejad’s impending trip.';
    expect(names(trip, 'Mahmoud Ahmadinejad', /^president$/i)).toBe(true);
    const tied = 'The seven Arabs are tied with AL MANSOUR, one of the OSAMA BIN LADEN Deputies.';
    expect(names(tied, 'AL MANSOUR', /^deputies$/i)).toBe(true);
  });

  it('is not a name standing elsewhere in the sentence', () => {
    const mfa =
      'The Ministry of Foreign Affairs (MFA) wants to keep the issue under the radar screen in the lead up to the June ' +
      'visit of the Iranian President to Afghanistan.';
    expect(names(mfa, 'MFA', /^president$/i)).toBe(false);
  });
});

describe('the name a "who is X?" question asks about', () => {
  const name = (question: string) =>
    nameAsked(read(question).words, lexicon)
      ?.map((w) => w.text)
      .join(' ');

  it('is the name after the copula, lower case and an article in front included', () => {
    expect(name('Who is Hekmatyar?')).toBe('Hekmatyar');
    expect(name('Who is Dr Amin?')).toBe('Dr Amin');
    expect(name('Who are the HIG?')).toBe('HIG');
    expect(name('who is al mansour')).toBe('al mansour');
  });

  it('is none for a role, a verb of its own or no name at all', () => {
    expect(name('Who is the Iranian president?')).toBeUndefined();
    expect(name('Who were the Iranian agents helping?')).toBeUndefined();
    expect(name('Who is responsible for the attack?')).toBeUndefined();
    expect(name('Who killed the governor?')).toBeUndefined();
    expect(name('What is SEPAH-E-PASDARAN?')).toBeUndefined();
    expect(name('What size was the group seen near Herat?')).toBeUndefined();
  });

  it('is the place a "where is X?" or "what province is X in?" question names', () => {
    expect(name('Where is Konar?')).toBe('Konar');
    expect(name('What province is Konar in?')).toBe('Konar');
    expect(name('In which province is Konar?')).toBe('Konar');
  });
});

describe('a phrase saying who a name is', () => {
  /** Whether the phrase `phrase` says who `name` is in `text`. */
  const describes = (text: string, name: string, phrase: string) => {
    const { words } = read(text);
    const at = (w: string) => words.findIndex((x) => x.text === w);
    const [n, p] = [name.split(' '), phrase.split(' ')];
    return describesName(words, [at(p[0]!), at(p.at(-1)!)], [at(n[0]!), at(n.at(-1)!)], lexicon);
  };

  it('is a title before it, or a phrase after a comma or the copula', () => {
    const herat = 'The seven Arabs are tied with AL MANSOUR, one of the OSAMA BIN LADEN Deputies.';
    expect(describes(herat, 'AL MANSOUR', 'OSAMA BIN LADEN Deputies')).toBe(true);
    expect(describes('It was Iranian president Mahmoud Ahmadinejad.', 'Mahmoud Ahmadinejad', 'Iranian president')).toBe(
      true,
    );
    expect(describes('Hafizullah is a mid-level commander.', 'Hafizullah', 'commander')).toBe(true);
  });

  it('is not a name elsewhere, nor the subject of a clause after a comma', () => {
    const korea = 'Upon return from North Korea, Dr Amin stayed in Helmand and Hekmatyar went to Konar.';
    expect(describes(korea, 'Hekmatyar', 'Helmand')).toBe(false);
    expect(describes(korea, 'Hekmatyar', 'Konar')).toBe(false);
    const monavar = 'According to Dr. Monavar, Hafizullah attempted to immigrate to Iran.';
    expect(describes(monavar, 'Dr. Monavar', 'Hafizullah')).toBe(false);
  });
});
