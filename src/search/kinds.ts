/**
 * Where a sentence names something of the kind a question asks for: a person
 * or group, a place, a time, a quantity or a reason, each as the phrase that
 * would answer ("shortly after the new year", "seven Arabs and four
 * Iranians", "AL MANSOUR", "due to weather"). Found from wink's entities and
 * parts of speech, WordNet's classes of nouns, and the War Diary's own forms
 * of times and counts (DTGs, "1535Z", "3x").
 */
import { derivedActs } from './act-nouns.ts';
import { relativeOpener } from './acts-said.ts';
import { RELATIVE } from './role.ts';
import { asksCondition, conditionsNamed, partsHarmed } from './conditions.ts';
import { asksThing } from './thing-asked.ts';
import { titlesNamed } from './titled.ts';
import { frequencySpans } from './frequency.ts';
import { MEANS_AFTER_VERB, meansSpans } from './means.ts';
import { asksFailure, causeOpening, goingAsked, type ReasonSpan, reasonSpans, thwartedSpans } from './reasons.ts';
import { PEOPLE_FILES, type Lexicon, type Synset } from './lexicon.ts';
import {
  isIngForm,
  NEGATIONS,
  POSSESSIVES,
  read,
  touching,
  wordsAt,
  writtenAt,
  type Entity,
  type Word,
} from './nlp.ts';
import { monthNumber } from './dates.ts';
import { spellsName } from './spelled.ts';
import { measuredFromOther } from './measured-from.ts';
import { answersNoNearness } from './nearness.ts';
import {
  actVerbs,
  alikeVerbs,
  askersTermForPerson,
  isNoun,
  kindsOfNoun,
  LIGHT_VERBS,
  phrasalAt,
  verbReadAsNoun,
  type AnswerKind,
  type Question,
} from './question.ts';
import {
  actsDone,
  apposedNames,
  codeBeside,
  doingDuring,
  doingWhile,
  endsClause,
  IN_PHRASE,
  kindNamedAhead,
  labelled,
  madeInBrackets,
  namedByMake,
  objectInClause,
} from './slots.ts';
import {
  asksBareMuch,
  asksMoney,
  bounded,
  calibreEnd,
  countsThings,
  isCountNoun,
  isMoney,
  isOf,
  isSum,
  markedUnit,
  measured,
  measuresAsked,
  measuresOther,
  unitAfterNumber,
  withUnit,
} from './measures.ts';
import {
  countNotAsked,
  countsOtherCasualties,
  countsOtherPeople,
  labelledOther,
  countsOfAsked,
  listedWithAsked,
  movedNotStanding,
  movedPeopleCounted,
  standingNotMoved,
  remainderUnsaid,
} from './counts.ts';
import { saysLearning, tellingAsked, tells, toldTo } from './tellers.ts';
import {
  afterComplexTo,
  arrivedAt,
  fromOfSubject,
  BEFORE_PLACE_WORDS,
  firedOn,
  wholeGridEndingAt,
  squareGridEndingAt,
  gridOriginEndingAt,
  gridPlaceEndingAt,
  headsPeople,
  spelledNotWhere,
  inState,
  isOfPlace,
  isPlaceFirst,
  namesSite,
  opensBuilding,
  LOCATIVE,
  locativeBefore,
  noneThere,
  ofOthers,
  onAbout,
  placeBefore,
  prepositionOf,
  saysOfAsked,
  startsClause,
} from './places.ts';
import {
  asksMovement,
  asksOrigin,
  asksWay,
  movedElsewhere,
  pointsWay,
  tellsWay,
  wayNotTaken,
  wayTo,
  whereOnly,
} from './ways.ts';
import { actedPhrases, NOMINAL, saidToBe, saysAsked } from './acted-on.ts';
import {
  endOfStretch,
  enteredName,
  isAnAct,
  namesAnAct,
  namesCategory,
  namesModel,
  namesPlaceOrThing,
  namesThingBracketed,
  namesVehicle,
  partOfThing,
  passiveMeans,
  qualifiesAct,
} from './no-one.ts';
import { asksTimeTaken, datesDocument, datesOtherAct, datesPlan, describesThing, toldPast } from './other-times.ts';

export interface KindSpan {
  kind: AnswerKind;
  start: number;
  end: number;
  /**
   * How surely the phrase is of its kind, 0–1: a number, a date or a name surely; a common noun filed under it less so.
   */
  strength: number;
  /**
   * Whether it stands in the role a question asks of an act, to the act the sentence says (acts.ts): "the employee was
   * shot *by two gunmen*" for "who shot the employee?", surely what is asked, where another name may be anyone's.
   */
  inRole?: boolean;
  /**
   * For a reason, where the sentence names the act it is the reason of, and of whom it is said, when it names them
   * apart (reasons.ts).
   */
  causes?: ReasonSpan['causes'];
  /**
   * Whether it names a thing by its make or its code ("a white *Toyota* Corolla", namedByMake; "UAV *LUNA*",
   * codeBeside): the way it is said makes it a thing's name, whatever else WordNet knows by it (a city, a goddess).
   */
  model?: boolean;
}

/**
 * A common noun WordNet files under a kind ("unit" a group, "amount" a quantity) is of it less surely than a name or a
 * number.
 */
const COMMON_NOUN = 0.5;

const ENTITY_KIND: Record<string, AnswerKind> = {
  DATE: 'time',
  TIME: 'time',
  DURATION: 'time',
  CARDINAL: 'quantity',
  MONEY: 'quantity',
  PERCENT: 'quantity',
};
/** A date-time group ("201530Z", "311200ZOCT06"), a clock time ("1535Z", "2235L", "1150D*") or a day ("05DEC08"). */
const WAR_DIARY_TIME = /^(?:\d{6}[A-Z]?(?:[A-Z]{3}\d{2,4})?|\d{4}[ZDL]\*?|\d{1,2}[A-Z]{3}\d{2,4})$/i;
/**
 * Whether a piece the tagger split off a word may be of a War Diary time: the "D*" of "1547D*"; the "Z." of a time
 * ending its sentence ("Guns fired at 1535*Z.*"), the tagger reading the zone letter and the full stop as one
 * abbreviation, as it does an initial.
 */
const timePiece = (piece: Word) => /^[\w*]+$/.test(piece.text) || /^[A-Z]\.$/i.test(piece.text);
/**
 * The War Diary time written at `k`, its pieces joined up to the star that closes its zone, if any: what is written on
 * after the star is the next word, not the time's ("Event closed at 170014D*26 Killed": "170014D*" when, 26 killed).
 * The full stop ending the sentence is no part of it.
 */
const timeWrittenAt = (words: Word[], k: number) => withoutStop(writtenAt(words, k, timePiece).replace(/\*.+$/, '*'));
/** A time as written without the full stop ending its sentence: the "Z." of "at 1535Z." (timePiece). */
const withoutStop = (written: string) => written.replace(/\.$/, '');
/**
 * A date-time group with its zone's star ("Event closed at *170014D**26 Killed"): it counts nothing, though the tagger
 * reads a number. Not read as a time by itself: a DTG of a form's header tells when the form was filed.
 */
const ZONED_DTG = /^\d{6}[A-Z]\*$/;
const countsNothing = (written: string) => WAR_DIARY_TIME.test(written) || ZONED_DTG.test(written);
/** Prepositions that set an act at a day: "*on* the 25th", "*by* the 3rd", "*until* the 12th". */
const DAY_LEADS = new Set(['on', 'by', 'until', 'till', 'since']);
/** Prepositions that set an act at a time: those of a day, and "*at* 132330D*", "activated *at* 140030D*". */
const AT_TIME = new Set(['at', ...DAY_LEADS]);
/**
 * Whether the word at `k` opens a date-time group with its zone's star set after a preposition of time, which says
 * when the act of its clause was done: "*At 132330D** 1 (one) x 7 ton truck fell on the side", "RC N RTF was activated
 * *at 140030D**", "AT 200837D* THE ANP ARRIVED TO THE FOB". A header's DTG stands alone ("UPDATE 230950D* J2 PRT KDZ
 * received…"): it dates the entry, not an act.
 */
const zonedTimeAt = (words: Word[], k: number, written: string) =>
  ZONED_DTG.test(written) && AT_TIME.has(words[k - 1]?.lemma.toLowerCase() ?? '');

/** The kinds the word at `k` is of by itself (kindsOfWord), read with the time written from it. */
function kindsAt(words: Word[], k: number, lexicon: Lexicon): Map<AnswerKind, number> {
  const written = timeWrittenAt(words, k);
  const kinds = kindsOfWord(words[k]!, written, lexicon);
  if (zonedTimeAt(words, k, written)) kinds.set('time', 1);
  return kinds;
}
/** "3x", "2X": a count, as the War Diary writes them. */
const WAR_DIARY_COUNT = /^\d+x$/i;
/** A road's code, letters then a number: "H7", "A1". */
const ROAD_CODE = /^[A-Z]{1,2}\d{1,3}$/;
/** Words that may lead a time phrase: "shortly after the new year". */
const TIME_LEAD = new Set(['ADV', 'ADP', 'DET', 'ADJ']);

/**
 * Whether the ordinal at `k` is a day of the month, said with its month left out as the War Diary does inside one
 * month: "TF33 will move on the TAGAB area *on the 25th*" (not "the 25th district", which the noun after it counts).
 */
function dayOfMonth(words: Word[], k: number): boolean {
  const day = Number.parseInt(words[k]?.text ?? '', 10);
  if (!(day >= 1 && day <= 31) || words[k + 1]?.pos === 'NOUN') return false;
  return words[k - 1]?.lemma === 'the' && DAY_LEADS.has(words[k - 2]?.lemma ?? '');
}

/** The kinds a word is of by itself, each with how surely: a number or a name surely, a common noun less so. */
function kindsOfWord(word: Word, whole: string, lexicon: Lexicon): Map<AnswerKind, number> {
  const kinds = new Map<AnswerKind, number>();
  // The tagger splits "1600Z" and "05DEC08": the time is read from the text as written.
  if (WAR_DIARY_TIME.test(whole)) kinds.set('time', 1);
  // A time is no count: "1034z" is when, though the tagger reads a number.
  if ((word.pos === 'NUM' && !countsNothing(whole)) || WAR_DIARY_COUNT.test(word.text)) kinds.set('quantity', 1);
  // "*numerous* reports", "*few* casualties": a count told in words, less surely than in a number.
  else if (word.pos === 'ADJ' && lexicon.counts(word.lemma)) kinds.set('quantity', COMMON_NOUN);
  // A lone letter is a marking's or a grid's ("(*S*//REL)"), not WordNet's abbreviation ("s", a second).
  if ((word.pos === 'NOUN' || word.pos === 'PROPN') && word.text.length > 1) {
    for (const kind of kindsOfNoun(lexicon, word.lemma, 2)) if (!kinds.has(kind)) kinds.set(kind, COMMON_NOUN);
    // Names WordNet does not know are people, groups or units ("AL MANSOUR", "TF Titan", "ANP").
    if (isNamed(word) && !kinds.has('place') && !kinds.has('time')) kinds.set('agent', 1);
  }
  return kinds;
}

/**
 * Whether a word the tagger calls a name is one: not a model or a calibre ("AK-47s", "BMP-1", "C4": a name holds
 * no digit), nor a lone letter ("G" of "K-G", "S" of "(S//REL)"). Asking WordNet whether a word in the War Diary's
 * capitals is one English knows ("STRIKE") read its files for every capitalised word of every sentence read: a first
 * /ask took 30 ms longer, and no answer changed.
 */
export const isNamed = (word: Word): boolean => word.pos === 'PROPN' && !/\d/.test(word.text) && word.text.length > 1;

/** Grows a span over the words around it that belong to the same phrase. */
function phraseOf(words: Word[], first: number, last: number, kind: AnswerKind): [number, number] {
  let a = first;
  let b = last;
  if (kind === 'time') while (a > 0 && first - a < 4 && TIME_LEAD.has(words[a - 1]!.pos)) a--;
  const joins = (i: number) => {
    const w = words[i];
    if (!w) return false;
    // A name may end in its number ("TF 31", "Mohawk 6") but goes on no further: a name after it is the next of a list
    // ("Tool Kits 1 Prayer Rugs 50 Tarps 80"). A War Diary count goes on ("KAF 2 x IDF INITAL REPORT": a message).
    if (kind !== 'quantity' && i - 1 > last && words[i - 1]!.pos === 'NUM' && !/^x$/i.test(w.text)) return false;
    // The star closing a time's zone is the time's, and its end: "At *132330D**", "closed at *170014D**26 Killed".
    if (kind === 'time' && zoneStar(words, i - 1)) return false;
    if (kind === 'time' && zoneStar(words, i)) return true;
    if (['NOUN', 'PROPN', 'NUM'].includes(w.pos) || (kind === 'quantity' && w.pos === 'SYM')) return true;
    // The mark of a number's unit is the number's: 18".
    if (kind === 'quantity' && words[i - 1]?.pos === 'NUM' && markedUnit(words, i - 1)) return true;
    // "seven Arabs and four Iranians", "amount of money"; a measure's dimension, "18" *in dia*".
    const after = words[i + 1];
    const measures = kind === 'quantity' && after?.pos === 'NOUN' && (w.lemma === 'of' || w.lemma === 'in');
    return !!after && ((w.pos === 'CCONJ' && after.pos === 'NUM') || measures);
  };
  while (b + 1 < words.length && b - last < 6 && joins(b + 1)) b++;
  if (kind === 'quantity') while (a > 0 && words[a - 1]!.pos === 'ADJ') a--;
  if (kind === 'agent' && unitLetter(words, a - 1)) a--;
  // Words written as one, "Taliban/Al-Qaeda leaders", are one: not "Qaeda leaders".
  while (a > 1 && linked(words, a - 2)) a -= 2;
  while (linked(words, b)) b += 2;
  while (b > a && ['CCONJ', 'ADP'].includes(words[b]!.pos)) b--;
  return [a, b];
}

/** Whether the word at `i` is the star of a time's zone, written on with the zone's letter: the "*" of "132330D*". */
const zoneStar = (words: Word[], i: number) =>
  words[i]?.text === '*' && /^[A-Z]$/.test(words[i - 1]?.text ?? '') && touching(words, i - 1, i);

/**
 * Whether the word at `i` is a unit's letter before its name ("a *B* Co missing soldier", "*C* Coy 11 BG reported"):
 * the War Diary names a company, a platoon or a battery by a lone capital and the unit's word, one name ("B Co", not
 * "Co"). Not a letter after a number, a time's zone ("0430 *Z*") or a grid's, nor one written on with the word
 * before, a call sign's ("C/*S* CB 6 reported").
 */
const unitLetter = (words: Word[], i: number) =>
  /^[A-Z]$/.test(words[i]?.text ?? '') &&
  words[i]!.pos === 'PROPN' &&
  words[i + 1]?.pos === 'PROPN' &&
  words[i - 1]?.pos !== 'NUM' &&
  !touching(words, i - 1, i) &&
  !touching(words, i, i + 1);

/**
 * Whether the word at `i` is in a War Diary heading: capitalised words opening the sentence up to a colon ("*End
 * State*:", "*Key Tasks*:"), the name of the section that follows.
 */
function inHeading(words: Word[], i: number): boolean {
  let k = 0;
  while (k < words.length && /^\p{Lu}/u.test(words[k]!.text) && ['PROPN', 'NOUN'].includes(words[k]!.pos)) k++;
  return k > i && words[k]?.text === ':';
}

/**
 * Whether the word at `i` opens the sentence with a capital only for opening it: an adjective WordNet knows, before a
 * noun in small letters it describes ("*Total* transfer of 2x detainees to the BTIF:"), which the tagger may read as a
 * name; a name is capitalised wherever it stands.
 */
const adjectiveOpening = (words: Word[], i: number, lexicon: Lexicon) =>
  i === 0 &&
  /^\p{Lu}\p{Ll}+$/u.test(words[0]!.text) &&
  lexicon.senses(words[0]!.text.toLowerCase(), 'adj').length > 0 &&
  /^\p{Ll}+$/u.test(words[1]?.text ?? '') &&
  lexicon.senses(words[1]!.text, 'noun').length > 0;

/** Whether the word at `i` is written right after "//": "(S//*REL*)". */
const afterSlashes = (words: Word[], i: number) =>
  words[i - 1]?.text === '/' && words[i - 2]?.text === '/' && touching(words, i - 1, i);

/** Whether the word at `i` and the one two on are written as one word, joined by a slash or a hyphen: "Al-Qaeda". */
function linked(words: Word[], i: number): boolean {
  if (!/^[/-]$/.test(words[i + 1]?.text ?? '') || !touching(words, i, i + 1) || !touching(words, i + 1, i + 2))
    return false;
  return /\w/.test(words[i]!.text) && /\w/.test(words[i + 2]!.text);
}

/** What a question asks for, as the phrases answering it are looked for. */
export type Asks = Pick<
  Question,
  | 'expects'
  | 'measure'
  | 'counted'
  | 'casualties'
  | 'named'
  | 'namedOf'
  | 'identifies'
  | 'instanceOf'
  | 'acts'
  | 'uncounted'
  | 'tallied'
  | 'matter'
  | 'wanted'
  | 'byAnyone'
  | 'doer'
  | 'degree'
  | 'attribute'
> & {
  /** The question as read: what it asks to be measured in ("how much *money*"). */
  reading?: Question['reading'];
};

/** Whether a question asks where something moved to: with a verb of movement, not asking where it came from. */
export const asksWhither = (asks: Asks, lexicon: Lexicon) => !asksOrigin(asks) && asksMovement(asks, lexicon);

/**
 * Whether a date is only a month's short name heading a name: "Operation *Mar* Karardad" is an operation's name, no
 * month; a month alone dates nothing but after a preposition or beside a day or year ("in Mar", "3 Mar 2008").
 */
const monthOfName = (words: Word[], first: number, last: number) =>
  first === last &&
  !!monthNumber(words[first]!.text) &&
  words[first + 1]?.pos === 'PROPN' &&
  isNamed(words[first + 1]!);

/** The phrases wink's entities give of the kinds asked: names, numbers, dates, durations. */
function entitySpans(
  text: string,
  words: Word[],
  entities: ReturnType<typeof read>['entities'],
  asks: Asks,
  lexicon: Lexicon,
  money: boolean,
): KindSpan[] {
  const { expects: kinds, measure } = asks;
  const bareMuch = !measure && asksBareMuch(asks);
  const spans: KindSpan[] = [];
  const indexOf = (offset: number) => words.findIndex((w) => w.start >= offset);
  for (const e of entities) {
    const first = indexOf(e.start);
    const kind = ENTITY_KIND[e.type] ?? (e.type === 'ORDINAL' && dayOfMonth(words, first) ? 'time' : undefined);
    if (!kind || !kinds.has(kind)) continue;
    if (first < 0) continue;
    let last = first;
    while (last + 1 < words.length && words[last + 1]!.end <= e.end) last++;
    if (kind === 'quantity' && measure && !measuresAsked(words, last, asks, lexicon)) continue;
    // A War Diary clock time the tagger reads as a number counts nothing: "At *1547*D* Encircled soldier … died".
    if (kind === 'quantity' && countsNothing(timeWrittenAt(words, first))) continue;
    // "How long" (a time measured in units) is answered by a duration, not a date or a clock time.
    if (kind === 'time' && measure && e.type !== 'DURATION') continue;
    if (kind === 'time' && monthOfName(words, first, last)) continue;
    if (kind === 'quantity' && money && e.type === 'CARDINAL' && !isSum(words, last, lexicon)) continue;
    // Nor a count of things for a bare "how much" ("13 *schools*" for "how much was the contract?").
    if (kind === 'quantity' && bareMuch && e.type === 'CARDINAL' && countsThings(words, last, lexicon)) continue;
    if (kind === 'quantity' && asks.identifies && withUnit(words, last, lexicon)) continue;
    spans.push(spanOf(words, first, last, kind, 1));
  }
  return spans;
}

/**
 * For "what happened to X (that V-ed …)?": the question's words, and the verbs WordNet brings close to its own verbs
 * but "happen". What it says of X ("the Dingo that *slid* off the road") is how X came in; a sentence telling it in
 * another word ("1 x DINGO *slipped* off the road") says nothing of what happened to X after.
 */
function toldOrAsked(asks: Asks, asked: (word: Word) => boolean, lexicon: Lexicon): (word: Word) => boolean {
  const own = (asks.reading?.words ?? [])
    .filter((w) => w.pos === 'VERB' && !HAPPENING.has(w.lemma))
    .map((w) => w.lemma.toLowerCase());
  const told = new Set(alikeVerbs(own, lexicon));
  return (w) => asked(w) || told.has(w.lemma.toLowerCase());
}

/** The verbs that ask what happened to X, not how it came in. */
const HAPPENING = new Set(['happen', 'become', 'do']);

/**
 * Whether an act's phrase is done to the one a question asks the act of, who stands after its verb: "ANA were en route
 * to *detain the 1x INS*" is the soldiers' act on the insurgent, not what "the insurgent" was seen trying to do.
 */
const doneToDoer = (words: Word[], a: number, b: number, doer?: (word: Word) => boolean) =>
  !!doer && words.slice(a + 1, b + 1).some(doer);

/**
 * The acts a sentence says were done, for a question asking one (actsDone); for "what was S doing?", an act noun after
 * "during" S's possessive names the doer of too (doingDuring), and a phrase after "while" or "during" setting the scene
 * of S's report or clause (doingWhile).
 */
function actSpans(
  words: Word[],
  asks: Asks,
  lexicon: Lexicon,
  asked: (word: Word) => boolean,
  thing?: (word: Word) => boolean,
  doer?: (word: Word) => boolean,
): KindSpan[] {
  const done = actsDone(
    words,
    asks.byAnyone ? toldOrAsked(asks, asked, lexicon) : asked,
    thing,
    asks.byAnyone ? lexicon : undefined,
    doer,
    !!asks.doer,
  )
    .filter(([a, b]) => !asks.wanted || wantedOfAnother(words, [a, b], asks.wanted))
    .filter(([a, b]) => !doneToDoer(words, a, b, doer));
  const during =
    asks.doer && doer
      ? [...doingDuring(words, doer, lexicon), ...doingWhile(words, doer)].map(([a, b]) => [a, b, true] as const)
      : [];
  return [...done, ...during].map(([a, b, onThing]) => ({
    kind: 'act',
    start: words[a]!.start,
    end: words[b]!.end,
    strength: onThing ? 1 : COMMON_NOUN,
  }));
}

/**
 * Whether the question names, by a noun of the same WordNet class as a report's noun, one neither it nor a kind of it
 * nor broader ("how badly was the *interpreter* … hurt" and "The *soldier* beside was lightly injured" are two people):
 * a subject so called then tells another's harm (conditions.ts pointsBack). The asker's term for a person ("the *guy*
 * next to …") says only that a person is asked of, no class.
 */
const namesOther = (question: Word[], lexicon: Lexicon) => (w: Word) => {
  const lemma = w.lemma.toLowerCase();
  const kind = lexicon.filedUnder(lemma, 'noun');
  const another = (q: Word) => {
    const theirs = q.lemma.toLowerCase();
    return theirs !== lemma && !lexicon.isA(theirs, lemma) && !lexicon.isA(lemma, theirs);
  };
  return (
    !!kind &&
    question.some(
      (q) =>
        isNoun(q) &&
        !askersTermForPerson(q, lexicon) &&
        lexicon.filedUnder(q.lemma.toLowerCase(), 'noun') === kind &&
        another(q),
    )
  );
};

/** The verbs of a "why" question's act but light ones ("why did they *engage* the ridgeline?"), for actsAimed. */
const actsOfWhy = (asks: Asks) => new Set(actVerbs(asks.reading?.words ?? []).map((w) => w.lemma));

/**
 * The spans of a question's kinds that are phrases, not single words: a reason, what an act was done to, an act, a
 * named instance or kind, a means, how often.
 */
function phraseSpans(
  text: string,
  words: Word[],
  asks: Asks,
  lexicon: Lexicon,
  asked: (word: Word) => boolean,
  thing?: (word: Word) => boolean,
  focus?: (word: Word) => boolean,
  doer?: (word: Word) => boolean,
): KindSpan[] {
  const { expects: kinds, instanceOf, acts } = asks;
  const spans: KindSpan[] = [];
  if (kinds.has('reason'))
    for (const reason of [
      ...reasonSpans(text, words, lexicon, goingAsked(asks.reading?.words ?? [], lexicon), actsOfWhy(asks)),
      ...(asksFailure(asks.reading?.words ?? []) ? thwartedSpans(text, words) : []),
    ])
      spans.push({ kind: 'reason', ...reason, strength: 1 });
  if (acts)
    spans.push(
      ...objectSpans(words, acts, asked, lexicon, endingOf(asks), asks.reading?.words).filter(
        (s) => !instanceOf || endsInThing(words, s, lexicon),
      ),
    );
  if (kinds.has('act')) spans.push(...actSpans(words, asks, lexicon, asked, thing, doer));
  // "What kind of car was the car bomb?": "an VBIED (Toyota Corolla)" names it by name, though WordNet knows no car so.
  if (instanceOf)
    for (const found of apposedNames(words, apposedTo(asks, asked, lexicon, focus)))
      spans.push(namingInBracket(words, found, instanceOf, lexicon));
  if (instanceOf) spans.push(...kindsNamed(words, instanceOf, asked, lexicon));
  // "What kind of wounds did they have?": "*gun shot* wounds" says which, X (or a kind of X) being a state or an event
  // (conditions.ts).
  const isX = (w: Word) => !!instanceOf && (isAskedNoun(w, instanceOf, lexicon) || isInstance(w, instanceOf, lexicon));
  const condition = !!instanceOf && asksCondition(instanceOf, lexicon);
  const other = namesOther(asks.reading?.words ?? [], lexicon);
  if (condition)
    for (const [a, b] of conditionsNamed(words, isX, asked, lexicon, asks.degree ? instanceOf : undefined, other))
      spans.push({ kind: 'instance', start: words[a]!.start, end: words[b]!.end, strength: 1 });
  if (condition && !asks.degree)
    for (const [a, b] of partsHarmed(words, instanceOf, (w) => isBodyPart(w, lexicon), asked, lexicon, other))
      spans.push({ kind: 'instance', start: words[a]!.start, end: words[b]!.end, strength: 1 });
  // A state's X is named by a title only ("During *Operation Hero Presence*": titled.ts).
  if (instanceOf && focus && condition) spans.push(...titlesNamed(words, focus, asked));
  // A code names a thing's model ("UAV *KZO*"), never a state: "WIA *PERSONNEL DETAILS*" is no kind of wound.
  if (instanceOf && focus && !condition)
    spans.push(...codesNamed(words, namingAsked(focus, instanceOf, lexicon), asked, lexicon, !kinds.has('agent')));
  if (instanceOf && !condition && asksThing(instanceOf, lexicon))
    spans.push(...codesAfterBroader(words, instanceOf, asked, lexicon), ...modelsOfCallSign(words, asked));
  if (instanceOf && focus && asksThing(instanceOf, lexicon))
    spans.push(...namesBeforeThing(words, namingAsked(focus, instanceOf, lexicon), asked, lexicon));
  // "What car came near…?": "because *a white Toyota Corolla* came near" names the car by its make, as only a thing is.
  if (instanceOf && asksThing(instanceOf, lexicon))
    // The name must be one the question lacks: "which aircraft did *the DShK* fire at?" asks of another thing.
    for (const [a, b] of namedByMake(words).filter(([a, b]) =>
      words.slice(a, b + 1).some((w) => w.pos === 'PROPN' && !asked(w)),
    ))
      spans.push({ kind: 'instance', start: words[a]!.start, end: words[b]!.end, strength: 1, model: true });
  // After a word of the question's, a bracket is read as what the question says that word is (apposedNames, codesNamed:
  // "the road (Route *Archer*)", "a UAV (*Luna*)"); after the report's own word for the thing, it names it by its make.
  if (instanceOf && focus && asksThing(instanceOf, lexicon))
    for (const [a, b] of madeInBrackets(words, (w) => !asked(w) && !focus(w)))
      if (words.slice(a, b + 1).some((w) => w.pos === 'PROPN' && !asked(w)))
        spans.push({ kind: 'instance', start: words[a]!.start, end: words[b]!.end, strength: 1, model: true });
  if (instanceOf && asksThing(instanceOf, lexicon)) spans.push(...modelsOf(words, instanceOf, asks, asked, lexicon));
  if (instanceOf && asksWeapon(instanceOf, lexicon))
    spans.push(...weaponsWielded(words, asked, lexicon), ...calibresHeading(words, asked));
  if (instanceOf && asks.reading?.words.some((w) => NEGATIONS.has(w.lemma.toLowerCase())))
    spans.push(...exceptedOf(words, instanceOf, lexicon, asked));
  const kindWord = kindAsked(asks);
  if (kindWord)
    for (const [a, b] of labelled(words, (w) => namesKind(w, kindWord, lexicon)))
      spans.push({ kind: 'instance', start: words[a]!.start, end: words[b]!.end, strength: 1 });
  if (instanceOf && kindWord && asksKindOf(kindWord, lexicon) && asksThing(instanceOf, lexicon))
    spans.push(...kindsCompounded(words, instanceOf, asked, lexicon));
  if (kinds.has('means'))
    spans.push(
      ...meansOf(words, asks, lexicon, asked),
      ...groundsOf(text, words, asks, lexicon),
      ...tellersOf(words, asks, lexicon, asked),
    );
  if (kinds.has('frequency'))
    for (const [a, b] of frequencySpans(words, lexicon, asked))
      spans.push({ kind: 'frequency', start: words[a]!.start, end: words[b]!.end, strength: 1 });
  return spans;
}

/**
 * Whether a word's own kinds (kindsOfWord) hold none asked and none can be added to them: kindSpans's readings of a
 * word only take its kinds away, but for a place or an instance (where it stands, what it names), so such a word
 * yields nothing, and is passed before them. Most of a sentence's words are so for a question asking who, when or how
 * many: "ANP *reported* that 3x INS *were* *killed*" holds a name and a number only.
 */
const yieldsNothing = (of: Map<AnswerKind, number>, { expects, instanceOf }: Asks) =>
  !expects.has('place') && !(instanceOf && expects.has('instance')) && ![...of.keys()].some((k) => expects.has(k));

/**
 * Whether the number at `i` counts what the question asks to count (measuresAsked), or the people a moving took where
 * it counts people at large by a moving (movedPeopleCounted: "*1 x Detainee* transferred" for "how many guys did TF
 * 373 hand over").
 */
const numberAsked = (words: Word[], i: number, asks: Asks, lexicon: Lexicon) =>
  measuresAsked(words, i, asks, lexicon) || movedPeopleCounted(words, i, asks, lexicon);

/**
 * The phrases of `text` that are of one of the kinds a question asks for,
 * leaving out those the question already names (`asked`: its words' stems,
 * tested on each word). `thing`: a word of what a "what did they do with X?" question names (Question.doneTo).
 */
export function kindSpans(
  text: string,
  asks: Asks,
  lexicon: Lexicon,
  asked: (word: Word) => boolean,
  thing?: (word: Word) => boolean,
  focus?: (word: Word) => boolean,
  doer?: (word: Word) => boolean,
): KindSpan[] {
  const { expects: kinds, measure, instanceOf } = asks;
  const money = asksMoney(asks, lexicon);
  const bareMuch = !measure && asksBareMuch(asks);
  const origin = asksOrigin(asks);
  const movement = asksWhither(asks, lexicon);
  if (!kinds.size) return [];
  const spans: KindSpan[] = [];
  const { words, entities } = read(text);
  if (asks.attribute && instanceOf)
    return [...modifierSpans(words, instanceOf, lexicon), ...attributeOf(words, asks, instanceOf, lexicon)];
  spans.push(...phraseSpans(text, words, asks, lexicon, asked, thing, focus, doer));
  if (asksPerson(asks, lexicon)) spans.push(...serialsNamed(words, asked, instanceOf ? 'instance' : 'agent'));
  spans.push(...entitySpans(text, words, entities, asks, lexicon, money));
  // A place said from another or by its grid tells where a thing was or happened, and where it went only in a sentence
  // of the question's own act: "hit an IED 12KM South of PB WILSON" says where a truck was hit, not where it was taken.
  const whereTold = kinds.has('place') && (!movement || actTold(asks, words));
  if (whereTold) spans.push(...relativePlaces(words, lexicon, origin));
  // "the September 2008 report": a number inside a date counts nothing; one inside a duration may ("7 year old").
  const dated = entities.filter((e) => e.type === 'DATE' || e.type === 'TIME');
  const inDate = (w: Word) => dated.some((e) => w.start >= e.start && w.end <= e.end);
  const notTaken = !!instanceOf && wayNotTaken(words, instanceOf, lexicon);
  words.forEach((w, i) => {
    const of = kindsAt(words, i, lexicon);
    if (yieldsNothing(of, asks) || askedHere(words, i, asks, asked, lexicon)) return;
    if (inDate(w)) of.delete('quantity');
    // A War Diary clock time or date-time group ("1535Z") says when, never how long.
    if (measure && kinds.has('time') && of.get('time') === 1) of.delete('time');
    // A capitalised word after a number is its unit or part of a time ("43 Km", "201530Z Oct 06"), not a name.
    if (w.pos === 'PROPN' && words[i - 1]?.pos === 'NUM') of.delete('agent');
    // Nor one after a number and its unit: it says which way from a point ("IED 12 KM *South* of PB WILSON").
    if (w.pos === 'PROPN' && unitAfterNumber(words, i - 1, lexicon)) of.delete('agent');
    // Nor the War Diary's markings: a section's heading, "*Security*: (S//REL) TF 373…", or a classification's
    // part after "//", "(S//*REL*)".
    if (w.pos === 'PROPN' && (words[i + 1]?.text === ':' || afterSlashes(words, i))) of.delete('agent');
    // A heading opening a sentence, "*End State*: -EF unable to…", names the section, of no kind asked: "End" is no
    // time.
    if (inHeading(words, i)) of.clear();
    if (w.pos === 'PROPN' && adjectiveOpening(words, i, lexicon)) of.delete('agent');
    // Nor after the "to" of an infinitive, as the tagger read it: it is the verb, in capitals ("ABLE TO *USE*").
    if (w.pos === 'PROPN' && words[i - 1]?.pos === 'PART' && words[i - 1]!.lemma === 'to') of.delete('agent');
    // Nor a word in "-ing" after a form of "be": a verb in capitals the tagger does not know ("TF 373 ARE *PREPPING*
    // TO EXFIL"); a name does not follow "be" in the form of a progressive.
    if (w.pos === 'PROPN' && isIngForm(w.text) && words[i - 1]?.lemma === 'be') of.delete('agent');
    // A number counts what the question asks to count, not any number: "how many villagers" is not "6km"; "how much
    // money" is not "22 sub-governors".
    if (measure && of.has('quantity') && !numberAsked(words, i, asks, lexicon)) of.delete('quantity');
    if (money && w.pos === 'NUM' && !isSum(words, i, lexicon)) of.delete('quantity');
    // Nor is a count of things ("13 *schools*") what a bare "how much" asks: "how much was the contract?".
    if (bareMuch && w.pos === 'NUM' && countsThings(words, i, lexicon)) of.delete('quantity');
    // Nor a noun of amount that is no money ("IOT increase *output*"): a sum in words is money's ("an undetermined
    // amount of *money*", "*compensation*"), a noun WordNet files first among possessions.
    if (money && isNoun(w) && !isMoney(w, lexicon)) of.delete('quantity');
    if (of.has('quantity') && measure && bounded(words, i)) of.set('quantity', COMMON_NOUN);
    // A number asked for what it names ("the tail number") is a number, not a unit's word ("KM"), nor one said with
    // its unit or its "x" ("10KM NW", "12 KM", "3x"), which measures or counts.
    if (asks.identifies && (w.pos !== 'NUM' || withUnit(words, i, lexicon))) of.delete('quantity');
    // A number after "#" names a thing, as a report's or a road's number does ("ISAF #06-1441"): it counts nothing.
    if (words[i - 1]?.text === '#') of.delete('quantity');
    // A name after "in", "at", "to", "near"… names where; so does a noun for a place, a building or a thing one can
    // be at ("the school", "the river"), but not "in charge".
    // Where from is said after "from", not "to" or "in": "Hekmatyar went to Konar" says where he went; nor after a
    // "from" on the subject when its verb has its own ("A QRF from TF 373 was launched from *Kandahar*").
    // A name after a place and a comma says where that place is: "Konar, *Nuristan* province", "Herat, *Afghanistan*";
    // not a clause's subject ("Upon return from North Korea, *Dr Amin* stayed…").
    const afterPlace = placeBefore(words, i) && !startsClause(words, i);
    const at = locativeBefore(words, i, text) ?? arrivedAt(words, i, lexicon);
    const before =
      (at === 'on' && (onAbout(words, i, lexicon) || firedOn(words, i, lexicon))) || noneThere(words, i)
        ? undefined
        : at;
    const headedFor = before === 'to' && !movement && wayTo(words, i);
    const located = !!before && !(movement && before === 'from') && !headedFor;
    const locative = origin ? before === 'from' && !fromOfSubject(words, i) : located || afterPlace;
    // Nor a date ("the lead up to the *June* visit") nor a part of the body in capitals ("GSW TO THE *LEG*"): those
    // say when, and where on someone, not where.
    const name = (w.pos === 'PROPN' || siteClassMisread(words, i)) && !inDate(w) && !isBodyPart(w, lexicon);
    // Where a thing was moved is said after "to": a place or a building there is surely where it went ("evacd … to the
    // local *hospital*"); not people it was done to ("injuries to ISAF *troops*").
    const whither = movement && before === 'to' && isPlaceFirst(w, lexicon);
    // "Which *village* did they sleep in?": a common noun is where, not which X, unless it is a kind of X ("SLEPT …
    // IN A *TENT*" names no village); a name may be one. A way asked may be a route ("along the *road*").
    const otherSite = !!instanceOf && !asksWay(instanceOf, lexicon) && !isInstance(w, instanceOf, lexicon);
    const site = w.pos === 'NOUN' && namesSite(words, i, lexicon, asked) && !inState(words, i, lexicon) && !otherSite;
    if (locative && (name || site)) of.set('place', w.pos === 'PROPN' || whither ? 1 : COMMON_NOUN);
    // A place named as what it is, not where ("attacks against *U.S.* troops"), says where nothing happened.
    else if (!locative && of.get('place') === COMMON_NOUN) of.delete('place');
    if (aloft(words, i, asks)) of.delete('place');
    if (origin && isOfPlace(w, lexicon) && saysOfAsked(words, i, asked))
      of.set('place', w.pos === 'PROPN' ? 1 : COMMON_NOUN);
    const ofKind =
      !!instanceOf &&
      isInstance(w, instanceOf, lexicon) &&
      !lacksQualifier(words, w, asks, lexicon) &&
      !standsForOther(words, i, lexicon);
    if (ofKind && !notTaken) of.set('instance', 1);
    if (instanceOf && asksWay(instanceOf, lexicon) && tellsWay(words, i, lexicon)) of.set('instance', 1);
    // A road's code after "along" names the road gone by: "a GER convoy travelling *along H7*" for "which highway?".
    if (instanceOf && words[i - 1]?.lemma === 'along' && ROAD_CODE.test(w.text) && lexicon.isA(instanceOf, 'road'))
      of.set('instance', 1);
    // A number after the asked noun and "#" picks out one of them: "*truck #3* in convoy" for "which truck?".
    if (instanceOf && words[i - 1]?.text === '#' && words[i - 2]?.lemma.toLowerCase() === instanceOf)
      of.set('instance', 1);
    for (const [kind, strength] of of)
      if (kinds.has(kind)) spans.push(shortOfDate(words, spanOf(words, i, i, kind, strength), dated));
  });
  return answering(words, [...gridPlaces(words, text, asks, whereTold), ...spans], asks, lexicon, asked);
}

/**
 * Of the spans found of the kinds asked, those that can answer: not a number counting what the question does not ask,
 * a time dating the document, a name of no one, a place that is people, nor a phrase the question holds.
 */
function answering(
  words: Word[],
  spans: KindSpan[],
  asks: Asks,
  lexicon: Lexicon,
  asked: (word: Word) => boolean,
): KindSpan[] {
  const { measure, named, instanceOf } = asks;
  const asksTelling = tellingAsked(asks, lexicon);
  const ofPerson = named && personNamed(asks, lexicon);
  const others = othersCounted(words, spans, asks);
  // Read of the whole sentence, once.
  const elsewhere = movedElsewhere(words, asks, lexicon);
  const notTaken = !!instanceOf && wayNotTaken(words, instanceOf, lexicon);
  const past = toldPast(words, asks);
  // "Which detainee…?" asks one person: one number of a list of ISNs is no answer (oneOfListed); "which ISNs?" all.
  const onePerson = asksPerson(asks, lexicon);
  return countsOfAsked(words, spans, asks).filter((s) => {
    if (others.has(s)) return false;
    const inside = words.filter((w) => w.start >= s.start && w.end <= s.end);
    if (s.kind === 'time' && (datesDocument(words, inside, asked) || datesOtherAct(words, inside, asked, lexicon)))
      return false;
    if (s.kind === 'time' && (datesPlan(words, inside, asks, lexicon) || past)) return false;
    if (s.kind === 'act' && asks.byAnyone && past) return false;
    if (s.kind === 'time' && describesThing(inside, lexicon)) return false;
    if (s.kind === 'time' && asksTimeTaken(asks) && untilPoint(words, s)) return false;
    if (s.kind === 'time' && elsewhere) return false;
    if (s.kind === 'agent' && namesNoOne(words, s, inside, lexicon, asksTelling)) return false;
    if (s.kind === 'agent' && partOfAsked(words, s, asked, lexicon)) return false;
    if (s.kind === 'agent' && inField(words, s)) return false;
    if ((s.kind === 'agent' || s.kind === 'instance') && onePerson && oneOfListed(words, inside)) return false;
    // An internment serial names a detainee: no one of a "which X" asked of no person ("which task force…?"); nor
    // is a doer one when a lone noun WordNet files among people ("1 x *Detainee* Transferred…" for "which unit…?").
    if ((s.kind === 'agent' || s.kind === 'instance') && instanceOf && !onePerson && SERIAL.test(inside[0]?.text ?? ''))
      return false;
    if (s.kind === 'agent' && instanceOf && !onePerson && personNoun(inside, lexicon)) return false;
    if ((s.kind === 'agent' || s.kind === 'instance') && instanceOf && designation(inside, instanceOf, lexicon))
      return false;
    if ((s.kind === 'agent' || s.kind === 'instance') && instanceOf && restatesNoun(inside, instanceOf)) return false;
    if (s.kind === 'agent' && instanceOf && namesWhereCounted(words, s, instanceOf, lexicon)) return false;
    // "Which village…?": a village, or its people, is named; a common noun names none ("local AFG *people*"), but a
    // village named with its X stands ("Nalgham *village*").
    if (s.kind === 'agent' && instanceOf && asks.expects.has('place') && commonNotX(inside.at(-1), instanceOf, lexicon))
      return false;
    if ((s.kind === 'agent' || s.kind === 'object') && inBracketOfAskedName(words, s, asked)) return false;
    // The point a place is said from ("3000M WEST OF *WAY POINT J 08*") is where, not what an act was done to.
    if ((s.kind === 'object' || s.kind === 'instance') && fromPoint(words, s, lexicon)) return false;
    if ((s.kind === 'quantity' || s.kind === 'time') && measure && measuresOther(words, s, measure)) return false;
    if (s.kind === 'quantity' && measuredFromOther(words, s, asks, lexicon)) return false;
    if (s.kind === 'quantity' && answersNoNearness(words, s, asks)) return false;
    if (s.kind === 'quantity' && countNotAsked(asks, words, inside, lexicon)) return false;
    if (s.kind === 'quantity' && countsOtherCasualties(words, s, asks)) return false;
    if (s.kind === 'quantity' && countsOtherPeople(inside, asks, lexicon)) return false;
    if (s.kind === 'quantity' && remainderUnsaid(asks, words, s)) return false;
    if (s.kind === 'quantity' && movedNotStanding(asks, words, s, lexicon)) return false;
    if (s.kind === 'quantity' && standingNotMoved(asks, words, s, lexicon)) return false;
    if (s.kind === 'quantity' && labelledOther(words, s, asked)) return false;
    // Nor a number listed with numbers the question names: "ISN's 4229, 4230, and *4010*" names a third of their kind,
    // and counts nothing a question about them asks ("the headcount when ISNs 4229 and 4230 arrived").
    if (s.kind === 'quantity' && inside.some((w) => w.pos === 'NUM' && listedWithAsked(words, words.indexOf(w), asked)))
      return false;
    if (s.kind !== 'quantity' && restatesGiven(words, s, asked)) return false;
    if (s.kind === 'place' && instanceOf && pointsWay(inside, instanceOf, lexicon)) return false;
    if (s.kind === 'place' && notTaken) return false;
    if (s.kind === 'place' && instanceOf && asksWay(instanceOf, lexicon) && whereOnly(words, s, lexicon)) return false;
    if (s.kind === 'place' && ofOthers(words, s, asks, lexicon)) return false;
    // A place said from a point ("12KM South of PB *WILSON*") is the place, whoever else its point's name may name.
    if (s.kind === 'place' && headsPeople(inside, lexicon) && !saidFrom(inside, lexicon)) return false;
    if (s.kind === 'place' && afterComplexTo(words, s)) return false;
    if (s.kind === 'place' && spelledNotWhere(words, words.indexOf(inside.at(-1)!), lexicon)) return false;
    const someone =
      !named ||
      s.kind !== 'agent' ||
      (namesSomeone(inside, lexicon) && !(ofPerson && (namesPlace(words, s, lexicon) || acronym(words, inside))));
    const given =
      inside.filter(saysSomething).every(asked) &&
      !(s.kind === 'agent' && doerOfAskedAct(words, ...wordsAt(words, s.start, s.end), asks, lexicon));
    return !given && someone;
  });
}

/**
 * Whether a name the question gives only as a modifier of its noun ("who secured the IED site near the *ANBP*
 * checkpoint?": which checkpoint) stands in a sentence as the subject of the question's own verb, acting on a noun of
 * the question ("*ANBP* secured the site"): there it is who did the act, not the given it is in the question.
 */
function doerOfAskedAct(words: Word[], a: number, b: number, asks: Asks, lexicon: Lexicon): boolean {
  const question = asks.reading?.words ?? [];
  if (question[0]?.lemma.toLowerCase() !== 'who') return false;
  const verb = words[b + 1];
  if (verb?.pos !== 'VERB') return false;
  const own = question.filter((w) => w.pos === 'VERB').map((w) => w.lemma.toLowerCase());
  if (!own.includes(verb.lemma.toLowerCase()) && !alikeVerbs(own, lexicon).includes(verb.lemma.toLowerCase()))
    return false;
  const named = new Set(words.slice(a, b + 1).map((w) => w.text.toLowerCase()));
  // In the question the name only says which thing: a noun follows each of its words there.
  const modifies = question.every((w, i) => !named.has(w.text.toLowerCase()) || isNoun(question[i + 1]));
  const nouns = new Set(question.filter(isNoun).map((w) => w.lemma.toLowerCase()));
  const actsOnAsked = words.slice(b + 2, b + 5).some((w) => isNoun(w) && nouns.has(w.lemma.toLowerCase()));
  return modifies && actsOnAsked && question.some((w) => named.has(w.text.toLowerCase()));
}

/**
 * Whether a phrase is only what the question's own given number is said to be: "New Facility Headcount is *708*" for
 * "which ISN … when the headcount was 708?" restates what the question gives, and names nothing it asks. So is the
 * label written before the numbers it gives: "*ISN*'s 20049, 20050, and 4241 issued" for "what was the facility count
 * once 20049 20050 and 4241 were in?".
 */
function restatesGiven(words: Word[], s: KindSpan, asked: (word: Word) => boolean): boolean {
  const [, b] = wordsAt(words, s.start, s.end);
  const given = (w: Word | undefined) => w?.pos === 'NUM' && asked(w);
  const labelled = words[b + 1]?.pos === 'PART' ? words[b + 2] : words[b + 1];
  return (words[b + 1]?.lemma === 'be' && given(words[b + 2])) || given(labelled);
}

/** A field's label of one capital letter and a hyphen: the War Diary's "S-", "A-", "U-" (size, activity, unit). */
const LABEL = /^[A-Z]-/;

/**
 * Whether a name stands in a field of a report laid out by one-letter labels ("*S-UNK* A-IDF, 2 Rockets L- 42S … U- *TF
 * 333* R- …"): a label and its value say what the field holds (a size, the unit reporting), read as a name they are
 * no one who did the act.
 */
function inField(words: Word[], s: KindSpan): boolean {
  const [a, b] = wordsAt(words, s.start, s.end);
  // The remarks' field is told in clauses: a name its verb follows did the act ("R-*TF 373* CONDUCTED OBJ WRENTHAM").
  if (words[b + 1]?.pos === 'VERB') return false;
  const label = (k: number) =>
    LABEL.test(words[k]?.text ?? '') || (/^[A-Z]$/.test(words[k]?.text ?? '') && words[k + 1]?.text === '-');
  for (let k = a; k >= Math.max(0, a - FIELD_WORDS); k--) if (label(k)) return true;
  return false;
}

/** How many words a field's value may run to before a name in it: "L- *42S WC 0483*". */
const FIELD_WORDS = 5;

/** Words opening the point a thing went on to: "*until* night hours came". */
const UNTIL = new Set(['until', 'till']);

/**
 * Whether a phrase of time is the point a thing went on to ("they tried to recover the vehicles *until night hours*
 * came"): when it stopped, not how long a thing took, which only a length of time says ("it took *2 hours*").
 */
function untilPoint(words: Word[], s: KindSpan): boolean {
  const [a] = wordsAt(words, s.start, s.end);
  let k = a;
  // Past the words naming the point: "until *night* hours".
  while (k > a - 1 - BEFORE_PLACE_WORDS && k > 0 && !isOf(UNTIL, words[k]) && NAMING_WORDS.has(words[k - 1]!.pos)) k--;
  return isOf(UNTIL, words[k]) || isOf(UNTIL, words[k - 1]);
}

/**
 * What a "what size X" or "what colour X" question asks (Question.attribute): the words before X in the sentence that
 * say of what size or colour it is, an adjective or a measure ("a *red mini van*", "1x *107mm rocket*"), with X and
 * the nouns compounded with it ("80mm *mortar* shell"). A count before them ("1x", "multiple") says how many, not what
 * size.
 */
function modifierSpans(words: Word[], of: string, lexicon: Lexicon): KindSpan[] {
  const spans: KindSpan[] = [];
  words.forEach((w, i) => {
    if (!isAskedNoun(w, of, lexicon)) return;
    let k = i - 1;
    while (k >= 0 && isNoun(words[k]) && !unitAfterNumber(words, k, lexicon)) k--;
    let first = -1;
    for (; k >= 0; k--) {
      if (unitAfterNumber(words, k, lexicon)) first = --k;
      else if (words[k]!.pos === 'ADJ' && !lexicon.counts(words[k]!.lemma)) first = k;
      else break;
    }
    if (first >= 0) spans.push({ kind: 'instance', start: words[first]!.start, end: w.end, strength: 1 });
  });
  return spans;
}

/**
 * Which of a place's parts a "which side/end/bank" question asks (X filed by WordNet under noun.location): English
 * says it by an adjective of direction between a determiner and X, "flipped over on *its left side*", "the *north*
 * bank". A direction stands in one of WordNet's pairs of opposites (left/right, front/back), so the adjective's
 * commonest sense must have an antonym; wink may misread it ("left" as a verb), so it is looked up as written.
 */
function sidesNamed(words: Word[], of: string, asked: (w: Word) => boolean, lexicon: Lexicon): KindSpan[] {
  if (lexicon.filedUnder(of, 'noun') !== 'noun.location') return [];
  return words.flatMap((w, i) => {
    const adj = words[i - 1];
    const before = words[i - 2];
    if (!adj || !before || !isAskedNoun(w, of, lexicon) || asked(adj)) return [];
    if (before.pos !== 'DET' && !POSSESSIVES.has(before.text.toLowerCase())) return [];
    const opposed = lexicon.senses(adj.text.toLowerCase(), 'adj')[0]?.pointers.some((p) => p.symbol === '!');
    return opposed ? [{ kind: 'instance' as const, start: adj.start, end: w.end, strength: 1 }] : [];
  });
}

/**
 * Where a sentence says the attribute a "what *probability* match" question asks by its noun, then "of" and the thing
 * ("a *92%* probability of a match"), the number before the noun, with its unit or "%": English gives the value so as
 * well as before the thing ("an *80mm* shell").
 */
function attributeOf(words: Word[], asks: Asks, of: string, lexicon: Lexicon): KindSpan[] {
  const question = asks.reading?.words ?? [];
  const attribute = question.find((w, i) => isNoun(w) && isNoun(question[i + 1]) && question[i + 1]!.lemma === of);
  if (!attribute || !asks.expects.has('quantity')) return [];
  return words.flatMap((w, i) => {
    const thing = words.slice(i + 2, i + 4).some((t) => isAskedNoun(t, of, lexicon));
    if (!isAskedNoun(w, attribute.lemma.toLowerCase(), lexicon) || words[i + 1]?.lemma !== 'of' || !thing) return [];
    const unit = words[i - 1]?.pos === 'SYM' || unitAfterNumber(words, i - 1, lexicon) ? 1 : 0;
    const number = words[i - 1 - unit];
    return number?.pos === 'NUM'
      ? [{ kind: 'quantity' as const, start: number.start, end: words[i - 1]!.end, strength: 1 }]
      : [];
  });
}

/**
 * The counts of a sentence that count others than those a "how many" question about the dead asks of, when one counts
 * them: "how many kids died" is "5 killed LN (children)", not "2x KIA (ISAF, DEU)" beside it. A sentence counting only
 * the dead keeps its counts: they may be the ones asked of.
 */
function othersCounted(words: Word[], spans: KindSpan[], { counted, measure }: Asks): Set<KindSpan> {
  if (!counted || !measure) return new Set();
  const counts = (s: KindSpan) => {
    const [a, b] = wordsAt(words, s.start, s.end);
    for (let k = a; k <= b; k++) if (words[k]!.pos === 'NUM' && measured(words, k, counted, measure)) return true;
    return false;
  };
  const quantities = spans.filter((s) => s.kind === 'quantity');
  const asked = new Set(quantities.filter(counts));
  return new Set(asked.size ? quantities.filter((s) => !asked.has(s)) : []);
}

/**
 * Whether a phrase of a text is who told a thing or what a clause says: "*PRT MES* reported a possible VBIED"; with
 * `anything`, who told whatever ("*PRT KDZ* reported 5x BMP-1 Rockets … were handed over").
 */
export const namesTeller = (text: string, span: KindSpan, lexicon: Lexicon, anything = false) =>
  tells(read(text).words, span, lexicon, true, anything);

/**
 * Whether a phrase read as someone names no one: an act ("HAF raid", "Mission was a kill"), a model ("Iranian C4"), a
 * means it was done by (passiveMeans), a casualty's category ("wounded (CAT C)"), or, unless the question asks who
 * told, the one reporting.
 */
const namesNoOne = (words: Word[], s: KindSpan, inside: Word[], lexicon: Lexicon, asksTelling: boolean) =>
  namesAnAct(inside, lexicon) ||
  passiveMeans(words, inside, lexicon) ||
  namesModel(inside) ||
  namesVehicle(inside, lexicon) ||
  namesPlaceOrThing(inside, lexicon) ||
  namesThingBracketed(words, s, lexicon) ||
  endOfStretch(words, s) ||
  enteredName(words, s, inside) ||
  namesBodyPart(words, inside, lexicon) ||
  isAnAct(words, s, lexicon) ||
  qualifiesAct(words, s) ||
  fromPoint(words, s, lexicon) ||
  partOfThing(words, s, lexicon) ||
  namesCategory(words, inside) ||
  (!asksTelling && tells(words, s, lexicon));

/**
 * Whether a phrase is the point a War Diary place is said from, after a compass point and "of" ("26km N of FOB
 * *SUROBI*", "400m NE of *Hunter Base*"): it names where, a base or a town, not who did anything there.
 */
function fromPoint(words: Word[], s: KindSpan, lexicon: Lexicon): boolean {
  const [a] = wordsAt(words, s.start, s.end);
  let k = a - 1;
  while (k >= 0 && a - 1 - k < BEFORE_PLACE_WORDS && NAMING_WORDS.has(words[k]!.pos)) k--;
  const point = words[k - 1];
  // WordNet knows "NE", "SW", "north" as compass points, not the War Diary's lone capitals "N", "S", "E", "W".
  const compass = !!point && (/^[NSEW]$/.test(point.text) || lexicon.isA(point.text.toLowerCase(), 'compass_point'));
  return words[k]?.lemma === 'of' && compass;
}

/**
 * Whether a span's last word is a common noun other than X or a kind of it: "local AFG *people*", not "Nalgham
 * *village*".
 */
const commonNotX = (last: Word | undefined, x: string, lexicon: Lexicon) =>
  last?.pos === 'NOUN' && last.lemma.toLowerCase() !== x && !lexicon.isA(last.lemma.toLowerCase(), x);

/**
 * The words of a sentence whose parenthesis may name the X a "what kind of X" question asks: in "what kind of car was
 * the car bomb?" any word of the question, the thing it says X is; where the question has a verb of its own, only X or
 * a kind of X ("what kind of flare was fired at the civilian car?" is not "A civilian car (*a white Jeep*)").
 */
function apposedTo(
  asks: Asks,
  asked: (w: Word) => boolean,
  lexicon: Lexicon,
  focus?: (w: Word) => boolean,
): (w: Word) => boolean {
  const x = asks.instanceOf!;
  // Only "be" says the thing is the X; "have" gives it one ("what injuries did the wounded soldiers *have*?" is not
  // "WIA (*CAT B*)", the bracket saying which wounded): a verb tagged an auxiliary counts as any other verb.
  const ownVerb = (w: Word) => w.pos === 'VERB' || (w.pos === 'AUX' && w.lemma === 'have');
  // A verb of a clause on a noun is that noun's, not the question's: "the car bomb *that* the German patrol *hit*".
  const question = asks.reading?.words ?? [];
  const opener = relativeOpener(question);
  const relative = opener ? question.indexOf(opener) : -1;
  if (!question.slice(0, relative < 0 ? undefined : relative).some(ownVerb)) return asked;
  // X as the reports write it counts as X: "an ISAF *VEH* (DEU FUCHS)" names the vehicle, "VEH" the War Diary's word
  // for it (the glossary's, as `focus` reads the question's noun).
  const isX = (w: Word) => w.lemma.toLowerCase() === x || lexicon.isA(w.lemma.toLowerCase(), x) || !!focus?.(w);
  return (w) => asked(w) && isX(w);
}

/** Whether a sentence says a verb of the question's: "rolled onto its side" for "where did the Humvee roll over?". */
const actTold = (asks: Asks, words: Word[]) =>
  !!asks.reading?.words.some((q) => q.pos === 'VERB' && words.some((w) => w.pos === 'VERB' && w.lemma === q.lemma));

/**
 * The War Diary's places said from another ("400m NE of Hunter Base", "6km SW of PANJWAYI DC", "11KM SE of FOB
 * KHAKREZ", "19KM North *from* FOB Naray"): a distance, a compass point and "of" or "from" before a name say where,
 * though the name alone may be the question's own. Asked where from (`origin`), only one said after "from", as a
 * name is: "C/3-71 was engaged by RPG and SAF … approximately *15 KM NW of Bari Khowt*" says where the unit was hit,
 * not where the fire came from.
 */
function relativePlaces(words: Word[], lexicon: Lexicon, origin: boolean): KindSpan[] {
  return words.flatMap((_, i) => {
    if (i < 2 || !saidFrom(words.slice(i - 2, i + 2), lexicon)) return [];
    if (origin && words[prepositionOf(words, i - 2)]?.lemma.toLowerCase() !== 'from') return [];
    // The point is a name, or a noun phrase holding one: "of *FOB KHAKREZ*", "of *the Kamdesh outpost*".
    const from = words[i + 2]?.pos === 'DET' ? i + 3 : i + 2;
    let end = from - 1;
    while (isNoun(words[end + 1])) end++;
    const named = words.slice(from, end + 1).some((w) => w.pos === 'PROPN');
    return named ? [{ kind: 'place', start: words[i - 2]!.start, end: words[end]!.end, strength: 1 }] : [];
  });
}

/** Whether words open as a place said from another: a distance, a compass point, "of" or "from" ("12 KM South of"). */
const saidFrom = ([count, unit, point, of]: Word[], lexicon: Lexicon) =>
  count?.pos === 'NUM' &&
  isNoun(unit) &&
  !!point &&
  lexicon.isA(point.text.toLowerCase(), 'compass_point') &&
  ['of', 'from'].includes(of?.lemma.toLowerCase() ?? '');

/**
 * Whether a phrase is headed by a part of the body ("his *hands* tied behind his back"): it is part of someone, not
 * someone, though WordNet's rarer sense makes "hand" a worker. One followed by "of" heads a body of people ("the *head*
 * of the shura") and is kept.
 */
const namesBodyPart = (words: Word[], inside: Word[], lexicon: Lexicon) => {
  const head = inside.at(-1)!;
  return head.pos === 'NOUN' && isBodyPart(head, lexicon) && words[words.indexOf(head) + 1]?.lemma !== 'of';
};

/** Words between a verb wanting an act and the act, said with "to": "wanted *CFs* to come back". */
const WANTED_WITHIN = 5;

/**
 * Whether the act from `a` to `b` is one wanted of another: said with "to" after one of the `wanted` verbs ("They
 * *wanted* CFs to come back"), or holding what someone was brought to do ("instigating local people *into making*
 * propaganda").
 */
const wantedOfAnother = (words: Word[], [a, b]: [number, number], wanted: Set<string>) =>
  words.slice(a, b).some((w, k) => w.lemma === 'into' && words[a + k + 1]!.pos === 'VERB') ||
  (words[a - 1]?.lemma === 'to' &&
    words.slice(Math.max(0, a - 1 - WANTED_WITHIN), a - 1).some((w) => w.pos === 'VERB' && wanted.has(w.lemma)));

/** Whether a word says something of its own: "and", "of", "the", a comma only join or point. */
const saysSomething = (w: Word) => !['CCONJ', 'ADP', 'DET', 'PUNCT', 'PART'].includes(w.pos);

/**
 * The words of a noun phrase but a number: those that may stand between a name and the noun saying what its holder
 * is ("RAHMAN *THE REGIONAL* LEADER"), before a place's name ("to *FOB* QEYSAR"), in what a place is "of" ("the spot
 * of *the road accident*").
 */
export const NAMING_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** How many of them may stand between a name and the noun saying what its holder is. */
const BEFORE_ROLE_WORDS = 5;

/**
 * The name a phrase saying only what someone is stands beside, of `spans`: "SAID RAHMAN THE REGIONAL ARABAKI MILITIA
 * *LEADER*" (the name before the noun and its words, or before a comma), "the militia leader, Said Rahman"
 * (after). Asked "which
 * commander", the noun says what kind of person is asked of; the name beside it is who.
 */
export function nameBeside(text: string, span: KindSpan, spans: KindSpan[], lexicon: Lexicon): KindSpan | undefined {
  const { words } = read(text);
  const [a, b] = wordsAt(words, span.start, span.end);
  // A phrase headed by a name is one ("AL MANSOUR"); a name before a common noun says what kind ("ARABAKI MILITIA").
  if (span.kind !== 'agent' || isName(words[b]!, lexicon)) return undefined;
  return spans.find((s) => {
    const [first, last] = wordsAt(words, s.start, s.end);
    if (s.kind !== 'agent' || !isName(words[last]!, lexicon)) return false;
    if (last < a) {
      // Or a comma before them, setting them beside the name: "SAID RAHMAN*,* ARABAKI MILITIA LEADER"; its first
      // word may be a participle saying how it is known: "Qari Nejat, *known* mid-level Taliban commander".
      const comma = words[last + 1]?.text === ',';
      const from = comma && pastParticiple(words[last + 2]) ? last + 3 : comma ? last + 2 : last + 1;
      const between = words.slice(from, a);
      return between.length <= BEFORE_ROLE_WORDS && between.every((w) => NAMING_WORDS.has(w.pos));
    }
    return (
      first > b && (first - b <= 2 ? words.slice(b + 1, first).every((w) => w.text === ',') : roleOf(words, b, first))
    );
  });
}

/** A verb's past participle, its form not its base ("known", "suspected"): it describes, as an adjective does. */
const pastParticiple = (w: Word | undefined) =>
  w?.pos === 'VERB' && !isIngForm(w.text) && w.text.toLowerCase() !== w.lemma;

/**
 * Whether the words between a role's noun at `b` and a name at `first` say what the role is of, "of" and a noun: "AFG
 * *member of parliament* FAHIMA SADAT" names the member.
 */
const roleOf = (words: Word[], b: number, first: number) =>
  first - b <= ROLE_OF_WORDS + 1 &&
  words[b + 1]?.lemma === 'of' &&
  words.slice(b + 2, first).every((w) => ['DET', 'ADJ', 'NOUN'].includes(w.pos));

/** How many words a role's "of" phrase may take before the name: "of *parliament*", "of the *provincial council*". */
const ROLE_OF_WORDS = 3;

/**
 * Whether a phrase gives someone's name: its head (last) word is a name ("Governor *Khpalwak*", "AL *MANSOUR*"). A
 * phrase headed by a word English knows names a group or a role, whatever stands before it ("ANSF *FORCES*").
 */
const namesSomeone = (inside: Word[], lexicon: Lexicon) => isName(inside.at(-1)!, lexicon);

/**
 * Whether a phrase ends in an acronym: a word all in capitals in a sentence not written all in capitals names a unit or
 * an organisation ("Language Assistant for DEU *OMLT*"), not the person a "what was the name of…" question asks.
 */
const acronym = (words: Word[], inside: Word[]) =>
  /^[A-Z]{2,}$/.test(inside.at(-1)!.text) && words.some((w) => /\p{Ll}/u.test(w.text));

/** Whether "what was the name of…" asks a person's name: "of the Afghan *policeman*", not "of the *village*". */
function personNamed(asks: Asks, lexicon: Lexicon): boolean {
  const words = asks.namedOf ?? [];
  let at = words.findIndex((w) => w.pos === 'NOUN');
  // The head of a compound is its last noun: "the language *assistant*" names a person, though "language" does not.
  while (at >= 0 && words[at + 1]?.pos === 'NOUN') at++;
  return at >= 0 && lexicon.isA(words[at]!.lemma, 'person');
}

/**
 * Whether a name stands in a phrase of where, after "in", "at", "to"… past the words naming what the place is: "back to
 * FOB *QEYSAR*" names a base, not the person a "what was the name of…" question asks. Not past a word for a person:
 * "to Governor *Khpalwak*" names him.
 */
function namesPlace(words: Word[], span: KindSpan, lexicon: Lexicon): boolean {
  const [a] = wordsAt(words, span.start, span.end);
  let k = a - 1;
  while (k >= 0 && a - 1 - k < BEFORE_PLACE_WORDS + 1 && NAMING_WORDS.has(words[k]!.pos)) {
    if (words[k]!.pos === 'NOUN' && lexicon.isA(words[k]!.lemma, 'person')) return false;
    k--;
  }
  return LOCATIVE.has(words[k]?.lemma.toLowerCase() ?? '');
}

/**
 * A word that can be someone's name: a proper noun WordNet does not know as a word ("Amin", "MANSOUR") or knows only
 * as people of the name ("Mohammed"), and not a short acronym ("LN", "NDS"), which the War Diary uses for roles and
 * organisations.
 */
export function isName(word: Word, lexicon: Lexicon): boolean {
  if (word.pos !== 'PROPN') return false;
  if (/^[A-Z]{1,3}$/.test(word.text)) return false;
  // Nor an English noun's plural in capitals, "Non Battle *Injuries*": the tagger gives a proper noun no base form.
  const text = word.text.toLowerCase();
  const senses = [...lexicon.senses(text), ...lexicon.senses(word.lemma)];
  if (senses.length && senses.every(namesPerson)) return true;
  return !senses.length && !lexicon.baseForms(text, 'noun').length;
}

/** Whether WordNet knows a sense as one person, an instance of a kind of people: "Mohammed", "Ali" are names. */
const namesPerson = (s: Synset) => s.lexname === 'noun.person' && s.pointers.some((p) => p.symbol === '@i');
/** How surely a noun phrase further on in the verb's clause is what it acts on: less than the one right after it. */
const FURTHER = 0.5;

/**
 * The noun phrases the question's verbs act on in a sentence (actedPhrases). A phrase the question holds answers
 * nothing.
 */
function objectSpans(
  words: Word[],
  acts: NonNullable<Asks['acts']>,
  asked: (w: Word) => boolean,
  lexicon: Lexicon,
  ending?: string,
  question: Word[] = [],
): KindSpan[] {
  const spans: KindSpan[] = [];
  // A phrase opening with a preposition answers only a question ending in it ("what will they appeal *to*?").
  const prepositional = (w: Word) => (w.pos === 'ADP' || w.lemma === 'to') && w.lemma.toLowerCase() !== ending;
  const acted = actedPhrases(words, acts, lexicon);
  let own = false;
  // "What was OBJ McKinnley believed to be?" asks only what follows the sentence's "to be".
  const toBe = asksToBe(question);
  for (const { verb, phrases } of toBe ? [{ verb: -1, phrases: saidToBe(words, acted) }] : acted) {
    for (const phrase of phrases) {
      const nouns = phrase.filter((p) => NOMINAL.has(p.pos));
      const given = nouns.every(asked) && !anotherOf(phrase, question, asked) && !actsOwnNoun(phrase, acts, asked);
      own ||= nouns.length > 0 && given;
      if (!nouns.length || given || (prepositional(phrase[0]!) && !wantedAct(words[verb], phrase, lexicon))) continue;
      const last = partitiveEnd(words, words.indexOf(nouns[nouns.length - 1]!)) ?? nouns[nouns.length - 1]!;
      spans.push({ kind: 'object', start: phrase[0]!.start, end: last.end, strength: 1 });
    }
  }
  // "Two elements were ambushed, *CB13 and Whiskey 36* (ETT)": where what the act was done to is only the question's
  // words, the names listed after a comma closing the verb's clause say which they are.
  if (!spans.length && own)
    for (const { verb } of acted) {
      const listed = namesListed(words, verb + 1, asked);
      if (listed)
        spans.push({ kind: 'object', start: words[listed[0]]!.start, end: words[listed[1]]!.end, strength: 1 });
    }
  // "What did the workers use to mark the UXO?": the purpose's act said done "with" a thing names what was used.
  if (!spans.length && acts.purpose) spans.push(...doneWith(words, acts.purpose, asked));
  // "BECAUSE THE TENT WAS DESTROYED BY THE ROCKET, ID CARD MAY NOT BE FOUND": the act is told of the question's own
  // thing, so no phrase further on is what it was done to.
  if (spans.length || own || toBe) return spans;
  // Past an infinitive or a phrase the question names ("wanted to hand over the rockets for timber"): less surely.
  for (const { verb: i } of acted) {
    const further = objectInClause(words, i, asked, (k) => locativeBefore(words, k) !== undefined);
    if (!further) continue;
    // Past who did it, the War Diary naming them after "by" ("located by *robot* 1x metal tube RCIED").
    const last = further[1];
    let first = further[0];
    const byWhom = words[first - 1]?.lemma === 'by';
    // Past what the question names, run on into the thing by the tagger: "in the truck of *the suspect* several items".
    const named = (k: number) =>
      asked(words[k]!) || (words[k]!.pos === 'DET' && !!words[k + 1] && asked(words[k + 1]!));
    while (
      first <= last &&
      (acts.doers?.has(words[first]!.lemma.toLowerCase()) || (byWhom && doer(words[first]!, lexicon)) || named(first))
    )
      first++;
    if (first > last || prepositional(words[first]!)) continue;
    spans.push({ kind: 'object', start: words[first]!.start, end: words[last]!.end, strength: FURTHER });
  }
  return spans;
}

/** WordNet's sentence frame "Somebody ----s to INFINITIVE". */
const INFINITIVE_FRAME = 28;

/**
 * Whether a phrase after a verb taking an infinitive (WordNet's frame "Somebody ----s to INFINITIVE": "want", "plan",
 * "request") is that infinitive, "to" and a verb: what was wanted is the act ("they *want to trade 15 Taliban* for the
 * American"), not a place the act went. The tagger reads the verb in capitals as a noun as often ("TO TRADE"), so it is
 * looked up in WordNet; "to the Taliban", "to Kabul" name no verb.
 */
function wantedAct(verb: Word | undefined, phrase: Word[], lexicon: Lexicon): boolean {
  const [to, act] = phrase;
  if (!verb || to?.lemma.toLowerCase() !== 'to' || !act || !['VERB', 'NOUN'].includes(act.pos)) return false;
  const takesInfinitive = lexicon
    .senses(verb.lemma.toLowerCase(), 'verb')
    .some((s) => s.frames.includes(INFINITIVE_FRAME));
  return takesInfinitive && lexicon.baseForms(act.text.toLowerCase(), 'verb').length > 0;
}

/**
 * Whether a phrase is the act's own noun told apart by a word the question lacks: "fired *a warning shot*" for "what
 * did the Dingo shoot?". English names what was fired or shot by the act's noun ("shot", "burst"), the word before it
 * saying which; the question holds that noun only as its verb, not as a thing it names.
 */
const actsOwnNoun = (phrase: Word[], acts: NonNullable<Asks['acts']>, asked: (w: Word) => boolean) => {
  const head = phrase.filter((p) => NOMINAL.has(p.pos)).at(-1);
  const describing = (p: Word) => p !== head && (p.pos === 'ADJ' || p.pos === 'NOUN') && !asked(p);
  return !!head && acts.verbs.has(head.lemma.toLowerCase()) && phrase.some(describing);
};

/**
 * Whether a phrase naming only the question's nouns names another of them, as a "what *else*" question asks: English
 * tells one thing from another of its kind by a modifier ("what else did they find beside the first IED?" — "a
 * *second* IED"), so an adjective or number of the phrase the question lacks says it is not the one asked of.
 */
const anotherOf = (phrase: Word[], question: Word[], asked: (w: Word) => boolean) =>
  question.some((w) => w.lemma.toLowerCase() === 'else') &&
  phrase.some((p) => (p.pos === 'ADJ' || p.pos === 'NUM') && !asked(p));

/**
 * The word a question ends in, when a preposition: "what will they appeal *to*?" asks the phrase after it. Otherwise a
 * phrase opening with a preposition, "to" too as the tagger may read it an infinitive's in capitals ("APPEAL *TO* THE
 * TALIBAN"), says whom or where the act went, not what it was done to (objectSpans).
 */
const endingOf = ({ reading }: Asks) => {
  const last = reading?.words.filter((w) => w.pos !== 'PUNCT').at(-1);
  return last?.pos === 'ADP' || last?.lemma === 'to' ? last.lemma.toLowerCase() : undefined;
};

/** How many words past its verb a "with" may say what the act was done with: "marked *it* with stones". */
const WITH_WITHIN = 4;

/**
 * What a sentence says an act of a "what did they use to V?" question's purpose (`purpose`, V and its like) was done
 * with: "marked it *with stones*" — English names the tool after "with", in the verb's clause.
 */
function doneWith(words: Word[], purpose: Set<string>, asked: (w: Word) => boolean): KindSpan[] {
  return words.flatMap((w, i) => {
    if (w.pos !== 'VERB' || !purpose.has(w.lemma.toLowerCase())) return [];
    const clause = words.slice(i + 1, i + 1 + WITH_WITHIN);
    const end = clause.findIndex((c) => c.pos === 'VERB' || c.text === ',' || endsClause(c));
    const by = clause.slice(0, end < 0 ? undefined : end).find((c) => c.lemma === 'with');
    const found = by && objectInClause(words, words.indexOf(by), asked, () => false);
    return found
      ? [{ kind: 'object' as const, start: words[found[0]]!.start, end: words[found[1]]!.end, strength: 1 }]
      : [];
  });
}

/** The words of a list of names: the names, their numbers ("Whiskey *36*"), "and" and commas between them. */
const IN_LIST = new Set(['PROPN', 'NUM', 'CCONJ', 'PUNCT']);
/** What ends a list of names: a stop, a colon or a bracket. */
const LIST_END = /^[.;:(]$/;

/**
 * A list of names after the comma at `k` that closes a clause, up to its end (a stop, a bracket or the sentence's
 * end), as [first, last]: "were ambushed, *CB13 and Whiskey 36* (ETT)." Names the question holds say nothing new.
 */
function namesListed(words: Word[], k: number, asked: (w: Word) => boolean): [number, number] | undefined {
  if (words[k]?.text !== ',') return undefined;
  let last = k;
  while (IN_LIST.has(words[last + 1]?.pos ?? '') && !LIST_END.test(words[last + 1]!.text)) last++;
  while (last > k && ['CCONJ', 'PUNCT'].includes(words[last]!.pos)) last--;
  const ends = !words[last + 1] || LIST_END.test(words[last + 1]!.text);
  const names = words.slice(k + 1, last + 1).filter((w) => w.pos === 'PROPN');
  return ends && names.length && !names.every(asked) ? [k + 1, last] : undefined;
}

/** Whether a question ends in "to be": "what was OBJ McKinnley believed *to be*?". */
const asksToBe = (question: Word[]) => {
  const [to, be] = question.filter((w) => w.pos !== 'PUNCT').slice(-2);
  return to?.lemma === 'to' && be?.lemma === 'be';
};

/**
 * Whether a word after "by" names who did the act, not what it acted on: an article or adjective of such a phrase, a
 * name WordNet does not know, or a person ("turned in by *a LN*", "found by *a local farmer*"). What follows the one
 * who acted, in the War Diary's short style, is the thing ("located by robot *1x metal tube RCIED*").
 */
const doer = (w: Word, lexicon: Lexicon) =>
  w.pos === 'DET' ||
  w.pos === 'ADJ' ||
  isNamed(w) ||
  (w.pos === 'NOUN' && kindsOfNoun(lexicon, w.lemma, 1).has('agent'));

/**
 * A phrase a verb acts on as its words are marked, run on over what its noun is of ("keep *a then recent discovery of
 * Iranian arms* quiet" keeps the arms' discovery secret, not a discovery) and the counted items listed after it
 * ("consisted of *three battery packs, one cassette player and approximately 300 meters of wire*"). Only the marking:
 * how near the phrase stands to the question's words is its own.
 */
export function markedObject(text: string, span: KindSpan, lexicon: Lexicon): KindSpan {
  if (span.kind !== 'object') return span;
  const { words } = read(text);
  let [, b] = wordsAt(words, span.start, span.end);
  for (
    let next: number | undefined = b;
    next !== undefined;
    next =
      misreadPlural(words, b + 1, lexicon) ?? ofWhat(words, b) ?? listed(words, b) ?? countedThing(words, b, lexicon)
  )
    b = next;
  return { ...span, end: words[b]!.end };
}

/**
 * The phrase a sentence singles out of those it names, marked when the question asks for it so: "which forces were the
 * attacks *mainly* aimed at?" of "against the AFG authorities and the [coalition force] members, *especially* against
 * *the American forces*". The phrase found answers with the rest; the one singled out is what is asked. Only the
 * marking, of a phrase of the same kind (a name or noun after the singling word, past a preposition and an article).
 */
export function singledOut(text: string, span: KindSpan, question: Word[]): KindSpan {
  if (span.kind === 'time' || span.kind === 'quantity' || !question.some((w, k) => singling(w, question[k - 1])))
    return span;
  const { words } = read(text);
  const at = words.findIndex((w, k) => w.start >= span.end && singling(w, words[k - 1]));
  if (at < 0) return span;
  let k = at + 1;
  while (words[k] && ['ADP', 'DET', 'ADV'].includes(words[k]!.pos)) k++;
  const end = NOMINAL.has(words[k]?.pos ?? '') ? nounsFrom(words, k) : undefined;
  return end === undefined ? span : { ...span, start: words[k]!.start, end: words[end]!.end };
}

/** Words singling one out of many: "especially", "mainly", "in particular". */
const SINGLING = new Set(['especially', 'particularly', 'mainly', 'chiefly', 'primarily', 'principally', 'mostly']);
const singling = (w: Word, before: Word | undefined) =>
  SINGLING.has(w.lemma.toLowerCase()) || (w.lemma.toLowerCase() === 'particular' && before?.lemma === 'in');

/**
 * A distance marked on over the point it is measured from: "attacked in their home *approx. 6km from FOB Naray*"; the
 * number alone says how far from nowhere. Only the marking, of a length's unit (WordNet's linear units: "km", "m").
 */
export function distanceFrom(text: string, span: KindSpan, lexicon: Lexicon): KindSpan {
  if (span.kind !== 'quantity') return span;
  const { words } = read(text);
  const [, b] = wordsAt(words, span.start, span.end);
  const unit = words[b];
  if (!unit || !unitAfterNumber(words, b, lexicon) || !lexicon.isA(unit.lemma.toLowerCase(), 'linear_unit'))
    return span;
  const end = words[b + 1]?.lemma === 'from' ? nounsFrom(words, b + 2) : undefined;
  return end === undefined ? span : { ...span, end: words[end]!.end };
}

/**
 * A phrase marked on over a compound noun after it that the tagger split, its first word read as a verb: "ON THE
 * *PRT FEY SHOOTING RANGE*" ("shooting range" one noun to WordNet) is the range, not the PRT. Only the marking.
 */
export function compoundAfter(text: string, span: KindSpan, lexicon: Lexicon): KindSpan {
  if (span.kind === 'time' || span.kind === 'quantity') return span;
  const { words } = read(text);
  const [, b] = wordsAt(words, span.start, span.end);
  const [first, head] = [words[b + 1], words[b + 2]];
  if (first?.pos !== 'VERB' || (head?.pos !== 'NOUN' && head?.pos !== 'PROPN')) return span;
  const compound = `${first.text.toLowerCase()}_${head.lemma.toLowerCase()}`;
  return lexicon.senses(compound, 'noun').length ? { ...span, end: head.end } : span;
}

/**
 * Whether the word at `i` is a War Diary class of site in capitals the tagger read as an infinitive's verb, after "to"
 * and before the site's name: "brought to *FOB* Naray" names a base, as "to FOB Shank" read right does. No verb
 * stands between an infinitive and a name. Only where a verb says the going ("brought to", "moved to"): after a name,
 * "to" closes a route's two ends ("convoy form FOB SPERMAN to FOB MSG"), where the convoy was bound, not where a thing
 * of it was taken.
 */
const siteClassMisread = (words: Word[], i: number) =>
  words[i]!.pos === 'VERB' &&
  /^[A-Z]{2,4}$/.test(words[i]!.text) &&
  words[i - 1]?.lemma === 'to' &&
  words[i - 2]?.pos === 'VERB' &&
  words[i + 1]?.pos === 'PROPN';

/**
 * A thing marked by its class's noun, marked from the number opening its phrase (its count, or its calibre: "a *9mm
 * pistol*") and on over the next counted item of its list: "RECOVERY VEHICLES (*ONE TON TRUCK AND ONE 5 TON TRUCK*)"
 * for "what recovery vehicles", the noun alone ("TRUCK") saying only of what class. Only the marking.
 */
export function countedWhole(text: string, span: KindSpan): KindSpan {
  if (span.kind !== 'instance') return span;
  const { words } = read(text);
  let [a, b] = wordsAt(words, span.start, span.end);
  // Only the class's noun alone: a model's code ("AO 2,5") or a state ("heavily damaged") names which by itself.
  if (words[a]?.pos !== 'NOUN') return span;
  let k = a - 1;
  while (k >= a - COUNTED_BEFORE && ['NOUN', 'PROPN', 'ADJ'].includes(words[k]?.pos ?? '')) k--;
  if (words[k]?.pos === 'NUM' && k < a) a = k;
  // A list's next count the phrase ran on into ("AND *ONE*"), on to its noun.
  if (words[b]?.pos === 'NUM' && words[b - 1]?.pos === 'CCONJ') b = nounsFrom(words, b) ?? b - 2;
  return { ...span, start: words[a]!.start, end: words[b]!.end };
}

/** How many words may stand between a count and the noun it counts: "ONE *TON* TRUCK". */
const COUNTED_BEFORE = 2;

/**
 * A name marked of a thing asked, run on over the noun it names and what that is "of": "which unit do the four
 * Iranians serve in?" is answered by "*“Intelligence” unit of SEPAH-E-PASDARAN*", the name alone saying which of whose
 * units only by half.
 */
export function namedOfWhose(text: string, span: KindSpan): KindSpan {
  // A name WordNet does not know is read as someone's, a unit's or a group's (kindsOfWord): "*Intelligence* unit of
  // SEPAH-E-PASDARAN" names the unit of whom, as a thing's name does.
  if (span.kind !== 'instance' && span.kind !== 'agent') return span;
  const { words } = read(text);
  const [a, b] = wordsAt(words, span.start, span.end);
  const quoted = /^[”"’']$/.test(words[b + 1]?.text ?? '') && /^[“"‘']$/.test(words[a - 1]?.text ?? '');
  const k = quoted ? b + 2 : b + 1;
  if (words[k]?.pos !== 'NOUN' || words[k + 1]?.lemma !== 'of' || words[k + 2]?.pos !== 'PROPN') return span;
  // The name after "of", its words written as one too ("SEPAH-E-PASDARAN").
  let end = k + 2;
  while (linked(words, end) || words[end + 1]?.pos === 'PROPN') end += linked(words, end) ? 2 : 1;
  return { ...span, start: words[quoted ? a - 1 : a]!.start, end: words[end]!.end };
}

/**
 * A count's noun marked as the number the sentence says it is: "New facility *headcount* is 646 assigned" marks *646*,
 * as "the total: 12" marks 12. A noun WordNet files first among quantities, as a kind of number ("count", "headcount",
 * "total"), is only the question's word again; the number after it, past a copula or a colon, is what it counts. Only
 * the marking, on over the words written on with the number ("*642A/642P*").
 */
export function countNamed(text: string, span: KindSpan, lexicon: Lexicon): KindSpan {
  if (span.kind === 'time') return span;
  const { words } = read(text);
  const [, b] = wordsAt(words, span.start, span.end);
  const noun = words[b]?.lemma.toLowerCase() ?? '';
  // Read as a noun: a number word WordNet also files so ("TRUCK AND *ONE* 5 TON TRUCK") is a count itself.
  if (words[b]?.pos !== 'NOUN' || !isCountNoun(noun, lexicon)) return span;
  let k = b + 1;
  if (words[k]?.lemma === 'be' || words[k]?.text === ':') k++;
  if (words[k]?.pos !== 'NUM') return span;
  let end = k;
  while (words[end + 1] && words[end + 1]!.start === words[end]!.end) end++;
  return { ...span, start: words[k]!.start, end: words[end]!.end - (/\.$/.test(words[end]!.text) ? 1 : 0) };
}

/**
 * A count of those who did an act, marked at the passive's agent: "how many insurgents *attacked* the QRF?" of
 * "they were attacked with SAF and one RPG by up *seven INS*" asks the doers, whom a passive names after "by", not
 * the weapon's count before them. Only the marking, where the question counts its verb's subject ("how many X V-ed")
 * and the sentence counts after "by" (past a word hedging the number: "up", "approx").
 */
export function countedAgent(text: string, span: KindSpan, question: Word[]): KindSpan {
  if (span.kind !== 'quantity' || !asksDoersCounted(question)) return span;
  const { words } = read(text);
  const at = words.findIndex((w, k) => w.lemma === 'by' && words[agentCount(words, k + 1)]?.pos === 'NUM');
  if (at < 0) return span;
  const k = agentCount(words, at + 1);
  // A count already marked at the agent keeps its hedge: "by *approximately 10 x INS*".
  if (words[k]!.start >= span.start && words[k]!.start < span.end) return span;
  let end = k;
  while (words[end + 1] && (words[end]!.pos === 'NUM' || /^x$/i.test(words[end]!.text))) end++;
  return NOMINAL.has(words[end]?.pos ?? '') ? { ...span, start: words[k]!.start, end: words[end]!.end } : span;
}

/** Where a count after "by" stands, past a word hedging it: "by *up* seven INS", "by approx 20 INS". */
const agentCount = (words: Word[], k: number) => (words[k]?.pos === 'ADV' || words[k]?.pos === 'ADP' ? k + 1 : k);

/** Whether a "how many" question counts the subject of its verb: "how many insurgents *attacked*", not "were hurt". */
function asksDoersCounted(question: Word[]): boolean {
  const many = question.findIndex((w, k) => w.lemma === 'many' && question[k - 1]?.lemma === 'how');
  if (many < 0) return false;
  let k = many + 1;
  while (question[k] && (question[k]!.pos === 'NOUN' || question[k]!.pos === 'PROPN' || question[k]!.pos === 'ADJ'))
    k++;
  return k > many + 1 && question[k]?.pos === 'VERB';
}

/**
 * A time marked as the War Diary writes it, as one word ("0830Z", "1150D*") with its date ("201530Z *Oct 06*"), not
 * the name its phrase runs on into ("@ 0830Z *TF 373* notifies"), which the tagger reads as a number and names. Only
 * the mark is cut: cutting the phrase itself ranked a time of another act told after it above the answer.
 */
export function timeAsWritten(text: string, span: KindSpan): KindSpan {
  if (span.kind !== 'time') return span;
  const { words } = read(text);
  const [first, last] = wordsAt(words, span.start, span.end);
  for (let k = Math.max(first, 0); k <= last; k++) {
    let end = k;
    while (end < last && writtenOn(words, end)) end++;
    if (!WAR_DIARY_TIME.test(withoutStop(text.slice(words[k]!.start, words[end]!.end)))) continue;
    while (end < last && (words[end + 1]!.pos === 'NUM' || monthNumber(words[end + 1]!.text))) end++;
    // The full stop ending the sentence ("at 1535*Z.*") is no part of the time.
    return { ...span, end: words[end]!.end - (/\.$/.test(words[end]!.text) ? 1 : 0) };
  }
  return span;
}

/** Whether the word after the one at `k` is written on with it, no space nor mark between: "0830" and "Z". */
const writtenOn = (words: Word[], k: number) => words[k + 1]!.start === words[k]!.end && words[k + 1]!.pos !== 'PUNCT';

/**
 * A name marked as its abbreviation in brackets, marked as the name it stands for: "The *Ministry of Foreign Affairs
 * (MFA)* wants…". Reports spell a name out once with its letters after it; the letters are the same name, the words
 * before them say it for a reader who does not know it.
 */
export function spelledOut(text: string, span: KindSpan): KindSpan {
  const { words } = read(text);
  const [a, b] = wordsAt(words, span.start, span.end);
  const letters = words[a]!.text;
  const after = spelledAfter(words, a, b);
  if (after !== undefined) return { ...span, end: words[after]!.end };
  if (a !== b || words[a - 1]?.text !== '(' || words[b + 1]?.text !== ')' || !/^[A-Z]{2,}$/.test(letters)) return span;
  // Back over the name's words and the small words joining them ("of", "and"), until their initials are the letters.
  let initials = '';
  for (let k = a - 2; k >= 0 && /^[A-Za-z]/.test(words[k]!.text); k--) {
    const w = words[k]!;
    if (JOINING.has(w.lemma)) continue;
    if (!/^[A-Z]/.test(w.text)) break;
    initials = w.text[0]! + initials;
    if (initials === letters) return { ...span, start: w.start, end: words[b + 1]!.end };
  }
  return span;
}

/**
 * The closing bracket of a name's letters spelled out after it, its number between ("*LMT 2 (Liaison Monitoring
 * Team)*", "QRU (Quick Reaction Unit)"): the War Diary writes a unit's letters first and spells them once in brackets,
 * which say who the letters are to a reader who does not know them.
 */
function spelledAfter(words: Word[], a: number, b: number): number | undefined {
  if (words[b + 1]?.text !== '(') return undefined;
  const close = words.findIndex((w, k) => k > b + 1 && w.text === ')');
  if (close < 0) return undefined;
  const initials = words
    .slice(b + 2, close)
    .filter((w) => !JOINING.has(w.lemma.toLowerCase()))
    .map((w) => w.text[0]!.toUpperCase())
    .join('');
  const spelled = words.slice(a, b + 1).some((w) => /^[A-Z]{2,}$/.test(w.text) && w.text === initials);
  return spelled ? close : undefined;
}

/** Small words a spelled-out name holds whose letter its abbreviation leaves out: "Ministry *of* Foreign Affairs". */
const JOINING = new Set(['of', 'and', 'for', 'the', '&']);

/**
 * The word at `k` when the tagger reads a noun's plural as a verb ("three battery *packs*, one…"): right after a noun,
 * before a comma, "and" or a stop, a plural form of a noun WordNet knows.
 */
function misreadPlural(words: Word[], k: number, lexicon: Lexicon): number | undefined {
  const w = words[k];
  if (w?.pos !== 'VERB' || words[k - 1]?.pos !== 'NOUN' || !/s$/i.test(w.text)) return undefined;
  if (!/^(?:[,.;]|and)$/i.test(words[k + 1]?.text ?? '.')) return undefined;
  const form = w.text.toLowerCase();
  return lexicon.baseForms(form, 'noun').some((f) => f.lemma !== form) ? k : undefined;
}

/**
 * Where the thing a count at `b` counts ends, when the tagger read the words between as no noun: a count of a thing
 * acted on is of the noun after it, "DESTROYED *1X PICK UP TRUCK*", "fired *7 x 120mm HE mortar rounds*" (the War
 * Diary's "HE", high explosive, read as "he"; "mortar" as a verb). Only words a noun phrase may hold as misread: a noun
 * WordNet knows or a short abbreviation in capitals, no "-ing" nor "-ed" form ("fired 1x *killing* INS" says what the
 * shot did).
 */
function countedThing(words: Word[], b: number, lexicon: Lexicon): number | undefined {
  const w = words[b];
  const count = w?.pos === 'NUM' || (/^x$/i.test(w?.text ?? '') && words[b - 1]?.pos === 'NUM');
  if (!count && !(w && unitAfterNumber(words, b, lexicon))) return undefined;
  let end: number | undefined;
  for (let k = b + 1; k <= b + MISREAD_RUN && words[k] && misreadInPhrase(words, k, lexicon); k++)
    if (words[k]!.pos === 'NOUN' || words[k]!.pos === 'PROPN') end = k;
  return end;
}

/** How many words past a count a misread phrase may run to its noun: "PICK UP TRUCK". */
const MISREAD_RUN = 4;

/**
 * Whether the word at `k` may stand in a noun phrase, misread: a noun, a verb's word WordNet knows as a noun ("PICK"),
 * an abbreviation in capitals ("HE") or a verb's particle after it ("PICK *UP*"); no small word joining phrases ("AT
 * THE", "AND").
 */
function misreadInPhrase(words: Word[], k: number, lexicon: Lexicon): boolean {
  const w = words[k]!;
  if (w.pos === 'NOUN' || w.pos === 'PROPN') return true;
  if (/(?:ing|ed)$/i.test(w.text)) return false;
  if (w.pos === 'ADP') return words[k - 1]?.pos === 'VERB' && /^[A-Z]{2,3}$/.test(w.text);
  if (w.pos === 'VERB') return lexicon.baseForms(w.text.toLowerCase(), 'noun').length > 0;
  return w.pos === 'PRON' && /^[A-Z]{2,3}$/.test(w.text);
}

/**
 * The last noun a number acted on counts out of, past "of": "ANA shot *one of the IEDs*" shot an IED. English says a
 * part of a whole so (a partitive), the number alone naming no thing; none when no "of" follows the number.
 */
function partitiveEnd(words: Word[], k: number): Word | undefined {
  const end = words[k]?.pos === 'NUM' && words[k + 1]?.lemma === 'of' ? nounsFrom(words, k + 2) : undefined;
  return end === undefined ? undefined : words[end];
}

/** Where what the noun at `b` is of ends, past "of": "the issue of the Iranian-made weapons". */
function ofWhat(words: Word[], b: number): number | undefined {
  return words[b]?.pos === 'NOUN' && words[b + 1]?.lemma === 'of' ? nounsFrom(words, b + 2) : undefined;
}

/**
 * Where the next of a list of counted items after `b` ends: ", one cassette player", "and approximately 300 meters",
 * "& 120MM MORTAR ROUNDS".
 */
function listed(words: Word[], b: number): number | undefined {
  if (!/^(?:,|and|&)$/i.test(words[b + 1]?.text ?? '')) return undefined;
  const k = words[b + 2]?.pos === 'ADV' ? b + 3 : b + 2;
  return words[k]?.pos === 'NUM' ? nounsFrom(words, k) : undefined;
}

/**
 * Where a noun phrase from `k` ends, at its last noun; words written as one are one ("the *Iranian-made* weapons"), and
 * so are names a slash sets as either of two, spaced or not ("large-caliber *HMG/ AAA* tracers").
 */
function nounsFrom(words: Word[], k: number): number | undefined {
  let end: number | undefined;
  for (; words[k]; k++) {
    const last = linked(words, k) || eitherOf(words, k) ? k + 2 : k;
    if (last === k && !IN_PHRASE.has(words[k]!.pos)) break;
    if (NOMINAL.has(words[last]!.pos) || NOMINAL.has(words[k]!.pos)) end = last;
    k = last;
  }
  return end;
}

/** Whether the name at `k` and the one after the slash after it are either of two: "HMG/ AAA". */
const eitherOf = (words: Word[], k: number) =>
  words[k]?.pos === 'PROPN' && words[k + 1]?.text === '/' && words[k + 2]?.pos === 'PROPN';

/** Words a question sets a name apart by, asking for another: "*besides* TF 373", "*other than* TF 373". */
const SETS_APART = new Set(['besides', 'except', 'excluding']);
const setsApart = (question: Word[], k: number) =>
  SETS_APART.has(question[k - 1]?.lemma.toLowerCase() ?? '') ||
  (question[k - 1]?.lemma === 'than' && question[k - 2]?.lemma === 'other') ||
  (question[k - 1]?.lemma === 'from' && ['apart', 'aside'].includes(question[k - 2]?.lemma ?? ''));

/**
 * Whether the question sets a name apart that the sentence's word at `i` begins and goes on otherwise than the
 * question writes it, nor misspells it so (spelled.ts): "besides *TF 373*" asks for another task force, which "TF
 * *Paldin*" is, its "TF" part of its own name, not the question's.
 */
function namesAnother(question: Word[], words: Word[], i: number): boolean {
  const k = question.findIndex((q) => q.text.toLowerCase() === words[i]!.text.toLowerCase());
  const after = question[k + 1];
  const next = words[i + 1]?.text;
  return k >= 0 && setsApart(question, k) && !!next && !!after && !spellsName(next, after.text);
}

/**
 * Whether the word at `i` is the question's own, no answer: not one the question asks the doer of, nor one of another
 * name of the same class the question asks for (namesAnother: "TF Paldin" where it asks besides "TF 373"), nor, for a
 * question asking where, a name opening the name of a building the question does not give (opensBuilding: "back in
 * *DARZAB* POLICE STATION").
 */
const askedHere = (words: Word[], i: number, asks: Asks, asked: (w: Word) => boolean, lexicon: Lexicon) =>
  asked(words[i]!) &&
  !namesAnother(asks.reading?.words ?? [], words, i) &&
  !doerOfAskedAct(words, i, i, asks, lexicon) &&
  !(asks.expects.has('place') && opensBuilding(words, i, lexicon, asked));

/**
 * Whether a name ends a phrase begun by a name the question gives of a body of people: "THE ANA CA *TM*" is the ANA's
 * civil affairs team, the ANA the question asks of ("who trained the ANA?"), not someone else. A place before it is
 * where that one is from ("KANDAHAR NDS").
 */
function partOfAsked(words: Word[], span: KindSpan, asked: (w: Word) => boolean, lexicon: Lexicon): boolean {
  const first = words.findIndex((w) => w.start === span.start);
  for (let k = first - 1; k >= 0; k--) {
    const w = words[k]!;
    // The tagger reads an abbreviation in capitals as another word ("CA" as "can"): such a word is of the phrase.
    const ofPhrase = w.pos === 'NOUN' || w.pos === 'PROPN' || /^[A-Z]{2,}$/.test(w.text);
    if (!ofPhrase || w.end + 1 < words[k + 1]!.start) return false;
    if (!asked(w)) continue;
    // A name after the role the question asks of is who holds it: "Iranian *president* Mahmoud Ahmadinejad", "The Sub
    // *Governor* Hajji Barhamadin", the role capitalised as a title right before the name. A people's name further
    // before ("*Iranian* president …") is no title: the name is of the asked phrase.
    const lower = w.text.toLowerCase();
    const title = k === first - 1 && lexicon.isA(lower, 'person');
    return isNamed(w) && !lexicon.isA(lower, 'location') && !title;
  }
  return false;
}

/**
 * Whether a phrase stands inside the brackets right after a name the question gives: "march group RED (DEU QRF A PLT
 * with parts of … EW Coy and *MEPT*)" tells what the one the question names is made of, not who attacked it. After a
 * common noun the bracket may be the answer ("a cache (3x RPGs)"): the question names no one thing there.
 */
function inBracketOfAskedName(words: Word[], span: KindSpan, asked: (w: Word) => boolean): boolean {
  for (let k = words.findIndex((w) => w.start === span.start) - 1; k > 0; k--) {
    if (words[k]!.text === ')') return false;
    if (words[k]!.text === '(') return asked(words[k - 1]!) && isNamed(words[k - 1]!);
  }
  return false;
}

/**
 * Whether a word is first a part of the body in WordNet ("LEG", "HEAD"), as written or in its base form ("hands":
 * WordNet files the plural on its own, as guardianship): a wound's place, not a place; part of someone, not someone.
 */
export const isBodyPart = (word: Word, lexicon: Lexicon) =>
  [word.text, word.lemma].some((form) => lexicon.filedUnder(form.toLowerCase(), 'noun') === 'noun.body');

/** The means of the question's act a sentence gives (means.ts), unless the question says them all itself. */
function meansOf(words: Word[], asks: Asks, lexicon: Lexicon, asked: (word: Word) => boolean): KindSpan[] {
  const question = (asks.reading?.words ?? []).filter((w, i, all) => !describesNoun(all, i));
  const ofAsked = (w: Word) => asked(w) || namesAsked(w, question, lexicon);
  const changed = asksChange(question, lexicon);
  // Someone the question asks of is told of by the role he had ("the back seat *passenger*" for the soldier).
  const person = (w: Word) => isNoun(w) && lexicon.isA(w.lemma.toLowerCase(), 'person');
  const asksPerson = changed && question.some(person);
  const undergoes = (w: Word) => ofAsked(w) || nounPhraseBefore(words, w).some(ofAsked) || (asksPerson && person(w));
  const acts = (verb: Word) =>
    saysVerbAsked(verb, question, lexicon) ||
    (sameClass(verb, question, lexicon) && (passiveOf(words, verb, ofAsked) || towardAsked(words, verb, asked))) ||
    (passiveOf(words, verb, ofAsked) && samePath(words, verb, question, asked)) ||
    entersAsked(words, verb, question, asked, lexicon) ||
    (changed && passiveOf(words, verb, undergoes));
  const guise = (noun: Word) => lexicon.filedUnder(noun.lemma.toLowerCase(), 'noun') === 'noun.attribute';
  // One rides on a conveyance: "fled *on a motorcycle*" says how he got away.
  const conveyance = (noun: Word) => lexicon.isA(noun.lemma.toLowerCase(), 'conveyance');
  // The question's own verb said passive is read by meansSpans: its means follows it ("detonated *by command wire*").
  const undergone = changed
    ? doneTo(words, undergoes).filter(([a]) => !saysVerbAsked(words[a]!, question, lexicon))
    : [];
  return meansSpans(words, acts, guise, conveyance)
    .filter(([a, b]) => !words.slice(a + 1, b + 1).every(asked) && !partnerOrPlace(words, a, b, lexicon))
    .concat(undergone)
    .map(([a, b]) => ({ kind: 'means', start: words[a]!.start, end: words[b]!.end, strength: 1 }));
}

/**
 * Whether the question asks how its one came to change, its verb (alone or with its particle) filed first under
 * change in WordNet and taking no object: "how did the soldier *die*?", "how did the shell *end up* near the runway?".
 * What was done to the one is then how it came about, though the sentence never says the question's verb.
 */
function asksChange(question: Word[], lexicon: Lexicon): boolean {
  const change = (lemma: string) => lexicon.filedUnder(lemma, 'verb') === 'verb.change';
  return question.some(
    (q, i) =>
      q.pos === 'VERB' &&
      (change(q.lemma) || change(lightWith(question, i))) &&
      !isNoun(question[i + 1] && question[i + 1]!.pos === 'DET' ? question[i + 2] : question[i + 1]),
  );
}

/** The nouns and adjectives right before a noun, of its phrase: "the *back seat* passenger". */
function nounPhraseBefore(words: Word[], noun: Word): Word[] {
  const at = words.indexOf(noun);
  let k = at;
  while (k > 0 && ['NOUN', 'PROPN', 'ADJ'].includes(words[k - 1]!.pos)) k--;
  return words.slice(k, at);
}

/**
 * The acts a sentence tells done to the one (`undergoes`) as [first, last] word ranges, from the passive verb to the
 * last noun of the path after it: "The back seat passenger was *tossed out of the vehicle*" tells how he died.
 */
function doneTo(words: Word[], undergoes: (w: Word) => boolean): [number, number][] {
  return words.flatMap((verb, i) => {
    if (verb.pos !== 'VERB' || !passiveOf(words, verb, undergoes)) return [];
    let last = -1;
    for (let k = i + 1; words[k] && (words[k]!.pos === 'ADP' || IN_PHRASE.has(words[k]!.pos)); k++)
      if (isNoun(words[k])) last = k;
    return last > 0 ? [[i, last] as [number, number]] : [];
  });
}

/**
 * For "how did they know…?", "how was it determined…?" (a verb WordNet files under cognition): the cause a sentence
 * gives is what it was known from, "At least one INS injured *due to trail of blood* was reported".
 */
function groundsOf(text: string, words: Word[], asks: Asks, lexicon: Lexicon): KindSpan[] {
  const knowing = (asks.reading?.words ?? []).some(
    (w) => w.pos === 'VERB' && lexicon.filedUnder(w.lemma, 'verb') === 'verb.cognition',
  );
  if (!knowing) return [];
  return reasonSpans(text, words, lexicon).flatMap((r) => {
    const marker = causeOpening(text, r.start);
    if (!marker) return [];
    const end = groundsEnd(words, r.start + marker.length, marker.toLowerCase() === 'because');
    return end > r.start ? [{ kind: 'means' as const, start: r.start, end, strength: 1 }] : [];
  });
}

/**
 * For "how did the patrol find out…?" (a verb of coming to know, tellers.ts saysLearning): who told the question's one
 * is how they knew, "*The local population informed the patrol* of a second IED".
 */
function tellersOf(words: Word[], asks: Asks, lexicon: Lexicon, asked: (word: Word) => boolean): KindSpan[] {
  const question = asks.reading?.words ?? [];
  if (!question.some((w, i) => saysLearning(w, phrasalAt(question, i, lexicon)?.together, lexicon))) return [];
  return toldTo(words, asked, lexicon).map(([a, b]) => ({
    kind: 'means',
    start: words[a]!.start,
    end: words[b]!.end,
    strength: 1,
  }));
}

/**
 * Where the cause whose words begin at `from` ends: a preposition's at its noun phrase, "of" joining the rest ("due to
 * *trail of blood*"); a clause's (`clause`: "because the road broke away") at its stop or comma.
 */
function groundsEnd(words: Word[], from: number, clause: boolean): number {
  const first = words.findIndex((w) => w.start >= from);
  if (first < 0) return -1;
  // The phrase's first word, whatever the tagger reads it as: after "due to" it reads an infinitive ("to *trail*").
  let k = first + 1;
  while (
    words[k] &&
    !/^[.;:,]$/.test(words[k]!.text) &&
    (clause || IN_PHRASE.has(words[k]!.pos) || words[k]!.lemma === 'of')
  )
    k++;
  return words[k - 1]?.end ?? -1;
}

/**
 * Whether the question's verb at `i` only picks out the noun before it, a participle and its "by" ("how did the local
 * man *hit by Mohawk* get to the hospital?"), before the question's own verb: how it was done is not what is asked.
 */
const describesNoun = (words: Word[], i: number) =>
  words[i]!.pos === 'VERB' &&
  isNoun(words[i - 1]) &&
  words[i + 1]?.lemma === 'by' &&
  words.slice(i + 2).some((w) => w.pos === 'VERB');

/** What WordNet files people, groups and places under: with them "with" and "by" say a partner, a doer or a place. */
const NO_MEANS = new Set(['noun.person', 'noun.group', 'noun.location']);

/**
 * Whether a "with" or "by" phrase names, by its head noun's first sense in WordNet, someone or somewhere rather than a
 * means: "patrolled the area *with ANA soldiers*" says with whom, "left the vehicle *by the road*" where. A route
 * after "via" or "through" is a means though a place ("escaped via a wadi").
 */
function partnerOrPlace(words: Word[], a: number, b: number, lexicon: Lexicon): boolean {
  // The head is the noun before an "of": "the support *of local nationals*", "explosives *of Iranian provenance*".
  const of = words.slice(a, b + 1).findIndex((w) => w.lemma === 'of');
  const head = words[of > 0 ? a + of - 1 : b]!;
  // A singular noun after "by" without an article is how, whatever WordNet files it first under: "recovered … *by
  // crane*" (first a poet to WordNet), as "by air", "by car"; people doing it are said in the plural ("by soldiers"),
  // or by a noun of a body of them, singular in form ("by police", "by staff"): WordNet files it under groups.
  const bareSingular =
    b === a + 1 &&
    words[a]!.text.toLowerCase() === 'by' &&
    head.text.toLowerCase() === head.lemma &&
    !lexicon.senses(head.lemma.toLowerCase(), 'noun').some((s) => s.lexname === 'noun.group');
  return (
    !bareSingular &&
    MEANS_AFTER_VERB.has(words[a]!.text.toLowerCase()) &&
    NO_MEANS.has(lexicon.senses(head.lemma.toLowerCase(), 'noun')[0]?.lexname ?? '')
  );
}

/**
 * Whether a sentence's verb says one of the question's: the same, or one WordNet brings close either way ("supporting"
 * for "helping").
 */
function saysVerbAsked(verb: Word, question: Word[], lexicon: Lexicon): boolean {
  // "How did the workers *mark* the UXO?": the verb after "did" the tagger read as a noun is the question's too.
  const misread = verbReadAsNoun(question, lexicon);
  const verbs = question.filter((q) => q.pos === 'VERB' || q === misread);
  // A light verb says its act with the word after it, as WordNet knows the two together: "how did the gunman *get
  // away*?" asks how he escaped ("person *escaped* via a wadi").
  const together = question.flatMap((q, i) =>
    q.pos === 'VERB' && LIGHT_VERBS.has(q.lemma) && lexicon.senses(lightWith(question, i), 'verb').length
      ? [lightWith(question, i)]
      : [],
  );
  const asked = new Set([...verbs.map((q) => q.lemma), ...together]);
  const itself = new Set([verb.lemma]);
  return asked.has(verb.lemma) || saysAsked(verb, asked, lexicon) || verbs.some((q) => saysAsked(q, itself, lexicon));
}

/**
 * Whether WordNet files a verb's commonest sense where it files the question's verb's: "monitored" and "spotted" are
 * both verbs of perception, ways of seeing the man the question asks about. A light verb is read with the word after
 * it where WordNet knows them together: "how did they *get to* FOB Spin?" asks a movement ("get_to"), as "move" is.
 */
function sameClass(verb: Word, question: Word[], lexicon: Lexicon): boolean {
  const filed = lexicon.filedUnder(verb.lemma, 'verb');
  return (
    !!filed &&
    question.some(
      (q, i) =>
        q.pos === 'VERB' &&
        (lexicon.filedUnder(q.lemma, 'verb') === filed ||
          (LIGHT_VERBS.has(q.lemma) && lexicon.filedUnder(lightWith(question, i), 'verb') === filed)),
    )
  );
}

/** A light verb at `i` and the word after it, as WordNet writes the two together: "get_to", "get_into". */
const lightWith = (question: Word[], i: number) => `${question[i]!.lemma}_${question[i + 1]?.text.toLowerCase() ?? ''}`;

/** How many words after a verb its "to" may stand: "move *EOD/CEXC to* FOB Spin". */
const TOWARD_WORDS = 4;

/**
 * Whether a verb's "to" names where the question asks of: "move EOD/CEXC *to FOB Spin*" tells a way of getting to FOB
 * Spin, whoever is moved.
 */
function towardAsked(words: Word[], verb: Word, asked: (word: Word) => boolean): boolean {
  const i = words.indexOf(verb);
  const to = words.findIndex((w, k) => k > i && k <= i + TOWARD_WORDS && w.lemma === 'to');
  return to > 0 && !!words[to + 1] && isNoun(words[to + 1]) && asked(words[to + 1]!);
}

/**
 * Whether a verb takes as its object the noun a question's light verb and its preposition go to, WordNet knowing the
 * two together in a sense filed where the verb is: "two Iranian agents have *infiltrated Afghanistan*" is how "the
 * agents *get into Afghanistan*" (get_into, a verb of motion as "infiltrate" is).
 */
function entersAsked(
  words: Word[],
  verb: Word,
  question: Word[],
  asked: (word: Word) => boolean,
  lexicon: Lexicon,
): boolean {
  const i = words.indexOf(verb);
  const object = words[i + 1]?.pos === 'DET' ? words[i + 2] : words[i + 1];
  const filed = lexicon.filedUnder(verb.lemma, 'verb');
  if (!filed || !isNoun(object) || !asked(object!)) return false;
  return question.some((q, k) => {
    if (!LIGHT_VERBS.has(q.lemma) || question[k + 1]?.pos !== 'ADP') return false;
    // The noun past its determiner: "get into *the* camp".
    const noun = question[k + 2]?.pos === 'DET' ? question[k + 3] : question[k + 2];
    return (
      isNoun(noun) &&
      noun!.text.toLowerCase() === object!.text.toLowerCase() &&
      lexicon.senses(lightWith(question, k), 'verb').some((s) => s.lexname === filed)
    );
  });
}

/**
 * Whether a verb's prepositional phrase is one the question says, the same preposition before a noun of the question:
 * "Damaged FOX vehicle was recovered *out of little river*" is the act "how was the Fox vehicle pulled *out of the
 * river*?" asks, told in another verb, the thing and its path the question's own.
 */
function samePath(words: Word[], verb: Word, question: Word[], asked: (word: Word) => boolean): boolean {
  const i = words.indexOf(verb);
  return words.some((p, k) => {
    // "With" and "by" after a verb open its means, not a path.
    if (k <= i || k > i + TOWARD_WORDS || p.pos !== 'ADP' || MEANS_AFTER_VERB.has(p.lemma)) return false;
    const noun = words[pathNoun(words, k)];
    // The question's own phrase, not any of its prepositions: the "of" of "what kind of" is no path.
    const said = (q: Word, j: number) =>
      q.pos === 'ADP' &&
      q.lemma === p.lemma &&
      question[pathNoun(question, j)]?.lemma.toLowerCase() === noun?.lemma.toLowerCase();
    return isNoun(noun) && asked(noun!) && question.some(said);
  });
}

/** The word a preposition at `k` takes, past its articles and adjectives: "out of *the* little *river*". */
function pathNoun(words: Word[], k: number): number {
  let n = k + 1;
  while (words[n] && ['DET', 'ADJ'].includes(words[n]!.pos)) n++;
  return n;
}

/**
 * Whether a verb is passive, said of a noun of the question right before its auxiliary (`of`): "an suspect *person*
 * was monitored with the camp eye" tells how the man the question asks about was seen, not how someone else was.
 */
function passiveOf(words: Word[], verb: Word, of: (word: Word) => boolean): boolean {
  const i = words.indexOf(verb);
  // After a relative pronoun, the noun it stands for: "a UXO near runway *that* was brought in".
  const subject = RELATIVE.has(words[i - 2]?.lemma.toLowerCase() ?? '') ? words[i - 3] : words[i - 2];
  return words[i - 1]?.pos === 'AUX' && words[i - 1]!.lemma === 'be' && !!subject && isNoun(subject) && of(subject);
}

/**
 * The words of a bracket set beside X that name it: past its article, and up to the word WordNet knows as a kind of X
 * where the bracket goes on to tell another thing of it — "A civilian car (*a white Jeep* plate number UNK)": a Jeep
 * is a car, and the plate number says another thing of it.
 */
function namingInBracket(words: Word[], [a, b]: [number, number], of: string, lexicon: Lexicon): KindSpan {
  const first = words[a]!.pos === 'DET' && a < b ? a + 1 : a;
  // Only where a common noun follows it: "(APC *DINGO*)" names the APC more closely still.
  const ends = (k: number) => isInstance(words[k]!, of, lexicon) && words[k + 1]?.pos === 'NOUN';
  const kind = words.slice(first, b).findIndex((_, k) => ends(first + k));
  const last = kind < 0 ? b : first + kind;
  return { kind: 'instance', start: words[first]!.start, end: words[last]!.end, strength: 1 };
}

/** Whether a noun is, to WordNet, what a noun of the question is a kind of: "person" for the question's "man". */
const namesAsked = (word: Word, question: Word[], lexicon: Lexicon) =>
  question.some((q) => isNoun(q) && lexicon.isA(q.lemma, word.lemma.toLowerCase()));

/**
 * Whether a noun is a kind or an instance of what a "which X" names: "Iran" of a country, "rifles" of weapons. Where X
 * is a quality WordNet files among attributes ("colour", "shape"), an adjective saying one: "a *white* Jeep".
 */
const isInstance = (word: Word, of: string, lexicon: Lexicon) =>
  (word.pos === 'NOUN' || word.pos === 'PROPN' || (word.pos === 'ADJ' && isAttribute(of, lexicon))) &&
  (lexicon.isA(word.text.toLowerCase(), of) || lexicon.isA(word.lemma.toLowerCase(), of));

/**
 * Whether a word WordNet files under a kind asked stands here for something else: a number's unit measures it ("12
 * *KM* South": no instance of a "unit" or a "measure" asked of a thing); a noun may only say what kind of happening
 * the noun after it is (kindOfEvent), or label a map reference's numbers (gridLabel).
 */
const standsForOther = (words: Word[], i: number, lexicon: Lexicon) =>
  unitAfterNumber(words, i, lexicon) || kindOfEvent(words, i, lexicon) || gridLabel(words, i);

/** Verbs of sending a thing through the air: a shot "into the air", a thing "thrown in the air". */
const SENDING_UP = new Set(['fire', 'shoot', 'throw', 'launch', 'toss']);

/**
 * Whether the word at `i` is "the air", the region above the ground ("3 warning shots *to the air*"): where a shot or a
 * thing thrown went, never where anyone stood or was, so it answers only a question of such a sending ("where did they
 * fire?"). Not "air" in a name or a compound ("Bagram Air Field", "the air field"), which may be a place.
 */
const aloft = (words: Word[], i: number, { reading }: Asks) =>
  words[i]!.lemma.toLowerCase() === 'air' &&
  words[i - 1]?.lemma.toLowerCase() === 'the' &&
  !isNoun(words[i + 1]) &&
  !reading?.words.some((q) => q.pos === 'VERB' && SENDING_UP.has(q.lemma));

/**
 * Whether the word at `i` is "grid" labelling the numbers of a map reference after it ("at *grids* 15490 21706", "IVO
 * *GRID* 42SWD 12345 67890"): it names a spot, never a thing of a kind asked, whatever rarer sense WordNet gives the
 * word (a battery's "grid" is a metal plate, so "at grids 15490" would read as the "plate" of a car).
 */
const gridLabel = (words: Word[], i: number) =>
  words[i]!.lemma.toLowerCase() === 'grid' && /^\d/.test(words[i + 1]?.text ?? '');

/**
 * Whether a common noun, a kind of the asked noun, is no kind of it as the question qualifies it: "which *insurgent*
 * group?" asks a group of insurgents, and "truck #3 in *convoy*" names a group of no insurgents. A name may answer (the
 * reports name the group, "the Taliban"); a common noun answers only when the sentence says the qualifier too, or
 * WordNet files it under the qualified noun ("tank", an "armored_vehicle").
 */
function lacksQualifier(words: Word[], w: Word, asks: Asks, lexicon: Lexicon): boolean {
  if (w.pos !== 'NOUN' || !asks.instanceOf) return false;
  const question = asks.reading?.words ?? [];
  const head = question.findIndex((q) => q.pos === 'NOUN' && q.lemma.toLowerCase() === asks.instanceOf);
  let first = head;
  while (first > 0 && ['ADJ', 'NOUN'].includes(question[first - 1]!.pos)) first--;
  const qualifiers = head < 0 ? [] : question.slice(first, head);
  const lemma = w.lemma.toLowerCase();
  return qualifiers.some(
    (q) =>
      !words.some((s) => s.lemma.toLowerCase() === q.lemma.toLowerCase()) &&
      !lexicon.isA(lemma, `${q.lemma.toLowerCase()}_${asks.instanceOf}`),
  );
}

/** WordNet's classes of what happens, not of a thing: "accident", "strike", "attack". */
const HAPPENINGS = new Set(['noun.event', 'noun.act']);

/**
 * Whether a noun of the kind asked only says what kind of happening the noun after it is: "CAR ACCIDENT IVO MUR SHEK"
 * is an accident, and names no vehicle for "what vehicle overturned?".
 */
const kindOfEvent = (words: Word[], i: number, lexicon: Lexicon) => {
  const next = words[i + 1];
  return next?.pos === 'NOUN' && HAPPENINGS.has(lexicon.filedUnder(next.lemma.toLowerCase(), 'noun') ?? '');
};

/** Whether WordNet files a noun first as an attribute, a quality things have ("colour", "size"). */
const isAttribute = (noun: string, lexicon: Lexicon) => lexicon.filedUnder(noun, 'noun') === 'noun.attribute';

/**
 * Whether a name after a preposition stands in a sentence counting the X a "which X" asks among ("*3x Detainees*
 * transferred into BTIF from *TF 373*" for "which of the detainees…?"): the sentence tells how many X there were, and
 * a name in its prepositional phrases where they went or came from, a unit or a place, not which X; a name apposed to
 * the X ("2x soldiers, SGT Smith and …") has no preposition before it.
 */
function namesWhereCounted(words: Word[], s: KindSpan, of: string, lexicon: Lexicon): boolean {
  const counted = words.some((w, i) => isAskedNoun(w, of, lexicon) && countBefore(words, i));
  // The span may be the last word of a name ("TF *Paladin*"): its preposition stands before the whole name.
  let a = wordsAt(words, s.start, s.end)[0];
  while (words[a - 1]?.pos === 'PROPN') a--;
  return counted && words[prepositionOf(words, a)]?.pos === 'ADP';
}

/** Whether a number counts the noun at `i`, bare or as the War Diary writes it: "3 detainees", "3x", "2 x". */
const countBefore = (words: Word[], i: number) =>
  words[i - 1]?.pos === 'NUM' ||
  WAR_DIARY_COUNT.test(words[i - 1]?.text ?? '') ||
  (/^x$/i.test(words[i - 1]?.text ?? '') && words[i - 2]?.pos === 'NUM');

/** Whether a word of a sentence is the noun a "what X" question asks (`of`, in base form): "Shells" for "shell". */
const isAskedNoun = (word: Word, of: string, lexicon: Lexicon) =>
  isNoun(word) &&
  (word.lemma.toLowerCase() === of || lexicon.baseForms(word.text.toLowerCase(), 'noun').some((f) => f.lemma === of));

/**
 * Where a sentence says the asked noun itself in a parenthesis, the phrase before it, named as one of its kind ("1x *AO
 * 2,5* (submunition)" for "what submunition?", slots.ts): the reports name a thing's model, a name WordNet lacks, and
 * say in brackets what it is; only standing so does such a name tell its kind. Which of a place's sides is named so
 * too, by its direction (sidesNamed).
 */
function kindsNamed(words: Word[], of: string, asked: (w: Word) => boolean, lexicon: Lexicon): KindSpan[] {
  const named = words.flatMap((w, i) => {
    const found = asked(w) && isAskedNoun(w, of, lexicon) ? kindNamedAhead(words, i, asked) : undefined;
    return found
      ? [{ kind: 'instance' as const, start: words[found[0]]!.start, end: words[found[1]]!.end, strength: 1 }]
      : [];
  });
  return [...named, ...sidesNamed(words, of, asked, lexicon)];
}

/** How close WordNet brings a synonym of the commonest sense of a noun ("route" of "road"). */
const SYNONYM = 0.7;

/**
 * The words naming the noun a "which/what X" question asks: X as the question's words are read (`focus`), or a word
 * WordNet gives as X in its commonest sense ("along *Route* Viper" for "what road"): the name beside it says which X.
 */
const namingAsked = (focus: (w: Word) => boolean, of: string, lexicon: Lexicon) => (w: Word) =>
  focus(w) || lexicon.related(of, 'noun').some((r) => r.weight >= SYNONYM && r.word === w.lemma.toLowerCase());

/**
 * The codes a sentence gives beside the noun a "which/what X" question asks (`focus`: X in any form the question's
 * words are read in, "UAV" for "drone"), codeBeside: "UAV *KZO*" for "which drone?", "*76mm HE* Shells" for "what
 * shells?"; a name after "of" too ("a sample *of Iranian C4*") where X asks no one (`afterOf`).
 */
function codesNamed(
  words: Word[],
  focus: (w: Word) => boolean,
  asked: (w: Word) => boolean,
  lexicon: Lexicon,
  afterOf: boolean,
) {
  const known = knownTo(lexicon);
  return words.flatMap((w, i) => {
    const found = isNoun(w) && focus(w) ? codeBeside(words, i, asked, known, afterOf) : undefined;
    return found ? [modelSpan(words, found)] : [];
  });
}

/**
 * The detention logs name a detainee by the internment serial number issued to him, "ISN" and its number: "*ISN 3264*
 * is in the CSH", "Two detainees at the CSH, (*ISN 3717*, 4060)". Asked "which detainee…?" or "who…?", that is the
 * person's name, as a name WordNet knows would be; a number the question gives ("when ISNs 4144 to 4146 were issued")
 * names no one it does not already name. The span takes the first number not asked, after the tagger's "'s" ("ISN's").
 */
function serialsNamed(words: Word[], asked: (w: Word) => boolean, kind: AnswerKind): KindSpan[] {
  return words.flatMap((w, i) => {
    if (!SERIAL.test(w.text)) return [];
    const k = words[i + 1]?.text === "'s" ? i + 2 : i + 1;
    const number = words[k];
    // One of a list ("(ISN 3717, 4060)") is dropped with any name so ended, in `answering` (oneOfListed).
    if (number?.pos !== 'NUM' || asked(number)) return [];
    return [{ kind, start: w.start, end: number.end, strength: 1 }];
  });
}

/** Whether a name ends on a number run on into a list ("(ISN 3717, 4060)"): one of several named together. */
function oneOfListed(words: Word[], inside: Word[]): boolean {
  const last = inside.at(-1);
  return last?.pos === 'NUM' && listedOn(words, words.indexOf(last));
}

/**
 * Whether a number runs on into a list of numbers ("(ISN 3717*, 4060*)", "ISNs 20038 *and 20007*"): the list names
 * several detainees together, one of which is no answer to "which detainee…?" — marking one would pick where the
 * sentence does not.
 */
const listedOn = (words: Word[], k: number) =>
  [',', 'and', '&'].includes(words[k + 1]?.text.toLowerCase() ?? '') && words[k + 2]?.pos === 'NUM';

/** The War Diary's internment serial number, as written before the number: "ISN", "ISNs", "ISN's". */
export const SERIAL = /^ISNs?$/i;

/**
 * Whether a span is a lone noun WordNet files among people: "1 x *Detainee*". Its base form is WordNet's, not the
 * tagger's lemma: a plural the log writes with a capital is read as a name and keeps its "-s" ("2x *Detainees*
 * transferred into BTIF by TF 373"), yet it names the detainees, not the unit that sent them.
 */
const personNoun = (inside: Word[], lexicon: Lexicon) =>
  inside.length === 1 && lexicon.filedUnder(nounBase(inside[0]!, lexicon), 'noun') === 'noun.person';

/**
 * Whether a span is a designation, capitals and a number ("from *TF 3-73*", "*C/S 11A*", "*TF 373*"): the War Diary
 * names a unit or a call sign so, never a person, save by the internment serial ("ISN 1503"), so it is no answer to
 * "which X" of X a kind of person ("which two detainees…?") by WordNet's first sense: "the *count* at BTIF" is no
 * nobleman, and a task force's name is a rival of its headcount.
 */
const designation = (inside: Word[], instanceOf: string, lexicon: Lexicon) =>
  lexicon.filedUnder(instanceOf, 'noun') === 'noun.person' &&
  inside.length === 2 &&
  /^[A-Z]{2,}$/.test(inside[0]!.text) &&
  !SERIAL.test(inside[0]!.text) &&
  /^\d/.test(inside[1]!.text);

/**
 * Whether a span is only the question's own "which X" noun, misspelt by a letter as the War Diary often writes it
 * ("1x *Detainne* was transferred" for "which detainees…?"): it says again what is asked, not which one.
 */
const restatesNoun = (inside: Word[], instanceOf: string) =>
  inside.length === 1 && spellsName(inside[0]!.text, instanceOf);

/** A noun's base form as WordNet reads it ("Detainees": "detainee"), else the tagger's lemma. */
export const nounBase = (word: Word, lexicon: Lexicon) =>
  lexicon.baseForms(word.text.toLowerCase(), 'noun')[0]?.lemma ?? word.lemma.toLowerCase();

/** Whether a question asks who: "who…?", or "which X" of X a kind of person ("which detainee…?"). */
const asksPerson = ({ reading, instanceOf }: Asks, lexicon: Lexicon) =>
  instanceOf ? lexicon.isA(instanceOf, 'person') : reading?.words[0]?.lemma.toLowerCase() === 'who';

/** Whether WordNet knows a word as written: a code it lacks may be a model's name (codeBeside). */
const knownTo = (lexicon: Lexicon) => (w: Word) => lexicon.senses(w.text.toLowerCase()).length > 0;

/** The span of a model's code found from word `found[0]` to `found[1]`: an instance of the X asked. */
const modelSpan = (words: Word[], found: [number, number]): KindSpan => ({
  kind: 'instance',
  start: words[found[0]]!.start,
  end: words[found[1]]!.end,
  strength: 1,
  model: true,
});

/**
 * The codes a sentence writes right after a broader noun than the thing X a "which X" question asks: "TF NO MERCY
 * aircraft *EDDY 53*" for "which helicopters?" — the reports give an aircraft's or a vehicle's call sign, a name and
 * its number, after the noun for its class. Only after it, and with a number: "Transport *PLT*" names a platoon, not
 * a vehicle; a calibre before a broad noun ("120mm *weapon*") names no model of X.
 */
function codesAfterBroader(words: Word[], of: string, asked: (w: Word) => boolean, lexicon: Lexicon): KindSpan[] {
  const known = knownTo(lexicon);
  return words.flatMap((w, i) => {
    if (!isNoun(w) || asked(w) || !lexicon.isA(of, w.lemma.toLowerCase())) return [];
    const found = codeBeside(words, i, asked, known);
    return found && found[0] > i && words.slice(found[0], found[1] + 1).some((c) => /\d/.test(c.text))
      ? [modelSpan(words, found)]
      : [];
  });
}

/**
 * Whether a "what X" question asks a weapon: X a weapon, or of WordNet's weaponry ("artillery", "mortar", which it
 * files as armament, not under "weapon").
 */
const asksWeapon = (of: string, lexicon: Lexicon) =>
  of === 'weapon' || lexicon.isA(of, 'weapon') || lexicon.isA(of, 'weaponry');

/**
 * The calibres a sentence names a weapon by, heading their phrase: "*155mm* was called in", "engaging with *120mm*" —
 * the reports name a gun, a mortar or a howitzer by its bore. Not one before a noun, which says that thing's calibre
 * ("81mm *rounds*"), nor one the question gives.
 */
function calibresHeading(words: Word[], asked: (w: Word) => boolean): KindSpan[] {
  return words.flatMap((w, i) => {
    const last = calibreEnd(words, i);
    if (last === undefined || asked(w)) return [];
    // Nor one closing a bracket, which gives the calibre of the thing before it: "the machine gun (MG3 - *7,62 mm*)".
    return isNoun(words[last + 1]) || words[last + 1]?.text === ')'
      ? []
      : [{ kind: 'instance' as const, start: w.start, end: words[last]!.end, strength: 1, model: true }];
  });
}

/** The prepositions English names a tool by, right after the verb it is used in: "fired *by* HK G36". */
const TOOL_AFTER = new Set(['with', 'by']);

/**
 * The weapons a sentence names by code after a verb of fighting and its "with" or "by", for a "what gun / which weapon"
 * question: "1x shot fired *by HK G36 5,56mm*" — the reports name a weapon by its model's letters or number, which
 * WordNet lacks, and English says what an act was done with so. Only codes heading their phrase, of names the question
 * lacks (fights says which verbs).
 */
function weaponsWielded(words: Word[], asked: (w: Word) => boolean, lexicon: Lexicon): KindSpan[] {
  const known = knownTo(lexicon);
  const code = (w: Word) => /\d/.test(w.text) || (/^[A-Z]{2,}$/.test(w.text) && !known(w));
  // A model's words, its number, "and" between two, and a calibre's unit after its number ("5,56 *mm*").
  const goesOn = (k: number) =>
    ['PROPN', 'NUM', 'CCONJ'].includes(words[k]?.pos ?? '') ||
    (words[k]?.pos === 'NOUN' && words[k - 1]?.pos === 'NUM');
  return words.flatMap((w, i) => {
    if (!TOOL_AFTER.has(w.lemma.toLowerCase()) || !fights(words[i - 1], lexicon)) return [];
    let last = i;
    while (last - i < CODE_WORDS && goesOn(last + 1)) last++;
    while (last > i && words[last]!.pos === 'CCONJ') last--;
    const named = words.slice(i + 1, last + 1);
    // A code before a common noun only qualifies it: "engaged by *RPG* fire" says the fire's kind.
    const heads = !isNoun(words[last + 1]);
    return heads && named.some(code) && !named.every(asked)
      ? [{ kind: 'instance' as const, start: words[i + 1]!.start, end: words[last]!.end, strength: 1 }]
      : [];
  });
}

/** How many words may stand between a thing's noun and the "was" saying which it is: "the weapon *used there* was". */
const SUBJECT_WORDS = 6;

/**
 * The model a sentence says a thing X, or a broader thing it names X by, to be: "it is assessed that the weapon used in
 * the engagement was *a RPK*" for "what gun…?" — English says which one a thing was with "be" and an article before
 * a name. Only a name or a code WordNet lacks: "the vehicle was a total loss" says no model.
 */
function modelsSaidToBe(words: Word[], of: string, asked: (w: Word) => boolean, lexicon: Lexicon): KindSpan[] {
  const known = knownTo(lexicon);
  const names = (w: Word | undefined) => !!w && (w.pos === 'PROPN' || w.pos === 'NOUN') && !known(w) && !asked(w);
  return words.flatMap((w, i) => {
    if (!isNoun(w) || !(isAskedNoun(w, of, lexicon) || lexicon.isA(of, w.lemma.toLowerCase()))) return [];
    const clause = words.slice(i + 1, i + 1 + SUBJECT_WORDS);
    const end = clause.findIndex((c) => c.pos === 'PUNCT');
    const be = clause.slice(0, end < 0 ? undefined : end).findIndex((c) => c.lemma === 'be');
    if (be < 0) return [];
    const k = i + 1 + be + 1;
    if (words[k]?.pos !== 'DET' || !names(words[k + 1])) return [];
    let last = k + 1;
    while (names(words[last + 1]) || (last > k + 1 && words[last + 1]?.pos === 'NUM')) last++;
    return [{ kind: 'instance' as const, start: words[k + 1]!.start, end: words[last]!.end, strength: 1, model: true }];
  });
}

/** How many adverbs may stand between a counted model and the act told of it: "1x MUNGO *heavily* damaged". */
const ADVERBS_BETWEEN = 1;

/**
 * The models a report counts and then tells the question's own act of: "1x *MUNGO* heavily damaged" for "what vehicle
 * was damaged?" — the War Diary counts things with "1x" or "2 x" before their name, and a name in capitals WordNet
 * lacks right after the count is a model's; the participle of the act asked, right after it, says it is the X the act
 * was done to. Only names the question lacks.
 */
function modelsCounted(
  words: Word[],
  question: Word[] = [],
  asked: (w: Word) => boolean,
  lexicon: Lexicon,
): KindSpan[] {
  const known = knownTo(lexicon);
  const acted = new Set(question.filter((w) => w.pos === 'VERB').map((w) => w.lemma.toLowerCase()));
  const counted = (k: number) =>
    WAR_DIARY_COUNT.test(words[k]?.text ?? '') || (words[k]?.text.toLowerCase() === 'x' && words[k - 1]?.pos === 'NUM');
  return words.flatMap((w, i) => {
    if (!counted(i - 1) || !/^[A-Z]{3,}$/.test(w.text) || known(w) || asked(w)) return [];
    let k = i + 1;
    while (k - i - 1 < ADVERBS_BETWEEN && words[k]?.pos === 'ADV') k++;
    return acted.has(words[k]?.lemma.toLowerCase() ?? '') ? [modelSpan(words, [i, i])] : [];
  });
}

/**
 * The models a sentence names a thing X by, said to be it, held or operated, or counted and told the act asked of
 * (modelsSaidToBe, modelsHeld, modelsCounted).
 */
const modelsOf = (words: Word[], of: string, asks: Asks, asked: (w: Word) => boolean, lexicon: Lexicon) => [
  ...modelsSaidToBe(words, of, asked, lexicon),
  ...modelsHeld(words, of, asked, lexicon),
  ...modelsCounted(words, asks.reading?.words, asked, lexicon),
];

/** The verbs English says one operates a craft in, its object the craft: "driving an ATF Dingo", "flew a CH-47". */
const OPERATING = new Set(['drive', 'fly', 'pilot', 'ride', 'steer']);
/** WordNet's class of what carries people or goods: vehicles, aircraft, boats. */
const CRAFT = 'conveyance';

/**
 * The things a sentence names by model as what someone holds or operates, for a "what X" question asking a thing: a
 * model's code WordNet lacks after a possessive ("A DEU soldier pieced *his MP7*": English says whose a thing is so,
 * and the code is the thing itself); for a craft asked, the name after a verb of operating one ("A DEU patrol driving
 * *an ATF Dingo* struck an IED"). Only names the question lacks.
 */
function modelsHeld(words: Word[], of: string, asked: (w: Word) => boolean, lexicon: Lexicon): KindSpan[] {
  const known = knownTo(lexicon);
  const craft = of === 'vehicle' || lexicon.isA(of, CRAFT);
  const span = (a: number, b: number): KindSpan[] =>
    words.slice(a, b + 1).some((w) => !asked(w))
      ? [{ kind: 'instance', start: words[a]!.start, end: words[b]!.end, strength: 1, model: true }]
      : [];
  return words.flatMap((w, i) => {
    const next = words[i + 1];
    if (POSSESSIVES.has(w.text.toLowerCase()) && next && MODEL_CODE.test(next.text) && !known(next))
      return span(i + 1, i + 1);
    if (!craft || w.pos !== 'VERB' || !OPERATING.has(w.lemma.toLowerCase())) return [];
    const first = words[i + 1]?.pos === 'DET' ? i + 2 : i + 1;
    let last = first - 1;
    while (last - first < NAME_BEFORE && ['PROPN', 'NUM'].includes(words[last + 1]?.pos ?? '')) last++;
    // A name before a common noun only says whose or what make the noun's thing is: "driving a *Toyota* truck".
    return last >= first && words[first]!.pos === 'PROPN' && !isNoun(words[last + 1]) ? span(first, last) : [];
  });
}

/**
 * Whether a word is a verb WordNet files first among fighting or striking: a weapon is named after those, a partner
 * after others ("cooperating *with TFK and TF31*"). So is one whose commonest senses WordNet names as a military
 * action: "5 x INS engaged *with SAF and PKM*" — an engagement is a battle, though WordNet files "engage" first among
 * social acts ("engage in").
 */
export const fights = (w: Word | undefined, lexicon: Lexicon) => w?.pos === 'VERB' && fightsAs(w.lemma, lexicon);

/** Whether a verb's base form is one of fighting or striking (fights): "fire", "attack"; "hit", "strike". */
export const fightsAs = (lemma: string, lexicon: Lexicon) =>
  lexicon.filedUnder(lemma, 'verb') === 'verb.contact' || battles(lemma, lexicon);

/**
 * Whether a verb's base form is one of fighting itself, not of striking or touching ("hit", but also "mark", "cover"):
 * filed first among competing ("fire", "attack"), or naming a military action ("engage": an engagement).
 */
export const battles = (lemma: string, lexicon: Lexicon) =>
  lexicon.filedUnder(lemma, 'verb') === 'verb.competition' ||
  [...derivedActs(lemma.toLowerCase(), lexicon, false)].some((n) => lexicon.isA(n, MILITARY_ACTION));

/** WordNet's class of battles and engagements: "engagement", "battle", "raid". */
const MILITARY_ACTION = 'military_action';

/** How many words a weapon's code may run to: "HK G36 5,56 mm". */
const CODE_WORDS = 5;

/** How many words of a name may stand before the thing they name: "*Toyota Hilux* pickup". */
const NAME_BEFORE = 2;

/**
 * Whether a name before a thing's noun is WordNet's word for a class of its owners or users, people or a group of them
 * ("Police" vehicle, "Army" truck), not the thing's name. A name WordNet knows first as one person only is no class
 * that owns things: "1x *FUCHS* vehicle damaged" names the model, though WordNet knows a Fuchs (the physicist).
 */
const ownerClass = (x: Word, lexicon: Lexicon) => {
  const first = lexicon.senses(x.lemma.toLowerCase(), 'noun')[0];
  return !!first && PEOPLE_FILES.has(first.lexname) && !namesPerson(first);
};

/** How many nouns may stand before X classing it: "*rotary wing* aircraft". */
const CLASSING_NOUNS = 2;

/** Whether the noun of "what N of X" asks a kind of X: "kind", "sort", "type", "model". */
const asksKindOf = (noun: string, lexicon: Lexicon) =>
  lexicon.isA(noun, 'kind') || lexicon.senses(noun, 'noun')[0]?.words.includes('kind') === true;

/** A model's code: letters and a number in one word ("OH-58", "OH58D", "M1114"), no grid or count. */
const MODEL_CODE = /^(?=.*\d)(?=.*[A-Z])[A-Z\d-]{3,}$/;

/**
 * The model the reports give in brackets right after a call sign, a name and its number: "C/S SHAMUS *(OH-58)*
 * observed 4 x INS", "SWT AZREAL 56 *(OH58D)*" — the aircraft or vehicle the call sign is, for "which helicopter?".
 * Only one word of capitals and digits alone in the bracket, after a name the question lacks: "(42S VF 844 583)" is a
 * grid, "(DEU)" a nation.
 */
function modelsOfCallSign(words: Word[], asked: (w: Word) => boolean): KindSpan[] {
  return words.flatMap((w, i) => {
    const [before, code, close] = [words[i - 1], words[i + 1], words[i + 2]];
    const named = before?.pos === 'PROPN' || (before?.pos === 'NUM' && words[i - 2]?.pos === 'PROPN');
    return w.text === '(' && named && !asked(before!) && close?.text === ')' && MODEL_CODE.test(code!.text)
      ? [modelSpan(words, [i + 1, i + 1])]
      : [];
  });
}

/**
 * The nouns a report puts before the X a "what kind of X?" question asks, classing it: "An unidentified *rotary wing*
 * aircraft was engaged" (English compounds a noun with another to say which kind it is). Only nouns of things
 * (thing-asked.ts): not those who own or use it ("Police vehicle"), nor a place in the formation ("the *lead*
 * aircraft", an attribute).
 */
function kindsCompounded(words: Word[], of: string, asked: (w: Word) => boolean, lexicon: Lexicon): KindSpan[] {
  const classes = (x: Word | undefined) => x?.pos === 'NOUN' && !asked(x) && asksThing(x.lemma.toLowerCase(), lexicon);
  return words.flatMap((w, i) => {
    if (!isAskedNoun(w, of, lexicon)) return [];
    let first = i;
    while (first > 0 && i - first < CLASSING_NOUNS && classes(words[first - 1])) first--;
    return first < i
      ? [{ kind: 'instance' as const, start: words[first]!.start, end: words[i - 1]!.end, strength: 1 }]
      : [];
  });
}

/**
 * The name the reports write right before the noun for a thing, past the question's own words qualifying it ("1x *FOX*
 * vehicle flipped into river", "A *MILAN* ANTI-TANK WEAPON WAS USED" for "what anti-tank weapon?"): a model's name in
 * the place of an adjective says which X, whatever else WordNet knows by it (a fox, a city). Not a name of those who
 * own or use it ("Police vehicle"); a glossary's name for a group or a country ("ANP vehicle", "DEU vehicle"), or for a
 * class of X ("the *AAA* gun"), is left out where the span is weighed (typed.ts, someoneForThing).
 */
function namesBeforeThing(
  words: Word[],
  focus: (w: Word) => boolean,
  asked: (w: Word) => boolean,
  lexicon: Lexicon,
): KindSpan[] {
  return words.flatMap((w, i) => {
    // A bracket after the noun names it more closely: "ONE TACTICAL FOX VEHICLE (*JAMMER CG-20*)" (codesNamed).
    if (!isNoun(w) || !focus(w) || words[i + 1]?.text === '(') return [];
    let last = i - 1;
    while (last >= 0 && asked(words[last]!) && isNoun(words[last])) last--;
    let first = last + 1;
    const names = (x: Word | undefined) => !!x && isNamed(x) && !asked(x) && !ownerClass(x, lexicon);
    while (first > 0 && last - first + 1 < NAME_BEFORE && names(words[first - 1])) first--;
    return first <= last ? [modelSpan(words, [first, last])] : [];
  });
}

/** How many words after X an "except" may name the one of them left out: "sensitive items recovered *except*". */
const EXCEPT_WITHIN = 3;

/**
 * The one a sentence leaves out of the X it tells of, for a "which X was *not* V-ed?" question: "sensitive items
 * recovered except *a DUKE*" — what English puts after "except" is the one of them the act did not reach. The phrase
 * after it, past its article, as an instance of X.
 */
function exceptedOf(words: Word[], of: string, lexicon: Lexicon, asked: (w: Word) => boolean): KindSpan[] {
  return words.flatMap((w, i) => {
    if (w.lemma.toLowerCase() !== 'except') return [];
    const told = words.slice(Math.max(0, i - EXCEPT_WITHIN), i).some((x) => isAskedNoun(x, of, lexicon));
    let first = i + 1;
    while (words[first]?.pos === 'DET') first++;
    let last = first - 1;
    while (IN_PHRASE.has(words[last + 1]?.pos ?? '') && words[last + 1]!.pos !== 'DET') last++;
    const named = words.slice(first, last + 1).filter((x) => NOMINAL.has(x.pos));
    return told && named.length && !named.every(asked)
      ? [{ kind: 'instance' as const, start: words[first]!.start, end: words[last]!.end, strength: 1 }]
      : [];
  });
}

/**
 * The noun a "what kind of X?" question asks the kind by ("kind", "type", "sort", "model"): the one between its wh-word
 * and "of".
 */
function kindAsked({ reading }: Asks): string | undefined {
  const words = reading?.words ?? [];
  const at = words.findIndex((w) => w.lemma === 'what' || w.lemma === 'which');
  const noun = words[at + 1];
  return at >= 0 && noun?.pos === 'NOUN' && words[at + 2]?.lemma === 'of' ? noun.lemma.toLowerCase() : undefined;
}

/** Whether a word names the kind a question asks by: the same noun, or one WordNet brings close ("Type" for "kind"). */
const namesKind = (w: Word, kind: string, lexicon: Lexicon) => {
  const lemma = w.lemma.toLowerCase();
  const close = (a: string, b: string) =>
    lexicon.related(a, 'noun').some((r) => r.word === b && r.weight >= KIND_CLOSE);
  return lemma === kind || close(lemma, kind) || close(kind, lemma);
};
/** How close WordNet must bring a label's noun to the question's: "type" to "kind", a broader word, 0.4. */
const KIND_CLOSE = 0.4;

/**
 * Whether what a "what X did they V?" question's verb acts on can be the thing X (thing-asked.ts): its head is a name
 * or a model WordNet lacks ("MB(*WOLF*)" read as WordNet's animal all the same), or a noun it files first as a physical
 * thing. "After losing *connection*" is no drone, though the question asks what was lost.
 */
function endsInThing(words: Word[], span: KindSpan, lexicon: Lexicon): boolean {
  const [, last] = wordsAt(words, span.start, span.end);
  const head = words[last]!;
  return !lexicon.senses(head.lemma, 'noun').length || asksThing(head.lemma, lexicon);
}

/**
 * A phrase of any kind but a time ends before a date the reader finds after it: "INS installing the mines and *IEDs*
 * yesterday" names the devices, and "yesterday" says when, not what or who.
 */
function shortOfDate(words: Word[], span: KindSpan, dated: Entity[]): KindSpan {
  if (span.kind === 'time') return span;
  const date = dated.find((e) => e.start > span.start && e.start < span.end);
  const last = date && words.filter((w) => w.end <= date.start && w.start >= span.start).at(-1);
  return last ? { ...span, end: last.end } : span;
}

/**
 * The grid references said after "at", "IVO"… (gridPlaceEndingAt), as places where the question asks "where", the
 * sentence tells where (`whereTold`): of a common noun's strength, for a grid names no kind of place, so it never
 * answers "which village" nor "toward which border". Every one, as itself, when the question asks "what grid"
 * (gridsNamed). Asked where from, only one said as where from (gridOriginEndingAt). Read first, so that of two
 * places as sure from one word it is the whole reference, not its label's noun and what follows ("IVO *GRID 42SWD
 * 12345 67890*", not "*GRID 42*").
 */
function gridPlaces(words: Word[], text: string, asks: Asks, whereTold: boolean): KindSpan[] {
  if (asks.instanceOf === GRID) return gridsNamed(words);
  if (!whereTold || !asks.expects.has('place') || asks.instanceOf) return [];
  const origin = asksOrigin(asks);
  return words.flatMap((w, i) => {
    const first = origin ? gridOriginEndingAt(words, i) : gridPlaceEndingAt(words, i, text);
    return first < 0 ? [] : [{ kind: 'place' as const, start: words[first]!.start, end: w.end, strength: COMMON_NOUN }];
  });
}

/**
 * The grid references a sentence names, each whole, as the instances a "what grid" question asks: the War Diary places
 * a thing by its grid wherever in the sentence it writes it ("a black TOYOTA … while conducting a convoy at *42SWD 115
 * 188*", "MGRS Location of Drop: *42SYD2960099000*", "BEL OMLT WERE AT POSITION *WF 092 611*"). Read first, so that
 * the whole reference is taken, not the word "grid" before it.
 */
function gridsNamed(words: Word[]): KindSpan[] {
  return words.flatMap((w, i) => {
    const whole = wholeGridEndingAt(words, i);
    const first = whole < 0 ? squareGridEndingAt(words, i) : whole;
    return first < 0 ? [] : [{ kind: 'instance' as const, start: words[first]!.start, end: w.end, strength: 1 }];
  });
}
/** The noun a question asking a grid reference asks an instance of: "what grid", "MGRS grid". */
const GRID = 'grid';

function spanOf(words: Word[], first: number, last: number, kind: AnswerKind, strength: number): KindSpan {
  const [a, b] = phraseOf(words, first, last, kind);
  return { kind, start: words[a]!.start, end: words[b]!.end, strength };
}
