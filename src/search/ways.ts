/**
 * Which way a thing went: whether a question asks where something went (a verb of movement, "where did Hekmatyar
 * *go*?") or came from, or which way ("which direction"); and in a sentence, a compass word telling a way ("withdrew
 * *northwards*"), a way taken or not ("digging in the *road*"), a place one was heading for ("en route to *Zormat*"), a
 * going elsewhere than the one asked of. The kinds' reading of places (kinds.ts) asks these.
 */
import { isNoun, kindsOfNoun, type Question } from './question.ts';
import { SENSE_DECAY, type Lexicon } from './lexicon.ts';
import { wordsAt, type Word } from './nlp.ts';
import { ARTICLES, isMovement, MOTION, tellsMovement } from './destinations.ts';
import { locativeBefore, prepositionOf } from './places.ts';
import { irregularBase } from './text.ts';
import { isOf } from './measures.ts';

/**
 * Whether a question asks where something is from: "where did the explosives come *from*?", "*from* where?". A word
 * saying of which place a thing is ("*Iranian* C4", "explosives of *Iranian* provenance") answers it. The "from" is
 * stranded, its place being what "where" asks: it ends the question or a clause of time follows it ("where did they
 * ask for a truck *from after* rolling their wolf?"), a preposition or a conjunction, where a noun phrase would follow
 * a "from" that has its own place ("where was the patrol *from* the PRT hit?").
 */
export const asksOrigin = ({ expects, reading }: Pick<Question, 'expects'> & { reading?: Question['reading'] }) => {
  const words = reading?.words.filter((w) => w.pos !== 'PUNCT') ?? [];
  const stranded = (w: Word, i: number) => w.lemma === 'from' && (!words[i + 1] || CLAUSE_AFTER.has(words[i + 1]!.pos));
  return expects.has('place') && (words.some(stranded) || words[0]?.lemma === 'from');
};
/** The tags of a word opening a clause after a stranded preposition: "from *after* rolling", "from *when* …". */
const CLAUSE_AFTER = new Set(['ADP', 'SCONJ']);

/**
 * Whether a question asks where something moved, with a verb of movement ("where did Hekmatyar *go*?"): a place after
 * "from" says where it came from ("upon return *from* North Korea"), not where it went.
 */
export const asksMovement = (
  { expects, reading }: Pick<Question, 'expects'> & { reading?: Question['reading'] },
  lexicon: Lexicon,
) => expects.has('place') && !!reading?.words.some((w, i, words) => movesAt(words, i, lexicon));

/** WordNet's sentence frames whose subject is a thing: "Something ----s", "Something is ----ing PP", … */
const THING_FRAMES = new Set([1, 3, 4, 5, 6, 10, 11, 12]);

/**
 * Whether the question's verb at `i` says a movement. Said with the word after it as a verb WordNet knows ("go off"),
 * it does not when the movement is one only someone makes (WordNet's frames "Somebody ----s": "go off" is abscond)
 * and its subject is a thing (a noun WordNet files as no one): "where did the IED *go off*?" asks where it exploded.
 * An ending up somewhere (endsUp) asks where a going ended, whatever verb of motion tells it.
 */
function movesAt(words: Word[], i: number, lexicon: Lexicon): boolean {
  const w = words[i]!;
  if (!isVerbAt(words, i)) return false;
  const next = words[i + 1];
  const phrasal = `${w.lemma}_${next?.text.toLowerCase()}`;
  if (next && endsUp(phrasal, lexicon)) return true;
  if (!isMovement(w.text.toLowerCase(), lexicon)) return false;
  const senses = next ? lexicon.senses(phrasal, 'verb').slice(0, SENSE_DECAY.length) : [];
  const moves = senses.filter((s) => s.lexname === MOTION);
  const someones = moves.length > 0 && moves.every((s) => !s.frames.some((f) => THING_FRAMES.has(f)));
  const subject = words.slice(0, i).map(isNoun).lastIndexOf(true);
  const toward = words[i + 2]?.lemma === 'to';
  return !(someones && moves.length < senses.length && !toward && isThing(words, subject, lexicon));
}

/**
 * Whether the question's verb stands at `i`: a verb, or a word the tagger reads as a noun ending a question asked with
 * "did", past a particle at most ("where did 20059 and 20060 *go*?", "where did the 20043 guy *end* up?"): the
 * auxiliary leaves the verb in its base form, which the tagger takes for a noun closing the subject's phrase.
 */
function isVerbAt(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (w.pos === 'VERB') return true;
  const rest = words.slice(i + 1).filter((u) => u.pos !== 'PUNCT');
  const asked = words.slice(0, i).some((u) => u.pos === 'AUX' && u.lemma === 'do');
  const ends = rest.length === 0 || (rest.length === 1 && rest[0]!.pos === 'ADP');
  return w.pos === 'NOUN' && asked && ends && words[i - 1]?.pos !== 'DET';
}

/**
 * Whether a verb with its particle is, in one of its commonest senses, WordNet's "end up" (finish up, land up, wind
 * up: to come to be somewhere at last): "where did the two prisoners … *end up*?" asks where their going ended, which
 * the War Diary tells by the movement that took them there ("2x Detainees *transferred into BTIF* from TF 373"), as
 * "where did the Wolf *end up*" is told by "one (1) DEU WOLF … *drove into* a ditch".
 */
export function endsUp(verb: string, lexicon: Lexicon): boolean {
  const ending = lexicon.senses('end_up', 'verb')[0]?.offset;
  return lexicon
    .senses(verb, 'verb')
    .slice(0, SENSE_DECAY.length)
    .some((s) => s.offset === ending);
}

/**
 * Whether the noun at `i` names a thing: none of its commonest senses does WordNet file as someone, and it is a common
 * noun or a name after an article, which no one's name takes ("the *IED*").
 */
export const isThing = (words: Word[], i: number, lexicon: Lexicon) =>
  (words[i]?.pos === 'NOUN' || ARTICLES.has(words[i - 1]?.lemma ?? '')) &&
  !kindsOfNoun(lexicon, words[i]!.lemma).has('agent');

/**
 * Whether a "which X" question asks which way something went or came: X is "direction" or a word WordNet gives as one
 * of its senses ("which *way*"). The War Diary answers with a compass word, seldom a place: "approached from *western*
 * direction", "withdrew travelling *northwards*".
 */
export const asksWay = (instanceOf: string, lexicon: Lexicon) =>
  lexicon.senses(instanceOf, 'noun').some((s) => s.words.includes('direction')) || lexicon.isA(instanceOf, 'direction');

/** The names said right after "to": where a going went ("get back to *Camp Marmal*", "movement to *PRT KDZ*"). */
const namesAfterTo = (words: Word[]) =>
  words.filter((w, k) => w.pos === 'PROPN' && words[k - 1]?.lemma === 'to').map((w) => w.text.toLowerCase());

/**
 * Whether a sentence tells a going to another place than the one a "when" question asks someone went to, and not to
 * that one: "all forces started their movement to *PRT KDZ*" tells no time of getting back to Camp Marmal.
 */
export function movedElsewhere(
  words: Word[],
  { reading }: { reading?: Question['reading'] },
  lexicon: Lexicon,
): boolean {
  const asked = namesAfterTo(reading?.words ?? []);
  if (!asked.length || !tellsMovement(words, lexicon)) return false;
  const said = namesAfterTo(words);
  const holds = words.some((w) => asked.includes(w.text.toLowerCase()));
  return said.length > 0 && !holds && !said.some((n) => asked.includes(n)) && !initialsOfAsked(words, asked);
}

/**
 * Whether a name said after "to" may be the place asked, written in the War Diary's initials: a facility is named by
 * the first letters of its words, the place's first ("transferred to *BTIF*", the Bagram Theater Internment Facility,
 * for "when was ISN 20021 brought to Bagram?"; "*KAF*", Kandahar Airfield; "*MES*", Mazar-e Sharif). Only a short word
 * all in capitals in a sentence written in lower case: in one all in capitals ("MOVED TO KONAR") a name is written so
 * as well, and a longer one is a name in capitals ("to KHOST").
 */
function initialsOfAsked(words: Word[], asked: string[]): boolean {
  if (!words.some((w) => /\p{Ll}/u.test(w.text))) return false;
  const initials = (w: Word, k: number) => w.pos === 'PROPN' && words[k - 1]?.lemma === 'to' && INITIALS.test(w.text);
  return words.some((w, k) => initials(w, k) && asked.some((a) => a[0] === w.text[0]!.toLowerCase()));
}
/** A place's initials: three or four capitals ("KAF", "BTIF"). */
const INITIALS = /^[A-Z]{3,4}$/;

/**
 * Whether a "which way" question's way or place in a sentence is not one taken: no verb there says a movement. "Which
 * way did they leave?" asks a direction, or a route or place gone by or to ("withdrew along the *road*"), not the road
 * they dug in ("6X MAM DIGGING IN THE *ROAD*").
 */
export const wayNotTaken = (words: Word[], instanceOf: string, lexicon: Lexicon) =>
  asksWay(instanceOf, lexicon) &&
  !words.some((w, i) => w.pos === 'VERB' && isMovement(w.text.toLowerCase(), lexicon) && !goingToDo(words, i, lexicon));

/** Prepositions saying where a thing was, not which way it went: "TAKING SAF *AT* VA 428 529". */
const WHERE_ONLY = new Set(['at', 'in', 'near', 'ivo', 'inside', 'on', 'under', 'beneath', 'behind']);

/**
 * Whether a place answering "which way" is said only as where something was, after "at", "in", "near"…: a way is said
 * after "to", "towards", "along", "via" ("moved off *to the North*", "withdrew *along the road*").
 */
export function whereOnly(words: Word[], s: { start: number; end: number }, lexicon: Lexicon): boolean {
  const [first, last] = wordsAt(words, s.start, s.end);
  // "In *direction Yaftal-E*": a phrase naming the way itself says which way, whatever the preposition.
  if (words.slice(first, last + 1).some((w) => asksWay(w.lemma.toLowerCase(), lexicon))) return false;
  return WHERE_ONLY.has(locativeBefore(words, first) ?? '');
}

/**
 * Whether the verb at `i` is "going" of the future, "be going to" and a verb with its object: "THEY ARE *GOING* TO
 * SHOT A FIRE MISSION" tells what they will do, no going ("was going to FOB Wilson" is one).
 */
function goingToDo(words: Word[], i: number, lexicon: Lexicon): boolean {
  const [be, to, verb, object] = [words[i - 1], words[i + 1], words[i + 2], words[i + 3]];
  if (words[i]!.lemma !== 'go' || be?.lemma !== 'be' || to?.lemma !== 'to' || !verb) return false;
  // The War Diary's "going to shot" writes the verb in its past form: its base is known all the same.
  const said = verb.text.toLowerCase();
  const isVerb = !!irregularBase(said) || lexicon.baseForms(said, 'verb').length > 0;
  return isVerb && ['DET', 'PRON'].includes(object?.pos ?? '');
}

/**
 * Whether the word at `i` tells a compass way: a compass point or WordNet's adverb of one ("west", "NE",
 * "northwards"), or an adjective WordNet relates closely to one ("western", "northerly"). Not one ending the name of a
 * command or a unit, after its abbreviation: "At 1842Z, RC *South* reported" (ISAF's Regional Command South) tells no
 * way; after a unit of distance one does ("12 KM *South* of").
 */
export function tellsWay(words: Word[], i: number, lexicon: Lexicon): boolean {
  const [w, before] = [words[i]!, words[i - 1]];
  if (before && /^[A-Z]{2,3}$/.test(before.text) && words[i - 2]?.pos !== 'NUM') return false;
  const text = w.text.toLowerCase();
  if (w.pos === 'ADJ')
    return lexicon.related(text, 'adj').some((r) => r.weight >= 0.5 && lexicon.isA(r.word, 'compass_point'));
  return ['NOUN', 'PROPN', 'ADV'].includes(w.pos) && text.length > 1 && lexicon.isA(text, 'compass_point');
}

/**
 * Whether a place is only a compass point ("1 squad of TF is patrolling to *West*"), which tells which way, not which
 * of a "which X" question's things, unless X is a way itself ("which direction"). WordNet files "west", "southwest"
 * under compass points.
 */
export function pointsWay(inside: Word[], instanceOf: string, lexicon: Lexicon): boolean {
  const way = (lemma: string) => lexicon.isA(lemma, 'direction') || lemma === 'direction';
  return inside.length === 1 && lexicon.isA(inside[0]!.text.toLowerCase(), 'compass_point') && !way(instanceOf);
}

/** Words for a way to somewhere, as the War Diary writes "on the way to": "en *route* to", "*enroute* to". */
const WAY_WORDS = new Set(['route', 'enroute', 'way', 'road']);

/**
 * Whether the word at `i` follows "to" after a word for a way ("an IED explosion while en route to *Cak-I-Abdul*",
 * "was enroute to *Zormat*") or a noun's route (routeOfNoun): it names where one was heading, not where a thing
 * happened, which only a question asking where someone went (asksWhither) is answered by.
 */
export const wayTo = (words: Word[], i: number) => {
  const k = prepositionOf(words, i);
  return isOf(WAY_WORDS, words[k - 1]) || routeOfNoun(words, k);
};

/**
 * Whether the "to" at `k` ends a noun's "from X to Y", its route: "a GER convoy *from MES to* KDZ hit a local boy at…"
 * says where the convoy was going, not where it hit him.
 */
function routeOfNoun(words: Word[], k: number): boolean {
  let from = k - 1;
  while (words[from]?.pos === 'PROPN') from--;
  return from < k - 1 && words[from]?.lemma === 'from' && words[from - 1]?.pos === 'NOUN';
}
