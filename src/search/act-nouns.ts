/**
 * An act said as a noun: reports write "…resulted in the *death of* 1 child", "the *arrest of* two suspects", where a
 * question asks with the verb ("who died?", "who was arrested?"). WordNet relates the noun to the verb as its derived
 * form ("+": die → death, arrest → arrest, kill → killing); the verb's frames say whether it takes an object, and so
 * whose the phrase after "of" is: the subject of a verb taking none (the one who died), else its object (the one
 * arrested), the doer then standing after "by".
 */
import { SENSE_DECAY, verbsAbove, type Lexicon, type Synset } from './lexicon.ts';
import type { Word } from './nlp.ts';

/** The nouns saying a verb's act, and the role, in the verb's own clause, of the phrase after their "of". */
export interface ActNouns {
  nouns: Set<string>;
  /** "doer" when the verb takes no object ("the death *of* X": X died), else "undergoer" ("the arrest *of* X"). */
  of: 'doer' | 'undergoer';
}

/** WordNet's sentence frames with an object: "Somebody ----s something", "… somebody", "… somebody PP"… */
export const OBJECT_FRAMES = new Set([8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31]);
/** WordNet's files of nouns naming an act or an event: "arrest", "death"; not its doer ("killer") nor a state. */
const ACTS = new Set(['noun.act', 'noun.event']);

/** Prepositions after a noun of an act naming the one it is aimed at: "attacks *against* ISAF", "an attack *on* it". */
const AIMED_AT = new Set(['against', 'on', 'upon']);
/**
 * Verbs saying only that an act was done, the noun naming the act their subject: "an RPG attack *was carried out* on
 * an ANP District HQ" tells what was attacked as "an RPG attack on" it would.
 */
const DOING = new Set(['carry_out', 'conduct', 'launch', 'perform', 'execute', 'initiate', 'mount', 'stage']);

/**
 * Where the preposition naming what the act said by the noun at `i` was aimed at stands: right after the noun ("an
 * attack *on* the post"), or past a passive verb saying only that it was done ("an attack was carried out *on* an ANP
 * District HQ"; not "an attack was reported *on* 12 May", whose verb tells of the report). None when neither follows.
 */
export function aimedAt(words: Word[], i: number): number | undefined {
  if (AIMED_AT.has(words[i + 1]?.lemma ?? '')) return i + 1;
  let k = i + 1;
  while (words[k]?.pos === 'AUX') k++;
  if (k === i + 1 || words[k]?.pos !== 'VERB') return undefined;
  if (DOING.has(`${words[k]!.lemma}_${words[k + 1]?.lemma}`)) k++;
  else if (!DOING.has(words[k]!.lemma)) return undefined;
  return AIMED_AT.has(words[k + 1]?.lemma ?? '') ? k + 1 : undefined;
}

/** Whether WordNet files a noun's commonest sense as an act or an event: "raid", "attack", "explosion". */
export const namesAct = (noun: string, lexicon: Lexicon): boolean => ACTS.has(lexicon.filedUnder(noun, 'noun') ?? '');

/**
 * The nouns WordNet derives from the verb itself (not from a synonym in its synset: "pass", a synonym of "die", gives
 * "release"), in its commonest senses, that name an act or an event; none when the verb has none.
 */
export function actNouns(verb: string, lexicon: Lexicon): ActNouns | undefined {
  const nouns = derivedActs(verb, lexicon, false);
  if (!nouns.size) return undefined;
  const senses = lexicon.senses(verb, 'verb');
  return { nouns, of: senses[0]!.frames.some((f) => OBJECT_FRAMES.has(f)) ? 'undergoer' : 'doer' };
}

/**
 * The nouns of the acts a verb's commonest senses cause that take no object, whose "of" names the one the verb was
 * done to: WordNet says to kill causes to die, so "who was killed?" is answered by "the *death of* 1 child, 1 woman"
 * as by "the killing of" (the one killed is the one who died).
 */
export function causedActNouns(verb: string, lexicon: Lexicon): Set<string> {
  const nouns = new Set<string>();
  for (const s of lexicon.senses(verb, 'verb').slice(0, SENSE_DECAY.length))
    for (const p of s.pointers) {
      if (p.symbol !== '>') continue;
      for (const caused of lexicon.synset('verb', p.offset).words) {
        const said = actNouns(caused, lexicon);
        if (said?.of === 'doer') for (const n of said.nouns) nouns.add(n);
      }
    }
  return nouns;
}

/**
 * The nouns naming an act or an event that WordNet derives from a verb's commonest senses: from the verb itself, or,
 * with `synonyms`, from any word of those senses ("discovery", of "discover", for "find"; "death" for "die").
 */
export function derivedActs(verb: string, lexicon: Lexicon, synonyms: boolean): Set<string> {
  const nouns = new Set<string>();
  for (const { synset, to } of actSynsets(verb, lexicon, synonyms))
    for (const [k, w] of synset.words.entries()) if (to === 0 || to === k + 1) nouns.add(w);
  return nouns;
}

/** The noun synsets of acts or events derivedActs reads, each with the word the derivation points to (0: all). */
function actSynsets(verb: string, lexicon: Lexicon, synonyms: boolean): { synset: Synset; to: number }[] {
  const senses = lexicon.senses(verb, 'verb').slice(0, SENSE_DECAY.length);
  return senses.flatMap((s) => {
    const at = s.words.indexOf(verb) + 1;
    return s.pointers.flatMap((p) => {
      if (p.symbol !== '+' || p.wordClass !== 'noun' || (!synonyms && p.from !== 0 && p.from !== at)) return [];
      const synset = lexicon.synset('noun', p.offset);
      return ACTS.has(synset.lexname) ? [{ synset, to: p.to }] : [];
    });
  });
}

/** WordNet's files of the nouns naming who or what does an act: a person ("initiator"), a device ("detonator"). */
const DOERS = new Set(['noun.person', 'noun.artifact']);
/** English's suffix of a noun naming the doer of a verb's act: initiate → initiat*or*, kill → kill*er*. */
const DOER_SUFFIX = /(?:er|or)$/;

/**
 * The nouns naming the doer of a verb's act, which WordNet derives from its commonest senses or from the verbs above
 * them: a report names what set off an IED by the noun of the act's doer ("camera flash *initiator*": set off is to
 * trigger, a way to initiate, whose doer is an initiator). Only nouns of English's doer suffix, filed as a person or a
 * device, and other than the verb's own word ("trigger" the noun is the act's means, not always its doer).
 */
export function doerNouns(verb: string, lexicon: Lexicon): Set<string> {
  const nouns = new Set<string>();
  for (const s of lexicon.senses(verb, 'verb').slice(0, SENSE_DECAY.length)) {
    for (const synset of [s, ...verbsAbove(s, lexicon)])
      for (const p of synset.pointers) {
        if (p.symbol !== '+' || p.wordClass !== 'noun') continue;
        const noun = lexicon.synset('noun', p.offset);
        const word = noun.words[p.to - 1];
        if (word && DOERS.has(noun.lexname) && DOER_SUFFIX.test(word) && word !== verb) nouns.add(word);
      }
  }
  return nouns;
}

/** How many steps up WordNet's tree from a person noun's own verb the asked verb may stand: gun → shoot → fire. */
const DOER_STEPS = 2;

/**
 * Whether a noun names a person only as the doer of a verb's act: WordNet derives its commonest sense, filed as a
 * person, from a verb that is one of the verb's commonest senses or a way of it a step or two down ("gunman" from
 * "gun", a way to shoot, a way to fire). The asker's "the *gunman* who fired on Sperwan Ghar Base" names him by the act
 * the question says anyway; the War Diary writes the one who did it as "1x person", "INS", "pax".
 */
export function namesDoerOf(noun: string, verb: string, lexicon: Lexicon): boolean {
  const first = lexicon.senses(noun, 'noun')[0];
  if (first?.lexname !== 'noun.person') return false;
  const asked = new Set(
    lexicon
      .senses(verb, 'verb')
      .slice(0, SENSE_DECAY.length)
      .map((s) => s.offset),
  );
  let level = first.pointers
    .filter((p) => p.symbol === '+' && p.wordClass === 'verb')
    .map((p) => lexicon.synset('verb', p.offset));
  for (let step = 0; step <= DOER_STEPS && level.length; step++) {
    if (level.some((s) => asked.has(s.offset))) return true;
    level = level.flatMap((s) => verbsAbove(s, lexicon));
  }
  return false;
}

/**
 * Whether the act a verb's commonest senses name as a noun is named by another word too, as a noun: "apprehending" is
 * an "apprehension, arrest, *catch*, collar", so it says who caught two Taliban, though to catch so is only the fifth
 * sense of "catch". The report's verb picks the sense.
 */
export const actNamedBy = (verb: string, word: string, lexicon: Lexicon): boolean =>
  verb !== word && actSynsets(verb, lexicon, false).some(({ synset }) => synset.words.includes(word));
