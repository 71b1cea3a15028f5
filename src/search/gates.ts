/**
 * The gates that keep or decline the best sentence (Confidence, Declined): how much of the question it and its report
 * hold and how far it leads (confidenceOf), then each check that a quote says what the question asks, not another
 * act, doer, event or scene.
 */
import { mayNameAct, verbLemma } from './acts.ts';
import { derivedActs } from './act-nouns.ts';
import { putsSomewhere, tellsMovement, wentTo } from './destinations.ts';
import { asksWhither, isName as isNameWord, NAMING_WORDS, nounBase, SERIAL } from './kinds.ts';
import type { Glossary } from './glossary.ts';
import { lexicon, PEOPLE_FILES, type Lexicon } from './lexicon.ts';
import { asksMoney, isMoney, isOf } from './measures.ts';
import { isIngForm, PASSIVE, read, wordsAt, type Word } from './nlp.ts';
import type { ParsedQuery, QueryUnit } from './query.ts';
import {
  ABBREVIATED,
  actVerbs,
  alikeVerbs,
  askersTermForPerson,
  isNoun,
  LIGHT_VERBS,
  strandsPreposition,
  casualtyAt,
  verbReadAsNoun,
  wordOfToken,
  type Question,
} from './question.ts';
import { catenatives } from './catenative.ts';
import { firstJoined } from './slots.ts';
import { sentences, tokenize } from './text.ts';
import { countsUnit, ESSENTIAL, ESSENTIAL_HELD, MOTION, type Weighed, writtenAs } from './weighed.ts';
import { type Candidate, namesOneThing, openingWord, wordsOf } from './candidates.ts';
import { paragraphsOf } from './passages.ts';
import { isOfPlace } from './places.ts';
import { isNegator, settingOf, relativeOpener, reachesNumber, SAYS_ACT } from './acts-said.ts';
import { type Leads, mainWord, holdsNames, countsAsked, asksDoer, firstVerb } from './leads.ts';

export type Confidence = 'answer' | 'likely';

/**
 * Why the best sentence was not quoted: the question asks for no kind of answer, or the sentence names none; the
 * question's main word is not in its report; its report misses too many of the question's nouns; another report says
 * nearly as much; the sentence holds too little of the question; or it leads the sentences saying otherwise too little;
 * it tells of another event, or of another person named doing the act asked of a named one ('other-doer').
 */
export type Declined =
  | 'asks-no-kind'
  | 'names-no-kind'
  | 'act'
  | 'main-word'
  | 'missing-nouns'
  | 'other-report'
  | 'share'
  | 'lead'
  | 'other-event'
  | 'other-doer';
/** Whether the gates so far let a sentence be quoted: each later gate only declines one they let through. */
export const quotes = (c: Confidence | Declined): c is Confidence => c === 'answer' || c === 'likely';

/**
 * Share of the question's weight a sentence must hold itself, and with its
 * context, to be quoted, and how far its score must lead the best sentence
 * saying something else: a close second means the corpus does not say plainly.
 */
const SURE = { own: 0.5, all: 0.7, lead: 0.25 };
/**
 * The bar for a likely answer, calibrated on the first judged set (bench/ask-judged.ts): the loosest lead at which it
 * quotes nothing wrong (0.08 quotes a wrong sentence there). The held-out part shows it on questions not tuned on.
 */
const LIKELY = { own: 0.3, all: 0.4, lead: 0.1 };
/**
 * A sentence holding less of the question itself answers all the same when what it names stands next to the question's
 * words it holds and its report holds most of the rest ("*ANP* are investigating" in the report of the Shingar
 * killings): a short sentence says its answer beside the one word of the question it needs.
 */
const BESIDE = { own: 0.15, all: 0.6 };

/** How far the best sentence must lead the best of any other report. */
const OTHER_LEAD = 0.15;

/**
 * The share of the question's weight such units may miss in the report. A unit held by a looser bridge is missed in
 * part: "casualties" said as "injured people" (WordNet's gloss, 0.3) is not absent.
 */
const MISSING = 0.3;

/**
 * A sentence telling the act asked only as not done answers no wh-question of it: "at 1125Z, the attempted Controlled
 * Detonation was not successful" does not say when the second one succeeded. A question denying it too ("why was the
 * medevac *not* flown?") may be answered so, and a yes/no question asks no kind: a denial answers it.
 */
export function actDenied(
  confidence: Confidence | Declined,
  question: Question,
  denies: () => boolean,
): Confidence | Declined {
  if (!quotes(confidence) || !question.expects.size) return confidence;
  const asksDenied = question.reading.words.some((w) => isNegator(w));
  return !asksDenied && denies() ? 'act' : confidence;
}

/** A reflexive pronoun: "himself", "themselves". */
const REFLEXIVE = /^(?:my|your|him|her|it|our|them)sel(?:f|ves)$/i;
/** Any word of one: "himself", "self-inflicted". */
const SELF = /\b\w*sel(?:f|ves)\b/i;

/**
 * A question asking of an act someone did to themselves ("the officer who *shot himself*", the pronoun right after
 * its verb) is not answered from a report that never says so: another's shooting, or a warning shot fired from a
 * truck, is another act. (A pronoun after a noun only stresses it: "the governor himself".)
 */
export function selfUnsaid(confidence: Confidence | Declined, c: Candidate, question: Question): Confidence | Declined {
  const { words } = question.reading;
  // The tagger may read the verb after "who" as a noun: "who *shot* himself".
  const acting = (i: number) => !!words[i] && !!verbLemma(words[i]!);
  if (!quotes(confidence) || !words.some((w, i) => REFLEXIVE.test(w.text) && acting(i - 1))) return confidence;
  const { quotes: said, paraphrase } = c.hit.report;
  return [...said, ...paraphrase].some((t) => SELF.test(t)) ? confidence : 'act';
}

/** How much a noun of the clause that sets the question's scene ("… *while planting a bomb*") counts as missing. */
const SETTING = 0.25;

/**
 * Whether each unit of the question counts a quarter as missing: it sets the scene (settingOf), or it is a word no
 * report holds in any form, said in a clause telling which one the question means ("the afghan cop *who brought a
 * wounded colleague*"), or a noun before another telling which one it is ("the IED and *gunfire* attack near
 * Riverloop"): the asker's wording of what a report tells in its own words ("a wounded ANP officer"). Not the head of
 * the main clause: "who was the *nephew* of Dr Amin?" asks about the nephew; nor when the report lacks a name the
 * question gives ("… to the PRT *in Kunduz*"): it tells another story in words like the asker's. `describing` is
 * describingOf's, which confidenceOf reads too.
 */
function lessMissed(
  c: Candidate,
  question: Question,
  query: ParsedQuery,
  units: Weighed[],
  describing: boolean[],
  lexicon: Lexicon,
): boolean[] {
  const { words } = question.reading;
  const modifies = (u: QueryUnit) => {
    const word = wordOfToken(question, u.tokens[0]!);
    return !!word && isNoun(word) && isNoun(words[words.indexOf(word) + 1]);
  };
  const names = holdsNames(c, units);
  const named = units.some((u) => u.proper);
  // A thing or person no report names, the object of a preposition (not what the question asks about), in a question
  // whose names its report holds, is the asker's word for what the report tells in its own ("how many detainees … in
  // the *batch* that got ISN 20052?" of "7 X Detainees transferred into BTIF by TF 373"). Not a noun of an act or event
  // ("the Dingo *rollover*", "the *clash*"): that says which event the question means, and a report without it tells
  // another.
  const askersNoun = (u: QueryUnit) => {
    const word = wordOfToken(question, u.tokens[0]!);
    let at = word ? words.indexOf(word) - 1 : -1;
    // Past the numbers naming the batch too: "in the *20082 / 20083* batch" (weighed.ts listed).
    while (BEFORE_ASKERS_NOUN.has(words[at]?.pos ?? '')) at--;
    const object = words[at]?.pos === 'ADP';
    return named && object && !!word && isNoun(word) && !mayNameAct(word.lemma.toLowerCase(), lexicon);
  };
  return settingOf(question, query).map(
    (scene, k) =>
      scene ||
      (!units[k]!.inCorpus &&
        (describing[k]! || (names && (modifies(query.units[k]!) || askersNoun(query.units[k]!))))),
  );
}

/** The question's word opening its unit `k`. */
const unitWord = (question: Question, query: ParsedQuery, k: number) =>
  wordOfToken(question, query.units[k]!.tokens[0]!);

/** Words between a preposition and the asker's noun it governs: "in *the* batch", "in *the 20082 / 20083* batch". */
const BEFORE_ASKERS_NOUN = new Set(['DET', 'ADJ', 'NUM', 'SYM', 'CCONJ']);

/**
 * Whether a unit of the question is an adjective after its noun, with a phrase of its own ("a car *full* of
 * explosives"): it says what the noun holds, through the phrase's noun, which is what the question is about; the
 * reports say it in words of their own ("A CAR WITH EXPLOSIVES INSIDE").
 */
function postpositive(question: Question, k: number, query: ParsedQuery): boolean {
  const { words } = question.reading;
  const word = unitWord(question, query, k);
  const at = word ? words.indexOf(word) : -1;
  return word?.pos === 'ADJ' && isNoun(words[at - 1]) && words[at + 1]?.pos === 'ADP';
}

/**
 * Whether a unit of the question is the bare noun of a preposition English makes of three words ("in *exchange* for",
 * "on *behalf* of", "in *front* of"): a common noun with no article between two prepositions says how the phrase after
 * it relates to the act, not what the question is about, and the reports seldom write it ("THEY WANT TO TRADE 15
 * TALIBAN FOR THE AMERICAN" for "what did the Taliban want in exchange for the captured American?").
 */
function inPreposition(question: Question, k: number, query: ParsedQuery): boolean {
  const { words } = question.reading;
  const word = unitWord(question, query, k);
  const at = word ? words.indexOf(word) : -1;
  return word?.pos === 'NOUN' && words[at - 1]?.pos === 'ADP' && words[at + 1]?.pos === 'ADP';
}

/**
 * Whether each unit of the question stands in a clause telling which one it means ("the ANP officer *who stayed at the
 * Kamdesh PRT with the wounded cop*"), in a report holding every name the question gives: the report tells that in its
 * own words ("5x ANP officers … brought a wounded ANP officer to the Kamdesh PRT").
 */
function describingOf(c: Candidate, question: Question, query: ParsedQuery, units: Weighed[]): boolean[] {
  const relative = relativeOpener(question.reading.words);
  const names = holdsNames(c, units);
  return query.units.map((u) => names && !!relative && u.tokens[0]!.start > relative.start);
}

/**
 * A likely answer to "who" must say the act asked in its own sentence: a name beside the question's other words
 * ("Upon return from North Korea, *Dr Amin* stayed in Helmand") did not do an act it never tells ("who sold the
 * weapons to Hekmatyar?"). So must one to "where", the act of its main clause: a place in a sentence not telling it is
 * where something else happened ("a negligent discharge in CAMP FEYZABAD" for "where was the soldier *sent*?"), and
 * only a sentence telling a going says where it ended ("weapons recently found in Kandahar" for "shipped to"). A sure
 * answer is left to the gates before: it leads its rivals by far, and tells the act in words of its own ("bombers were
 * *tasked by* Taliban leaders to come to LashKarGah" for "who sent the bombers").
 */
export function actUnsaid(
  confidence: Confidence | Declined,
  question: Question,
  says: boolean,
  tellsAnother: boolean,
  teller: boolean,
): Confidence | Declined {
  // Nor is a "who" answer who told, in a sentence not saying the act asked in its clause (`teller`): "*PRT MES*
  // reported a possible VBIED" says who neither drove nor robbed the truck, though a sure answer may otherwise tell
  // the act in words of its own ("tasked by Taliban leaders").
  if (quotes(confidence) && question.wh === 'who' && teller) return 'act';
  // Nor, sure, is one to whom, with whom… ("who did Iran supply weapons *to*?"), in a sentence not saying the act: the
  // one the act went to stands beside its verb, and a name in a sentence without it ("the Ministry of Foreign Affairs
  // wants to keep the issue of the Iranian-made weapons … under the radar screen") is no one it went to.
  if (quotes(confidence) && question.wh === 'who' && !says && oblique(question)) return 'act';
  // Sure too, a sentence telling only the act that picks out the thing (tellsAnother) places and times that act: a
  // place or a time is of one event, where a person or a thing may stand in both ("who was the propaganda aimed at").
  const ofEvent = question.wh === 'where' || question.wh === 'when';
  if (quotes(confidence) && ofEvent && tellsAnother) return 'act';
  // So is a "who" asking only who did the main clause's act: a sentence telling only the scene's act names whom that
  // act befell or who did it, not who did the act asked ("who came to help *after the car bomb hit the convoy*?" is
  // not answered by "The IED strike *hit* the second patrol vehicle. The *patrol* broke through the strike site").
  if (quotes(confidence) && question.wh === 'who' && tellsAnother && asksDoerOnly(question)) return 'act';
  return confidence === 'likely' && (question.wh === 'who' || question.wh === 'where') && !says ? 'act' : confidence;
}

/**
 * A likely name asked of whoever did an act ("what was the name of the doctor who *treated* the boy?") is from a
 * sentence saying the act, or the one the question names, by its word or its rank's ("Abdul Haid (Waza Khwa Sub
 * *Governor*)" for the sub governor attacked, though it says the attack in words of its own): one saying neither
 * names someone else ([Baghlan], from the accident's sentence).
 */
export function nameUnsaid(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
  says: boolean,
  lexicon: Lexicon,
) {
  if (confidence !== 'likely' || !question.named) return confidence;
  // The phrase after "name of" (past "of"): "the HUN *doctor*", not the boy the clause after it tells of.
  const after = (question.namedOf ?? []).slice(1);
  const end = after.findIndex((w) => !NAMING_WORDS.has(w.pos));
  const named = after.slice(0, end < 0 ? after.length : end).filter((w) => w.pos === 'NOUN');
  const said = wordsOf(c.text, 'stem');
  const holds = (w: Word) => tokenize(w.text).some((t) => said.has(t.stem));
  // A person is named by a rank or office in the report's own words too: a word WordNet brings it to ("5x ANP
  // *officers*" for the cop, the Afghan policeman).
  const person = named.filter((w) => lexicon.filedUnder(w.lemma, 'noun') === 'noun.person');
  const bridged = (w: Word) => [
    w.lemma,
    ...lexicon.related(w.lemma, 'noun').flatMap((r) => (r.weight >= RANKS ? [r.word] : [])),
  ];
  const rank = (w: Word) => bridged(w).some((f) => said.has(headStemOf(f)));
  if (!says) return named.some(holds) || person.some(rank) ? confidence : 'act';
  // Saying the act is not enough where the person is named by rank or office ("the ANA *colonel* medevaced with the
  // little boy"): a sentence telling the act of several names someone else ("Gen Mulakhel") unless it says the rank.
  return person.length && !person.some(rank) ? 'act' : confidence;
}

/** How close WordNet must bring a word to a person's rank or office to say it: a synonym, or its broader word. */
const RANKS = 0.4;

/** The stem a WordNet lemma (words joined by "_") is indexed by: its last word's (not text.ts stemOf, of one word). */
const headStemOf = (lemma: string) => tokenize(lemma.replace(/_/g, ' ')).at(-1)?.stem ?? lemma;

/**
 * A "who" question whose verb leaves its preposition standing ("who were the warning shots *fired at* near Camp
 * Warehouse?", "who did they *work for*?") asks the one the act was done at, for or with, not who did it: a name before
 * the sentence's own verb of that act, told in the active ("a *GER c/s* who was about to get into CAMP WAREHOUSE
 * *fired* a warning shot in the air"), is its doer.
 */
export function doerNotAsked(confidence: Confidence | Declined, c: Candidate, question: Question) {
  if (!quotes(confidence) || question.wh !== 'who' || !c.kind) return confidence;
  const verb = strandedVerb(question);
  if (!verb) return confidence;
  const end = c.kind.end;
  const doings = doersIn(c.text, new Set([verb.lemma]), true);
  return doings.some(({ act, doer }) => doer !== undefined && end <= act.start) ? 'act' : confidence;
}

/**
 * A "who" question asks who did its act: a sentence telling that act only by a noun ("5 SOLDIERS (DEU) WHO HAVE CARBON
 * MONOXIDE *POISONING*"), with the name it gives outside that noun's clause ("the JLTP (… AND *ANA*)"), tells what
 * befell someone and names no one who did it. `untold`: the sentence says the act by nouns only, its answer elsewhere.
 */
export function doerUntold(confidence: Confidence | Declined, question: Question, untold: () => boolean) {
  return quotes(confidence) && question.wh === 'who' && asksDoerOnly(question) && untold() ? 'act' : confidence;
}

/**
 * Whether a "who" question asks who did its act and names no one else before its verb: "who *poisoned* the
 * soldiers?", "who were they searched by?"; not "who were the suicide bombers meant to attack?", which asks whom the
 * act was done to.
 */
function asksDoerOnly(question: Question): boolean {
  const words = question.reading.words;
  const verb = firstVerb(words);
  const by = words.filter((w) => w.pos !== 'PUNCT').at(-1)?.lemma === 'by';
  return asksDoer(question) && (by || !words.slice(0, Math.max(0, verb)).some((w) => isNoun(w)));
}

/**
 * A "who" question asking who did its act to an act of others, named by its noun ("who observed the German
 * *withdrawal*?"), is not answered by whoever did that other act: in "INF PLT C and *INF PLT D* withdrew under
 * observation of INF PLT A", the withdrawers were observed, they did not observe. The sentence's verbs WordNet derives
 * the question's noun from (derivedActs) are that act; their doers are no answer.
 */
export function doerOfObject(confidence: Confidence | Declined, c: Candidate, question: Question, lexicon: Lexicon) {
  const kind = c.kind;
  if (!quotes(confidence) || question.wh !== 'who' || !kind || !asksDoerOnly(question)) return confidence;
  const words = question.reading.words;
  const verb = firstVerb(words);
  const nouns = new Set(words.slice(verb + 1).flatMap((w) => (w.pos === 'NOUN' ? [w.lemma.toLowerCase()] : [])));
  if (verb < 0 || !nouns.size) return confidence;
  const said = read(c.text).words;
  const verbs = said.filter((w) => w.pos === 'VERB');
  const named = verbs.filter((w) => [...derivedActs(w.lemma, lexicon, false)].some((n) => nouns.has(n)));
  if (!named.length) return confidence;
  const doers = doersIn(c.text, new Set(named.map((w) => w.lemma)), true);
  // The doer's whole list: "*INF PLT C* and INF PLT D withdrew".
  const listed = (doer: Word) =>
    doer.end <= kind.end ||
    said.every((w) => w.start < kind.end || w.end > doer.end || LISTING.has(w.pos) || w.text === ',');
  return doers.some(({ doer }) => !!doer && doer.start >= kind.start && listed(doer)) ? 'act' : confidence;
}

/** The tags of the words a list of names runs on in: "INF PLT C *and* INF PLT D". */
const LISTING = new Set(['PROPN', 'NOUN', 'NUM', 'CCONJ']);

/**
 * The question's verb whose preposition stands with no noun after it: "fired *at* near…", "work *for*?". The
 * particle of a verb of two words WordNet knows (question.phrasal) is the verb's, no preposition: "who *linked up* with
 * the flipped Dingo?" strands none, its "with" taking the Dingo; "who did they link up with?" strands its "with".
 */
const strandedVerb = (question: Question): Word | undefined => {
  const words = question.reading.words;
  const particle = (w: Word) => (question.phrasal.has(w.start) ? 1 : 0);
  return words.find((w, i) => w.pos === 'VERB' && strandsPreposition(words, i + particle(w)));
};

/**
 * A likely answer naming a thing by its code or its make (KindSpan.model) must say the question's act: the code tells
 * which X the sentence is about, and a sentence not telling the act is about one in another event ("DEU HELICOPTER
 * *CH-53* executed an emergency landing" for "which helicopter was hit by the RPG?").
 */
export const modelUnsaid = (
  confidence: Confidence | Declined,
  c: Candidate,
  says: (c: Candidate) => boolean,
): Confidence | Declined =>
  confidence === 'likely' && !!c.kind?.model && !says(c) && !saidOfItNext(c, says) ? 'act' : confidence;

/**
 * Whether the sentence after a candidate says the act of the thing its model names, opening with that thing's noun
 * again: "1 X Italian *TC-6* AT *mine*, 1 X Pakistani P3 MK1 AT mine … *Mines* were double stacked." The War Diary
 * lists what was found in a sentence of its own, and says what was done with it in the next, naming it again.
 */
function saidOfItNext(c: Candidate, says: (c: Candidate) => boolean): boolean {
  const next = sentences(c.passage.text).find((s) => s.start >= c.end);
  const thing = read(c.text).words.find((w) => w.start >= c.kind!.end && w.pos !== 'PUNCT');
  const opening = next && openingWord(next.text);
  if (!next || !isNoun(thing) || !isNoun(opening)) return false;
  const [stem] = [...wordsOf(thing!.text, 'stem')];
  return wordsOf(opening!.text, 'stem').has(stem ?? '') && says({ ...c, ...next, kind: undefined });
}

/**
 * A question asking where a thing was moved ("where were the wounded *taken*?") is not answered by a sentence telling
 * no movement: its place is where something else happened ("reported an IED strike … at grid 42S").
 */
export function movementUnsaid(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
  lexicon: Lexicon,
): Confidence | Declined {
  if (!quotes(confidence)) return confidence;
  const whither = asksWhither(question, lexicon);
  const placed = !whither && question.wh === 'where' && !asksPutting(question, lexicon);
  if (placed && c.kind && wentTo(read(c.text).words, c.kind.start, lexicon)) return 'act';
  return whither && !tellsMovement(read(c.text).words, lexicon) ? 'act' : confidence;
}

/**
 * Whether the question's verb is one of putting a thing somewhere (putsSomewhere): "2 x Detainees transferred *into
 * BTIF* by TF 373" says where TF 373 *put* them. So is one the tagger reads as a noun after its subject
 * (verbReadAsNoun: "where did TF 373 *put* the detainee who got ISN 4239?").
 */
function asksPutting(question: Question, lexicon: Lexicon): boolean {
  const words = question.reading.words;
  const misread = verbReadAsNoun(words, lexicon);
  return words.some((w) => (w.pos === 'VERB' || w === misread) && putsSomewhere(w.lemma, lexicon));
}

/**
 * A question asking what was done when something else happened ("what did the black Toyota do *after the burst was
 * fired*?") is not answered by a sentence not telling that scene in any word: it tells what was done at another time
 * ("a black TOYOTA approached at high speed").
 */
export function sceneUnsaid(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
  setting: boolean[],
): Confidence | Declined {
  if (!quotes(confidence) || !question.expects.has('act')) return confidence;
  return setting.some((scene, k) => scene && c.said[k]! > 0) || !setting.some(Boolean) ? confidence : 'act';
}

/**
 * A question whose doer is a person's name ("which country did *Hafizullah* try to move to?") is not answered by a
 * sentence saying that another, named, did the act ("*Nejat* continues to move between Tagab Valley and…"): in a report
 * telling of several people, it tells what someone else did. The doer is the name right before the verb, past the
 * verbs that lead to it ("continues to"). `asked`: the question's doer and acts (doerAsked).
 */
export function otherDoer(
  confidence: Confidence | Declined,
  c: Candidate,
  asked: DoerAsked | undefined,
  lexicon: Lexicon,
): Confidence | Declined {
  if (!quotes(confidence)) return confidence;
  const name = asked?.doer.at(-1);
  if (!asked || !name) return confidence;
  const doers = doersIn(c.text, asked.acts).map(({ doer }) => doer);
  if (oneForGroup(doers, name, lexicon)) return 'other-doer';
  if (!personName(name, lexicon)) return confidence;
  const another = (w: Word | undefined) =>
    !!w && personName(w, lexicon) && w.text.toLowerCase() !== name.text.toLowerCase();
  return doers.some(another) ? 'other-doer' : confidence;
}

/**
 * Whether a question asks the act of a group, its doer's `head` ("how many warning shots did the BSG *patrol* fire?"),
 * and the sentence's `doers` of it are only one person, "he" or "she" ("fearing for his life…, *he* fired 1 x … warning
 * shot"): one soldier's act, told in another report, is not the group's.
 */
function oneForGroup(doers: (Word | undefined)[], head: Word, lexicon: Lexicon): boolean {
  if (lexicon.filedUnder(head.lemma.toLowerCase(), 'noun') !== 'noun.group') return false;
  return doers.length > 0 && doers.every((w) => !!w && ONE_PERSON.has(w.text.toLowerCase()));
}

/** The pronouns of one person, never of a group. */
const ONE_PERSON = new Set(['he', 'she']);

/** The doer a question names ("where did *friendly forces* pull back to?"), the acts asked of it, and its auxiliary. */
export interface DoerAsked {
  doer: Word[];
  acts: Set<string>;
  aux: Word;
}

/**
 * The doer a question names and the acts it asks of it: the phrase between "did" and its verb ("where did *friendly
 * forces* pull back to?"), not a place after "in"; and the verbs from there on.
 */
export function doerAsked(question: Question, lexicon: Lexicon): DoerAsked | undefined {
  const { words } = question.reading;
  const aux = words.findIndex((w) => w.pos === 'AUX');
  // The verb the tagger read as a noun ending the subject counts: "how many warning shots did the BSG patrol *fire*".
  const misread = verbReadAsNoun(words, lexicon);
  const verb = words.findIndex((w, k) => k > aux && (w.pos === 'VERB' || w === misread));
  const doer = aux < 0 || verb < 0 ? [] : words.slice(aux + 1, verb);
  if (!doer.length || doer.some((w) => w.pos === 'ADP')) return undefined;
  const acts = new Set(
    words
      .slice(verb)
      .filter((w) => w.pos === 'VERB' || w === misread)
      .map((w) => w.lemma),
  );
  return { doer, acts, aux: words[aux]! };
}

/**
 * Each word of a text saying one of the acts, with the word it says did it: right before it, past the verbs that lead
 * to it, or before the verb it is joined to by "and". With `active`, no doer for a verb told in the passive ("the
 * convoy *was attacked*"): the word before it is what the act was done to.
 */
function doersIn(text: string, acts: Set<string>, active = false): { act: Word; doer: Word | undefined }[] {
  const said = read(text).words;
  return said.flatMap((w, i) => {
    if (!acts.has(actLemma(said, i) ?? '')) return [];
    // A verb joined by "and" to an earlier one of its clause shares its subject and voice: "RECCE SQUAD A1 executed a
    // patrol … and *found* one (1) UXO" was found by the squad, not by "and".
    const group = verbGroup(said, firstJoined(said, i));
    return [{ act: w, doer: active && group.passive ? undefined : subjectAt(said, pastAside(said, group.start - 1)) }];
  });
}

/**
 * Where the words leading up to the verb at `i` begin — auxiliaries, particles, adverbs ("*was not* fired") — and
 * whether one makes it passive.
 */
export function verbGroup(words: Word[], i: number): { start: number; passive: boolean } {
  let k = i - 1;
  let passive = false;
  for (; k >= 0 && LEADING.has(words[k]!.pos); k--) passive ||= PASSIVE.has(words[k]!.lemma);
  return { start: k + 1, passive };
}

/**
 * The act a word says as a verb: a verb's lemma, or a participle in -ing the tagger read as a noun, its object after it
 * ("8-10 PAX inside the building *firing* rounds").
 */
function actLemma(said: Word[], i: number): string | undefined {
  const w = said[i]!;
  if (w.pos === 'VERB') return w.lemma;
  return w.pos === 'NOUN' && isIngForm(w.text) && said[i + 1]?.pos === 'NOUN' ? verbLemma(w) : undefined;
}

/**
 * Where the doer stands when the word before its verb closes an aside set off by commas: "EDDIE 57, *after obtaining
 * clearance of fires from GLORY 6*, fired …" was fired by EDDIE 57, not by GLORY 6. An aside opens with a word that
 * starts a clause or phrase (a preposition, a conjunction, a verb or an adverb), not a noun of a list ("ANA, ANP, …").
 */
function pastAside(said: Word[], k: number): number {
  if (k < 1 || said[k]?.text !== ',') return k;
  const opening = said.map((w) => w.text).lastIndexOf(',', k - 1);
  return opening > 0 && ASIDE_OPENERS.has(said[opening + 1]!.pos) ? opening - 1 : k;
}

/** The tags of the word opening an aside: "after obtaining …", "while …", "having …", "meanwhile …". */
const ASIDE_OPENERS = new Set(['ADP', 'SCONJ', 'VERB', 'ADV']);

/** The doer's own word at `k`: the name a number follows in a call sign ("*EDDIE* 57", "*GLORY* 6"). */
function subjectAt(said: Word[], k: number): Word | undefined {
  const before = said[k - 1];
  return said[k]?.pos === 'NUM' && (before?.pos === 'PROPN' || before?.pos === 'NOUN') ? before : said[k];
}

/**
 * Whether a sentence tells the question's act done by another than the doer the question names, where the best tells
 * it done by that doer: "COP ESKANDER reported that *INS* have pulled out … towards WEST" for "where did the friendly
 * forces pull back to?", beside "*FF* are pulled back to ATHE KHAN KHWAJEH". A report tells what each side did in the
 * same words; what the other side did is no answer to what the one asked of did. A doer in other words than a noun or
 * a name (a pronoun, "which") may be anyone, and an act told in the passive names no doer before it: such a sentence
 * still rivals. `asked`: the question's doer and acts (doerAsked).
 */
export function doneByAnother(
  best: Candidate,
  asked: DoerAsked | undefined,
  glossary: Glossary,
  lexicon: Lexicon,
): (c: Candidate) => boolean {
  // "Where *were* the wounded taken?" names what the act was done to, not who did it.
  if (asked?.aux.lemma !== 'do') return () => false;
  const acts = bridgedActs(asked.acts, lexicon);
  // One moved by a verb of motion in the passive went itself: "*FF* are pulled back to ATHE KHAN KHWAJEH".
  const moving = [...asked.acts].some((a) => lexicon.filedUnder(a, 'verb') === MOTION);
  const forms = doerForms(asked, glossary);
  const noun = (w: Word | undefined): w is Word => !!w && (w.pos === 'NOUN' || w.pos === 'PROPN');
  const theirs = (w: Word) => forms.has(w.text.toLowerCase()) || forms.has(w.lemma);
  if (!doersIn(best.text, acts).some(({ doer }) => noun(doer) && theirs(doer))) return () => false;
  return (c) => {
    const doers = doersIn(c.text, acts, !moving).map(({ doer }) => doer);
    return doers.length > 0 && doers.every((w) => noun(w) && !theirs(w));
  };
}

/** The words naming the question's doer (nouns, names, adjectives), each and together, as the reports write them. */
export function doerForms(asked: DoerAsked, glossary: Glossary): Set<string> {
  const named = doerWords(asked);
  return writtenAs(
    new Set([
      ...named.flatMap((w) => [w.text.toLowerCase(), w.lemma]),
      named.map((w) => w.text.toLowerCase()).join(' '),
    ]),
    glossary,
  );
}

/** The words of the question's doer that name it: "the *humint unit*", not its article. */
export const doerWords = (asked: DoerAsked) =>
  asked.doer.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ');

/**
 * The verbs that say the question's acts: theirs, those WordNet finds alike, and the verb of an alike one of two words
 * ("pull" of "pull_back" for "withdraw"): the War Diary says a withdrawal as "INS have *pulled out*".
 */
export const bridgedActs = (acts: Set<string>, lexicon: Lexicon) => {
  const alike = alikeVerbs([...acts], lexicon);
  return new Set([...acts, ...alike, ...alike.flatMap((v) => (v.includes('_') ? [v.split('_')[0]!] : []))]);
};

/** The words between a doer and its act that lead to it: "continues to", "has been", "also". */
const LEADING = new Set(['VERB', 'AUX', 'PART', 'ADV']);

/**
 * Whether a word may be a person's name: a name (kinds.ts isName) written with capital and small letters ("Hafizullah",
 * "Nejat"); the War Diary writes its units and codes in capitals ("NDS", "TF33", "OBJ WOLF").
 */
const personName = (w: Word, lexicon: Lexicon) => /^[A-Z][a-z]/.test(w.text) && isNameWord(w, lexicon);

/** Whether a question ends in its preposition, asking whom the act went to or was with: "who did Iran supply … to?". */
function oblique(question: Question): boolean {
  return question.reading.words.filter((w) => w.pos !== 'PUNCT').at(-1)?.pos === 'ADP';
}

/** Words saying the thing asked of came before another of its kind: "the *previous* SAFIRE", "a *prior* attack". */
const BEFORE_ANOTHER = new Set(['previous', 'prior', 'preceding', 'earlier']);

/**
 * A question asking of one event before another ("when was the *previous* SAFIRE near the Khowst Bowl?") is not
 * answered by a sentence that does not itself say so: it tells the event its report is about ("*At 2145Z*, CH-47s…
 * observed small arms fire"), not the one before.
 */
export function anotherEventUnsaid(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
  query: ParsedQuery,
): Confidence | Declined {
  if (!quotes(confidence)) return confidence;
  // Said of a noun: "prior to the attack", "seen earlier" set a time, and ask of no other event.
  const { words } = question.reading;
  const ofNoun = (w: Word) => BEFORE_ANOTHER.has(w.lemma) && isNoun(words[words.indexOf(w) + 1]);
  const before = (k: number) => {
    const word = unitWord(question, query, k);
    return !!word && ofNoun(word);
  };
  return c.said.some((said, k) => said <= 0 && before(k)) ? 'other-event' : confidence;
}

/**
 * A question whose only act is told in a contact clause saying which thing it asks of ("how much explosive was in the
 * pressure plate IED *the police brought in*?") names by that act which one it means: a best report never saying the
 * act, in any word the question's is weighed by, tells of another such thing ("approx. 10-12 kg explosives were used
 * for this attack", an IED that went off). A main clause telling an act of its own ties the answer to its event by
 * itself, and the clause only narrows it. Not a clause opened by "who" or "that" ("the doctor *who treated* the boy"):
 * those reports tell in words of their own, as describingOf reads them, which the weighing does not always bridge.
 */
export function definingActUnsaid(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
  query: ParsedQuery,
): Confidence | Declined {
  if (!quotes(confidence)) return confidence;
  const { words } = question.reading;
  const verbs = query.units.flatMap((u, k) => {
    const w = wordOfToken(question, u.tokens[0]!);
    return w?.pos === 'VERB' && !LIGHT_VERBS.has(w.lemma) ? [{ k, at: words.indexOf(w) }] : [];
  });
  if (!verbs.length || !verbs.every((v) => contactClauseAt(words, v.at))) return confidence;
  return verbs.every((v) => c.inReport[v.k]! <= 0) ? 'act' : confidence;
}

/** The words a noun phrase of a contact clause's subject holds: "the *police*", "the *local* *police*". */
const SUBJECT_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Whether the verb at `at` is a contact clause's, a relative clause English writes without "that" right after the
 * noun it says which of: "the IED [that] *the police brought* in" — a noun, then a noun phrase opened by a determiner,
 * then its verb. A verb right after the one noun phrase ("the police *brought*") is a main clause's.
 */
function contactClauseAt(words: Word[], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && SUBJECT_WORDS.has(words[j]!.pos)) j--;
  if (j === at - 1 || !['NOUN', 'PROPN'].includes(words[at - 1]!.pos)) return false;
  if (words[j]?.pos === 'DET') j--;
  return j < at - 2 && ['NOUN', 'PROPN'].includes(words[j]?.pos ?? '');
}

/**
 * A name in the clause setting the question's scene ("when the black *Toyota* closed on the German convoy") is what
 * tells which event it means: the scene's common words a report may tell in its own (lessMissed counts them a quarter
 * missing), but not its name. A best sentence whose report never holds that name in any form, while a sentence of
 * another report read says it, tells a like scene of another event ("the car … came close to the convoy, the gunner
 * fired a second warning shot"). `setting`: settingOf's; `read`: the candidates weighed; `sceneVerb`: whether a unit is
 * the scene's act.
 */
export function sceneNameElsewhere(
  confidence: Confidence | Declined,
  best: Candidate,
  read: Candidate[],
  units: Weighed[],
  setting: boolean[],
  sceneVerb: (k: number) => boolean,
): Confidence | Declined {
  if (!quotes(confidence)) return confidence;
  const absent = units.flatMap((u, k) => (u.proper && setting[k] && best.inReport[k]! <= 0 ? [k] : []));
  const says = (c: Candidate) => c.hit.report !== best.hit.report && absent.some((k) => c.said[k]! >= 1);
  if (read.some(says)) return 'other-report';
  // So does the scene's act ("when the patrol tried to *recover* its broken vehicle"): a best not saying it, whose
  // report tells it only by a looser word, while another report tells each word of the scene as fully and the act in
  // its own, with a sentence read naming an answer ("While attempting to *recover* the broke down vehicle FF were
  // struck …", then "3x NATO/ISAF (GER) WIA"), tells another event's like scene. One telling less of it ("the IED
  // strike *hit* the second patrol vehicle", not the Fennek asked of) tells another scene, not this one more fully.
  const scene = units.flatMap((_, k) => (setting[k] ? [k] : []));
  const loose = scene.filter((k) => sceneVerb(k) && best.inReport[k]! < 1 && best.said[k]! <= 0);
  const tells = (c: Candidate) =>
    c.hit.report !== best.hit.report &&
    !!c.kind &&
    loose.some((k) => c.inReport[k]! >= 1) &&
    scene.every((k) => c.inReport[k]! >= best.inReport[k]!);
  return read.some(tells) ? 'other-report' : confidence;
}

/**
 * A time told without one of the question's acts, while another entry of its report tells each of them with a time of
 * its own, is the time of another act there (the mirror of leads.ts otherMoment): "…a robbery of a garbage truck *this
 * morning*" beside "At 1000Z, the truck was *checked* and reported to be clean" for "at what time was the garbage truck
 * at CNL checked?". So is a time told with none of them, while another entry tells them all with no time (untimed): the
 * report tells the act asked but not when, and its time stamps another ("*AT 301540D** DEU HELICOPTER CH-53 EXECUTED AN
 * EMERGENCY LANDING ON KDZ AIRFIELD" beside "SEVERAL SAF HITS TO BOTH ROTARY SYSTEMS, WHICH HAD TO BE *REPAIRED*" for
 * when the CH-53 got fixed). `read`: the candidates weighed; `acts`: the question's main acts (leads.ts mainActs).
 */
export function momentElsewhere(
  confidence: Confidence | Declined,
  best: Candidate,
  read: Candidate[],
  acts: number[],
): Confidence | Declined {
  if (!quotes(confidence) || best.kind?.kind !== 'time') return confidence;
  if (acts.every((k) => best.said[k]! >= SAYS_ACT)) return confidence;
  const ofReport = (c: Candidate) => c !== best && c.hit.report === best.hit.report;
  const tells = (c: Candidate) => ofReport(c) && c.kind?.kind === 'time' && acts.every((k) => c.said[k]! >= 1);
  const untimed = (c: Candidate) => ofReport(c) && !c.kind && acts.every((k) => c.said[k]! >= SAYS_ACT);
  const saysNone = acts.every((k) => best.said[k]! <= 0);
  return read.some(tells) || (saysNone && read.some(untimed)) ? 'act' : confidence;
}

/**
 * A name of the question anywhere in it, not only in its scene (sceneNameElsewhere), says which event it asks of when
 * it names a place or thing, a noun: a best whose report never holds it in any form, nor by its initials
 * (toldByInitials: "*CNL*" for Camp Northern Lights), while a sentence of another report read says it, tells another
 * such event: "Sheep 150 Goats 50" of a VETCAP that never names *Mandagal*, beside "The Mandagal village elders
 * showed much thanks", for "how many sheep got treated at the vetcap in mandagal". Not a people's name the question
 * writes as an adjective ("the *German* and *Afghan* patrol", lexicon ofPlace): the War Diary writes it as a code
 * ("DEU, NDS, ANP patrol").
 */
export function nounNameElsewhere(
  confidence: Confidence | Declined,
  best: Candidate,
  read: Candidate[],
  units: Weighed[],
  query: ParsedQuery,
  question: Question,
): Confidence | Declined {
  if (!quotes(confidence)) return confidence;
  const initials = toldByInitials(best, question, query);
  const noun = (k: number) => {
    const w = unitWord(question, query, k);
    return !!w && ['NOUN', 'PROPN'].includes(w.pos) && !lexicon().ofPlace(w.text.toLowerCase(), true);
  };
  const absent = units.flatMap((u, k) => (u.proper && noun(k) && best.inReport[k]! <= 0 && !initials(k) ? [k] : []));
  return absentElsewhere(confidence, best, read, absent);
}

/** 'other-report' when a sentence of another report than the best's says a word of the question (`absent`) it lacks. */
function absentElsewhere(confidence: Confidence | Declined, best: Candidate, read: Candidate[], absent: number[]) {
  const says = (c: Candidate) => c.hit.report !== best.hit.report && absent.some((k) => c.said[k]! >= 1);
  return read.some(says) ? 'other-report' : confidence;
}

/**
 * A number of the question that names one thing ("when *20088* came in", "ISN *4134*") says which report it is about
 * as a name does: a best whose report never writes it, while a sentence of another report read does ("ISNs *20088*
 * and 20090 issued."), tells another such event ("1 X Detainee in Bagram CSH" of another transfer). Which numbers
 * name one thing: namesOneThing (candidates.ts). `read`: the candidates weighed.
 */
export function numberElsewhere(
  confidence: Confidence | Declined,
  best: Candidate,
  read: Candidate[],
  units: Weighed[],
  query: ParsedQuery,
  question: Question,
): Confidence | Declined {
  if (!quotes(confidence)) return confidence;
  const naming = namesOneThing(units, query, question);
  const absent = units.flatMap((_, k) => (naming(k) && best.inReport[k]! <= 0 ? [k] : []));
  return absentElsewhere(confidence, best, read, absent);
}

/** The tags of the words a count's noun phrase runs over: "1x *ANA truck driver*". */
const COUNTED = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * A "how many" question counting people ("how many italian *troops* were hurt?") is not answered by a count of things:
 * "they discovered *7x* AT *Mines*" counts mines, the head of the noun phrase after the count, WordNet filing it with
 * man-made things. A head WordNet does not know ("2x *KIA*", "3x *ANP*") may be people, and is left standing.
 */
export function countsThings(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
  lexicon: Lexicon,
): Confidence | Declined {
  const { words } = question.reading;
  const last = question.countedAs?.split(' ').at(-1);
  const at = words.findIndex((w) => w.text === last);
  if (!quotes(confidence) || c.kind?.kind !== 'quantity' || !endsCounted(words, at)) return confidence;
  const asked = words[at]!;
  if (!PEOPLE_FILES.has(lexicon.filedUnder(asked.lemma.toLowerCase(), 'noun') ?? '')) return confidence;
  // A count holding what it counts ("a *four-man* cell") counts that.
  if (countsAsked(c, question)) return confidence;
  const head = headCounted(read(c.text).words, c.kind.end);
  if (!isNoun(head)) return confidence;
  // The tagger leaves a capitalised plural as written ("Mines"): WordNet's base form files it.
  const lemma = lexicon.baseForms(head!.text.toLowerCase(), 'noun')[0]?.lemma ?? head!.lemma.toLowerCase();
  return lexicon.filedUnder(lemma, 'noun') === 'noun.artifact' ? 'names-no-kind' : confidence;
}

/** The noun phrase after a count ending at `end`, past its glued "x": "7x *AT Mines*". */
function phraseCounted(said: Word[], end: number): Word[] {
  let k = said.findIndex((w) => w.start >= end);
  while (said[k] && /^x$/i.test(said[k]!.text)) k++;
  const phrase: Word[] = [];
  for (; said[k] && (COUNTED.has(said[k]!.pos) || ABBREVIATED.test(said[k]!.text)); k++) phrase.push(said[k]!);
  return phrase;
}

/** The last word of the noun phrase after a count ending at `end`: "7x AT *Mines*". */
const headCounted = (said: Word[], end: number): Word | undefined => phraseCounted(said, end).at(-1);

/**
 * A count of the thing asked said of another kind answers no "how many" question of one kind: "NDS has found 6 x RPGs
 * and *1 x anti-personnel mine*" for "how many anti-tank mines". The kinds of a mine, a weapon or a round are named by
 * adjectives of one prefix ("anti-tank", "anti-personnel", "anti-aircraft"): the count's noun is the one asked, but its
 * adjective is another of the same prefix, and the question's is not in the sentence. An abbreviated kind ("7x *AT*
 * Mines" for "anti-tank mines") or a noun before the head ("80mm *Mortar* Rounds") is no such adjective, and stands.
 */
export function countsAnother(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
  lexicon: Lexicon,
): Confidence | Declined {
  if (!quotes(confidence) || c.kind?.kind !== 'quantity' || !question.countedAs) return confidence;
  const said = read(c.text).words;
  const [first, last] = wordsAt(said, c.kind.start, c.kind.end);
  const count = said.slice(first, last + 1).find((w) => w.pos === 'NUM');
  const phrase = count ? phraseCounted(said, count.end) : [];
  const { words } = question.reading;
  const at = words.findIndex((w) => w.text === question.countedAs!.split(' ').at(-1));
  const head = phrase.at(-1);
  if (!isNoun(head) || at < 0 || nounBase(head!, lexicon) !== nounBase(words[at]!, lexicon)) return confidence;
  // The question's adjectives before the noun it counts, after "many": "how many *anti-tank* mines".
  let from = at;
  while (from > 0 && COUNTED.has(words[from - 1]!.pos) && words[from - 1]!.lemma !== 'many') from--;
  const kinds = (ws: Word[]) => ws.filter((w) => w.pos === 'ADJ' && KIND.test(w.text)).map((w) => w.text.toLowerCase());
  const asked = kinds(words.slice(from, at));
  const prefix = (kind: string) => kind.split('-')[0];
  const other = kinds(phrase).some((k) => !asked.includes(k) && asked.some((a) => prefix(a) === prefix(k)));
  const saysAsked = said.some((w) => asked.includes(w.text.toLowerCase()));
  return other && !saysAsked ? 'names-no-kind' : confidence;
}

/** An adjective naming a kind by a prefix and a hyphen: "anti-tank", "anti-personnel". */
const KIND = /^[a-z]+-[a-z]+$/i;

/**
 * Whether the question's word at `at` is the noun ending what it counts: "how many italian *troops* were hurt", not a
 * name the tagger split from the rest of its phrase ("how many *Italian*-made anti-tank mines").
 */
const endsCounted = (words: Word[], at: number) =>
  words[at]?.pos === 'NOUN' && !COUNTED.has(words[at + 1]?.pos ?? '') && words[at + 1]?.text !== '-';

/**
 * A question naming by a name who did its act ("what did *EOD* find …?") is not answered by a sentence never naming
 * that doer, when another sentence of its report read names it and what is asked ("Integrated *EOD* SQD picked up UXO
 * and detected an empty cartridge case"): the best tells the act of another doer of the same story ("RECCE SQUAD A1 …
 * found one (1) UXO"). `asked`: doerAsked's; `read`: the candidates weighed.
 */
export function doerSaidElsewhere(
  confidence: Confidence | Declined,
  best: Candidate,
  read: Candidate[],
  asked: DoerAsked | undefined,
  units: Weighed[],
  query: ParsedQuery,
  question: Question,
): Confidence | Declined {
  if (!quotes(confidence) || asked?.aux.lemma !== 'do' || !asked.doer.every((w) => w.pos === 'PROPN'))
    return confidence;
  const doer = new Set(asked.doer);
  const named = units.flatMap((u, k) => {
    const word = unitWord(question, query, k);
    return u.proper && !!word && doer.has(word) ? [k] : [];
  });
  if (!named.length || named.some((k) => best.said[k]! > 0)) return confidence;
  // A pronoun doing the act ("Also *they* are helping HIG") points back to a doer named before it, maybe the one asked.
  if (doersIn(best.text, asked.acts).some(({ doer }) => doer?.pos === 'PRON')) return confidence;
  const names = (c: Candidate) =>
    c !== best && c.hit.report === best.hit.report && !!c.kind && named.every((k) => c.said[k]! >= 1);
  return read.some(names) ? 'other-doer' : confidence;
}

/**
 * The words before "to" and a verb that say the act was only meant, not done: "ANA were en *route* to detain the 1x
 * INS" (the IED went off first), "our EOD-Squad was *tasked* to check the area", "*ordered* to repeat the hand signs".
 * "Going to" is left out: a log's "ARE GOING TO DROP OFF A LN" is told as good as done.
 */
const MEANT = new Set(['route', 'task', 'order', 'send', 'dispatch', 'plan', 'intend', 'prepare']);

/** Whether the verb at `k` is said only as meant: "en route to *detain*", "was tasked to *check*". */
const meantOnly = (said: Word[], k: number) =>
  said[k - 1]?.lemma === 'to' && MEANT.has(said[k - 2]?.lemma.toLowerCase() ?? '') && said[k - 3]?.lemma !== 'in';

/**
 * A "who did X?" or "what did S do?" question asks an act done: a sentence saying the act only as meant ("As ANA were
 * *en route to detain* the 1x INS the IED detonated" for "who detained the 3 ins"; "our EOD-Squad was *tasked to
 * check* the area" for "what did the EOD squad do after finding the warhead") tells what was to be done, and the
 * report tells after it what was (the insurgents "were detained by ANA and F33"). A question asking the meaning itself
 * ("what was EOD tasked to do?", "who was sent to detain him?") is answered by it.
 */
export function actOnlyMeant(confidence: Confidence | Declined, c: Candidate, question: Question) {
  if (!quotes(confidence) || !c.kind || (question.wh !== 'who' && !question.expects.has('act'))) return confidence;
  const asked = question.reading.words;
  if (asked.some((w) => MEANT.has(w.lemma.toLowerCase())) || catenatives(asked).length) return confidence;
  const said = read(c.text).words;
  if (question.expects.has('act')) {
    const k = said.findIndex((w) => w.start >= c.kind!.start);
    return k >= 0 && meantOnly(said, k) ? 'act' : confidence;
  }
  const acts = new Set(actVerbs(asked).map((w) => w.lemma));
  const told = said.flatMap((w, k) => (acts.has(w.lemma) ? [k] : []));
  return told.length && told.every((k) => meantOnly(said, k)) ? 'act' : confidence;
}

/** A report's running log entry opens with its clock time: "At 1348D* …", "At 1057Z, …". */
const LOG_ENTRY = /^at\s+\d{4}[ZDL]\*?[\s,]/i;

/**
 * A count from an entry of a report's running log is the count so far ("At 1348D* *Two soldiers* from FOX crew died,
 * one soldier was still encircled"): a later entry of the same report telling the act again of what is counted, with
 * no count or another ("At 1547D* Encircled soldier from FOX crew died"), says it grew, and the earlier count does
 * not answer how many. One naming the same number again ("Updated BDA: *2x* KIA") leaves it standing. `later`: the
 * candidates weighed; `saysAct`: whether one says the question's main act.
 */
export function countSoFar(
  confidence: Confidence | Declined,
  best: Candidate,
  later: Candidate[],
  question: Question,
  saysAct: (c: Candidate) => boolean,
): Confidence | Declined {
  const counted = question.counted;
  if (!quotes(confidence) || !counted || best.kind?.kind !== 'quantity' || !LOG_ENTRY.test(best.text))
    return confidence;
  // The tagger splits a count's glued "x" from its number ("2x KIA": "2", "x"), as countsSaid reads it: each
  // sentence's own reading serves, the best's count read within it.
  const numbers = (words: Word[]) => words.filter((w) => w.pos === 'NUM');
  const said = read(best.text).words;
  const [first, last] = wordsAt(said, best.kind.start, best.kind.end);
  const count = numbers(said.slice(first, last + 1)).map((w) => w.text.toLowerCase());
  const recounts = (c: Candidate) => numbers(read(c.text).words).some((w) => count.includes(w.text.toLowerCase()));
  const after = (c: Candidate) =>
    c.hit.report === best.hit.report && (c.passage.id - best.passage.id || c.start - best.start) > 0;
  const grows = (c: Candidate) =>
    after(c) &&
    LOG_ENTRY.test(c.text) &&
    !recounts(c) &&
    read(c.text).words.some((w) => isOf(counted, w)) &&
    saysAct(c);
  return later.some(grows) ? 'lead' : confidence;
}

/**
 * An answer the sentence after the one holding the question gives (answeredAfter) is likely at most: its words tie it
 * to the question only through the sentence before.
 */
export const afterLikely = (c: Candidate, confidence: Confidence | Declined): Confidence | Declined =>
  c.answerFrom !== undefined && confidence === 'answer' ? 'likely' : confidence;

/**
 * The units of a question asking a sum of money ("how much *money* did the governor receive?") that name money: a
 * sentence naming the sum asked (kinds.ts reads only a sum, "$2000", as its answer) says them, though its report never
 * writes the word.
 */
function toldBySum(c: Candidate, question: Question, query: ParsedQuery, lexicon: Lexicon): (k: number) => boolean {
  if (!c.kind || !asksMoney(question, lexicon)) return () => false;
  return (k) => {
    const word = unitWord(question, query, k);
    return word?.pos === 'NOUN' && isMoney(word, lexicon);
  };
}

/** The fewest letters a name's initials must have to be read as the name: two letters ("KG") stand for too much. */
const INITIALS = 3;

/**
 * The units of a name the question writes out in capitalised words whose initials its report writes as one word in
 * capitals: the War Diary shortens a camp or unit it names often to its letters ("a possible VBIED in the front of the
 * main gate at *CNL*" for Camp Northern Lights), so the report names it though it never spells it out.
 */
function toldByInitials(c: Candidate, question: Question, query: ParsedQuery): (k: number) => boolean {
  const { words } = question.reading;
  const report = paragraphsOf(c.hit.report).join('\n');
  const spelled: Word[] = [];
  let run: Word[] = [];
  for (const w of [...words, undefined]) {
    if (w && /^[A-Z][a-z]/.test(w.text) && w.pos !== 'PRON' && w.pos !== 'ADV' && w.pos !== 'AUX') {
      run.push(w);
      continue;
    }
    const initials = run.map((r) => r.text[0]).join('');
    if (run.length >= INITIALS && new RegExp(`\\b${initials}\\b`).test(report)) spelled.push(...run);
    run = [];
  }
  return (k) => query.units[k]!.tokens.every((t) => spelled.some((w) => w.start <= t.start && w.end >= t.end));
}

/**
 * Whether the question's unit `k` is an adjective WordNet joins with the noun a "which X" asks into one kind
 * ("armoured vehicle": armored_vehicle) and the candidate's answer names a kind of that: "1x (one) *APC* FOX" tells
 * which *armoured* vehicle, an APC being an armoured personnel carrier, though it never writes the adjective.
 */
function toldByKind(c: Candidate, question: Question, query: ParsedQuery, k: number, lexicon: Lexicon): boolean {
  const noun = question.instanceOf;
  const word = k >= 0 ? unitWord(question, query, k) : undefined;
  if (!noun || !c.kind || word?.pos !== 'ADJ') return false;
  const next = question.reading.words[question.reading.words.indexOf(word) + 1];
  const kind = `${word.lemma}_${noun}`;
  if (next?.lemma !== noun || !lexicon.senses(kind, 'noun').length) return false;
  return read(c.text.slice(c.kind.start, c.kind.end)).words.some((w) => lexicon.isA(w.text.toLowerCase(), kind));
}

/**
 * Whether the question's unit `k` is a noun after another naming the thing it befell ("died in the *CH-47 crash*"),
 * the thing told by the candidate and `k` by its report: the War Diary tells an event once ("A CH-47 … crashed") and
 * goes on naming only its thing ("BDA: 1 X CH-47 destroyed, 10 US KIA"), so that sentence tells of the event.
 */
function thingOfEvent(c: Candidate, question: Question, query: ParsedQuery, told: (k: number) => boolean, k: number) {
  const unit = query.units[k];
  const word = unit && wordOfToken(question, unit.tokens[0]!);
  if (!word || !isNoun(word) || c.inReport[k]! < ESSENTIAL_HELD) return false;
  const start = unit.tokens[0]!.start;
  const ends = (u: QueryUnit) => u.tokens.at(-1)!.end;
  const before = query.units.findIndex((u) => ends(u) <= start && /^[\s-]*$/.test(query.text.slice(ends(u), start)));
  const thing = before >= 0 ? wordOfToken(question, query.units[before]!.tokens.at(-1)!) : undefined;
  return !!thing && (isNoun(thing) || thing.pos === 'PROPN') && told(before);
}

/**
 * Whether a word is a noun WordNet knows as a whole number: the asker's count of those asked of ("the tf 3-73 *pair*",
 * "the *pair* that got 20085 and 20086", "a *dozen* fighters"), which the reports write in digits ("2x detainee
 * transferred to the BTIF from TF 3-73"), as they do a number.
 */
const countingNoun = (word: Word, lexicon: Lexicon) => isNoun(word) && lexicon.isA(word.lemma.toLowerCase(), INTEGER);
/** WordNet's noun for a whole number, which "pair" and "dozen" are kinds of. */
const INTEGER = 'integer';

/**
 * Whether a word is a people's adjective ("the *Canadian* patrol", isOfPlace) the glossary gives no code for: the War
 * Diary writes whose a unit is by the unit's own name or a code ("*C Coy 11 BG* reported that while conducting an
 * offensive patrol ISO OP KHERS 4, 5 x INS engaged with SAF and PKM"), so a report telling of it rarely writes the
 * word. One the glossary reads as its code ("German": DEU) the reports do say.
 */
const peoplesAdjective = (word: Word, unit: QueryUnit, lexicon: Lexicon) => !unit.conceptId && isOfPlace(word, lexicon);

export function confidenceOf(
  c: Candidate,
  leads: Leads,
  question: Question,
  query: ParsedQuery,
  units: Weighed[],
  states: boolean,
  lexicon: Lexicon,
  answersAct = false,
  glossary?: Glossary,
): Confidence | Declined {
  const describing = describingOf(c, question, query, units);
  const setting = lessMissed(c, question, query, units, describing, lexicon);
  // A question that asks for no kind of answer ("what did they do?", "is it true…?") has nothing to check a sentence
  // against: one holding its words as often says something else as answers. Its closest passages are shown instead,
  // unless the sentence itself says all the question says (stated.ts): "Iranians … are supporting [the group]".
  if (!question.expects.size && !states) return 'asks-no-kind';
  if (question.expects.size && !c.kind) return 'names-no-kind';
  // What the question is most about (its rarest word) must be there, in the sentence or its report: a word of the
  // clause telling which one it means is not what it is about ("what's the name of the ANP officer who stayed … with
  // the wounded *cop*?" asks about the officer), when the report holds every name the question gives. A name the
  // report holds anywhere, its title and places included, is there: the report is its story, though the sentence's
  // own passage never names it ("how much opium was collected after the *Shah* Wali Kot fight?").
  // Nor is a verb of the scene only saying a count came to a number (reachesNumber): "the headcount *reached* 690"; nor
  // the asker's word for a person (askersTermForPerson: "the two *guys*"), nor a noun counting them (countingNoun), nor
  // a people's adjective the glossary gives no code for (peoplesAdjective).
  const spoken = (k: number) => {
    const word = unitWord(question, query, k);
    return (
      !!word &&
      (askersTermForPerson(word, lexicon) ||
        countingNoun(word, lexicon) ||
        peoplesAdjective(word, query.units[k]!, lexicon))
    );
  };
  const scene = settingOf(question, query);
  const main = mainWord(
    units,
    (k) =>
      !countsUnit(question, query.units[k]!, units[k]!) &&
      !postpositive(question, k, query) &&
      !inPreposition(question, k, query) &&
      !spoken(k) &&
      !reachesNumber(question, k, query, scene),
  );
  const told = (k: number) => k >= 0 && (c.held[k]! > 0 || (units[k]!.proper && c.inReport[k]! >= ESSENTIAL_HELD));
  const byKind = toldByKind(c, question, query, main, lexicon);
  // Nor need it be in the sentence when it is an event its report tells of the thing the sentence names (thingOfEvent).
  const ofTold = thingOfEvent(c, question, query, told, main);
  if (!told(main) && !byKind && !ofTold && !(describing[main] && told(mainWord(units, (k) => !describing[k])))) {
    return 'main-word';
  }
  // So must most of the nouns and names it asks about (or words WordNet bridges them to): a report missing much of
  // them is about something else; one missing a little says it in words of its own ("US MIL" for "American soldiers").
  // A count is none of them: the reports write it in digits ("*3x* persons" for "the *three* men"). Nor is the asker's
  // word for a person (askersTermForPerson), for which the reports write a role: "what isns did the paladin *guys* get"
  // is told by "5 X *Detainees* transferred into BTIF from TF Paladin", though it still weighs in what sentences hold.
  const bySum = toldBySum(c, question, query, lexicon);
  const byInitials = toldByInitials(c, question, query);
  const missing = units.reduce(
    (sum, u, k) =>
      sum +
      (u.role >= ESSENTIAL &&
      c.inReport[k]! < ESSENTIAL_HELD &&
      !countsUnit(question, query.units[k]!, u) &&
      !spoken(k) &&
      !bySum(k) &&
      !byInitials(k)
        ? u.weight * (setting[k] ? SETTING : 1) * (1 - c.inReport[k]! / ESSENTIAL_HELD)
        : 0),
    0,
  );
  if (missing > MISSING * units.reduce((sum, u) => sum + u.weight, 0)) return 'missing-nouns';
  // Another report saying nearly as much is a different story the question may be about.
  if (leads.overOthers < OTHER_LEAD) return 'other-report';
  if (c.own >= SURE.own && c.all >= SURE.all && leads.overAll >= SURE.lead && !missing) return 'answer';
  const beside = (c.near ?? 0) >= 1 && c.own >= BESIDE.own && c.all >= BESIDE.all;
  // So does one whose answer stands in the clause saying the question's act (`answersAct`: acts-said.ts answers), its
  // report holding enough of the rest: the War Diary tells an event in one sentence and what came of it in short ones
  // after, in few of the question's words ("*Found 20xUSSR lamdmines*, …" for "what did TF31 find in the cache?"). A
  // count must count what the question counts: "Before the MEDEVAC arrived *1* of the WIA died" counts no soldiers.
  // So does a sentence stating what a yes/no question asks (stated.ts), as a denial does in few words of it: after "A
  // green Toyota came too close to the roadblock", "Nothing suspect was found" says whether they found anything in it.
  const acting = (answersAct || states) && c.all >= LIKELY.all && countsAsked(c, question, glossary) !== false;
  // A name of the question its report writes before the sentence counts as said (candidates.ts ownWithNames): "1x AC
  // wounded … due to the warning shot" passages after the attack IVO Meng Derakht.
  if ((c.ownWithNames < LIKELY.own || c.all < LIKELY.all) && !beside && !acting) return 'share';
  // The sentences of the report telling what the answer is about do not make a likely answer less likely.
  return leads.overAnswers >= LIKELY.lead ? 'likely' : 'lead';
}

/**
 * Verbs of firing on a target: "who *fired on* the PRT?", "who *shot at* the convoy?", "who *engaged* Apache 17?". The
 * War Diary names the firer as their subject ("INS fired RPGs") or after "by"/"from" ("DEU PRT was engaged *by* unknown
 * AAF", "received SAF *from* INS").
 */
const FIRING = new Set(['fire', 'shoot', 'engage', 'attack', 'ambush']);

/** The words that may stand between an agent's "by"/"from" and its head: "by *unknown* AAF", "from *2x* INS". */
const AGENT_MODIFIERS = new Set(['ADJ', 'DET', 'NUM', 'PROPN', 'NOUN']);

/**
 * A "who fired on X?" question asks the firer: the answer must be the subject of a verb of firing or its agent after
 * "by"/"from". A unit or person named otherwise in the sentence — X's own side responding ("the QRF DEU has a combat
 * outpost"), whoever brought the wounded ("leaving only *Nimitullah* and the wounded ANP officer") — is no firer. Not
 * for the passive "who was shot?", which asks the target.
 */
export function firerUnsaid(confidence: Confidence | Declined, c: Candidate, question: Question) {
  if (!quotes(confidence) || question.wh !== 'who' || !c.kind) return confidence;
  const asked = question.reading.words;
  // The question's own (first) verb, not one it governs ("who ordered the gunner to fire?"); wink may read the verb
  // right after "who" as a noun: "who *shot*/NOUN at the ANP officer?" (verbLemma).
  const v = asked.findIndex((w, i) => w.pos === 'VERB' || (asked[i - 1]?.lemma === 'who' && !!verbLemma(w)));
  // Only firing *at/on* a target ("fired on the PRT"): "who shot one of the IEDs?" may ask who shot it apart.
  if (v < 0 || !FIRING.has(verbLemma(asked[v]!) ?? '') || !['at', 'on'].includes(asked[v + 1]?.lemma ?? '')) {
    return confidence;
  }
  if (asked.slice(0, v).some((w) => PASSIVE.has(w.lemma))) return confidence;
  const said = read(c.text).words;
  const first = said.findIndex((w) => w.end > c.kind!.start);
  let last = said.findIndex((w) => w.start >= c.kind!.end);
  if (first < 0) return confidence;
  if (last < 0) last = said.length;
  let k = last;
  while (k < said.length && LEADING.has(said[k]!.pos) && !FIRING.has(said[k]!.lemma)) k++;
  // A past the tagger reads as a noun still says the act: "ANA *shot*/NOUN one of the IEDs" (verbLemma).
  const act = said[k];
  const subject = !!act && FIRING.has(verbLemma(act) ?? '') && !PASSIVE.has(said[k - 1]?.lemma ?? '');
  let b = first - 1;
  while (b >= 0 && AGENT_MODIFIERS.has(said[b]!.pos)) b--;
  const agent = ['by', 'from'].includes(said[b]?.text.toLowerCase() ?? '');
  return subject || agent ? confidence : 'act';
}

/**
 * The War Diary's verbs of finding: an explosive-hazard report times the find ("At 1417Z … DEU EOD reported that they
 * *discovered* a UXO consisting of 4x 76mm HE Shells") apart from what was done with the thing found ("AT 1350L EOD
 * SUCCESSFULLY REMOVED THE IED … AND CONDUCTED A CONTROLLED DET").
 */
const FINDING = new Set(['find', 'discover', 'spot', 'locate', 'uncover', 'detect']);

/**
 * A time asked of an act that is no finding ("what time did EOD *blow* the mortar with the wires?") is not the time of
 * a sentence telling the finding and not that act ("EOD … ARRIVED ON SCENE AT 1122L AND *DISCOVERED* THE MORTAR"): the
 * report tells the find first and the blowing up later, often in words no bridge reaches ("CONTROLLED DET"), or not at
 * all. `says`: whether the sentence says the question's act. A question asking when something was found is left alone.
 */
export function foundInstead(confidence: Confidence | Declined, c: Candidate, question: Question, says: boolean) {
  if (!quotes(confidence) || says || c.kind?.kind !== 'time') return confidence;
  const finds = (w: Word) => FINDING.has(w.lemma.toLowerCase());
  if (question.reading.words.some(finds)) return confidence;
  return read(c.text).words.some((w) => w.pos === 'VERB' && finds(w)) ? 'act' : confidence;
}

/**
 * WordNet's files of the verbs that do nothing to anything: telling ("reported", "informed"), knowing ("planned"),
 * perceiving ("discovered", "observed") and being ("consisting of").
 */
const NO_DEED = new Set(['verb.communication', 'verb.cognition', 'verb.perception', 'verb.stative']);

/**
 * A time in a sentence telling only that something was reported, found or known (its every verb one of telling,
 * knowing, perceiving, being or finding) is when that became known: the War Diary stamps the report or the find ("At
 * 1417Z, RC North reported a UXO Find: DEU EOD reported that they discovered a UXO consisting of 4x 76mm HE Shells"),
 * and a SIGACT header dates its event ("DTG: 241237LJUN08 … PRT KUNDUZ REPORTS THAT THEY WERE INFORMED ABOUT A CAR
 * ACCIDENT"). A question asking when a deed was done that the sentence does not say ("when did EOD *blow up* the 76mm
 * shells", "when were they gonna *pull* the Wolf *out*", "when did the military police *finish* their work at the
 * scene") asks what the report tells later, if at all. A deed is a question's verb of none of those files, not a light
 * one ("get", "come"); a question asking when something was seen or found is left alone.
 */
export function timeOfTelling(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
  query: ParsedQuery,
  lexicon: Lexicon,
): Confidence | Declined {
  if (!quotes(confidence) || c.kind?.kind !== 'time') return confidence;
  const deedless = (lemma: string) => FINDING.has(lemma) || NO_DEED.has(lexicon.filedUnder(lemma, 'verb') ?? '');
  // The tagger may read the verb after the doer as a noun: "when did eod *blow* up the 76mm shells" (verbReadAsNoun).
  const misread = verbReadAsNoun(question.reading.words, lexicon);
  const verbs = query.units.flatMap((u, k) => {
    const w = wordOfToken(question, u.tokens[0]!);
    const verb = w && (w.pos === 'VERB' || w === misread) ? w.lemma.toLowerCase() : '';
    return verb && !LIGHT_VERBS.has(verb) ? [{ k, deed: !deedless(verb) }] : [];
  });
  // A deed asked as told or expected, the sentence saying that ("when were the weapons *expected* to arrive?": "The
  // shipment … is *expected* shortly after the new year"), is answered by when it is told to be done.
  if (!verbs.some((v) => v.deed) || verbs.some((v) => c.said[v.k]! >= SAYS_ACT)) return confidence;
  const told = read(c.text).words.filter((w) => w.pos === 'VERB');
  return told.length && told.every((w) => deedless(w.lemma.toLowerCase())) ? 'act' : confidence;
}

/** The nouns a facility's standing total is said by: "New facility *headcount* is 653 assigned", "head *count*". */
const TOTALS = new Set(['headcount', 'count']);

/**
 * A facility's headcount ("New Facility Headcount is 722 assigned / 722 present") counts everyone held there and names
 * nothing else: its phrase answers no question asking which facility, unit or person ("to which facility was the
 * detainee transferred?" is not answered by "*New* Facility Headcount is 704 assigned"), and its number answers "how
 * many" only asked of those held there — by a verb of being or holding (WordNet's stative file: "how many detainees
 * *were* at the facility", "did the BTIF *hold*", "were *held*"), or by the headcount's own words ("were *assigned*
 * and present") — or asked by its noun ("what was the *count*"). "How many prisoners *got* ISNs 20035 and 20037?"
 * counts those given them, as the transfer line does ("2X Detainees transferred into BTIF by TF 373"), not the 653
 * held. An answer before the headcount's phrase ("*ISN 4179* issued. New facility headcount is 637") is another's.
 */
export function headcountOnly(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
  lexicon: Lexicon,
): Confidence | Declined {
  const kind = c.kind;
  if (!quotes(confidence) || !kind) return confidence;
  const said = read(c.text).words;
  const total = said.findIndex((w) => isNoun(w) && TOTALS.has(w.lemma.toLowerCase()));
  let start = total;
  while (start > 0 && NAMING_WORDS.has(said[start - 1]!.pos)) start--;
  if (total < 0 || kind.start < said[start]!.start) return confidence;
  const asked = question.reading.words;
  if (asked.some((w) => TOTALS.has(w.lemma.toLowerCase()))) return confidence;
  if (kind.kind !== 'quantity') return 'names-no-kind';
  const own = new Set(said.slice(total).map((w) => w.lemma.toLowerCase()));
  const held = (w: Word) => own.has(w.lemma.toLowerCase()) || lexicon.filedUnder(w.lemma, 'verb') === 'verb.stative';
  return countedVerbs(asked, lexicon).every(held) ? confidence : 'act';
}

/**
 * A "how many were killed / wounded / hurt", "how many casualties" question counts the dead or the wounded, and the
 * War Diary writes them with their word ("2x ANA *KIA*", "3 LN *wounded*", "*killing* one ANP"). A count in a sentence
 * that tells of no dead or wounded at all counts something else the event held: "ANA reported apprehending *two
 * Taliban* laying IEDs" is no answer to "how many Taliban were killed by the A-10"; "*1x* Detainee transferred" none to
 * how many were wounded. (A count said with the other casualties' words is set aside earlier: counts.ts
 * countsOtherCasualties.)
 */
export function casualtiesUnsaid(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
): Confidence | Declined {
  if (!quotes(confidence) || c.kind?.kind !== 'quantity' || !question.casualties) return confidence;
  // A casualty word before a noun says which one the question is about, not what it counts: "how many units of blood
  // was the *wounded* Afghan policeman given?".
  const asked = question.reading.words;
  if (!asked.some((_, i) => casualtyAt(asked, i) && !isNoun(asked[i + 1]))) return confidence;
  const said = read(c.text).words;
  return said.some((_, i) => casualtyAt(said, i)) ? confidence : 'act';
}

/** The adverbs opening a time clause as a conjunction would: "did the facility hold *once* ISNs … were issued". */
const TIME_OPENERS = new Set(['once', 'when', 'while']);

/**
 * The verbs saying what a "how many" question's counted did or underwent, in its main clause: from "many" to the
 * first preposition or conjunction, which opens the place or time ("how many prisoners *got* ISNs …", "were *held* at
 * the facility after …").
 */
function countedVerbs(asked: Word[], lexicon: Lexicon): Word[] {
  const misread = verbReadAsNoun(asked, lexicon);
  const from = asked.findIndex((w) => w.lemma.toLowerCase() === 'many') + 1;
  const opens = (w: Word) => w.pos === 'ADP' || w.pos === 'SCONJ' || TIME_OPENERS.has(w.lemma.toLowerCase());
  const end = asked.findIndex((w, i) => i >= from && opens(w));
  return asked.slice(from, end < 0 ? asked.length : end).filter((w) => w.pos === 'VERB' || w === misread);
}

/**
 * A "what/which X" question asks a detail of something it names ("what was the *plate* on the blue corolla at camp
 * warehouse?"). A sentence that never says X, nor a word WordNet bridges to it or files under it, and whose answer only
 * names again what the question names ("warning shots … were performed against *a blue Toyota Corolla*": the question's
 * own "blue corolla", the make beside it) tells which thing the question is about, not its X: a report telling the
 * plate writes it ("license plate KBL 1234"). The answer's words besides a name before its head must all be the
 * question's: "What colour was the Corolla …?" is answered by "*blue* Toyota Corolla", "what car carried the bomb" by
 * "(silver-grey Toyota Corolla)", which the question does not name.
 */
export function askedOnlyNamed(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
  query: ParsedQuery,
  lexicon: Lexicon,
) {
  const { instanceOf: noun, focus } = question;
  const kind = c.kind;
  if (!quotes(confidence) || !noun || !focus || !kind || c.namesFocus) return confidence;
  const k = query.units.findIndex((u) => {
    const w = wordOfToken(question, u.tokens[0]!);
    return !!w && w.start >= focus.start && w.end <= focus.end;
  });
  if (k < 0 || c.held[k]! > 0) return confidence;
  const lemmaOf = (w: Word) => w.lemma.toLowerCase();
  const namesX = (w: Word) =>
    (isNoun(w) || w.pos === 'PROPN') && (lemmaOf(w) === noun || lexicon.isA(lemmaOf(w), noun));
  if (read(c.text).words.some(namesX)) return confidence;
  const asked = new Set(question.reading.words.map(lemmaOf));
  const span = read(c.text.slice(kind.start, kind.end)).words;
  const head = span.at(-1);
  const repeats = (w: Word) => asked.has(lemmaOf(w)) || (w !== head && w.pos === 'PROPN');
  return head && isNoun(head) && span.every(repeats) ? 'names-no-kind' : confidence;
}

/**
 * A "who" question asks a person or a body of people: an answer whose head is a thing the question itself names,
 * WordNet filing it with no people ("who was driving the *wolf* that went in the ditch" answered by "one (1) DEU *WOLF*
 * driving back from GUR-E MAR"), names what the act was done with, not who did it: the report tells of the car, not
 * its driver. A head filed with people ("the Arabs", a unit) may be who the question asks of.
 */
export function thingForWho(confidence: Confidence | Declined, c: Candidate, question: Question, lexicon: Lexicon) {
  const kind = c.kind;
  if (!quotes(confidence) || question.wh !== 'who' || !kind) return confidence;
  const head = read(c.text.slice(kind.start, kind.end)).words.at(-1);
  if (!head || !isNoun(head)) return confidence;
  const lemma = head.lemma.toLowerCase();
  const file = lexicon.filedUnder(lemma, 'noun');
  const named = question.reading.words.some((w) => isNoun(w) && w.lemma.toLowerCase() === lemma);
  return named && !!file && !PEOPLE_FILES.has(file) ? 'names-no-kind' : confidence;
}

/**
 * "Which ISN did the CJSOTF detainee get?" asks the internment serial the detention log issued him, which the log
 * writes after "ISN" ("*ISN* 4154 issued", "ISN's 4171, 4172"): a quote marking anything else ("1X Detainee transfered
 * into BTIF from *TF 373*", the unit that brought him in, a number of its own) names no serial.
 */
export function serialUnnamed(confidence: Confidence | Declined, c: Candidate, question: Question) {
  const kind = c.kind;
  if (!quotes(confidence) || !kind || !SERIAL.test(question.instanceOf ?? '')) return confidence;
  const named = SERIAL_BEFORE.test(c.text.slice(0, kind.start)) || /\bISN/i.test(c.text.slice(kind.start, kind.end));
  return named ? confidence : 'names-no-kind';
}
/** "ISN", "ISNs", "ISN's", right before a span, as the detention logs write it before the serials. */
const SERIAL_BEFORE = /\bISN(?:'?s)?[\s:#]*$/i;

/**
 * "What happened to the detainees *once they reached the BTIF*?" asks what came after the scene its clause sets: an
 * act whose every noun is the scene's ("3x Detainees were *transfered to Bagram Theater Internment Facility*") tells
 * the scene itself, not what followed it. `scene`: the stems of the question's scene (sceneStems).
 */
export function sceneForAct(confidence: Confidence | Declined, c: Candidate, scene: Set<string>) {
  const kind = c.kind;
  if (!quotes(confidence) || kind?.kind !== 'act') return confidence;
  // The sentence's own reading (memoised), not a second one of the act's words alone.
  const said = read(c.text).words;
  const [first, last] = wordsAt(said, kind.start, kind.end);
  const nouns = said.slice(first, last + 1).filter((w) => isNoun(w));
  const told = (w: Word) => tokenize(w.text).every((t) => scene.has(t.stem));
  return nouns.length > 0 && nouns.every(told) ? 'act' : confidence;
}
