/**
 * Who did it, and to whom (src/search/acts.ts): the role a "who" or "where" question asks of its verb, and which
 * phrases of a sentence saying that verb stand in the role.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { actNouns } from '../src/search/act-nouns.ts';
import { actAsked, inRoleAsked } from '../src/search/acts.ts';
import { kindSpans } from '../src/search/kinds.ts';
import { openLexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { readQuestion } from '../src/search/question.ts';

const lexicon = openLexicon();
afterAll(() => lexicon.close());

const role = (question: string) => actAsked(read(question).words, lexicon)?.role;

/** The phrases of `text` that can answer `question`, as text; `own` the words the question holds. */
const answering = (question: string, text: string, own: (w: { text: string }) => boolean = () => false) => {
  const asked = readQuestion(question, lexicon);
  const spans = kindSpans(text, asked, lexicon, own);
  const act = actAsked(asked.reading.words, lexicon);
  return inRoleAsked(text, spans, act, lexicon, own).map((s) => text.slice(s.start, s.end));
};

describe('the role a question asks of its verb', () => {
  it('is the doer for "who VERBed X?", "who was X VERBed by?", and a verb the tagger read as a noun', () => {
    expect(role('Who attacked the police post?')).toBe('doer');
    expect(role('Who shot the NDS employee?')).toBe('doer');
    expect(role('Who was the language assistant attacked by?')).toBe('doer');
    expect(role('Who is looking into the killings?')).toBe('doer');
  });

  it('is the one it was done to for "whom did X VERB?", "who was VERBed?", "who were they VERBing?"', () => {
    expect(role('Whom did the insurgents shoot?')).toBe('undergoer');
    expect(role('Who was shot?')).toBe('undergoer');
    expect(role('Who got hurt when the soldiers fired?')).toBe('undergoer');
    expect(role('Who were the Iranian agents helping to carry out attacks?')).toBe('undergoer');
  });

  it('reads a verb the tagger takes for a noun before the question\'s preposition: "did TF 373 *capture* near…"', () => {
    expect(role('Who did TF 373 capture near Jalalabad?')).toBe('undergoer');
    expect(role('Who is the commander of the TB?')).toBeUndefined();
  });

  it('is where the act was done for "where was X VERBed?", the verb past what describes X', () => {
    expect(role('Where was the NDS employee shot?')).toBe('place');
    expect(role('Where was the cyclist that the patrol hit taken?')).toBe('place');
  });

  it('is none for a role named by a noun, a preposition asked after, a light verb, or a relative clause', () => {
    expect(role('Who is the president of Iran?')).toBeUndefined();
    expect(role('Who was the man linked to?')).toBeUndefined();
    expect(role('Where did the explosives come from?')).toBeUndefined();
    expect(role('Who gave the bombers their orders?')).toBeUndefined();
    expect(role('What was the name of the man who was shot?')).toBeUndefined();
  });
});

describe('the phrases of a sentence saying the act', () => {
  it('are marked as standing in the role asked, where a sentence not saying the act keeps its phrases unmarked', () => {
    const marked = (question: string, text: string) => {
      const asked = readQuestion(question, lexicon);
      const spans = kindSpans(text, asked, lexicon, () => false);
      const act = actAsked(asked.reading.words, lexicon);
      return inRoleAsked(text, spans, act, lexicon, () => false).map((s) => [text.slice(s.start, s.end), !!s.inRole]);
    };
    const byGunmen = marked('Who attacked the police?', 'The police were attacked by two gunmen.');
    expect(byGunmen.find(([text]) => String(text).includes('gunmen'))?.[1]).toBe(true);
    // The death of 1 child, 1 woman: who died, said as the act's noun.
    expect(
      marked('Who died in the raid?', 'The raid resulted in the death of 1 child, 1 woman, 5 males.'),
    ).toContainEqual(['1 child, 1 woman, 5 males', true]);
    // Saying no attack, the sentence may name the attacker in words of its own: its name stands, but not surely.
    const unsaid = marked('Who attacked the police?', 'Mullah Naqib met the police near the bazaar.');
    expect(unsaid).toContainEqual(['Mullah Naqib', false]);
    // Saying it only as done ("the wounded soldier"), it names no one who did it.
    const done = marked('Who wounded the soldier?', 'Mullah Naqib brought the wounded soldier to the hospital.');
    expect(done.map(([text]) => text)).not.toContain('Mullah Naqib');
    // The killing of 1 child, the death of 1 child: who was killed, the one who died (WordNet: kill causes die).
    expect(marked('Who was killed in the raid?', 'The raid resulted in the death of 1 child, 1 woman.')).toContainEqual(
      ['1 child, 1 woman', true],
    );
  });

  it('are its subject for the doer of an active verb, not the one it was done to', () => {
    const found = answering('Who attacked the police?', 'Mullah Naqib attacked Abdul Karim near the bazaar.');
    expect(found).toContain('Mullah Naqib');
    expect(found).not.toContain('Abdul Karim');
  });

  it('are the phrase after "by" for the doer of a passive one, named by a noun WordNet files under people', () => {
    const found = answering(
      'Who attacked the driver?',
      'The driver Abdul Karim was attacked by three gunmen at night.',
    );
    expect(found).toContain('gunmen');
    expect(found).not.toContain('Abdul Karim');
    // WordNet files "person" among its top nouns, no kind the question asks: its role says who it is.
    expect(answering('Who attacked the driver?', 'The LN driver was attacked by 3x persons with knives.')).toEqual([
      '3x persons',
    ]);
  });

  it('are the object of an active verb for "whom did X VERB?"', () => {
    const found = answering('Whom did the Taliban attack?', 'Mullah Naqib attacked Abdul Karim near the bazaar.');
    expect(found).toContain('Abdul Karim');
    expect(found).not.toContain('Mullah Naqib');
  });

  it('are where the act was done, not where someone was taken afterwards', () => {
    const found = answering(
      'Where was the driver shot?',
      'The driver was shot in Kandahar and taken to a hospital in Kabul.',
    );
    expect(found).toContain('Kandahar');
    expect(found).not.toContain('Kabul');
  });

  it('are all its phrases but the one the act is done to when a pronoun stands in the role', () => {
    // The sentence before names who "they" are; HIG is helped, not helping.
    expect(answering('Who is helping the Taliban?', 'Also they are helping HIG and TB members.')).not.toContain('HIG');
    expect(answering('Who is helping the Taliban?', 'Mullah Naqib said they are helping HIG.')).toContain(
      'Mullah Naqib',
    );
  });

  it('are its names doing something when the sentence does not say the act: it may tell it in words of its own', () => {
    // Who met someone may have attacked, in the asker's words; the one met is no doer.
    const found = answering('Who attacked the police?', 'Mullah Naqib met Abdul Karim near the bazaar.');
    expect(found).toContain('Mullah Naqib');
    expect(found).not.toContain('Abdul Karim');
  });

  it('are not, for who did it, a name another verb acts on, nor one a preposition after it takes', () => {
    expect(answering('Who organized the transports?', 'DEU QRF requested RTF including MEPT.')).not.toContain('MEPT');
    expect(answering('Who found the RCIED?', 'TF31 approached the point and reverted to TTPs.')).not.toContain('TTPs');
  });

  it('read a word joined by hyphens as one: "inspect the would-be suicide bombers’ vests" acts on the bombers', () => {
    const found = answering('Who tested the C4?', 'The Americans inspected the would-be Taliban bombers’ vests.');
    expect(found).toContain('Americans');
    expect(found.join(' ')).not.toMatch(/Taliban/);
  });

  it('are the subject of the verb a gerund after "by" says the means of', () => {
    const found = answering(
      'Who organized the transports?',
      'Separately, Iranians have reportedly provided support on the ground by organizing transports for injured people.',
    );
    expect(found).toContain('Iranians');
  });
});

describe("the nouns saying a verb's act (act-nouns.ts)", () => {
  it('are its derived forms naming an act or event, "of" the subject of a verb taking no object', () => {
    expect(actNouns('die', lexicon)).toEqual({ nouns: new Set(['death']), of: 'doer' });
    expect(actNouns('arrest', lexicon)).toEqual({ nouns: new Set(['arrest']), of: 'undergoer' });
    // "Killer" is the doer, not the act.
    expect(actNouns('kill', lexicon)?.nouns).not.toContain('killer');
  });
});

describe('the phrases of a sentence saying the act as a noun', () => {
  it('are those after "of" for who died: WordNet derives "death" from "die", which takes no object', () => {
    const text = 'A TF 373 operation on Objective Wolf resulted in the death of 1 child, 1 woman, 5 males.';
    expect(answering('Who died in the raid on Objective Wolf?', text)).toEqual(['1 child, 1 woman, 5 males']);
  });

  it('are those after "of" for who was arrested, and after "by" for who arrested them', () => {
    const text = 'Ahmad Shah reported the arrest of two suspects by the police in Kandahar.';
    expect(answering('Who was arrested in Kandahar?', text)).toEqual(['two suspects']);
    expect(answering('Who arrested the suspects in Kandahar?', text)).toEqual(['the police']);
    expect(answering('Who attacked the convoy?', 'The convoy reported an attack by three gunmen.')).toEqual([
      'three gunmen',
    ]);
  });

  it('are none when the phrase after "of" is the question\'s own words, or the noun is no act of its verb', () => {
    const text = 'Ahmad Shah reported the arrest of two suspects in Kandahar.';
    const own = (w: { text: string }) => ['two', 'suspects'].includes(w.text);
    expect(answering('Who was arrested in Kandahar?', text, own)).toEqual([]);
    // "Release" is a form of "pass", a synonym of "die", not of "die" itself: the sentence does not say the act.
    expect(answering('Who died in Kandahar?', 'Ahmad Shah reported the release of two suspects.')).toContain(
      'Ahmad Shah',
    );
  });
});
