/**
 * Each candidate read for the kind of answer the question asks (typeKinds): the phrase of that kind nearest the
 * question's words that can answer it (kindOf), what naming it adds to the candidate's score, and the candidates that
 * can answer, or that state what a yes/no question asks, put first.
 */
import { actAsked, inRoleAsked, type ActAsked } from './acts.ts';
import type { SearchIndex } from './index.ts';
import { asksWhither, kindSpans, nameBeside, NAMING_WORDS, type KindSpan } from './kinds.ts';
import { tellsMovement, wentTo } from './destinations.ts';
import type { Glossary } from './glossary.ts';
import type { Lexicon } from './lexicon.ts';
import { causesEvent } from './reasons.ts';
import { isIngForm, pastTags, read, SCENE_OPENERS, wordsAt, type Word } from './nlp.ts';
import type { ParsedQuery } from './query.ts';
import { isNoun, strandsPreposition, unitsAsked, type Question } from './question.ts';
import { describesName, nameAsked, namesRole, roleAsked } from './role.ts';
import {
  asksThing,
  countryForPlace,
  glossaryNamed,
  glossaryNamesNone,
  namesFeature,
  otherThanThing,
  weaponForSomeone,
  headOf as headNoun,
} from './thing-asked.ts';
import { statesQuestion, subjectForms } from './stated.ts';
import { putFirst } from './ties.ts';
import { marksUnasked, releaseSpan } from './released.ts';
import { reasonAfter } from './reason-after.ts';
import { mainWord } from './leads.ts';
import { namedAbove } from './named-above.ts';
import { countsTotal, totalAsked } from './totals.ts';
import { sentences } from './text.ts';
import { endsClause, joinsClause } from './slots.ts';
import { spellsName } from './spelled.ts';
import { countSaid, isOf } from './measures.ts';
import { ESSENTIAL_HELD, type Weighed, holds, namesKindOf } from './weighed.ts';
import {
  type Candidate,
  type Sought,
  NOTHING_SOUGHT,
  termsOf,
  answeredAfter,
  doneNext,
  SCENE_PRONOUNS,
} from './candidates.ts';
import { toldWithAct, SAYS_ACT, actsSaid, sayingOf, settingOf, sceneStems, verbAct } from './acts-said.ts';

/** Naming what the question asks for (a time for "when") adds this to a sentence's score. */
const KIND_BONUS = 0.15;
/**
 * Naming it in the role the question asks of the act the sentence says (acts.ts: "which resulted in the *death of 1
 * child, 1 woman, 5 males*" for "who died?") adds as much again: the sentence tells who did it or had it done to them,
 * where another, not saying the act, only names someone who may be anyone of the story.
 */
const ROLE_BONUS = KIND_BONUS;

/** Characters within which an answer is next to the question's words; further off, it counts less. */
const NEAR = 40;

/**
 * The words of the phrase of a question at `at`, read as askedWord reads: the thing a "what did they do with X?"
 * question names (Question.doneTo), the one a "what was S doing?" asks of (Question.doer).
 */
function wordsWithin(
  at: { start: number; end: number } | undefined,
  query: ParsedQuery,
  units: Weighed[],
  index: SearchIndex,
): ((word: { text: string }) => boolean) | undefined {
  if (!at) return undefined;
  const of = units.filter((_, k) => query.units[k]!.tokens.some((t) => t.start >= at.start && t.end <= at.end));
  return of.length ? askedWord(of, index) : undefined;
}

/** How close WordNet must bring a noun to the doer a "what was S doing?" names: "persons" for "people". */
const SAME_DOER = 0.4;

/**
 * The words naming the one a "what was S doing?" question asks of: S's nouns, as the question holds them, or a noun
 * WordNet brings close to one ("3x *persons* laying an IED" for "the people"). A report names its people in words of
 * its own; a number of S counts them ("the *six* previously mentioned" are other people).
 */
function doerWord(
  question: Question,
  query: ParsedQuery,
  units: Weighed[],
  index: SearchIndex,
  lexicon: Lexicon,
): ((word: { text: string }) => boolean) | undefined {
  const at = question.doer ?? question.actor;
  if (!at) return undefined;
  const nouns = question.reading.words.filter((w) => isNoun(w) && w.start >= at.start && w.end <= at.end);
  const held = nouns
    .map((n) => wordsWithin(n, query, units, index))
    .filter((h): h is (word: { text: string }) => boolean => !!h);
  const near = new Set(
    nouns.flatMap((n) =>
      lexicon
        .related(n.lemma.toLowerCase(), 'noun')
        .filter((r) => r.weight >= SAME_DOER)
        .map((r) => r.word),
    ),
  );
  return (w) =>
    held.some((h) => h(w)) || lexicon.baseForms(w.text.toLowerCase(), 'noun').some((f) => near.has(f.lemma));
}

/**
 * A word the War Diary glued to its count, as the tagger leaves it: "1xINS" is read "1" and "*xINS*", the count's "x"
 * on the noun. The noun is the word after the "x".
 */
const GLUED_TO_COUNT = /^x(?=\p{Lu}{2,})/u;

/**
 * Whether a word is one the question holds (its own or its concept), each word read once per question. A number is
 * also one when the question's own words (`given`, as wink reads them) hold it: the War Diary glues a headcount's A
 * or P (assigned, present) to its number ("679A / 679P"), which the index keeps whole and wink splits ("679", "A") in
 * the report's sentence and the question's alike.
 */
function askedWord(units: Weighed[], index: SearchIndex, given: Word[] = []): (word: { text: string }) => boolean {
  const known = new Map<string, boolean>();
  const numbers = new Set([...given.filter((w) => w.pos === 'NUM').map((w) => w.text), ...spannedNumbers(given)]);
  return ({ text }) => {
    let is = known.get(text);
    if (is === undefined) {
      const { stems, concepts } = termsOf(text.replace(GLUED_TO_COUNT, ''), index);
      is = numbers.has(text) || units.some((u) => holds(u, stems, concepts) === 1);
      known.set(text, is);
    }
    return is;
  };
}

/**
 * The numbers a question gives by the ends of their run, "A through B" (wink's lemma "thru"): people ask of a run of
 * ISNs so ("which unit brought in 20078 thru 20080", "after 4185 thru 4188 came in", "ISNs 20061 through 20064"), where
 * the log lists each ("ISN's 20078, 20079, 20080 issued"); those between are given as much as its ends. Only a short
 * run (RUN_GIVEN) of whole numbers rising: a longer one is no list of serials.
 */
function spannedNumbers(given: Word[]): string[] {
  return given.flatMap((w, i) => {
    const [from, to] = [given[i - 1], given[i + 1]];
    if (w.lemma !== 'thru' || from?.pos !== 'NUM' || to?.pos !== 'NUM') return [];
    const [a, b] = [from, to].map((n) => (/^\d+$/.test(n.text) ? Number(n.text) : NaN)) as [number, number];
    if (!(b > a + 1 && b - a <= RUN_GIVEN)) return [];
    return Array.from({ length: b - a - 1 }, (_, k) => String(a + k + 1));
  });
}
/** The longest run of numbers "A through B" gives: detainees are logged a handful at a time. */
const RUN_GIVEN = 12;

/** A noun and the copula just before a phrase: the phrase says what the noun is ("the *headcount is* 631"). */
const SAID_TO_BE = /(\p{L}+)\s+(?:is|was|are|were)\s+$/iu;

/** A head count's pair and the facility it is of, then the list's comma: "520A / 520P -BTIF, ". */
const LABELLED_COUNT = /\d+A?\s*\/\s*\d+P?\s*-\s*[\p{L} -]+,\s*$/iu;

/**
 * The text before a list of labelled head counts, its members before a phrase passed: the detention logs say the
 * noun of all the list once ("head count is 520A / 520P -BTIF, *228A / 228P* - US TIF-A"), so 228 is said to be a
 * head count as 520 is.
 */
function listOpening(before: string): string {
  let opening = before;
  for (let m = LABELLED_COUNT.exec(opening); m; m = LABELLED_COUNT.exec(opening)) opening = opening.slice(0, m.index);
  return opening;
}

/**
 * The noun a name is set beside between commas, which it renames: "One *detainee*, Musa Khan, was released" says
 * Musa Khan is the detainee. Only a name (its first word a proper noun): in a list of common nouns ("9x RPG, 7x 82mm
 * mortar, and…") each item is one of its own. '' when there is none.
 */
function apposedTo(text: string, span: KindSpan): string {
  const noun = APPOSED.exec(text.slice(0, span.start))?.[1];
  if (!noun || !/^\s*,/.test(text.slice(span.end))) return '';
  return read(text).words.find((w) => w.start >= span.start)?.pos === 'PROPN' ? noun : '';
}

/**
 * The noun right before a span that is a code, one word holding a digit: the War Diary numbers a thing after the noun
 * saying what it is ("New *ISN* 20025 issued", "tail *number* 165"), so the noun says what the code is of. '' for none.
 */
function codedBy(text: string, span: KindSpan): string {
  if (!CODE.test(text.slice(span.start, span.end))) return '';
  return NOUN_BEFORE.exec(text.slice(0, span.start))?.[1] ?? '';
}

/** One word holding a digit: a number or a code ("20025", "CG-20"). */
const CODE = /^\S*\d\S*$/;
/** The word right before a phrase, a space between. */
const NOUN_BEFORE = /(\p{L}+)\s+$/u;

/** How fully a question's word must hold a name's head for the name to be the question's: a synonym or a kind of it. */
const TOLD = 0.5;

/** The last word of a span, its head: "New Facility *Headcount*". */
const headOf = (text: string, s: KindSpan) => /\S+$/.exec(text.slice(s.start, s.end))?.[0] ?? '';

/** A noun and the comma just before a phrase set beside it. */
const APPOSED = /(\p{L}+)\s*,\s*$/u;

/**
 * Of two spans, the surer; of two as sure, the one naming the question's X: "PRT MEY Reported about a TIC involving
 * *DEU OMLT*" for "which omlt was in the TIC?", where both name a unit as surely.
 */
const surer =
  <T extends { named: boolean }>(sure: (x: T) => number) =>
  (a: T, b: T) =>
    sure(b) - sure(a) || Number(b.named) - Number(a.named);

/**
 * Whether a phrase's head is a narrower word for what a "which X" question's noun names, by WordNet ("Last *car* of the
 * column" for "which vehicle", "*mortar*" for "which weapon"): a report calls a thing by its own kind, seldom by the
 * asker's general word, and so says its answer is an X as surely as naming X.
 */
function namesKindOfFocus(text: string, question: Question, index: SearchIndex, words: Lexicon): boolean {
  const noun = question.instanceOf;
  const head = noun && headNoun(text, index.glossary, words);
  return !!head && head !== noun && words.isA(head, noun);
}

/**
 * Whether a span names what a "which X" question's noun names. A phrase naming X ("an undetermined *amount* of money"
 * for "what *value*", "LashKarGah *City*" for "which *city*") is surely of its kind, and surely the kind asked for; so
 * is one X is said to be ("New BTIF *Headcount is* 631 assigned": "what was the headcount"), one apposed to X or coded
 * after it. So is one naming it by a narrower word (namesKindOfFocus), but not a count: its noun ("New Facility
 * *Headcount*") is a kind of number whatever it counts, and tells no thing from another.
 */
function focusNamer(text: string, question: Question, focus: Weighed | undefined, index: SearchIndex, words: Lexicon) {
  const names = (said: string, counted: boolean) =>
    (!!focus && holds(focus, termsOf(said, index).stems, new Set()) > 0) ||
    (!counted && namesKindOfFocus(said, question, index, words));
  return (span: KindSpan) => {
    const counted = span.kind === 'quantity';
    return (
      names(text.slice(span.start, span.end), counted) ||
      names(SAID_TO_BE.exec(listOpening(text.slice(0, span.start)))?.[1] ?? '', counted) ||
      names(apposedTo(text, span), counted) ||
      names(codedBy(text, span), counted)
    );
  };
}

/** The phrase of the kind asked for nearest to the question's words, and how near (1 when next to them). */
function kindOf(
  c: Candidate,
  question: Question,
  focus: Weighed | undefined,
  index: SearchIndex,
  words: Lexicon,
  asked: (word: { text: string }) => boolean,
  {
    role,
    name,
    scene,
    thing,
    doer,
    caused,
    told,
  }: {
    told: (text: string) => boolean;
    role?: Weighed;
    name?: Word[];
    scene: Set<string>;
    thing?: (w: Word) => boolean;
    doer?: (w: Word) => boolean;
    caused: (text: string, causes: NonNullable<KindSpan['causes']>) => boolean;
  },
  act?: ActAsked,
): { span: KindSpan; near: number; likely: number; named: boolean } | undefined {
  // An order's release marking answers only of its order (released.ts).
  if (marksUnasked(question, c.text)) return undefined;
  const found = c.found.map((f) => f - c.start);
  // A sentence answering after the one holding the question's words (answeredAfter) is all about what that one names.
  const distance = (s: KindSpan) =>
    c.answerFrom !== undefined
      ? 0
      : Math.min(Infinity, ...found.map((f) => (f < s.start ? s.start - f : f > s.end ? f - s.end : 0)));
  const namesFocus = focusNamer(c.text, question, focus, index, words);
  const ofFocus = focus && askedWord([focus], index);
  const ofScene = notOfScene(c.text, kindSpans(c.text, question, words, asked, thing, ofFocus, doer), scene, index);
  const ofRole = heldRole(c.text, ofScene, role, index);
  const ofKind = describingName(c.text, ofRole, name, words);
  // "Who shot the employee?": in a sentence saying the shooting, only who did it (acts.ts).
  // A sentence read with the one before answers in its own words: the one before only names what it is about.
  const held = inRoleAsked(c.text, ofKind, act, words, asked).filter(
    (s) =>
      s.start >= (c.answerFrom ?? 0) &&
      !someoneForThing(c.text, s, question, index, words) &&
      !countryForVillage(c.text, s, question, index, words) &&
      !fireForSomeone(c.text, s, question, index, words) &&
      !(s.kind === 'agent' && told(headOf(c.text, s))) &&
      (!s.causes || caused(c.text, s.causes)),
  );
  const spans = held.map((span) => {
    const named = namesFocus(span);
    return {
      span: named ? { ...span, strength: 1 } : span,
      likely: named ? 1 : (question.likelihood?.get(span.kind) ?? 1),
      d: distance(span),
      named,
    };
  });
  const sure = (x: (typeof spans)[number]) => (x.span.strength * x.likely) / (1 + x.d / NEAR);
  // Of two spans as sure, the one its clause goes on to say the question's act of answers: "3 X LNS WOUNDED, *2 X LNS*
  // WENT TO THE HOSPITAL" for "how many locals went to hospital", where both counts hold "LNS".
  const acting = actsInClause(c.text, question);
  const counting = asksCountNoun(question, words);
  const taken = takenByStranded(c.text, question);
  // Of two as sure, the one whose clause holds more of the question's names tells of what it asks.
  const namesHeld = namesInClause(c.text, question);
  const best = spans
    .filter((x) => !counting || x.span.kind !== 'quantity' || x.named)
    .sort(
      (a, b) =>
        taken(b.span) - taken(a.span) ||
        surer(sure)(a, b) ||
        namesHeld(b.span) - namesHeld(a.span) ||
        acting(b.span) - acting(a.span) ||
        a.span.start - b.span.start,
    )[0];
  if (!best) return undefined;
  // A phrase naming only the question's noun ("LEADER" for "which commander") says what is asked of; a name beside it
  // is the answer, marked as it, as sure as the phrase was.
  const beside = best.named && nameBeside(c.text, best.span, held, words);
  // The phrase the question's preposition asks for stands in the role asked, as surely as one its act's verb takes.
  const inRole = taken(best.span) ? { ...best.span, strength: 1, inRole: true } : best.span;
  const span = beside ? { ...inRole, start: beside.start, end: beside.end } : inRole;
  return { span, near: Math.min(1, NEAR / Math.max(1, best.d)), likely: best.likely, named: best.named };
}

/**
 * Whether a "what X" question's X is first of all a number, nothing counted after it ("what was the *headcount*"): the
 * number said to be X answers ("New Facility Headcount is 680"), not a count of others ("*1 x UEC* transferred").
 */
function asksCountNoun(question: Question, words: Lexicon): boolean {
  const { instanceOf, focus, reading } = question;
  if (!instanceOf || !focus || words.filedUnder(instanceOf, 'noun') !== 'noun.quantity') return false;
  return reading.words.find((w) => w.start >= focus.end)?.lemma !== 'of';
}

/** Words between a preposition and the phrase it takes: "subordinate to *the* commander". */
const BEFORE_TAKEN = new Set(['DET', 'ADJ', 'NUM']);

/**
 * Whether a span is the phrase a question's last preposition asks for, the sentence saying the word before it with the
 * same preposition: "who is Aziz Ullah *subordinate to*?" asks what stands after "a HQN subcommander *subordinate to*
 * Saifullah", not the name the sentence gives Aziz Ullah before it. 1 if so, else 0.
 */
function takenByStranded(text: string, question: Question): (span: KindSpan) => number {
  const asked = question.reading.words.filter((w) => w.pos !== 'PUNCT');
  const [word, prep] = asked.slice(-2);
  // Only of "who": where a thing went to is told with other prepositions as well ("evacuated *at* PRT KDZ MTF").
  if (question.wh !== 'who' || !word || !prep || word.pos === 'ADP' || !strandsPreposition(asked, asked.length - 2))
    return () => 0;
  const { words } = read(text);
  const starts = words.flatMap((w, k) => {
    if (w.lemma !== word.lemma || words[k + 1]?.lemma !== prep.lemma) return [];
    const from = pastTags(words, k + 2, BEFORE_TAKEN);
    return [words[k + 2]?.start ?? -1, words[from]?.start ?? -1];
  });
  return (span) => (starts.includes(span.start) ? 1 : 0);
}

/**
 * Whether a span's clause, between the commas or stops about it, says an act the question asks with its own verb: 1 if
 * so, else 0. The War Diary strings clauses with commas ("3 X LNS WOUNDED, 2 X LNS WENT TO THE HOSPITAL").
 */
function actsInClause(text: string, question: Question): (span: KindSpan) => number {
  const verbs = new Set(question.reading.words.filter((w) => w.pos === 'VERB').map((w) => w.lemma.toLowerCase()));
  const bound = (w: Word) => /^[,.;:]$/.test(w.text);
  const { words } = read(text);
  return (span) => {
    if (!verbs.size) return 0;
    const from = words.reduce((k, w, i) => (w.end <= span.start && bound(w) ? i + 1 : k), 0);
    const next = words.findIndex((w) => w.start >= span.end && bound(w));
    const clause = words.slice(from, next < 0 ? words.length : next);
    return clause.some((w) => w.pos === 'VERB' && verbs.has(w.lemma.toLowerCase())) ? 1 : 0;
  };
}

/**
 * How many of the question's names a span's clause holds, the clause bounded by a stop or by "and" opening a clause of
 * its own. A sentence telling two transfers gives each its own ISN: "-1x detainee was transferred … from TF 373 …, ISN
 * 3951 and 1x detainee was transferred … from TF Paldin …, *ISN 3952*" answers for the detainee from TF Paladin.
 */
function namesInClause(text: string, question: Question): (span: KindSpan) => number {
  const names = question.reading.words.filter((w) => w.pos === 'PROPN').map((w) => w.text.toLowerCase());
  const { words } = read(text);
  const bound = (k: number) => endsClause(words[k]!) || joinsClause(words, k);
  return (span) => {
    if (!names.length) return 0;
    const from = words.reduce((k, w, i) => (w.end <= span.start && bound(i) ? i + 1 : k), 0);
    const next = words.findIndex((w, i) => w.start >= span.end && bound(i));
    const clause = words.slice(from, next < 0 ? words.length : next);
    return names.filter((name) => clause.some((w) => spellsName(w.text, name))).length;
  };
}

/** Whether a phrase answering "what/which X" names someone or somewhere where X is a thing (thing-asked.ts). */
const someoneForThing = (text: string, s: KindSpan, question: Question, index: SearchIndex, words: Lexicon) => {
  const phrase = text.slice(s.start, s.end);
  const noun = question.instanceOf;
  return (
    !!noun &&
    (s.kind === 'agent' || s.kind === 'instance') &&
    asksThing(noun, words) &&
    // A code read as a model's name ("UAV *LUNA*") is one, whatever WordNet knows by it; not one the glossary names.
    (((!s.model || glossaryNamed(phrase, index.glossary)) &&
      (otherThanThing(phrase, noun, index.glossary, words) ||
        // Read as a model's name or not, a glossary's name for the class asked or for another thing names none of it.
        glossaryNamesNone(phrase, noun, index.glossary, words))) ||
      glossaryNamesNone(withNextWord(text, s), noun, index.glossary, words) ||
      // Read as a model's name or not, a place's own name ended by its natural feature is somewhere: "Shigal Valley".
      namesFeature(phrase, noun, index.glossary, words))
  );
};

/**
 * A phrase with the word after it, where one follows in the same clause: a kind read before the asked noun's own
 * shorthand may be the first word of the glossary's name for the class ("*MIL* VEH OVERTURNED", a military vehicle, for
 * "what vehicle": MIL VEH says of no vehicle which it was). "ISAF VEH (*DEU WOLF*)" is closed by its bracket.
 */
function withNextWord(text: string, s: KindSpan): string {
  const next = /^\s+[^\s(),.;:]+/.exec(text.slice(s.end));
  return next ? text.slice(s.start, s.end) + next[0] : '';
}

/**
 * Whether a phrase answering who, or which X where X is no thing ("which unit"), is a weapon or its fire the glossary
 * names (thing-asked.ts): "2 Rounds *IDF*" is indirect fire to the reports, though WordNet knows the letters as an
 * army.
 */
const fireForSomeone = (text: string, s: KindSpan, question: Question, index: SearchIndex, words: Lexicon) =>
  (s.kind === 'agent' || s.kind === 'instance') &&
  (question.wh === 'who' || (!!question.instanceOf && !asksThing(question.instanceOf, words))) &&
  weaponForSomeone(text.slice(s.start, s.end), index.glossary, words, question.instanceOf);

/** Whether a phrase answering "which X", X a place, names a country X is not (thing-asked.ts), as "(*DEU*)". */
const countryForVillage = (text: string, s: KindSpan, question: Question, index: SearchIndex, words: Lexicon) =>
  !!question.instanceOf &&
  question.expects.has('place') &&
  countryForPlace(text.slice(s.start, s.end), question.instanceOf, index.glossary, words);

/**
 * The phrases of a sentence saying the role a "who is the X?" question asks about (role.ts) that can answer it: only a
 * name the sentence gives the role, surely; a name standing elsewhere is someone else's. A sentence not saying the role
 * may name its holder in words of its own: all its phrases stand.
 */
function heldRole(text: string, spans: KindSpan[], role: Weighed | undefined, index: SearchIndex): KindSpan[] {
  if (!role) return spans;
  const { words } = read(text);
  // The role is a noun: a verb its word is bridged to says no role ("lead" is WordNet's "take": "TAKE POSSESSION").
  const isRole = (w: Word) =>
    (w.pos === 'NOUN' || w.pos === 'PROPN') && holds(role, termsOf(w.text, index).stems, new Set()) >= ESSENTIAL_HELD;
  if (!words.some(isRole)) return spans;
  return spans.flatMap((s) => {
    if (s.kind !== 'agent') return [s];
    const [first, last] = wordsAt(words, s.start, s.end);
    return namesRole(words, first, last, isRole) ? [{ ...s, strength: 1 }] : [];
  });
}

/**
 * The phrases of a sentence but the places of the scene a question sets (`scene`: the stems of its words after
 * "when", "after"…): "wounded … at *spot* of road accident" says where the accident was, not where the wounded were
 * taken after it.
 */
function notOfScene(text: string, spans: KindSpan[], scene: Set<string>, index: SearchIndex): KindSpan[] {
  if (!scene.size || !spans.some((s) => s.kind === 'place')) return spans;
  const { words } = read(text);
  return spans.filter((s) => {
    const [, last] = wordsAt(words, s.start, s.end);
    if (s.kind !== 'place' || words[last + 1]?.lemma !== 'of') return true;
    let k = last + 2;
    const of: Word[] = [];
    for (; words[k] && NAMING_WORDS.has(words[k]!.pos); k++) of.push(words[k]!);
    return !of.some((w) => [...termsOf(w.text, index).stems].some((stem) => scene.has(stem)));
  });
}

/**
 * The phrases of a sentence that can answer "who is X?" (role.ts): only those saying who X is, beside X's name. A
 * sentence not holding the name says nothing of X: its names are other people's.
 */
function describingName(text: string, spans: KindSpan[], name: Word[] | undefined, lexicon: Lexicon): KindSpan[] {
  if (!name || !spans.length) return spans;
  const { words } = read(text);
  const bare = (w: Word | undefined) => w?.text.toLowerCase().replace(/\.$/, '');
  const asked = new Set(name.map(bare));
  const runFrom = (k: number) => {
    let end = k;
    while (asked.has(bare(words[end + 1]))) end++;
    return end;
  };
  // The name where the sentence says most of it: "PAKTIKA GOVERNOR Location … - *Governor Khpalwak* is in Mecca".
  const at = words.reduce(
    (best, w, k) => (asked.has(bare(w)) && (best < 0 || runFrom(k) - k > runFrom(best) - best) ? k : best),
    -1,
  );
  if (at < 0) return [];
  const end = runFrom(at);
  return spans.filter((s) => describesName(words, wordsAt(words, s.start, s.end), [at, end], lexicon));
}

/**
 * Each candidate read for the kind the question asks, its score raised by naming it, those that can answer put first;
 * and first of all the best read with the sentence after it, when that one answers (answeredAfter).
 */
export function typeKinds(
  typed: Candidate[],
  question: Question,
  query: ParsedQuery,
  units: Weighed[],
  index: SearchIndex,
  words: Lexicon,
  sought: Sought,
  acts: ReturnType<typeof actsSaid>,
  story: Candidate[] = [],
): void {
  const focusAt = question.focus;
  const focus =
    focusAt &&
    units.find((_, k) => query.units[k]!.tokens.some((t) => t.start >= focusAt.start && t.end <= focusAt.end));
  const asked = askedWord(units, index, question.reading.words);
  const roleWord = roleAsked(question.reading.words, words);
  const role = roleWord && units.find((_, k) => query.units[k]!.tokens.some((t) => t.start === roleWord.start));
  const act = actAsked(question.reading.words, words);
  const name = nameAsked(question.reading.words, words);
  const counts = countsAct(question, query, units, index, sought);
  const scene = sceneStems(question, query, units);
  const thing = wordsWithin(question.doneTo, query, units, index);
  const doer = doerWord(question, query, units, index, words);
  // A reason said of an act named apart from it ("*the workers* were so anxious … *that they had to leave*") is the
  // reason of that act only, of the one it is said of: the question's, when the question says an act and that act is
  // it, and names that one.
  const asksActs = actUnits(question, query, units);
  const others = units.filter((u) => !asksActs.includes(u));
  const caused = (text: string, { act, of }: NonNullable<KindSpan['causes']>) => {
    const { stems, concepts } = termsOf(text.slice(of.start, of.end), index, sought);
    const named = others.some((u) => holds(u, stems, concepts) > 0);
    return named && asksActs.length > 0 && saysActs(asksActs, index, sought)(text.slice(act.start, act.end));
  };
  // A name a "which X" question is answered by is an X's: one whose head is another word the question gives, or a kind
  // or a synonym of it, is what the question tells, not what it asks: "New Facility *Headcount*" for "which ISN was
  // assigned when the *count* hit 702?". So is one whose head is the glossary's shorthand for a kind named by such a
  // word: "sent to the BAF *CSH*" (combat support hospital) is the place "at the hospital" tells, not the ISN asked.
  const told = (head: string) => {
    if (!question.instanceOf || !focus) return false;
    const { stems } = termsOf(head, index);
    return units.some(
      (u) => u !== focus && (holds(u, stems, new Set()) >= TOLD || namesKindOf(u, head, index.glossary)),
    );
  };
  // Each candidate's kind, and its score with what naming it adds, from its score before.
  const before = new Map(typed.map((c) => [c, c.score]));
  const typeKind = (c: Candidate, score: number) => {
    const kind = kindOf(c, question, focus, index, words, asked, { role, name, scene, thing, doer, caused, told }, act);
    [c.kind, c.near, c.namesFocus] = [kind?.span, kind?.near, kind?.named];
    c.score = score + (kind && counts(c) ? kindBonus(kind) : 0);
  };
  for (const c of typed) typeKind(c, c.score);
  readStory(typed, story, acts, (c) => typeKind(c, c.score));
  answeringFirst(typed, question, acts, words, index.glossary);
  // A sentence read so may answer, but not rival those read first: the story's other parts ("an additional 4x EKIA"
  // beside "3x EKIA") would make a sure answer seem in doubt.
  // It goes first only outweighing them, its kind counted: put first by saying the act alone, it may tell another
  // event of the report ("RC-S and OEF are investigating the allegation").
  const firstRead = typed.find((c) => !story.includes(c));
  const leads = typed[0] && story.includes(typed[0]) && typed[0].score >= (firstRead?.score ?? 0);
  const below = answersBelow(question, units, index, sought, acts, focus, words);
  // Below the scene a sentence may say what is asked of it in its own words (answersBelow's `setting`): read only when
  // the sentence after the best does not answer.
  const afterScene = () => answersBelow(question, units, index, sought, acts, focus, words, settingOf(question, query));
  const sure = !leads && firstRead && !below(firstRead) ? sureStory(story, units, acts, below) : undefined;
  if (!leads) typed.splice(0, typed.length, ...typed.filter((c) => !story.includes(c)));
  // The best read with the sentence after it, as sure as the best before its kind: its score and the next's kind; or a
  // sentence close below it answering what it tells.
  const first = typed[0];
  const after =
    (first &&
      (answeredAfter(first, units, index, (c) => typeKind(c, before.get(first)!), below, tallies(question, words)) ??
        answeredBelow(first, typed, before, afterScene(), thingAsked(question, words)) ??
        restatedAbove(first, typed, before, asked, counted(question, below), typeKind, !!question.measure) ??
        namedAbove(first, units, query, question, index))) ??
    sure ??
    eventCause(story, question, words) ??
    reasonAfter(first, question) ??
    nextAct(typed, question, query, units, index, doer);
  if (!after) return;
  putFirst(typed, after);
}

/**
 * The story's sentence stating the cause of the report's own event, named as its subject ("ACCIDENT HAPPENED BECAUSE
 * THE ROAD BROKE AWAY."), for a "why" question: in the report the question's names point to, that event is the one
 * asked of, though the question tells it with a verb ("why did the Wolf overturn") the sentence does not say.
 */
const eventCause = (story: Candidate[], question: Question, words: Lexicon) =>
  question.wh === 'why' ? story.find((c) => c.kind?.kind === 'reason' && causesEvent(c.text, words)) : undefined;

/**
 * What S did after the scene a "what did S do after / when Y?" question sets, told in the sentence after the scene's
 * (doneNext): only when no sentence read names an act of S's already.
 */
function nextAct(
  typed: Candidate[],
  question: Question,
  query: ParsedQuery,
  units: Weighed[],
  index: SearchIndex,
  doer: ((w: { text: string }) => boolean) | undefined,
): Candidate | undefined {
  if (!question.actor || !doer) return undefined;
  const setting = settingOf(question, query);
  const scene = units.filter((_, k) => setting[k]);
  const words = question.reading.words;
  const opener = words.findIndex((w, i) => i > 0 && SCENE_OPENERS.has(w.lemma.toLowerCase()));
  const next = doneNext(typed, scene, opener > 0 && sceneOfActor(words[opener + 1]), index, doer);
  // Its score is the scene sentence's with what naming the kind surely, next to the question's words, adds.
  if (next?.kind) next.score += kindBonus({ span: next.kind, likely: 1, near: 1 });
  return next;
}

/**
 * Whether the scene clause of "what did S do after / when Y?" has S for its subject: said by a pronoun ("when *they*
 * were attacked") or left unsaid before a gerund ("after *finding* the possible mine", "after *marking* the mortar
 * rounds red"), whose doer is the question's subject. The report then names S in the scene's sentence in its own words
 * ("FF reported that while conducting a patrol they found 1x UXO(possible Mine)… *FF* marked position").
 */
const sceneOfActor = (word: Word | undefined) =>
  !!word && (SCENE_PRONOUNS.has(word.lemma.toLowerCase()) || (word.pos === 'VERB' && isIngForm(word.text)));

/** Whether a sentence counts what a "how many X" question counts by a noun of quantity (countSaid): its headcount. */
function tallies(question: Question, lexicon: Lexicon): (text: string) => boolean {
  const { measure } = question;
  return (text) => !!measure && countSaid(read(text).words, measure, lexicon);
}

/**
 * The rest of the top report's sentences (`story`), read only when none read names surely what is asked in the clause
 * saying the question's act: then its answer is likely in a short sentence of its own, below those setting the scene
 * ("BDA: 1x FUCHS vehicle damaged." below the sentences telling B platoon's patrol and the blast).
 */
function readStory(
  typed: Candidate[],
  story: Candidate[],
  acts: ReturnType<typeof actsSaid>,
  typeKind: (c: Candidate) => void,
): void {
  if (typed.some((c) => c.kind?.strength === 1 && acts.answers(c))) return;
  story.forEach(typeKind);
  typed.push(...story);
}

/**
 * The story's sentence that surely answers, to lead when no sentence joined to the best does (typeKinds): it names
 * surely what is asked (`answers`, answersBelow's reading) in the very clause saying the question's act, verbally, and
 * its report names all the question names. The War Diary tells an outcome in a short line of its own ("BDA: 1x *FUCHS
 * vehicle* damaged." for what was damaged when B platoon hit a roadside bomb), sharing fewer of the question's words
 * than the lines setting the scene, so it is read only past them; yet it alone tells it. A report not naming all the
 * question names may tell another event ("RC-S and OEF are investigating the allegation", in a report naming no
 * German, for who investigated the shooting at the German helicopter).
 */
function sureStory(
  story: Candidate[],
  units: Weighed[],
  acts: ReturnType<typeof actsSaid>,
  answers: (c: Candidate) => boolean,
): Candidate | undefined {
  const named = (c: Candidate) => units.every((u, k) => !u.proper || c.inReport[k]! >= ESSENTIAL_HELD);
  return story.find((c) => named(c) && acts.answers(c, true) && answers(c) && nextToAct(c, acts));
}

/**
 * Whether a candidate's answer stands next to a verb saying the question's act, no other verb between: in a list of
 * outcomes each participle tells its own noun ("1x *Motorbike* (Mines in saddlebag) *destroyed*, and 1x MUNGO vehicle
 * (heavily) *damaged*": the motorbike was destroyed, not damaged), so an answer past another verb is that verb's.
 */
function nextToAct(c: Candidate, acts: ReturnType<typeof actsSaid>): boolean {
  const kind = c.kind!;
  const { words } = read(c.text);
  return [...acts.verbsSaying(c.text)].some((k) => {
    const w = words[k]!;
    const [from, to] = w.end <= kind.start ? [w.end, kind.start] : [kind.end, w.start];
    return !words.some((b) => b !== w && b.start >= from && b.end <= to && b.pos === 'VERB');
  });
}

/** How closely a sentence below must hold the main word outside the scene: a broader word, not its gloss's (0.3). */
const OUTSIDE_HELD = 0.4;

/**
 * Whether a sentence below the best answers what the best tells, its words tied to the question only through the best:
 * it must say so surely. It names surely what is asked (a name, a number, a place), one of the thing a "what X" asks,
 * X a thing (namesThing: "some air to ground *ordnance*" is no bomb), and, when the question counts or measures
 * something, a count of that ("2x *vehicles*", not "8-10 *PAX*" for "how many rounds"); and it says the question's
 * act, its main (rarest) word or the noun a "what X" asks ("New facility *headcount* 730a/730p" for "what was the
 * headcount after ISNs … were assigned?"), in its own words (`answerFrom` on) — unless they hold some of the
 * question's words already (`tied`): then they tie it to the question themselves, and may say the act in the report's
 * own words ("EOD will *investigate*" for "when will EOD look at the mine").
 */
function answersBelow(
  question: Question,
  units: Weighed[],
  index: SearchIndex,
  sought: Sought,
  acts: ReturnType<typeof actsSaid>,
  focus: Weighed | undefined,
  words: Lexicon,
  setting: boolean[] = [],
): (c: Candidate, tied?: boolean) => boolean {
  const main = units[mainWord(units)];
  // The rarest word outside the clause setting the scene is what is asked of it, the scene being the best's: "which
  // detainee was in the *hospital* when ISNs 4144 to 4146 were issued?" — "ISN's 4144, 4145, and 4146 issued. … ISN
  // 3264 is in the CSH" — the given numbers, rarer, are told above. Said more closely than by a word of its gloss
  // (OUTSIDE_HELD): "New *Facility* headcount" is no hospital.
  const asked = setting.some(Boolean) ? units[mainWord(units, (k) => !setting[k])] : undefined;
  const { measure, instanceOf } = question;
  // Only a thing's kind is checked so: "northern *direction*" answers "which way", though WordNet files it elsewhere.
  const thing = !!instanceOf && asksThing(instanceOf, words);
  const saysMain = (text: string) => {
    const { stems, concepts } = termsOf(text, index, sought);
    const held = (u: Weighed | undefined) => !!u && holds(u, stems, concepts) > 0;
    return held(main) || held(focus) || (!!asked && holds(asked, stems, concepts) >= OUTSIDE_HELD);
  };
  return (c, tied = false) => {
    const kind = c.kind;
    if (kind?.strength !== 1 || (thing && !namesThing(c, question, words))) return false;
    const counts = !measure || countsMeasured(c, measure);
    const own = c.text.slice(c.answerFrom ?? 0);
    return counts && (tied || acts.saying({ text: own }) >= SAYS_ACT || saysMain(own));
  };
}

/** Whether a candidate's answer counts what a "how many X" question measures: "*4x detainees*" for detainees. */
function countsMeasured(c: Candidate, measure: NonNullable<Question['measure']>): boolean {
  return !!c.kind && read(c.text.slice(c.kind.start, c.kind.end)).words.some((w) => isOf(measure, w));
}

/**
 * Whether a "what / which X" question asks a thing (a vehicle, a mine, a weapon): the War Diary tells the event first
 * and what it befell or used in a short line of its own after, however many lines of the timeline stand between ("At
 * 0919Z, PRT KDZ reported a SVBIED Strike." … "Update to BDA: … 1x *MUNGO* heavily damaged").
 */
const thingAsked = (question: Question, words: Lexicon) =>
  !!question.instanceOf && asksThing(question.instanceOf, words);

/** Sentences that may stand between the best and a later one of its passage answering what it tells. */
const CLOSE_AFTER = 2;

/**
 * A sentence close after the best in its passage, naming what the question asks and saying its act or main word, when
 * the best names nothing of the kind asked: the War Diary tells an event in a sentence setting the scene, the
 * question's words in it, and what came of it in short ones after ("QRF COY DEU reported fire fight … on LOC BANANA.
 * 1155D* Contact to enemy lost. *Enemy withdraw in northern direction.*"). So too one of its report anywhere, when it
 * weighs nearly as much as the best (SCORED_NEAR): an update tells the outcome in an entry of its own, apart from the
 * one setting the scene ("UPDATE: 0608z APACHE TOC REPORTS THAT THE AAF … WERE 1-2 PAX THAT FLEED *SOUTH* …" after
 * "UPDATE: 0508Z APACHE TOC REPORTS THEY ARE GOING TO SHOT A FIRE MISSION"), or after more lines of the timeline
 * ("0949L INF COY REPORTED ONE *TACTICAL FOX VEHICLE (JAMMER CG-20)* HIT BY ONE RPG"): scored as nearly by the
 * question's words, the sentence surely naming what is asked answers it, the other only sets its scene. It goes
 * first, as sure as the best: the best's score and what its own kind adds.
 */
function answeredBelow(
  first: Candidate,
  typed: Candidate[],
  before: Map<Candidate, number>,
  answers: (c: Candidate) => boolean,
  thing = false,
): Candidate | undefined {
  if (first.kind) return undefined;
  const said = sentences(first.passage.text);
  const between = (c: Candidate) => said.filter((s) => s.start >= first.end && s.end <= c.start).length;
  const close = (c: Candidate) => c.passage === first.passage && c.start >= first.end && between(c) <= CLOSE_AFTER;
  // Further down its report: a later sentence of its passage, or one of a later passage.
  const later = (c: Candidate) =>
    c.hit.report === first.hit.report &&
    (c.passage === first.passage ? c.start >= first.end : c.passage.id > first.passage.id);
  const near = (c: Candidate) => c.hit.report === first.hit.report && c.score >= first.score - SCORED_NEAR;
  const below = typed.find((c) => !!c.kind && (close(c) || near(c) || (thing && later(c))) && answers(c));
  if (below) below.score = first.score + below.score - before.get(below)!;
  return below;
}

/**
 * Whether a sentence naming nothing of the kind asked only restates what the question gives: each of its numbers and
 * codes is one the question names ("New facility headcount is *667* assigned and *667* present" for "what ISN was
 * issued when the headcount hit 667?"). The War Diary logs a transfer in short sentences, one fact each, so what is
 * asked is in one close beside it, above as well as below ("ISN 20043 issued. New facility headcount is 667 …").
 */
function restatesGiven(c: Candidate, asked: (word: { text: string }) => boolean): boolean {
  const numbers = read(c.text).words.filter((w) => /\d/.test(w.text));
  return numbers.length > 0 && numbers.every(asked);
}

/**
 * What answers above a sentence restating a "how many X" question's given: one answering below (answersBelow), or one
 * surely counting X, whatever its verb ("4x detainees *transferred*" for "how many detainees *got* ISNs …"): the list
 * below it of the very numbers the question gives says what it counted, so its own words need not say the question's.
 */
function counted(question: Question, below: (c: Candidate) => boolean): (c: Candidate) => boolean {
  const { measure } = question;
  return (c) => below(c) || (!!measure && c.kind?.strength === 1 && countsMeasured(c, measure));
}

/**
 * The sentence weighing most by the question's words (`before` its kind), when it only restates the question's given,
 * read with a close sentence above it that answers (answeredAbove): the best, or, for a "how many" (`measured`), one
 * the best was put before for naming the kind asked. A transfer report counts its detainees and lists their ISNs in
 * the line below ("4x detainees transferred into BTIF by TF 373. ISN's 20051, 20068, 20069, 20070 issued." for "how
 * many detainees got ISNs 20051, 20068, 20069 and 20070?"): the count answers, the list ties it to the question, and
 * the two are quoted together. A given another report restates as nearly singles out neither, and ties none.
 */
function restatedAbove(
  first: Candidate,
  typed: Candidate[],
  before: Map<Candidate, number>,
  asked: (word: { text: string }) => boolean,
  below: (c: Candidate) => boolean,
  typeKind: (c: Candidate, score: number) => void,
  measured: boolean,
): Candidate | undefined {
  const top = measured ? typed.reduce((a, b) => (before.get(b)! > before.get(a)! ? b : a), first) : first;
  if (!restatesGiven(top, asked)) return undefined;
  // A given another report restates as nearly ("New facility headcount is 717 …" in two reports) singles out neither.
  const rival = (c: Candidate) =>
    c.hit.report !== top.hit.report && before.get(c)! >= before.get(top)! - SCORED_NEAR && restatesGiven(c, asked);
  if (top !== first && typed.some(rival)) return undefined;
  return answeredAbove(top, typed, below, (c) => typeKind(c, before.get(top)!));
}

/**
 * A best only restating the question's given (restatesGiven), read with a close sentence above it that answers (as
 * answersBelow), quoted from that one on: "ISN 20043 issued. New facility headcount is 667 assigned and 667 present."
 * Its answer is in the sentence above (answerFrom 0, so likely at most: afterLikely); the best ties it to the question.
 * When none read answers, the sentence just before it, though it holds none of the question's words: the detention
 * log tells each event in a line of short sentences, the headcount closing it ("ISN's 20032 and 20018 assigned. New
 * Facility Headcount is 722 assigned / 722 present." for "which ISNs were given when the count hit 722?"), so the one
 * before the given restated is of its event, and the given alone ties it to the question.
 */
function answeredAbove(
  first: Candidate,
  typed: Candidate[],
  answers: (c: Candidate) => boolean,
  typeKind: (c: Candidate) => void,
): Candidate | undefined {
  const said = sentences(first.passage.text);
  const between = (c: Candidate) => said.filter((s) => s.start >= c.end && s.end <= first.start).length;
  const above = typed.find(
    (c) => c.passage === first.passage && c.end <= first.start && between(c) <= CLOSE_AFTER && answers(c),
  );
  // The given ties the sentence just before to the question only when the one after names nothing of the kind asked:
  // what is asked may follow it as well ("ISN 4170 assigned. New facility headcount is 646 assigned" for "what was the
  // assigned number after 4170", not "1X Detainee transferred into BTIF" before it), and then neither is sure.
  const next = said.find((s) => s.start >= first.end);
  const before = next && namedAfter(first, next, typeKind) ? undefined : said.filter((s) => s.end <= first.start).pop();
  return readAbove(first, above ?? before, typeKind);
}

/** Whether the sentence after the best names surely what is asked, read with the best as answeredAfter reads it. */
function namedAfter(first: Candidate, next: { end: number }, typeKind: (c: Candidate) => void): boolean {
  const pair: Candidate = { ...first, end: next.end, text: first.passage.text.slice(first.start, next.end) };
  typeKind(pair);
  return pair.kind?.strength === 1 && pair.kind.start >= first.end - first.start;
}

/** The best read from a sentence above it on, when that one names surely what is asked (answerFrom 0: likely). */
function readAbove(
  first: Candidate,
  above: { start: number; end: number } | undefined,
  typeKind: (c: Candidate) => void,
): Candidate | undefined {
  if (!above) return undefined;
  const pair: Candidate = { ...first, start: above.start, text: first.passage.text.slice(above.start, first.end) };
  pair.answerFrom = 0;
  typeKind(pair);
  const inAbove = !!pair.kind && pair.kind.strength === 1 && pair.kind.end <= above.end - above.start;
  return inAbove ? pair : undefined;
}

/**
 * How far below the best, its kind's bonus counted, a sentence of its report naming what is asked may weigh and still
 * answer for it (answeredBelow): chosen on the development questions (0.041 the widest gap of those it answers).
 */
const SCORED_NEAR = 0.05;

/** What naming the kind asked for adds to a sentence's score: the more, the surer and the nearer the phrase. */
const kindBonus = ({ span, likely, near }: { span: KindSpan; likely: number; near: number }) =>
  (KIND_BONUS + (span.inRole ? ROLE_BONUS : 0)) * span.strength * likely * near;

/**
 * Whether a count in a sentence may be what a "how many" question counts, which the verb of its main clause says: "how
 * many fighters did TF Titan *kill*" counts the EKIA of a sentence saying the killing, not the "3x enemy PAX" of one
 * saying them seen. A verb setting the scene ("… *when* the Fennek *hit* the bomb") is not what is counted.
 */
function countsAct(
  question: Question,
  query: ParsedQuery,
  units: Weighed[],
  index: SearchIndex,
  sought: Sought,
): (c: Candidate) => boolean {
  const acts = actUnits(question, query, units);
  // "Which *unit*": a word WordNet files under quantities asks which, not how many.
  if (question.wh !== 'how' || !question.expects.has('quantity') || !acts.length) return () => true;
  const says = saysActs(acts, index, sought);
  return (c) => says(c.text);
}

/** The question's verbs that say its act: not light ones, nor one setting the scene, nor one used as an adjective. */
function actUnits(question: Question, query: ParsedQuery, units: Weighed[]): Weighed[] {
  const setting = settingOf(question, query);
  return units.filter((u, k) => verbAct(question, query, u, k) && !setting[k]);
}

/** Whether a text says each of those acts, in its words or WordNet's close to them. */
const saysActs =
  (acts: Weighed[], index: SearchIndex, sought: Sought = NOTHING_SOUGHT) =>
  (text: string): boolean => {
    const { stems, concepts } = termsOf(text, index, sought);
    return acts.every((u) => holds(u, stems, concepts) >= SAYS_ACT);
  };

/**
 * The candidates stating what a yes/no question asks (stated.ts), or an order's release marking saying whether the
 * nation asked may have it (released.ts), put first: a sentence only holding its words does not answer it, nor rival
 * one that states it (it may hold them about something else).
 */
export function statingFirst(
  typed: Candidate[],
  question: Question,
  query: ParsedQuery,
  units: Weighed[],
  words: Lexicon,
  glossary: Glossary,
): Set<Candidate> {
  if (question.expects.size) return new Set();
  const states = (c: Candidate) =>
    statesQuestion(question, sayingOf(c, query, question, units), words) ||
    !!releaseSpan(question, c.text, glossary, words);
  const stating = new Set(typed.filter(states));
  typed.sort((a, b) => Number(stating.has(b)) - Number(stating.has(a)) || b.score - a.score);
  return stating;
}

/**
 * Whether a sentence only bounds the measure a "how old / far / long" question asks, its number read less surely
 * (kinds.ts `bounded`): "believed to be under the age of 15" says what the age is not above, not what it is.
 */
const onlyBounds = (question: Question, c: Candidate) => !!unitsAsked(question) && !!c.kind && c.kind.strength < 1;

/**
 * The candidates that can answer put first (canAnswer) and, for "who", when one surely names someone in the clause
 * saying the question's act, those not saying the act put after the rest: "who died in the night raid on Objective
 * Wolf" is answered by "…resulted in the death of *1 child, 1 woman, 5 males*", not by a sentence holding more of the
 * question that tells the raid and no death ("…a raid on OBJ WOLF down in *WAZI KHWA*"). A sentence saying the act
 * keeps its place, though its answer is a pronoun ("Also *they* are helping HIG and TB members"). Who did or underwent
 * an act is told with it, and so is what it was done to (toldWithAct); a place or a time may be told in a clause
 * setting the scene, so only those are sorted so (sorting every kind so quoted wrong places and counts on the judged
 * set).
 */
function answeringFirst(
  typed: Candidate[],
  question: Question,
  acts: ReturnType<typeof actsSaid>,
  words: Lexicon,
  glossary: Glossary,
): void {
  // What an act was done to is of the story of the report most about the question: a sentence of another report telling
  // that act ("RECCE SQUAD A1 … found one (1) UXO") is of another event: it neither sets anything aside nor goes first.
  const story = typed[0]?.hit.report;
  const ofStory = (c: Candidate) => question.wh === 'who' || c.hit.report === story;
  const answers = (c: Candidate) =>
    c.kind?.strength === 1 &&
    (acts.answers(c) || acts.answersLightly(c)) &&
    ofStory(c) &&
    namesThing(c, question, words);
  const answered = toldWithAct(question) && typed.some(answers);
  // A question asking only by a light verb ("who *gave* first aid…?") weighs no act: a sentence saying that verb's act
  // (saysOrLight) says it, and the one naming who did it in that verb's clause (answersLightly) answers.
  const saying = (c: Candidate) => (acts.onlyLight ? acts.saysOrLight(c) : acts.saying(c) >= SAYS_ACT);
  const saysAct = new Map(typed.map((c) => [c, !answered || (saying(c) && ofStory(c))]));
  // A count asked "in all" is the one the report says as the total (totals.ts), before the counts it adds up.
  const asksTotal = totalAsked(question, words);
  const total = (c: Candidate) => asksTotal && countsTotal(c, words);
  // A measure asked is answered by a number stated in its units before a bound on it (onlyBounds).
  const able = (c: Candidate) =>
    canAnswer(question, c) && !onlyBounds(question, c) && (!actOfOne(question) || (!!c.kind && ofStory(c)));
  // Where a thing was moved is told by a place where a movement of it ended ("*Wounded* were *medevacd to* PRT
  // Kunduz"): when a sentence names one, a place in one telling no movement is where something else happened
  // ("reported an IED strike … at grid 42S"), as movementUnsaid reads it, and goes after.
  const mover = subjectForms(question, glossary);
  const went = (c: Candidate) => !!c.kind && wentTo(read(c.text).words, c.kind.start, words, mover);
  const whither = asksWhither(question, words) && !!mover && typed.some(went);
  const tells = (c: Candidate) => saysAct.get(c)! && (!whither || tellsMovement(read(c.text).words, words));
  const first = (c: Candidate) => Number(total(c)) * 4 + Number(able(c)) * 2 + Number(tells(c));
  typed.sort((a, b) => first(b) - first(a) || b.score - a.score);
}

/**
 * Whether what a candidate names is one of the thing a "what X did they V?" question asks: a name or a code, X or a
 * kind of X, not a broader word ("some air to ground *ordnance*" for "what bomb").
 */
function namesThing(c: Candidate, question: Question, words: Lexicon): boolean {
  const noun = question.instanceOf;
  if (!noun || !c.kind || c.kind.model) return true;
  // A name or a code names one whatever its words ("JAMMER CG-20"); a common noun, one of its kind.
  const common = read(c.text.slice(c.kind.start, c.kind.end)).words.filter((w) => w.pos === 'NOUN');
  return !common.length || common.some((w) => w.lemma === noun || words.isA(w.text.toLowerCase(), noun));
}

/**
 * Whether a question asks the act done to one thing or by one doer: "what happened to X?", "what did they do with X?",
 * "what did S do?". In the report most about it, a sentence telling that act goes before one naming X or S in the scene
 * ("1 x DINGO slipped off the road" before "The Driver was lightly injured"); another report's telling an act is of
 * another story, and goes first no more than before.
 */
const actOfOne = (question: Question) => !!question.doneTo || !!question.actor;

/** A sentence naming nothing of the kind "who", "when", "where", "how many" ask for cannot answer them. */
const canAnswer = (question: Question, c: Candidate) => !question.strict || !!c.kind;
