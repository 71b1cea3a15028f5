/**
 * Phrases the tagger reads as someone that name no one: an act ("HAF *raid*", "*Mission* was a kill"), a report, a
 * model ("Iranian *C4*"), a vehicle, a place or a made thing ("the ACM supply *route*", "a group of *SUVs*",
 * "vehicle (APC *DINGO*)"), an end of a stretch ("from *ANDAR* to ZORMAT"), the means a passive was done with
 * ("attacked with SAF and *RPG*"), a casualty's category ("wounded *(CAT C)*"), a part of a thing ("E *side* of
 * road"). kinds.ts's namesNoOne asks each of them.
 */
import { wordsAt, type Word } from './nlp.ts';
import type { Lexicon } from './lexicon.ts';
import { namesAct } from './act-nouns.ts';
import { isThing } from './ways.ts';
import { NOMINAL } from './acted-on.ts';
import { BEFORE_PLACE_WORDS, prepositionOf } from './places.ts';
import { kindsOfNoun } from './question.ts';
import { acronymPlural } from './text.ts';

/**
 * Whether a phrase names an act, not who did it: its head (last) word is a common noun for an act or an event
 * ("HAF *raid*", "IED *attack*"), though a name before it ("HAF") is read as someone's. "TF 373", headed by its
 * number, names a unit.
 */
export function namesAnAct(inside: Word[], lexicon: Lexicon): boolean {
  const head = inside.at(-1);
  if (head?.pos === 'NOUN') return namesAct(head.lemma, lexicon) || namesMessage(head, lexicon);
  // A word English knows, capitalised as the War Diary writes its events' names ("a SVBIED *Strike*"), the tagger
  // reads as a name: it is the act all the same. Asked of a phrase's head only, once per phrase.
  return head?.pos === 'PROPN' && namesAct(head.text.toLowerCase(), lexicon);
}

/**
 * Whether a phrase stands alone in brackets after a verb or an adjective: "was wounded *(CAT C)*" says how badly, a
 * casualty's category, not someone; a bracket after a noun may name it ("a DEU soldier (member of the EngCoy)").
 */
export function qualifiesAct(words: Word[], span: { start: number; end: number }): boolean {
  const [a, b] = wordsAt(words, span.start, span.end);
  return words[a - 1]?.text === '(' && words[b + 1]?.text === ')' && ['VERB', 'ADJ'].includes(words[a - 2]?.pos ?? '');
}

/**
 * Whether a phrase holds the War Diary's casualty category, "CAT" and its letter or "unk" after it ("12 WIA *CAT* A
 * USA", "13 WIA CAT unk"): it says how badly some were hurt, not who anyone is.
 */
export const namesCategory = (words: Word[], inside: Word[]) =>
  inside.some((w) => /^cat$/i.test(w.text) && /^(?:[A-E]|unk)$/i.test(words[words.indexOf(w) + 1]?.text ?? ''));

/**
 * Whether a phrase is headed by a word WordNet files first as a location and followed by "of" and a thing, so names a
 * part of that thing: "E *side* of road" is where, not who; its rarer sense of a team does not make it someone.
 */
export function partOfThing(words: Word[], s: { start: number; end: number }, lexicon: Lexicon): boolean {
  const [, b] = wordsAt(words, s.start, s.end);
  let k = b + 2;
  while (words[k]?.pos === 'DET' || words[k]?.pos === 'ADJ') k++;
  const located = lexicon.senses(words[b]!.lemma, 'noun', 1)[0]?.lexname === 'noun.location';
  return located && words[b + 1]?.lemma === 'of' && isThing(words, k, lexicon);
}

/**
 * Whether a phrase is said to be an act: the subject of "is a" or "was a" before a noun WordNet files first as an act
 * ("*Mission* was a kill / capture of…", "the target was a raid"): it names what was done, not who did it.
 */
export function isAnAct(words: Word[], span: { start: number; end: number }, lexicon: Lexicon): boolean {
  const [, b] = wordsAt(words, span.start, span.end);
  const noun = words[b + 3];
  return (
    words[b + 1]?.lemma === 'be' && words[b + 2]?.pos === 'DET' && noun?.pos === 'NOUN' && namesAct(noun.lemma, lexicon)
  );
}

/**
 * Whether a phrase is headed by a word for a vehicle: "1 x blue NISSAN PATROL *pickup*" names a car by its make and
 * model, which the tagger reads as names, not whoever drove it.
 */
export const namesVehicle = (inside: Word[], lexicon: Lexicon) =>
  inside.length > 1 && inside.at(-1)!.pos === 'NOUN' && lexicon.isA(inside.at(-1)!.lemma.toLowerCase(), 'vehicle');

/**
 * Whether a phrase is one end of a stretch said "from X to Y": "the supply route from *ANDAR* to *ZORMAT*", "moved from
 * FOB Shank to FOB Hunter". Both ends are places a road or a move runs between, not anyone who did or suffered a thing.
 */
export function endOfStretch(words: Word[], s: { start: number; end: number }): boolean {
  const [a, b] = wordsAt(words, s.start, s.end);
  const from = words[a - 1]?.lemma === 'from' && words[b + 1]?.lemma === 'to' && NOMINAL.has(words[b + 2]?.pos ?? '');
  let k = a - 2;
  while (k >= 0 && a - 2 - k < BEFORE_PLACE_WORDS && NOMINAL.has(words[k]!.pos)) k--;
  return from || (words[a - 1]?.lemma === 'to' && k < a - 2 && words[k]?.lemma === 'from');
}

/**
 * Whether a name is what something went into: English enters a place or a container "into" it, not a person ("3x
 * Detainees transferred *into BTIF*", "moved into the compound"). A name after "into", past an article or adjectives,
 * names where, not anyone who did or suffered a thing; a common noun may be people run into ("drove into a crowd").
 */
export function enteredName(words: Word[], s: { start: number; end: number }, inside: Word[]): boolean {
  const [a] = wordsAt(words, s.start, s.end);
  return words[prepositionOf(words, a)]?.lemma.toLowerCase() === 'into' && inside.every((w) => w.pos === 'PROPN');
}

/**
 * WordNet's classes of a place, of a made thing and of a quantity: the detention logs close each line on the facility's
 * count in capitals, "New *Facility Headcount* is 627 Assigned", a number the tagger reads as a name.
 */
const PLACES_AND_THINGS = new Set(['noun.location', 'noun.artifact', 'noun.quantity']);

/**
 * Whether a phrase is headed by a common noun WordNet files first as a place or a made thing and never as a person or
 * a group: "the ACM supply *route*", "an aiming *marker*". A name before it ("ACM") says whose it is; the phrase names
 * where or what, not who ("who got ambushed?"); nor does one headed by a count ("New Facility *headcount*"). A head
 * with a sense of people ("convoy", "patrol", "side") may be who.
 */
export function namesPlaceOrThing(inside: Word[], lexicon: Lexicon): boolean {
  const lemma = commonLemma(inside.at(-1)!);
  if (!lemma) return false;
  const senses = lexicon.senses(lemma, 'noun');
  const someone = kindsOfNoun(lexicon, lemma, senses.length).has('agent');
  return PLACES_AND_THINGS.has(senses[0]?.lexname ?? '') && !someone;
}

/**
 * The base form of a common noun: its lemma, or an acronym's for its plural, which the tagger reads as a name ("a
 * group of *SUVs*" are so many SUVs, as "MPs" are MPs).
 */
function commonLemma(head: Word): string | undefined {
  if (head.pos === 'NOUN') return head.lemma;
  return acronymPlural(head.text, 0, head.text.length) ? head.text.slice(0, -1).toLowerCase() : undefined;
}

/**
 * Whether a phrase closes a bracket of names after a common noun for a place or a made thing: "the second patrol
 * vehicle (APC *DINGO*)" names the vehicle by its model, as a bracket after a noun names it, not anyone in it.
 */
export function namesThingBracketed(words: Word[], s: { start: number; end: number }, lexicon: Lexicon): boolean {
  const [a, b] = wordsAt(words, s.start, s.end);
  let open = a - 1;
  while (open >= 0 && NOMINAL.has(words[open]!.pos)) open--;
  const before = words[open - 1];
  return words[open]?.text === '(' && words[b + 1]?.text === ')' && !!before && namesPlaceOrThing([before], lexicon);
}

/**
 * Whether a phrase is headed by a model or a calibre, which isNamed tells from a name: "*Iranian* C4" names explosives,
 * though the tagger reads its first word as someone's name.
 */
export function namesModel(inside: Word[]): boolean {
  const head = inside.at(-1);
  return inside.length > 1 && head?.pos === 'PROPN' && /\d/.test(head.text) && /[a-z]/i.test(head.text);
}

/**
 * Whether a phrase's head is a word for what was said or written, as WordNet files it first: "KAF 2 x IDF INITAL
 * *REPORT*" names a report, not who fired.
 */
const namesMessage = (head: Word, lexicon: Lexicon) => lexicon.filedUnder(head.lemma, 'noun') === 'noun.communication';

/** Words a list of what a passive verb was done with may run over: "attacked with SAF *and* RPG", "SAF*,* RPG". */
const IN_LIST = new Set(['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ', 'CCONJ', 'PUNCT']);

/**
 * Whether a phrase is what a passive verb of fighting was done with: "PRO COY FEY WAS ATTACKED WITH SAF AND *RPG* …
 * BY 2030X INS". Such a passive tells who did it after "by"; after "with" it tells the means, a weapon written as a
 * name, not someone. Other verbs take a partner after "with" ("are connected with Bin Laden"); WordNet files the verbs
 * of fighting (attack, fire, ambush, shell) under competition.
 */
export function passiveMeans(words: Word[], inside: Word[], lexicon: Lexicon): boolean {
  let k = words.indexOf(inside[0]!) - 1;
  while (k >= 0 && IN_LIST.has(words[k]!.pos) && !/^[.;:]$/.test(words[k]!.text)) k--;
  const verb = words[k - 1];
  return (
    words[k]?.lemma === 'with' &&
    verb?.pos === 'VERB' &&
    words[k - 2]?.lemma === 'be' &&
    lexicon.filedUnder(verb.lemma, 'verb') === 'verb.competition'
  );
}
