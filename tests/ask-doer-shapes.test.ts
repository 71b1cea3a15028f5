/**
 * "Who" questions whose doer stands in a clause shape the role check did not read (issue 11): the subject of a
 * passive verb of telling before "to V" is V's doer, the one "from" names before a participle did its act, and a
 * bracketed aside between a subject and its verb leaves it the subject. Each rule keeps a role it must not give.
 */
import { describe, expect, it } from 'vitest';
import { roleTo } from '../src/search/acts.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

/** The role the word `phrase` stands in to the word `verb` of `text`. */
const roleIn = (text: string, verb: string, phrase: string) => {
  const { words } = read(text);
  const [v, p] = [words.findIndex((w) => w.text === verb), words.findIndex((w) => w.text === phrase)];
  return roleTo(words, v, p, p, lexicon());
};

describe('the subject of a passive verb of telling + "to V" is the doer of V', () => {
  it('reads "TU TEZ was warned to leave … to escort" as TU TEZ escorting', () => {
    expect(roleIn('The QRF was ordered to escort the convoy.', 'escort', 'QRF')).toBe('doer');
    expect(marked('Who escorted the recovery vehicles to the safe house in Baharak?')).toBe('TU TEZ');
  });

  it('not for a verb of no telling ("attacked to delay"), nor the telling itself', () => {
    expect(roleIn('The patrol was attacked to delay the convoy.', 'delay', 'patrol')).toBeUndefined();
    expect(roleIn('The QRF was ordered to escort the convoy.', 'ordered', 'QRF')).toBe('undergoer');
    expect(answerOf('Who warned TU TEZ?').declined).toBeDefined();
  });
});

describe('"N from X" before a participle: X did its act', () => {
  it('reads "messages from Qari Nejat, known …, threatening the governor" as Qari Nejat threatening', () => {
    expect(marked('Who threatened Governor Murad?')).toBe('Qari Nejat');
  });

  it('not a participle after a clause\'s object ("attacked the patrol, wounding"), nor the one threatened', () => {
    expect(roleIn('INS attacked the patrol, wounding two soldiers.', 'wounding', 'patrol')).toBeUndefined();
    expect(marked('Who received messages threatening the governor?')).toBe('Murad');
  });
});

describe('a bracketed aside between a subject and its verb', () => {
  it('reads "Tefhan (the former Deputy Chief of Police under Wazil) would serve" as Tefhan serving', () => {
    expect(roleIn('Tefhan (the former deputy) would serve as chief.', 'serve', 'Tefhan')).toBe('doer');
    expect(marked("Who will serve as Gomal's police chief?")).toBe('Tefhan');
  });

  it('not a name inside the aside', () => {
    expect(roleIn('Tefhan (the former deputy under Wazil) would serve as chief.', 'serve', 'Wazil')).toBeUndefined();
  });
});
