/**
 * "Who is the X?" questions (src/search/role.ts): which role they ask the holder of, and which name a sentence gives
 * that role.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openLexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { namesRole, roleAsked } from '../src/search/role.ts';

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
