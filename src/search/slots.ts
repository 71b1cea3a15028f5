/**
 * Where a sentence fills the slot a question leaves open, when no word of it is of a kind WordNet or wink can name:
 * what the question's verb acts on further on in its clause ("The man wanted to hand over the rockets *for timber*"),
 * what a parenthesis says a word is by name ("an VBIED (*Toyota Corolla*)"), and what was done ("The workers
 * *brought it to the northern gate*"). Each is read from the sentence's parts of speech, as word indices.
 */
import { isIngForm, type Word } from './nlp.ts';
import type { Lexicon } from './lexicon.ts';
import { LIGHT_VERBS, phrasalAt } from './question.ts';
import { namesAct } from './act-nouns.ts';

/** Words that end the verb's clause: a stop, another clause ("that", "which", "because"…). */
const CLAUSE_ENDS = /^[.;:!?]$/;
const OPENS_CLAUSE = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'when', 'after']);
/** The words of a noun phrase. */
export const IN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);
/** How many words past the verb its clause is read for an object. */
const CLAUSE_WORDS = 12;

/**
 * What a question's verb acts on when the phrase right after it names nothing new: "what did the man want for the
 * rockets?" — the wanting acts through an infinitive and the question names the rockets. The first noun phrase after
 * the verb at `at`, within its clause, that holds a noun the question does not (`asked`),
 * as [first, last] word indices; none when the clause ends first. A phrase saying where (`where`: after "in", "near",
 * "close to"…) is not what the verb acts on.
 */
export function objectInClause(
  words: Word[],
  at: number,
  asked: (w: Word) => boolean,
  where: (k: number) => boolean,
): [number, number] | undefined {
  for (let k = at + 1; k < Math.min(words.length, at + 1 + CLAUSE_WORDS); k++) {
    const w = words[k]!;
    if (endsClause(w)) return undefined;
    if (!IN_PHRASE.has(w.pos)) continue;
    let last = k;
    while (IN_PHRASE.has(words[last + 1]?.pos ?? '')) last++;
    const nouns = words.slice(k, last + 1).filter((p) => NOMINAL.has(p.pos));
    if (nouns.length && !nouns.every(asked) && !where(k)) return [k, words.indexOf(nouns.at(-1)!)];
    k = last;
  }
  return undefined;
}

/** How many words a parenthesis naming what a word is may hold. */
const APPOSED_WORDS = 6;

/**
 * What a parenthesis right after a word of the question says that word is: "they struck an VBIED (*silver-grey Toyota
 * Corolla*)" for "what kind of car was the car bomb?" — the reports name makes, models and who someone is so. Only a
 * short parenthesis naming something by name (a proper noun the question does not hold) counts, as [first, last].
 */
export function apposedNames(words: Word[], asked: (w: Word) => boolean): [number, number][] {
  const found: [number, number][] = [];
  words.forEach((w, i) => {
    if (w.text !== '(' || !words[i - 1] || !asked(words[i - 1]!)) return;
    const close = words.findIndex((c, k) => k > i && c.text === ')');
    if (close < 0 || close - i - 1 > APPOSED_WORDS || close === i + 1) return;
    if (words.slice(i + 1, close).some((p) => p.pos === 'PROPN' && !asked(p))) found.push([i + 1, close - 1]);
  });
  return found;
}

/** How many words of a phrase before a parenthesis may name the thing: "found 1x *AO 2,5* (submunition)". */
const KIND_WORDS = 4;
/** A count as the War Diary writes it ("4x", "1 X", "3 x"): it says how many, not which kind. */
const COUNT = /^(?:\d+x|x)$/i;

/** Whether the word at `k` is a count or its number ("4x", "1 X"): it says how many, not which kind. */
const countsAt = (words: Word[], k: number) =>
  COUNT.test(words[k]!.text) || (words[k]!.pos === 'NUM' && COUNT.test(words[k + 1]?.text ?? ''));

/**
 * Where a parenthesis holding only the asked noun (at `at`) says what the phrase before it is: "found 1x *AO 2,5*
 * (submunition)" for "what submunition?" — the reports name a thing by its model and add what kind of thing it is.
 * The phrase is read past its article and its count ("a", "1x", "1 X"), as [first, last]; it must hold a word the
 * question lacks (`asked`) that is no adjective: "minor (wounds)" says how bad, not what.
 */
export function kindNamedAhead(words: Word[], at: number, asked: (w: Word) => boolean): [number, number] | undefined {
  if (words[at - 1]?.text !== '(' || words[at + 1]?.text !== ')') return undefined;
  const last = at - 2;
  let first = last + 1;
  while (
    first > 0 &&
    last - first + 1 < KIND_WORDS &&
    IN_PHRASE.has(words[first - 1]!.pos) &&
    words[first - 1]!.pos !== 'DET'
  )
    first--;
  while (first <= last && countsAt(words, first)) first++;
  return words.slice(first, last + 1).some((w) => w.pos !== 'ADJ' && !asked(w)) ? [first, last] : undefined;
}

/**
 * The phrase a label introduces, the War Diary's "Type: *122mm tank grenade* in bad condition": the noun phrase after a
 * word `isLabel` accepts and its colon, past its article, as [first, last].
 */
export function labelled(words: Word[], isLabel: (w: Word) => boolean): [number, number][] {
  const found: [number, number][] = [];
  words.forEach((w, i) => {
    if (words[i + 1]?.text !== ':' || !isLabel(w)) return;
    let first = i + 2;
    while (words[first]?.pos === 'DET') first++;
    let last = first - 1;
    while (last + 1 - first < KIND_WORDS && IN_PHRASE.has(words[last + 1]?.pos ?? '')) last++;
    if (words.slice(first, last + 1).some((p) => NOMINAL.has(p.pos))) found.push([first, last]);
  });
  return found;
}

/**
 * Whether the noun at `at` ends the object of a verb before it: "while conducting *OBJ MIDWAY* cleared…" — the
 * objective was conducted; what cleared is another noun, so a verb after it says nothing it did.
 */
function objectOf(words: Word[], at: number): boolean {
  let k = at;
  while (k > 0 && IN_PHRASE.has(words[k - 1]!.pos) && !opensPhrase(words, k - 1)) k--;
  return words[k - 1]?.pos === 'VERB';
}

/**
 * Whether the determiner at `k` opens a noun phrase of its own, after a noun ending another: "after using a warning
 * shot *the* person stopped" (the War Diary leaving out the comma) — the person is the subject, not what was used.
 */
const opensPhrase = (words: Word[], k: number) =>
  words[k]!.pos === 'DET' && (words[k - 1]?.pos === 'NOUN' || words[k - 1]?.pos === 'PROPN');

/** Words before a gerund that say what was done: "tasked *with* instigating", "talked them *into* making". */
const BEFORE_GERUND = new Set(['with', 'into', 'by']);

/**
 * The acts a sentence says its people did or were to do, for "what did the workers do with it?", "what are the
 * Arabs supposed to do?": a verb the question does not hold said right after one of its nouns ("the *workers*
 * brought it to the gate"), as an infinitive ("in charge *to carry out* suicide attacks") or a gerund after "with",
 * "into", "by" ("tasked with *instigating*…"), up to the end of its clause. A verb taking a clause of its own
 * ("reported *that*…", "reported apprehending") only tells of the act. `doer`: the subject a "what was S doing?"
 * asks of, whose act alone answers.
 */
export function actsDone(
  words: Word[],
  asked: (w: Word) => boolean,
  thing?: (w: Word) => boolean,
  byAnyone?: Lexicon,
  doer?: (w: Word) => boolean,
  progressive = true,
): [number, number, boolean][] {
  const found: [number, number, boolean][] = thing ? doneToThing(words, thing, asked, byAnyone) : [];
  // "What happened to X?" names no doer: an act of one its clause names ("the rockets handed over to *the HUMINT
  // unit*": "*HUMINT Unit* picked up Rockets") tells how X came to it, and an infinitive ("returned *to FOB* …
  // casualties") or a gerund plans an act; only what was done to X answers.
  if (byAnyone) return found;
  words.forEach((w, i) => {
    if (w.pos !== 'VERB' || asked(w) || (LIGHT_VERBS.has(w.lemma) && !lightWithParticle(words, i))) return;
    const next = words[i + 1];
    if (next && (next.pos === 'VERB' || next.pos === 'SCONJ' || OPENS_CLAUSE.has(next.lemma))) return;
    const b = subjectAt(words, i);
    const before = words[b];
    // An object's own act is said in a participle ("caught 2x TB *emplacing* an IED"), not in a finite verb.
    const objectActs = isIngForm(w.text) || !objectOf(words, b);
    // "What was S doing?": only S's act answers (Question.doer), one going on, said in "-ing" ("was *cleaning*", "3x
    // persons *laying*"): a finite verb tells what S did ("The PMT *marked* the UXO" after they found it).
    const doing = !doer || !progressive || isIngForm(w.text);
    const bySubject = !!before && NOMINAL.has(before.pos) && namesDoer(words, b, asked, doer) && objectActs && doing;
    // An infinitive tells an aim or a plan, not what S was doing, unless it goes on an act going on: "While
    // *attempting to recover* the broke down vehicle".
    const goingOn = !doer || !progressive || isIngForm(words[b - 1]?.text ?? '');
    const infinitive =
      goingOn && before?.lemma === 'to' && before.pos === 'PART' && !othersAim(words, b, doer ?? asked);
    const gerund = !!before && BEFORE_GERUND.has(before.lemma) && isIngForm(w.text);
    const goesOn = (!doer || !progressive) && joinedAfterAsked(words, i, asked);
    if (!bySubject && !infinitive && !gerund && !goesOn) return;
    const last = clauseEnd(words, i);
    // Nor past whom it was told to: "reported to PRT MEY *that*…" tells of an act, as "reported that…" does.
    if (words[last + 1]?.lemma === 'that' && words[last + 1]?.pos === 'SCONJ') return;
    if (thing && introduces(words, i, last, asked)) return;
    // An act whose clause names the thing asked of acts on it: "intend to blow *the suspect IED* in place"; one naming
    // neither it nor a pronoun for it ("brought *it* to the gate") tells something else they did ("fired a round").
    const clause = words.slice(i + 1, last + 1);
    // The tagger may read a noun as a pronoun ("AT *mine*").
    const onThing = !!thing && clause.some((t) => (NOMINAL.has(t.pos) || t.pos === 'PRON') && thing(t));
    if (thing && !onThing && !clause.some((t) => THING_PRONOUNS.has(t.lemma.toLowerCase()))) return;
    found.push([i, last, onThing]);
  });
  return found;
}

/**
 * What a "what was S doing?" question's S was doing, said by an act noun after "during" whose doer S's possessive
 * names: "1 x DINGO rolled over *during QRF's deployment* from Camp MARMAL" says the QRF was deploying, as "while
 * deploying" would. From S's name to the end of the noun's clause, as [first, last].
 */
export function doingDuring(words: Word[], doer: (w: Word) => boolean, lexicon: Lexicon): [number, number][] {
  return words.flatMap((w, i): [number, number][] => {
    if (w.lemma.toLowerCase() !== 'during') return [];
    const owner = words[i + 1]?.pos === 'DET' ? i + 2 : i + 1;
    const noun = words[owner + 2];
    const possessive = words[owner + 1]?.pos === 'PART' && /^['’]s$/i.test(words[owner + 1]!.text);
    if (!words[owner] || !doer(words[owner]!) || !possessive || noun?.pos !== 'NOUN') return [];
    return namesAct(noun.lemma.toLowerCase(), lexicon) ? [[owner, clauseEnd(words, owner + 2)]] : [];
  });
}

/** Words opening a phrase of what was going on when the clause's act happened: "*while* on a recce mission". */
const GOING_ON = new Set(['while', 'whilst', 'during']);
/** How many words a phrase of what was going on may run to: "while conducting a Combat Reconnaissance Patrol IVO…". */
const GOING_ON_WORDS = 10;

/**
 * What a "what was S doing (when …)?" question's S was doing, said by a phrase opening with "while", "whilst" or
 * "during" before the clause telling the scene: the War Diary sets an event in what the unit telling it was about, "DEU
 * QRF reported that *during maintenance halt* a civilian person ignored the roadblock", "TASK UNIT A QRF DEU reported
 * that *while on a recce mission*, A green Toyota came too close…", or in what the clause's own subject was doing
 * ("*WHILE CONDUCTING AN IED SWEEP ON LOC KAMINS*, INF PLT G WAS ATTACKED"; "E Plt (DEU) *whilst conducting basic
 * security patrol*…"). S (`doer`) must be the one telling, or the clause's subject before or after the phrase: "while
 * on a recce mission, A green Toyota came" after "reported that" is the reporting unit's mission, not the Toyota's.
 * The phrase past its opening word, as [first, last].
 */
export function doingWhile(words: Word[], doer: (w: Word) => boolean): [number, number][] {
  return words.flatMap((w, i): [number, number][] => {
    if (!GOING_ON.has(w.lemma.toLowerCase())) return [];
    const last = goingOnEnd(words, i + 1);
    if (last <= i) return [];
    // Opening a clause told ("reported that while…"), it is the teller's; else its subject's, before or after it.
    if (words[i - 1]?.lemma.toLowerCase() === 'that') return words.slice(0, i).some(doer) ? [[i + 1, last]] : [];
    const after = words.slice(words[last + 1]?.text === ',' ? last + 2 : last + 1);
    const verb = after.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const subject = after.slice(0, Math.max(0, verb));
    return [...subject, ...nameBefore(words, i)].some(doer) ? [[i + 1, last]] : [];
  });
}

/**
 * The last word of a phrase of what was going on opening at `first`: up to a mark, a pronoun or a finite verb, or the
 * subject a noun phrase of its own begins ("during maintenance halt *a civilian person* ignored").
 */
function goingOnEnd(words: Word[], first: number): number {
  let k = first;
  while (k < first + GOING_ON_WORDS && words[k]) {
    const w = words[k]!;
    if (w.pos === 'PUNCT' || w.pos === 'PRON' || w.pos === 'AUX' || w.pos === 'SCONJ') break;
    if (w.pos === 'VERB' && !isIngForm(w.text) && words[k - 1]?.lemma !== 'to') break;
    if (k > first && (opensPhrase(words, k) || startsSubject(words, k))) break;
    k++;
  }
  return k - 1;
}

/** The name right before the word at `i`, with its bracket: "PRT KDZ, *E Plt (DEU)* whilst conducting…". */
function nameBefore(words: Word[], i: number): Word[] {
  let k = i;
  while (k > 0 && (NOMINAL.has(words[k - 1]!.pos) || /^[()]$/.test(words[k - 1]!.text))) k--;
  return words.slice(k, i);
}

/** Whether the name at `k` is the subject of the verb right after it: "while attempting to recover… *FF* were". */
const startsSubject = (words: Word[], k: number) =>
  NOMINAL.has(words[k]!.pos) &&
  (words[k + 1]?.pos === 'AUX' || (words[k + 1]?.pos === 'VERB' && !isIngForm(words[k + 1]!.text)));

/**
 * Whether the verb at `i` goes on, after "and", from an act the question itself says: "then *marked* the UXO with red
 * color and *continued training*" — English joins the acts of one subject by "and" in the order done, so the act after
 * the one the question names as its scene ("what did they do after marking the rounds?") is what they did next. The
 * verb before "and" must be the first met going back within its clause.
 */
function joinedAfterAsked(words: Word[], i: number, asked: (w: Word) => boolean): boolean {
  const k = coordinatedVerb(words, i);
  return k !== undefined && asked(words[k]!);
}

/**
 * The verb the verb at `v` is joined to by "and" within one clause, whose subject it shares: "RECCE SQUAD A1 executed
 * a patrol … *and found* one (1) UXO" — English leaves out the subject of a verb joined to an earlier one of the same
 * clause ("X did A and B"), so who found is who executed. The first verb met going back from the "and" within its
 * clause (an adverb may stand between, "and then found"); none where the word before is not "and", or a clause ends
 * first. A verb with its own subject after the "and" ("INS attacked and *ANA* returned fire") is not joined so.
 */
export function coordinatedVerb(words: Word[], v: number): number | undefined {
  let a = v - 1;
  while (words[a]?.pos === 'ADV') a--;
  if (words[a]?.lemma !== 'and' || words[a]!.pos !== 'CCONJ') return undefined;
  for (let k = a - 1; k >= Math.max(0, a - CLAUSE_WORDS); k--) {
    if (endsClause(words[k]!)) return undefined;
    if (words[k]!.pos === 'VERB') return k;
  }
  return undefined;
}

/** The first of the verbs joined by "and" that ends at `v`, whose subject all share: "executed … and found". */
export function firstJoined(words: Word[], v: number): number {
  for (let k = coordinatedVerb(words, v); k !== undefined; k = coordinatedVerb(words, v)) v = k;
  return v;
}

/**
 * Whether the subject ending at `b` names who the question asks of: its last noun a word of the question; or, when the
 * question names the doer (`doer`), any noun of the run ending there, the War Diary naming a thing by its kind then its
 * model ("DEU *HELICOPTER* CH-53 EXECUTED", "1x *Enemy* PAX rebuilding").
 */
function namesDoer(words: Word[], b: number, asked: (w: Word) => boolean, doer?: (w: Word) => boolean): boolean {
  if (!doer) return asked(words[b]!);
  for (let k = b; k >= 0 && NOMINAL.has(words[k]!.pos); k--) if (doer(words[k]!)) return true;
  return false;
}

/**
 * Whether the infinitive whose "to" is at `to` is the aim of someone the question does not name: the verb it goes on
 * has a subject of its own before it, none of the question's words ("INF PLT E and investigation team were in incident
 * location yesterday *tried to found* some additional info" is the team's act, not the squad's asked of). A subject
 * the question names ("1xINS *attempting to emplace*" for what the insurgent tried to do), or none, may be the doer's.
 */
function othersAim(words: Word[], to: number, asked: (w: Word) => boolean): boolean {
  if (words[to - 1]?.pos !== 'VERB') return false;
  let k = to - 2;
  while (words[k] && ['ADV', 'AUX', 'PART'].includes(words[k]!.pos)) k--;
  return !!words[k] && NOMINAL.has(words[k]!.pos) && !asked(words[k]!);
}

/**
 * Where the subject of the verb at `i` ends: right before it, past adverbs, or past the auxiliaries of a progressive
 * ("the convoy *was* conducting a resupply", "they *had been* digging"): "be" and a participle in "-ing" say what the
 * subject was doing, as a finite verb says what it did.
 */
function subjectAt(words: Word[], i: number): number {
  const first = firstJoined(words, i);
  if (first !== i) return subjectAt(words, first);
  let b = i - 1;
  while (words[b]?.pos === 'ADV') b--;
  if (!isIngForm(words[i]!.text) || words[b]?.pos !== 'AUX' || words[b]!.lemma !== 'be') return b;
  while (words[b]?.pos === 'AUX' && ['be', 'have'].includes(words[b]!.lemma)) b--;
  return b;
}

/**
 * Whether a light verb is an infinitive with its adverb, "wanted CFs *to come back*", "to go away": the two say an act
 * one wants of another, where the verb alone ("to go", "to do") says little.
 */
const lightWithParticle = (words: Word[], i: number) =>
  words[i - 1]?.lemma === 'to' && words[i - 1]?.pos === 'PART' && words[i + 1]?.pos === 'ADV';

/** The pronouns that stand for a thing named before: "brought *it* to the gate", "blew *them* in place". */
const THING_PRONOUNS = new Set(['it', 'them']);

/** Words opening a noun phrase that brings its thing in as new: "found *a* UXO", "discovered *7x* AT mines". */
const NEW_THING = new Set(['a', 'an']);

/**
 * Whether the act from `first` to `last` brings in a thing the question names as new ("found *a UXO*"): "what did
 * they do with the UXO?" asks of the thing once had, so the clause telling how it came to be had (found, discovered,
 * received) is not what was done with it.
 */
function introduces(words: Word[], first: number, last: number, asked: (w: Word) => boolean): boolean {
  // Only the act's own noun phrase, past its prepositions: a later one describes it ("break into the column
  // comprising of *two* DEU RECCE vehicles" brings no recce vehicle in).
  let k = first + 1;
  while (k <= last && BEFORE_OBJECT.has(words[k]!.pos)) k++;
  if (k > last || (!NEW_THING.has(words[k]!.lemma.toLowerCase()) && words[k]!.pos !== 'NUM')) return false;
  for (let p = k + 1; p <= last && IN_PHRASE.has(words[p]!.pos); p++) if (asked(words[p]!)) return true;
  return false;
}

/**
 * Words that may follow a verb before what it takes, its object or its preposition: "come *across*", "brought *in*
 * with" (means.ts); "found *in the area* a UXO" is rare.
 */
export const BEFORE_OBJECT = new Set(['ADP', 'PART', 'ADV']);

/**
 * What a sentence says was done to the thing a "what did they do with / to X?" question names (`thing`), as [first,
 * last] word ranges: the passive telling it of X, from its participle to the end of the clause ("The *mines* were
 * *BIP by EOD*"), unless it says someone the question does not name did it (but "what happened to X?" names no
 * one). A word between "be" and a "by" naming who did it is the passive's participle, though the tagger does not know
 * it for a verb (the War Diary's "BIP"). An act the question itself says ("the mines *found* near…") is how the thing
 * came in, not what was done with it.
 */
function doneToThing(
  words: Word[],
  thing: (w: Word) => boolean,
  asked: (w: Word) => boolean,
  byAnyone?: Lexicon,
): [number, number, true][] {
  const isThing = (w: Word | undefined) => !!w && NOMINAL.has(w.pos) && thing(w);
  const found: [number, number, true][] = [];
  words.forEach((w, i) => {
    // The thing last in its noun phrase, or the group the question counts named again ("the four local nationals").
    if (!isThing(w) && !(NOMINAL.has(w.pos) && countedAgain(words, i, thing))) return;
    const j = pastWith(words, i);
    // A modal before "be" keeps the passive, told as a plan: "UXOs *will be* BIP by DEU EOD Team".
    const b =
      words[j + 1]?.pos === 'AUX' && words[j + 1]!.lemma !== 'be' && words[j + 2]?.lemma === 'be' ? j + 2 : j + 1;
    // The participle past the adverbs in "-ly" saying how it was done, which the act told holds: "The Driver was
    // *lightly* injured", "was *finally* rescued"; not past another word the tagger reads as one ("were *double*
    // stacked" tells how the mines lay).
    let d = b + 1;
    while (words[d]?.pos === 'ADV' && /ly$/i.test(words[d]!.text)) d++;
    const [be, done, after] = [words[b], words[d], words[d + 1]];
    // Then "was"/"were" and the participle.
    if (be?.lemma !== 'be' || be.pos !== 'AUX' || !done || LIGHT_VERBS.has(done.lemma)) return;
    const participle = done.pos === 'VERB' || (after?.lemma === 'by' && done.pos !== 'ADJ');
    const last = clauseEnd(words, d);
    // Done by someone the question does not name ("were BIP by *ANA*") is someone else's act.
    const by = words.findIndex((b, k) => k > d && k <= last && b.lemma === 'by');
    const byOther = !byAnyone && by > 0 && !namedAfter(words, by, asked);
    if (participle && !asked(done) && !byOther) found.push([b + 1, last, true]);
  });
  if (!byAnyone) return found;
  const underwentIt = underwent(words, isThing, asked, byAnyone);
  return [...found, ...actedOnThing(words, isThing, asked, byAnyone), ...underwentIt];
}

/**
 * Whether the noun phrase after the word at `at` holds a word the question says: "by DEU EOD *Team*" names the team
 * asked of, its first word saying whose it is.
 */
function namedAfter(words: Word[], at: number, asked: (w: Word) => boolean): boolean {
  for (let k = at + 1; IN_PHRASE.has(words[k]?.pos ?? ''); k++) if (asked(words[k]!)) return true;
  return false;
}

/**
 * Whether the noun phrase ending at `i` names again, by "the" and its count, a group the question counts: "Three of
 * *the four local nationals* were killed" is of the four the question asks of ("the four villagers"), whatever word
 * the report calls them by. "The" says the group was named before; its count says which.
 */
function countedAgain(words: Word[], i: number, thing: (w: Word) => boolean): boolean {
  const k = phraseStart(words, i);
  const count = words[k]!;
  return k < i && words[k - 1]?.lemma.toLowerCase() === 'the' && count.pos === 'NUM' && thing(count);
}

/** Where the noun phrase ending at `i` begins past its determiner: "a *5 day mission*". */
export function phraseStart(words: Word[], i: number): number {
  let k = i;
  while (k > 0 && IN_PHRASE.has(words[k - 1]!.pos) && words[k - 1]!.pos !== 'DET') k--;
  return k;
}

/** What WordNet files the verbs of a thing's own fate under: moving, changing, touching, the body ("rolled"). */
const FATES = new Set(['verb.motion', 'verb.change', 'verb.contact', 'verb.body']);

/**
 * The acts the thing asked of underwent as their subject, for "what happened to X?": a verb of its fate (FATES) in the
 * past, right after its noun phrase, taking no object ("1 M1114 UAH with a trailer *rolled onto its side*", "the
 * vehicle *crashed*"), from the verb to the end of its clause. A verb taking an object tells what X did to another; one
 * the question says (or WordNet brings close to it) is how X came in, not what befell it.
 */
function underwent(
  words: Word[],
  isThing: (w: Word | undefined) => boolean,
  asked: (w: Word) => boolean,
  lexicon: Lexicon,
) {
  const found: [number, number, true][] = [];
  words.forEach((w, i) => {
    if (!isThing(w) || objectOfPreposition(words, i)) return;
    let v = pastWithAll(words, i) + 1;
    while (words[v]?.pos === 'ADV') v++;
    const verb = words[v];
    if (verb?.pos !== 'VERB' || asked(verb) || LIGHT_VERBS.has(verb.lemma)) return;
    if (verb.text.toLowerCase() === verb.lemma || isIngForm(verb.text)) return;
    if (!FATES.has(lexicon.filedUnder(verb.lemma, 'verb') ?? '')) return;
    if (TAKES_OBJECT.has(words[v + 1]?.pos ?? '')) return;
    found.push([v, clauseEnd(words, v), true]);
  });
  return found;
}

/**
 * The last word of the noun phrase whose head is at `i`, past a "with" phrase and the phrases joined to it by "and":
 * "the vehicle *with a M2 and a M249* shifted onto its rooftop".
 */
function pastWithAll(words: Word[], i: number): number {
  let j = pastWith(words, i);
  while (j > i && words[j + 1]?.lemma === 'and' && IN_PHRASE.has(words[j + 2]?.pos ?? '')) {
    j += 2;
    while (IN_PHRASE.has(words[j + 1]?.pos ?? '')) j++;
  }
  return j;
}

/**
 * Whether the noun at `i` is in the phrase of a preposition, so the subject of no verb after it: "a security vehicle
 * from Sayeda *with only a driver* struck…" — the vehicle struck, not the driver.
 */
function objectOfPreposition(words: Word[], i: number): boolean {
  let k = i;
  while (k > 0 && [...IN_PHRASE, 'ADV'].includes(words[k - 1]!.pos)) k--;
  return words[k - 1]?.pos === 'ADP';
}

/** Words opening a verb's object right after it: "struck *an* IED", "fired *3x* rounds", "hit *them*". */
const TAKES_OBJECT = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ']);

/**
 * The active verbs whose object is the thing asked of, from the verb to the end of its clause: "combatant *blew off
 * right hand during IED detonation*" tells what happened to the hand. The object is the noun phrase right after the
 * verb, past a particle ("off"); the thing must be in it, not in a phrase further on ("blew off a door *near* the
 * hand"). A verb after "be" is a passive, read by doneToThing; one the question says is how the thing came in. Only
 * for "what happened to X?", which names no doer: in "what did the engineers do with X?" another's act is no answer.
 */
function actedOnThing(
  words: Word[],
  isThing: (w: Word | undefined) => boolean,
  asked: (w: Word) => boolean,
  lexicon: Lexicon,
) {
  const found: [number, number, true][] = [];
  words.forEach((w, i) => {
    if (w.pos !== 'VERB' || asked(w) || LIGHT_VERBS.has(w.lemma) || words[i - 1]?.lemma === 'be') return;
    // What happened is told in the past ("blew off"); a bare verb orders or plans it ("Capture/*Kill* Aziz Ullah").
    if (w.text.toLowerCase() === w.lemma) return;
    // Nor by a doer the question names past X (see actsDone).
    if (asked(words[i - 1] ?? w) && !isThing(words[i - 1])) return;
    // A particle WordNet knows with the verb ("blow_off"); a preposition ("drove *past* the IED") takes its own phrase.
    const first = phrasalAt(words, i, lexicon)?.next === words[i + 1] ? i + 2 : i + 1;
    // "found *a* UXO", "recovered *7x* mines": a thing brought in as new is not what was done to the one asked of.
    if (NEW_THING.has(words[first]?.lemma.toLowerCase() ?? '') || words[first]?.pos === 'NUM') return;
    let k = first;
    // A determiner opens a noun phrase: one past other words begins another ("drove *past the* suspect IED").
    const opensAnother = (at: number) => words[at]!.pos === 'DET' && at > first;
    while (IN_PHRASE.has(words[k]?.pos ?? '') && !isThing(words[k]) && !opensAnother(k)) k++;
    // A phrase a verb follows is the subject of a clause of its own: "reported *trailer was recovered*".
    const subject = ['AUX', 'VERB'].includes(words[k + 1]?.pos ?? '');
    if (isThing(words[k]) && !subject) found.push([i, clauseEnd(words, i), true]);
  });
  return found;
}

/**
 * The last word of the noun phrase whose head is at `i`, past a "with" phrase that goes with it: "the 5x Rockets *with
 * 5x Fuses* were destroyed" tells what was done to the rockets.
 */
function pastWith(words: Word[], i: number): number {
  if (words[i + 1]?.lemma !== 'with' || !IN_PHRASE.has(words[i + 2]?.pos ?? '')) return i;
  let k = i + 2;
  while (IN_PHRASE.has(words[k + 1]?.pos ?? '')) k++;
  return k;
}

/** The last word of the clause of the verb at `i`, at most CLAUSE_WORDS on, before a comma closing it. */
export function clauseEnd(words: Word[], i: number): number {
  let last = i;
  while (
    last + 1 < Math.min(words.length, i + CLAUSE_WORDS) &&
    !endsClause(words[last + 1]!) &&
    !joinsClause(words, last + 1)
  )
    last++;
  // A bracket the clause's words stop inside is said apart: "laying an IED 6km SW of PANJWAYI DC *(PANJWAYI…*".
  const inside = words.slice(i + 1, last + 1).map((w) => w.text);
  const open = inside.lastIndexOf('(');
  if (open >= 0 && !inside.slice(open).includes(')')) last = i + open;
  // "F PLT was cleaning their weapons*,* when…": the comma before the next clause is none of this one's words.
  while (last > i && words[last]!.text === ',') last--;
  return last;
}

/** How many words the subject of a clause joined by "and" may run to: "and *the donkey* was hit". */
const JOINED_SUBJECT = 3;

/**
 * Whether a conjunction at `k` joins a clause of its own, a noun phrase and its verb after it: "riding his donkey *and*
 * donkey was hit…" says another's act, where "digging in the road *and* emplacing…" goes on with the same doer's.
 */
export function joinsClause(words: Word[], k: number): boolean {
  if (words[k]!.pos !== 'CCONJ') return false;
  let j = k + 1;
  while (j <= k + JOINED_SUBJECT && IN_PHRASE.has(words[j]?.pos ?? '')) j++;
  return (
    j > k + 1 && words.slice(k + 1, j).some((w) => NOMINAL.has(w.pos)) && ['AUX', 'VERB'].includes(words[j]?.pos ?? '')
  );
}

/** Whether a word ends a clause: a stop, a subordinating conjunction, or a word opening a clause of its own. */
export const endsClause = (w: Word) => CLAUSE_ENDS.test(w.text) || w.pos === 'SCONJ' || OPENS_CLAUSE.has(w.lemma);

/** A calibre ("76mm", "155mm", "12.7mm") or a model's code, letters and a number ("TC-6", "M16", "SA-7"). */
const CODED = /^(?:\d+(?:[.,]\d+)?(?:mm|cm)|[A-Z]{1,4}-?\d+[A-Z]?)$/i;
/** A calibre's unit, which the tagger may read apart from its number ("76 mm"). */
const CALIBRE_UNIT = /^(?:mm|cm)$/i;
/** How many words a code after the asked noun may take: "UAV *KZO*", "ISN *1503*". */
const CODE_WORDS = 2;
/** The words the reports put between a thing's noun and its model's code: "rocket *type* OG9M". */
const MODEL_WORDS = new Set(['type', 'model']);

/** Whether the word at `k` is a calibre or a model's code ("76mm", "76 mm", "TC-6"). */
const coded = (words: Word[], k: number) =>
  CODED.test(words[k]!.text) || (words[k]!.pos === 'NUM' && CALIBRE_UNIT.test(words[k + 1]?.text ?? ''));

/** A word written as a code or a model's name: in capitals ("DINGO", "CG-20"), or with a digit ("CG-20"). */
const CODE_WRITTEN = /^(?=.*[A-Z\d])[A-Z\d][A-Z\d./-]*$/;

/**
 * The model the War Diary gives in brackets right after the noun for a thing's class: "1 X ISAF VEH (*DEU WOLF*)", "1X
 * VEHICLE (*DINGO*) DAMAGED", "The damaged vehicle (*DINGO*)". The bracket is closed within CODE_WORDS words, all
 * written as codes (in capitals, or with a digit), one the question lacks: a bracket holds a model's name whatever
 * else WordNet knows the word as (a dingo, a wolf), so no test of English words applies inside it. As [first, last].
 */
function codeInBracket(words: Word[], at: number, asked: (w: Word) => boolean): [number, number] | undefined {
  if (words[at + 1]?.text !== '(') return undefined;
  const close = words.findIndex((w, k) => k > at + 1 && w.text === ')');
  if (close < at + 3 || close - at - 2 > CODE_WORDS) return undefined;
  const inside = words.slice(at + 2, close);
  const coded = inside.every((w) => CODE_WRITTEN.test(w.text)) && inside.some((w) => !asked(w));
  return coded ? [at + 2, close - 1] : undefined;
}

/**
 * The name or code the reports give a thing right beside the word for it, at `at`: after it, a number or a word in
 * capitals ("requested reconnaissance via UAV *KZO*", "ISN *1503* is a recapture", "UAV *LUNA* was still on scene");
 * before it, a phrase holding a calibre or a model's code ("a UXO consisting of 4x *76mm HE* Shells"), past its count.
 * Asked "which drone?", "what shells?", the noun says what kind of thing is asked of; its code says which. Words the
 * question holds (`asked`) name nothing new. As [first, last], or none.
 */
export function codeBeside(
  words: Word[],
  at: number,
  asked: (w: Word) => boolean,
  known: (w: Word) => boolean,
  afterOf = false,
): [number, number] | undefined {
  // In a sentence in capitals, a word English knows (`known`) may be the sentence's next ("UAV LUNA REPORTED").
  const capitals = !words.some((w) => /\p{Ll}/u.test(w.text));
  const inCapitals = (w: Word) => /^[A-Z]{2,}$/.test(w.text) && !(capitals && known(w));
  // In a sentence in lower case, a word in capitals is a name or a code whatever the tagger reads it as: "seize OBJ
  // *BROWNING*" (read as a verb).
  // A noun written with a capital inside a sentence in lower case is the first word of a name, and the proper noun
  // after it the rest ("along *Route* Viper", "at *Camp* Marmal"): that name says which.
  const titled = (w: Word) => !capitals && /^\p{Lu}\p{Ll}/u.test(words[at]!.text) && w.pos === 'PROPN' && at > 0;
  const code = (w: Word | undefined) =>
    !!w &&
    (NOMINAL.has(w.pos) || (!capitals && inCapitals(w))) &&
    !asked(w) &&
    (/\d/.test(w.text) || inCapitals(w) || titled(w));
  // The War Diary writes a plural with an apostrophe, the tagger splitting it off: "*ISN's* 4059 and 4060 were
  // assigned" gives the ISNs' numbers after "'s".
  const bracketed = codeInBracket(words, at, asked);
  if (bracketed) return bracketed;
  // The War Diary names a model after "type" or "model": "1 x rocket type *OG9M*", "handgrenades type *HE F1*".
  const typed = MODEL_WORDS.has(words[at + 1]?.lemma.toLowerCase() ?? '') && code(words[at + 2]);
  const apostrophe = words[at + 1]?.text.toLowerCase() === "'s" && words[at + 2]?.pos === 'NUM';
  const from = apostrophe || typed ? at + 1 : at;
  let last = from;
  // A second word goes on a code only as its number ("Whiskey *36*"): a word in capitals after a name is the War
  // Diary's next ("OBJ BROWNING *IOT* neutralize", in order to).
  const goesOn = (k: number) => k === from + 1 || /\d/.test(words[k]!.text);
  while (last - from < CODE_WORDS && code(words[last + 1]) && goesOn(last + 1)) last++;
  // A calibre's unit the tagger reads apart is the code's: "mortar *120 mm*".
  if (last > from && words[last]!.pos === 'NUM' && CALIBRE_UNIT.test(words[last + 1]?.text ?? '')) last++;
  if (last > from) return [from + 1, last];
  return (afterOf ? nameAfterOf(words, at, asked) : undefined) ?? codeBefore(words, at, asked);
}

/**
 * The name a phrase after "of" gives the noun at `at`: "a suspected sample *of Iranian C4*", "the village *of
 * Nawabad*" — English says which one by naming it so; not of someone ("the leader *of the Taliban*" names whose
 * leader: codeBeside's `afterOf` says when). Past the article, the adjectives and the name, as [first, last]; the name
 * must be one the question lacks.
 */
function nameAfterOf(words: Word[], at: number, asked: (w: Word) => boolean): [number, number] | undefined {
  // A name before the noun names it already, and the one after "of" the whole it is in: "the Char Dara district *of
  // Kunduz Province*".
  if (words[at + 1]?.lemma !== 'of' || words[at - 1]?.pos === 'PROPN') return undefined;
  let first = at + 2;
  while (words[first]?.pos === 'DET') first++;
  let last = first;
  while (words[last]?.pos === 'ADJ') last++;
  if (words[last]?.pos !== 'PROPN') return undefined;
  while (words[last + 1]?.pos === 'PROPN') last++;
  return words.slice(first, last + 1).some((w) => w.pos === 'PROPN' && !asked(w)) ? [first, last] : undefined;
}

/** codeBeside's phrase before the noun at `at`, holding a calibre or a model's code, past its count. */
function codeBefore(words: Word[], at: number, asked: (w: Word) => boolean): [number, number] | undefined {
  // The tagger may read a calibre's unit apart ("76 mm") and a word in capitals as anything ("HE" a pronoun).
  const inPhrase = (w: Word) => (IN_PHRASE.has(w.pos) || /^[A-Z]{2,}$/.test(w.text)) && w.pos !== 'DET';
  let first = at;
  while (first > 0 && inPhrase(words[first - 1]!)) first--;
  while (first < at && (countsAt(words, first) || asked(words[first]!))) first++;
  const before = words.slice(first, at);
  return before.some((_, k) => coded(words, first + k)) && !before.some(asked) ? [first, at - 1] : undefined;
}

/**
 * Whether a word is written as a make's or a model's name: a capital first and a letter in lower case ("Toyota",
 * "DShK"), not an acronym all in capitals ("IED").
 */
const madeName = (text: string) => /^\p{Lu}/u.test(text) && /\p{Ll}/u.test(text);

/** How many words may describe a make in brackets before its name: "(*silver-grey* Toyota Corolla)". */
const MAKE_DESCRIBED = 3;

/**
 * The things a sentence names by make in brackets after the noun for them (`of`), as namedByMake after an article:
 * "they struck an VBIED (*silver-grey Toyota Corolla*)" — the reports say the make of what a code names so. The
 * bracket holds only the make's names, the adjectives before them (a colour) and nothing after, as [first, last].
 */
export function madeInBrackets(words: Word[], of: (w: Word) => boolean): [number, number][] {
  if (!words.some((w) => /\p{Ll}/u.test(w.text))) return [];
  return words.flatMap((w, i): [number, number][] => {
    if (w.text !== '(' || !NOMINAL.has(words[i - 1]?.pos ?? '') || !of(words[i - 1]!)) return [];
    let name = i + 1;
    while (
      name - i <= MAKE_DESCRIBED &&
      ['ADJ', 'NOUN', 'PUNCT'].includes(words[name]?.pos ?? '') &&
      words[name]!.text !== ')'
    )
      name++;
    let last = name - 1;
    while (words[last + 1]?.pos === 'PROPN' && madeName(words[last + 1]!.text)) last++;
    return last >= name && words[last + 1]?.text === ')' ? [[i + 1, last]] : [];
  });
}

/** Whether the phrase from `k` ends in a common noun, one a name before a conjunction may share ("dog *team*"). */
function sharedNoun(words: Word[], k: number): boolean {
  let last = k;
  while (IN_PHRASE.has(words[last]?.pos ?? '') || words[last]?.pos === 'SYM') last++;
  return words[last - 1]?.pos === 'NOUN';
}

/**
 * The things a sentence names by make or model: "a" or "an", then a name, with adjectives before it ("because *a white
 * Toyota Corolla* came near", "*a Luna* was launched"). English puts an indefinite article before a name only when
 * the name stands for one of the things of that make ("a Toyota", "a Kalashnikov"), not for a person or a place. Not
 * in a sentence all in capitals, where the tagger reads any word as a name; nor a name in capitals, an acronym ("an
 * IED", "an ANP patrol") or a common noun after it, heading the phrase. The adjectives and the name, as [first, last].
 */
export function namedByMake(words: Word[]): [number, number][] {
  if (!words.some((w) => /\p{Ll}/u.test(w.text))) return [];
  const found: [number, number][] = [];
  words.forEach((w, i) => {
    if (!['a', 'an'].includes(w.text.toLowerCase())) return;
    let first = i + 1;
    while (words[first]?.pos === 'ADJ') first++;
    let last = first - 1;
    while (words[last + 1]?.pos === 'PROPN' && madeName(words[last + 1]!.text)) last++;
    // Nor one joined to another before a noun they share: "a *Pathfinder* and tracking dog team"; joined straight to
    // another name it is one of two ("a possible *DShK* or ZPU/ZGU").
    const after = words[last + 1]?.pos ?? '';
    const shares = after === 'CCONJ' && (words[last + 2]?.pos !== 'PROPN' || sharedNoun(words, last + 2));
    if (last >= first && !NOMINAL.has(after) && !shares) found.push([i + 1, last]);
  });
  return found;
}
