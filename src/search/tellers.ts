/**
 * Who told what a sentence says: a phrase opening its clause before a verb WordNet files first as one of telling, and
 * "that" or the thing told after it ("*EngCoy* reported that a DEU soldier was wounded", "*PRT MES* reported a possible
 * VBIED"). The one reporting is no one a wounding was done by or to, unless the question asks who told (kinds.ts).
 */
import type { Lexicon } from './lexicon.ts';
import type { Question } from './question.ts';
import { wordsAt, type Word } from './nlp.ts';
import { IN_PHRASE } from './slots.ts';

/** Whether WordNet files a verb first as one of telling: "report", "inform", "say". */
export const isTelling = (verb: string, lexicon: Lexicon) => lexicon.filedUnder(verb, 'verb') === 'verb.communication';

/** Whether the question asks who told: "who *reported* the IED?". */
export const tellingAsked = (asks: { reading?: Question['reading'] }, lexicon: Lexicon) =>
  !!asks.reading?.words.some((w) => w.pos === 'VERB' && isTelling(w.lemma, lexicon));

/**
 * Whether a phrase opening its clause is who told what the clause after "that" says: "*EngCoy* reported that a DEU
 * soldier was wounded" names the unit that reported, not one the wounding was done by or to. A question asking who
 * told ("who reported…?") is answered by it. With `anything`, whatever the verb of telling takes after it.
 */
export function tells(
  words: Word[],
  span: { start: number; end: number },
  lexicon: Lexicon,
  thing = false,
  anything = false,
): boolean {
  const [a, b] = wordsAt(words, span.start, span.end);
  let v = b + 1;
  while (words[v]?.pos === 'ADV' || words[v]?.pos === 'AUX') v++;
  const verb = words[v];
  // The phrase opens its clause, past the names before it in its own phrase ("PRT *MES* reported"), a slash joining
  // them too ("C/S *CB 6* reported", a call sign); a thing told of, past its common nouns too.
  let first = a;
  const named = (w: Word | undefined) => w?.pos === 'PROPN' || w?.text === '/' || (thing && w?.pos === 'NOUN');
  while (named(words[first - 1])) first--;
  // A symbol closes what stands before it as a stop does: "***DELAYED REPORT* *PRT KDZ* reported that…".
  const opens = first === 0 || ['PUNCT', 'SYM', 'SCONJ', 'CCONJ'].includes(words[first - 1]!.pos);
  const told = anything || words[v + 1]?.lemma === 'that' || (thing && toldThing(words, v));
  const saying = opens && verb?.pos === 'VERB' && told && isTelling(verb.lemma, lexicon) && !toldOfSelf(words, v);
  return saying || toldFrom(words, a, b, lexicon);
}

/**
 * Whether a phrase is who a message came from, a clause of what it said after it: "Received phone *call* from
 * *Governor Khpalwak* that Abdul Haid … were receiving SAF", "a *report* from ANP that…". The noun before "from" is
 * one WordNet files first as one of telling (call, report, message, word); the one it came from told, did nothing.
 */
function toldFrom(words: Word[], a: number, b: number, lexicon: Lexicon): boolean {
  let [first, last] = [a, b];
  while (words[first - 1]?.pos === 'PROPN') first--;
  while (words[last + 1]?.pos === 'PROPN') last++;
  const message = words[first - 2];
  return (
    words[first - 1]?.lemma === 'from' &&
    message?.pos === 'NOUN' &&
    lexicon.filedUnder(message.lemma.toLowerCase(), 'noun') === 'noun.communication' &&
    words[last + 1]?.lemma === 'that' &&
    !toldOfSelf(words, last)
  );
}

/** Pronouns by which a teller speaks of itself: "ODB 330 reported that *they* had captured an insurgent". */
const SELF = new Set(['they', 'he', 'she', 'we', 'i']);

/**
 * Whether what a verb of telling at `v` tells opens with a pronoun of a person or a group ("reported that *they* had
 * captured…"): the clause tells of the teller itself, who then did its act, and the teller names the doer.
 */
const toldOfSelf = (words: Word[], v: number) =>
  words[v + 1]?.lemma === 'that' && words[v + 2]?.pos === 'PRON' && SELF.has(words[v + 2]!.lemma.toLowerCase());

/**
 * Whether a verb of telling at `v` tells a thing, no act, to its sentence's end: "PRT MES reported *a possible VBIED
 * in the front of the main gate*"; not a clause without its "that" ("reported 5x Rockets *were handed over*"), nor an
 * act of the teller's own ("TF TITAN reported *finding*…"): of those the teller may be the doer, or name it.
 */
function toldThing(words: Word[], v: number): boolean {
  const end = words.findIndex((w, k) => k > v && ['.', ';', '!', '?'].includes(w.text));
  return !words.slice(v + 1, end < 0 ? undefined : end).some((w) => ['VERB', 'AUX', 'PART'].includes(w.pos));
}

/** The word WordNet gives the sense of coming to know: "learn", with "find out", "hear", "get word", "discover". */
const LEARN = 'learn';

/**
 * Whether a question's verb (alone or with its particle, `together`) says coming to know, as "how did the patrol
 * *find out*…?" does: a sense of it WordNet gives with "learn".
 */
export const saysLearning = (verb: Word, together: string | undefined, lexicon: Lexicon) =>
  verb.pos === 'VERB' &&
  [verb.lemma, together ?? ''].some((v) => lexicon.senses(v, 'verb').some((s) => s.words.includes(LEARN)));

/**
 * Where a sentence tells the one who came to know (`knower`) what they knew: a verb of telling with them as its object
 * ("The local population *informed the patrol* of a second IED"), its clause's subject before it being how they knew.
 * Returned as the word range from the clause's first word to the object.
 */
export function toldTo(words: Word[], knower: (w: Word) => boolean, lexicon: Lexicon): [number, number][] {
  return words.flatMap((verb, v): [number, number][] => {
    if (!tellingVerb(words, v, lexicon)) return [];
    const object = words[v + 1]?.pos === 'DET' ? v + 2 : v + 1;
    if (!words[object] || !knower(words[object]!)) return [];
    // Its subject is a noun phrase opening the clause: "*The local population* informed…".
    let first = v;
    while (first > 0 && IN_PHRASE.has(words[first - 1]!.pos)) first--;
    const opens = first === 0 || ['PUNCT', 'SCONJ', 'CCONJ'].includes(words[first - 1]!.pos);
    const noun = words.slice(first, v).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
    return opens && noun ? [[first, object]] : [];
  });
}

/**
 * Whether the word at `v` is a verb of telling, the tagger's "adjective" before a determiner too: no adjective takes
 * one after it, so "The local population *informed* the patrol" is the verb in its past.
 */
function tellingVerb(words: Word[], v: number, lexicon: Lexicon): boolean {
  const w = words[v]!;
  if (w.pos === 'VERB') return isTelling(w.lemma, lexicon);
  if (w.pos !== 'ADJ' || words[v + 1]?.pos !== 'DET') return false;
  return lexicon.baseForms(w.text.toLowerCase(), 'verb').some((f) => isTelling(f.lemma, lexicon));
}
