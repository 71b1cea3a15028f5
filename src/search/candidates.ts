/**
 * The candidate sentences an answer is chosen among (Candidate): the reports read, each sentence of theirs that holds
 * some of the question with the share of it that the sentence and its report hold, the terms a text is read in, and
 * the sentence read with the one after it when that one answers (answeredAfter), and the one telling what followed a
 * question's scene (doneNext).
 */
import { MONTH_NAMES } from '../corpus/calendar.ts';
import { firstWhere } from '../sorted.ts';
import { dayNamed, daysWritten } from './dates.ts';
import { describedStems } from './described.ts';
import { destinationStems } from './destinations.ts';
import { analyze, passagesAt, type Analysis, type SearchIndex } from './index.ts';
import type { KindSpan } from './kinds.ts';
import type { Glossary } from './glossary.ts';
import { lexicon, type Lexicon } from './lexicon.ts';
import { read, type Word } from './nlp.ts';
import { statesCause } from './reasons.ts';
import { harmAsked, namesHarmIn } from './casualty-lines.ts';
import { escapeRegExp } from './read-as.ts';
import { clauseEnd } from './slots.ts';
import type { Passage, PassageRole } from './passages.ts';
import { phrasalStems } from './phrasal.ts';
import { adjectiveOnlyStems, writtenAsParticiples } from './homographs.ts';
import { inUnits } from './measures.ts';
import { endsQuantity } from './quantities.ts';
import type { ParsedQuery } from './query.ts';
import { wordOfToken, type Question } from './question.ts';
import { searchReports, type ReportHit } from './rank.ts';
import { spelledBy } from './spelled.ts';
import { isIndexable, sentences, tokenize, type Token } from './text.ts';
import { type Weighed, holds, stepped, stepsAbove } from './weighed.ts';

/** The report's own words answer best; the article's words about it next; its opinions last. */
const ROLE_WEIGHT: Record<PassageRole, number> = { quote: 1, paraphrase: 0.95, commentary: 0.85 };
const CANDIDATE_REPORTS = 10;
/** Reports found by the question's rarest words alone (rareSearch) read beside those. */
const RARE_REPORTS = 3;
/** How many reports of the day a question names are read besides. */
const DATED_REPORTS = 2;
/**
 * How many reports of the day's month are searched for one naming the day: a month of the detention facility's
 * reports holds many alike in words ("1x detainee was transferred into the BTIF from TF 373 on 301143ZOCT09").
 */
const DATED_READ = 40;

/** A question word found elsewhere in the sentence's report counts this much of being in the sentence. */
const CONTEXT = 0.4;
/**
 * A name WordNet does not know, found elsewhere in the sentence's report, counts this much: the name says which report
 * the question is about ("near Meng Derakht"), and each of its sentences is about what the name names — in a long
 * report, its last passage as much as its first, when the sentence names none of the question's names itself.
 */
const NAMED = 0.9;

/** Share of a text's words another must hold to say the same. */
const SAME_WORDS = 0.8;

/** Words that point back to what the sentence before named: that sentence is quoted too. */
const REFERS_BACK = new RegExp(
  '^(?:(?:also|and|but|then|however|separately|moreover|meanwhile),?\\s+)?' +
    '(?:they|he|she|it|its|their|this|these|those|the same|such|both)\\b',
  'i',
);
/** A question word in a referring sentence's context counts this much: the sentence is about what its context names. */
const REFERRED = 0.8;

export interface Candidate {
  hit: ReportHit;
  passage: Passage;
  start: number;
  end: number;
  text: string;
  /** Shares of the question's weight held by the text itself, and with its report. */
  own: number;
  all: number;
  /**
   * The share held by the text itself, a name of the question its report writes beside it or before it counted as said
   * (NAMED): the name says which event the question is about, and the sentences after it go on telling that event.
   */
  ownWithNames: number;
  /** How fully each unit is held, in the text or (less) its report. */
  held: number[];
  /** How fully the text's own words hold each unit, a name its report writes beside it counted as said (NAMED). */
  said: number[];
  /**
   * How fully the text itself holds the unit it holds best: a definition's word alone does not relate it to the
   * question.
   */
  closest: number;
  /** How fully each unit is held anywhere in the report, its title and places included. */
  inReport: number[];
  score: number;
  /** Offsets (in the passage) of the question's words found in the text. */
  found: number[];
  kind?: KindSpan;
  /** How near the kind's phrase stands to the question's words in the text (1 when next to them). */
  near?: number;
  /** Whether the kind's phrase names the noun a "which X" question names ("*TURKMENISTAN border*"): surely an X. */
  namesFocus?: boolean;
  /** Where in the text the sentence answering about what the one before names begins (answeredAfter). */
  answerFrom?: number;
}

export interface Terms {
  stems: Set<string>;
  concepts: Set<string>;
  /** Where the question's words stand in the text: what an answer is looked for near. */
  found: number[];
  /** Whether the text states a number in the units of the measure asked (Sought.units). */
  measures: boolean;
}

/** The question's words as a text's are looked up: its stems and bridged words, and its concepts. */
export interface Sought {
  stems: Set<string>;
  concepts: Set<string>;
  /** The concepts the question spells out in its own words (spelled.ts), with the words each spells. */
  spelled: Map<string, Set<string>>;
  /** Stems the question says as amounts: held by a text's amounts too. */
  amounts: Set<string>;
  /**
   * The question's words for soldiers, by stem, each with the word before it saying whose they are ("*German*
   * soldiers"), if any: held by a text's killed or wounded in action (saysInAction) that holds that word too.
   */
  fighters: Map<string, Weighed | undefined>;
  /**
   * The units a "how old / far / long" question's number is said in ("years", "km", "minutes"), if it asks a measure:
   * a sentence stating a number in them states what is asked, though the question's "old" is no word it looks for.
   */
  units?: Set<string>;
  /** Whether the question asks why: a sentence stating a cause states what is asked (statesCause). */
  reasons?: boolean;
  /** The verb of harm a yes/no question asks of: a sentence naming it states what is asked (casualty-lines.ts). */
  harm?: Word;
}
/**
 * Whether a sentence states what is asked though it holds none of its words: a cause, for "why" (statesCause); a line
 * naming the harm, for "was anyone hurt" (namesHarmIn).
 */
const statesSought = (text: string, sought: Sought) =>
  (!!sought.reasons && statesCause(text)) || (!!sought.harm && namesHarmIn(text, sought.harm, lexicon()));

export const NOTHING_SOUGHT: Sought = {
  stems: new Set(),
  concepts: new Set(),
  spelled: new Map(),
  amounts: new Set(),
  fighters: new Map(),
};

/** WordNet's words for soldiers and for the units they serve in. */
const SOLDIERS = 'military_personnel';
const MILITARY = [SOLDIERS, 'military_unit'];

/** Whether WordNet knows a noun as soldiers or a military unit ("the troops", "the platoon"). */
export const isMilitary = (noun: string, words: Lexicon = lexicon()) =>
  MILITARY.some((category) => words.isA(noun, category));

export const soughtOf = (
  units: Weighed[],
  glossary: Glossary,
  written: string[] = [],
  measure?: Set<string>,
  question?: Question,
): Sought => ({
  stems: new Set(units.flatMap((u) => [...u.stems, ...u.related.keys()])),
  concepts: new Set(units.flatMap((u) => (u.conceptId ? [u.conceptId] : []))),
  spelled: spelledBy(units, glossary),
  amounts: new Set(units.flatMap((u) => (u.amount ? u.stems : []))),
  fighters: fightersOf(units, written),
  units: measure,
  reasons: question?.expects.has('reason'),
  harm: question && harmAsked(question),
});

/**
 * The units of a question naming soldiers ("troops", "soldiers"), each with the unit before it, whose they are.
 * `written`: each unit's word as the question writes it. A plural WordNet files as a word of its own is read as
 * written, not by its stem: "troops" is soldiers collectively (military_personnel itself), where "troop" is one unit.
 */
function fightersOf(units: Weighed[], written: string[]): Map<string, Weighed | undefined> {
  const words = lexicon();
  const itself = (k: number) => words.senses(written[k] ?? '', 'noun')[0]?.words.includes(SOLDIERS) ?? false;
  const soldiers = (u: Weighed, k: number) =>
    !u.conceptId && u.stems.length === 1 && (words.isA(u.stems[0]!, SOLDIERS) || itself(k));
  return new Map(units.flatMap((u, k) => (soldiers(u, k) ? [[u.stems[0]!, units[k - 1]] as const] : [])));
}

/**
 * The glossary's "killed in action", "wounded in action" written as such (KIA, WIA, EKIA): said only of those who
 * fight, so a text counting "3 X ISAF/NATO (DEU) KIA" says how many *soldiers* died, as plainly as one writing the
 * word. Not the plain words the glossary files with them: "3 X LNS WOUNDED" are no soldiers.
 */
const saysInAction = (id: string, tokens: Token[], words: Lexicon) =>
  IN_ACTION.test(id) && tokens.every((t) => !words.baseForms(t.norm).length);
/** The glossary's ids of the killed or wounded in action: "killed-in-action", "enemy-wounded-in-action". */
const IN_ACTION = /-in-action$/;
/** The glossary's id of the War Diary's own side, FF. */
const FRIENDLY_FORCES = 'friendly-forces';

export function termsOf(text: string, index: SearchIndex, sought = NOTHING_SOUGHT): Terms {
  return termsIn(analyze(text, index.glossary), 0, text.length, sought);
}

/**
 * The terms of the text between two offsets of an analysed text: a passage is analysed once, not per sentence, and
 * only the tokens between the offsets are read (tokens stand in order and do not overlap).
 */
function termsIn(analysis: Analysis, start: number, end: number, sought = NOTHING_SOUGHT): Terms {
  const tokens = analysis.tokens;
  const first = firstWhere(0, tokens.length, (i) => tokens[i]!.start >= start);
  let last = first;
  while (last < tokens.length && tokens[last]!.end <= end) last++;
  const stems = new Set<string>();
  const found: number[] = [];
  const words = lexicon();
  let measures = false;
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    measures ||= !!sought.units && inUnits(tokens, i, sought.units);
    const isSought = sought.stems.has(t.stem);
    // A sought word that only says how much ("a good *deal* of training") is not what the question names.
    if (isSought && !sought.amounts.has(t.stem) && endsQuantity(tokens, i, words)) continue;
    stems.add(t.stem);
    if (isSought) found.push(t.start - start);
  }
  // Phrases of people in a state, of a movement to somewhere, are read only when sought: each costs WordNet lookups.
  const phrases = [
    ...phrasalStems(tokens, first, last, words),
    ...describedStems(tokens, first, last, words, sought.stems),
    ...destinationStems(tokens, first, last, words, sought.stems),
  ];
  for (const p of phrases) {
    stems.add(p.stem);
    if (sought.stems.has(p.stem)) found.push(p.start - start);
  }
  const concepts = conceptsWithin(analysis.concepts, first, last);
  for (const c of concepts) {
    // A concept the question spells out says the question's words: "EKIA" says "enemy" and "killed".
    const spelled = sought.spelled.get(c.id);
    for (const stem of spelled ?? []) stems.add(stem);
    if (sought.concepts.has(c.id) || spelled) found.push(tokens[c.from]!.start - start);
  }
  const ids = new Set(concepts.map((c) => c.id));
  const inAction = sought.fighters.size
    ? concepts.find((c) => saysInAction(c.id, tokens.slice(c.from, c.to), words))
    : undefined;
  // The War Diary writes the side reporting as FF, friendly forces: "FF … marked the UXO with red color" says what
  // the soldiers did, as plainly as a sentence writing "soldiers".
  const saying = inAction ?? (sought.fighters.size ? concepts.find((c) => c.id === FRIENDLY_FORCES) : undefined);
  if (saying) {
    // "3 X ISAF/NATO (DEU) KIA" says German soldiers, not French ones: the side the question names is written with it.
    for (const [stem, side] of sought.fighters) if (!side || holds(side, stems, ids) > 0) stems.add(stem);
    found.push(tokens[saying.from]!.start - start);
  }
  return { stems, concepts: ids, found, measures };
}

/**
 * The concepts named within tokens `[first, last)`: the glossary finds them in token order, none overlapping, so a
 * sentence's are found by binary search, not by reading all its passage's for each of its sentences.
 */
function conceptsWithin(concepts: Analysis['concepts'], first: number, last: number): Analysis['concepts'] {
  const out: Analysis['concepts'] = [];
  let i = firstWhere(0, concepts.length, (j) => concepts[j]!.from >= first);
  for (; i < concepts.length && concepts[i]!.from < last; i++) if (concepts[i]!.to <= last) out.push(concepts[i]!);
  return out;
}

/**
 * A report's date as a question names it ("in November 2006"): the War Diary writes it only as a date-time group
 * ("211517ZNOV06"), which holds no word of it.
 */
function dateInWords(date: string | null): string {
  const [year, month, day] = date?.split('-') ?? [];
  if (!year || !month) return '';
  return [day && String(Number(day)), MONTH_NAMES[Number(month) - 1], year].filter(Boolean).join(' ');
}

/**
 * Every sentence of a report's passages that holds some of the question, each
 * with the sentence before when it refers back to it ("They were tasked…").
 * What the sentence does not hold may be in its context: the report's title
 * and places, its passage and the passages on either side.
 */
export function candidatesOf(
  hit: ReportHit,
  units: Weighed[],
  total: number,
  index: SearchIndex,
  sought: Sought,
): Candidate[] {
  const report = hit.report;
  const passages = passagesAt(index, hit.position);
  // The days its date-time groups name are the report's dates too: "on 17 June 2009" is the day of "172043ZJUN09".
  const days = daysWritten(passages.map((p) => p.text).join('\n')).map(dateInWords);
  const about = termsOf([report.title, ...report.places, dateInWords(report.date), ...days].join('\n'), index, sought);
  const analyses = passages.map((p) => analyze(p.text, index.glossary));
  const terms = analyses.map((a, p) => termsIn(a, 0, passages[p]!.text.length, sought));
  // How fully each unit is held by the report's title and places, then by each passage in turn: read once, for the
  // report as a whole, each passage's context and what the report wrote before it.
  const heldBy = [about, ...terms].map((t) => units.map((u) => holds(u, t.stems, t.concepts)));
  const most = (rows: number[][]) => units.map((_, k) => Math.max(...rows.map((h) => h[k]!)));
  const inReport = most(heldBy);
  const share = (held: number[]) => held.reduce((sum, h, k) => sum + h * units[k]!.weight, 0) / total;
  const out: Candidate[] = [];
  passages.forEach((passage, p) => {
    // Most passages hold none of the question: their sentences are never read.
    if (!heldBy[p + 1]!.some((h) => h > 0)) return;
    // Its context: the report's title and places, the passage and those on either side.
    const inContext = most([heldBy[0]!, ...heldBy.slice(Math.max(1, p), p + 3)]);
    const before = most(heldBy.slice(0, p + 1));
    const said = sentences(passage.text);
    said.forEach((s, i) => {
      const refers = REFERS_BACK.test(s.text) || (i > 0 && namesAgain(said[i - 1]!.text, s.text));
      const start = refers && i > 0 ? said[i - 1]!.start : s.start;
      const text = passage.text.slice(start, s.end);
      const own = termsIn(analyses[p]!, start, s.end, sought);
      const held = heldIn(units, own, text, index);
      // A sentence stating the measure asked is read though it holds none of the question's words: "how old was
      // detainee ISN 20033 found to be?" is answered by "it was determined CHRONOLOGICIAL AGE IS APPROXIMATELY 16
      // YEARS", the report's other sentences naming the detainee.
      // So is one stating a cause, for a "why" question: "ACCIDENT HAPPENED BECAUSE THE ROAD BROKE AWAY." answers why
      // the Wolf overturned, in a passage telling of it, though it names neither.
      // So is a casualty line, for a yes/no question asking whether anyone came to harm: "NO CASUALTIES.".
      if (!held.some((h) => h > 0) && !own.measures && !statesSought(s.text, sought)) return;
      // A sentence that refers back is about what its context names: that counts nearly as said. So does a name of
      // the question its report holds anywhere, in a sentence naming none of them: one naming another tells the part
      // of the story where that one stands ("…an operation … south-west of Jalalabad" is no part Sherzai tells).
      const namesNone = !units.some((u, k) => u.proper && held[k]! > 0);
      const closest = Math.max(...held);
      const near = held.map((h, k) =>
        Math.max(h, (refers ? REFERRED : units[k]!.name ? NAMED : CONTEXT) * inContext[k]!),
      );
      const withContext = near.map((h, k) => Math.max(h, units[k]!.name && namesNone ? NAMED * inReport[k]! : 0));
      const all = share(withContext);
      // What the sentence's own words say (`said`, read by the gates telling where and what it tells) counts a name
      // only from beside it: a name far off does not put it in the sentence. But the share of the question it holds
      // counts a name its report wrote before it, when the sentence itself says a word of the question: the name set
      // the event the report goes on telling ("1x AC wounded … due to the warning shot", passages after Meng Derakht).
      // A name written only after tells a later item of a long report (a weekly summary's patrol "to SAROBI").
      const ownNamed = held.map((h, k) => (units[k]!.name ? near[k]! : h));
      const setBefore = closest >= 1 && namesNone;
      const ownWithNames = ownNamed.map((h, k) => (units[k]!.name && setBefore ? Math.max(h, NAMED * before[k]!) : h));
      // Among texts holding as much, the shorter says it more plainly.
      const score = all * ROLE_WEIGHT[passage.role] - text.length / 100_000;
      const found = own.found.map((f) => start + f);
      out.push({
        hit,
        passage,
        start,
        end: s.end,
        text,
        own: share(refers ? withContext : held),
        ownWithNames: share(refers ? withContext : ownWithNames),
        all,
        held: withContext,
        said: ownNamed,
        closest,
        inReport,
        score,
        found,
      });
    });
  });
  return out;
}

/** A text's words as saysSame compares them; by stem, each form of a word alike, as two answers are compared. */
export const wordsOf = (text: string, form: 'norm' | 'stem' = 'norm') =>
  new Set(
    tokenize(text)
      .filter(isIndexable)
      .map((t) => t[form]),
  );

/**
 * Whether two texts say the same: nearly all the words of the shorter are in the other (a report's sentence and the
 * article quoting it, in other case or with its sentence before).
 */
export function saysSame(x: Set<string>, y: Set<string>): boolean {
  const [shorter, longer] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const w of shorter) if (longer.has(w)) shared++;
  return shared >= SAME_WORDS * shorter.size;
}

/**
 * The best sentence read with the one after it, when that one answers about what the best names ("LN was on a bike and
 * was side swiped by Mohawk element. LN was ground evacd … to the local hospital"): reports tell an event in one
 * sentence and what came of it in the next. Only when the best names nothing surely of the kind asked, the next names
 * it surely (a name, a number, a date), holds none of the question's words (one holding them is weighed on its own)
 * and goes on about the best's subject (continuesSubject): a sentence about another subject tells another event. A
 * count of what the question counts, said of a noun of quantity (`tallies`), is of the event the best tells, whatever
 * its subject: "ISN 20055 issued. New facility headcount is 703 assigned and 703 present." counts the detainees held
 * after the ISN was issued.
 */
export function answeredAfter(
  best: Candidate,
  units: Weighed[],
  index: SearchIndex,
  typeKind: (c: Candidate) => void,
  answersBelow: (c: Candidate, tied?: boolean) => boolean,
  tallies: (text: string) => boolean = () => false,
): Candidate | undefined {
  if (best.kind?.strength === 1) return undefined;
  const next = sentences(best.passage.text).find((s) => s.start >= best.end);
  if (!next) return undefined;
  const { stems, concepts } = termsOf(next.text, index);
  const holdsSome = units.some((u) => holds(u, stems, concepts) > 0);
  // One holding the question's words may answer with the best when the best names nothing of the kind asked
  // (answersBelow): the War Diary sets the scene in one sentence and says what came of it in the next ("…they suffered
  // a Possible VBIED Strike. No casualties reported, *2x vehicles* damaged"). The best names the event, the next the
  // answer: neither answers alone. Its own words holding the question's tie it to the question, so it need not also say
  // the question's act or main word (answersBelow's `tied`): it says what came of the event in the report's words ("FF
  // marked position and *EOD* will investigate on 09JUN09" for when EOD will "look at" the mine found; "New facility
  // headcount is 646 *assigned* 645 present" after "ISN 4170 assigned" for the assigned number after 4170).
  const tally = !best.kind && tallies(next.text);
  if (!tally && (holdsSome ? !!best.kind : !continuesSubject(best.text, next.text))) return undefined;
  const text = best.passage.text.slice(best.start, next.end);
  const pair: Candidate = { ...best, end: next.end, text, answerFrom: next.start - best.start };
  typeKind(pair);
  return pair.kind?.strength === 1 && (tally || !holdsSome || answersBelow(pair, true)) ? pair : undefined;
}

/**
 * Whether a sentence goes on about the subject of the one before: both open with the same noun, the War Diary's way of
 * naming its subject again ("*LN* was on a bike … *LN* was ground evacd"). A noun the one before only names further on
 * is something else it tells of, its own subject another ("…briefed the Shura on the new neighborhood watch *program*
 * … The *program* can help villagers…"). (One opening by pointing back, "They…", is read with it already: REFERS_BACK.)
 */
function continuesSubject(before: string, sentence: string): boolean {
  const [was, is] = [openingWord(before), openingWord(sentence)];
  return !!is && ['NOUN', 'PROPN'].includes(is.pos) && was?.text.toLowerCase() === is.text.toLowerCase();
}

/** The word a sentence opens with, past its article: the noun naming its subject, when it opens with one. */
export const openingWord = (text: string) => read(text).words.find((w) => w.pos !== 'DET' && w.pos !== 'PUNCT');

/** A sentence opening with "The <noun>" the sentence before named ("…found a cache. The cache contained…"). */
export function namesAgain(before: string, sentence: string): boolean {
  const noun = /^the\s+([a-z]+)/i.exec(sentence)?.[1];
  return !!noun && new RegExp(`\\b${noun}\\b`, 'i').test(before);
}

/**
 * How fully a text's own words hold each unit: by its words, concepts and bridges, or by a verb a step from the
 * question's that the text does not say only as an adjective spelled like it (homographs.ts): "703 assigned / 703
 * *present*" presents nothing. The text is read (tagged) only when it holds a step.
 */
function heldIn(units: Weighed[], own: Terms, text: string, index: SearchIndex): number[] {
  const held = units.map((u) => holds(u, own.stems, own.concepts));
  const steps = units.map((u) => stepped(u, own.stems));
  // A step no closer than the unit's own words or bridges cannot raise it, whatever the tagger reads: the text is
  // tagged only when a step may count, not for each sentence saying the question's own verb.
  if (steps.every((h, k) => h <= held[k]!)) return held;
  // Nor when each verb that may raise a unit is written in a form no bare adjective takes: none is left out below.
  const raising = units.flatMap((u, k) => stepsAbove(u, own.stems, held[k]!));
  if (writtenAsParticiples(text, raising, index)) return units.map((_, k) => Math.max(held[k]!, steps[k]!));
  const verbless = adjectiveOnlyStems(text, index);
  const verbs = verbless.size ? new Set([...own.stems].filter((s) => !verbless.has(s))) : own.stems;
  return units.map((u, k) => Math.max(held[k]!, steps[k]! && stepped(u, verbs)));
}

/**
 * The best reports of the whole question, the best of its rarest words that are not among them, and the best of those
 * dated the day the question names ("moved into the BTIF on *11 September 2009*"): the War Diary writes its day only
 * in date-time groups ("110302ZSEP09"), which hold no word of the question, so the many reports alike in words
 * ("detainees", "BTIF") bury the one of that day.
 */
export function candidateReports(
  index: SearchIndex,
  hits: ReportHit[],
  rare: ParsedQuery | undefined,
  searched?: ParsedQuery,
): ReportHit[] {
  const best = hits.slice(0, CANDIDATE_REPORTS);
  const among = new Set(best.map((h) => h.position));
  const more = rare
    ? searchReports(index, rare, { limit: CANDIDATE_REPORTS }).hits.filter((h) => !among.has(h.position))
    : [];
  const rarer = more.slice(0, RARE_REPORTS);
  rarer.forEach((h) => among.add(h.position));
  return [...best, ...rarer, ...datedReports(index, searched, among)];
}

/**
 * The candidates of the reports writing the day a question names, when any does: the detention logs are near-identical
 * from day to day ("1x detainee was transferred to the BTIF from TF 373 at 202035ZJUN09; ISN 4068 was assigned."), and
 * a report not writing the day asked ("what isn did the tf373 detainee get on 20 june 09") tells another day's event,
 * however many of the question's words it holds.
 */
export function ofDayAsked(
  candidates: Candidate[],
  index: SearchIndex,
  searched: ParsedQuery,
): { candidates: Candidate[]; ofDay: boolean } {
  const day = dayNamed(searched.text);
  if (!day) return { candidates, ofDay: false };
  const positions = new Set(candidates.map((c) => c.hit.position));
  const ofDay = new Set([...positions].filter((p) => writesDay(index, p, day)));
  const dated = candidates.filter((c) => ofDay.has(c.hit.position));
  return dated.length ? { candidates: dated, ofDay: true } : { candidates, ofDay: false };
}

/** A number of four digits or more: an ISN, a grid, a report's number, never a count a question gives of its noun. */
const IDENTIFIER = /^\d{4,}$/;
/** A year: the War Diary writes it in its date-time groups ("111600LTAPR09"), not in digits of its own. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Whether the question's unit `k` is a number naming one thing ("when *20088* came in", "ISN *4134*"): one of four
 * digits or more names one thing whatever stands before it (an asker counts in fewer); a shorter one names only after
 * its noun (weighed.ts numbers: "Nazgul *63*").
 */
export const namesOneThing =
  (units: Weighed[], query: ParsedQuery, question: Question) =>
  (k: number): boolean => {
    const word = wordOfToken(question, query.units[k]!.tokens[0]!);
    const text = word?.text ?? '';
    return word?.pos === 'NUM' && (units[k]!.name || (IDENTIFIER.test(text) && !YEAR.test(text)));
  };

/**
 * The candidates of the reports writing the most of the numbers a question names one thing by, when any writes one:
 * the detention logs are near-identical from day to day ("1 x Detainee Transferred into BTIF from TF 373. ISN 4242 is
 * assigned."), and their ISNs are what tells one from another, as a day does (ofDayAsked). A report not writing the
 * ISN asked ("who handed over isn 4242") tells another detainee, or nothing of one ("Soldiers used *hand* signals").
 */
export function ofNumbersAsked(
  candidates: Candidate[],
  units: Weighed[],
  query: ParsedQuery,
  question: Question,
): Candidate[] {
  const names = namesOneThing(units, query, question);
  const naming = units.flatMap((_, k) => (names(k) ? [k] : []));
  // Most questions name nothing so: their candidates, thousands for a broad one, are not counted one by one.
  if (!naming.length) return candidates;
  const written = (c: Candidate) => naming.filter((k) => c.inReport[k]! >= 1).length;
  const most = candidates.reduce((m, c) => Math.max(m, written(c)), 0);
  return most ? candidates.filter((c) => written(c) === most) : candidates;
}

/** Whether a report is dated a day or names it in a date-time group, as one dated only by month does. */
const writesDay = (index: SearchIndex, position: number, day: string) =>
  index.order[position]?.date === day ||
  daysWritten(
    passagesAt(index, position)
      .map((p) => p.text)
      .join('\n'),
  ).includes(day);

/**
 * The best reports of the day a question names, not already `among` those read: dated that day, or dated its month and
 * naming the day in a date-time group, as a report dated only by month does ("110302ZSEP09" in one dated 2009-09).
 */
function datedReports(index: SearchIndex, searched: ParsedQuery | undefined, among: Set<number>): ReportHit[] {
  const day = searched && dayNamed(searched.text);
  if (!day) return [];
  const month = day.slice(0, 7);
  const keep = (p: number) => [day, month].includes(index.order[p]?.date ?? '');
  return searchReports(index, searched, { keep, limit: DATED_READ })
    .hits.filter((h) => !among.has(h.position) && writesDay(index, h.position, day))
    .slice(0, DATED_REPORTS);
}

/** Pronouns a question's scene clause names its own subject by, the one asked of: "…do when *they* were attacked?". */
export const SCENE_PRONOUNS = new Set(['they', 'it', 'he', 'she']);

/**
 * What S did after the scene a "what did S do after / when Y?" question sets (`actor`, `setting`): the act told in the
 * sentence after the one telling Y, in the same passage — the War Diary tells the scene in one sentence and what came
 * of it in the next ("FF fired 1 x G36 shot in the air. *The car stopped* and was controlled by FF."). The scene
 * sentence is the best candidate holding each word of the scene; the next answers when its subject is S again: a noun
 * naming S (`doer`), a definite "the N" pointing back to what the report told of before ("The car", "The motorcycle"),
 * or — when the question's scene says S by a pronoun ("when *they* were attacked") — the noun that sentence has as the
 * scene act's subject ("FF were attacked … *FF* drove trough the enemy fire"). The act is that subject's clause.
 * A report may tell the scene twice, first as its summary ("DEU COY reported that a FF convoy performed a warning
 * shot. On 131245D*JUN09 … a red mini van approached…"), then in its course ("A member of the last patrol fired a
 * warning shot in the air. *The car slowed down*"): each sentence of that report telling the scene is read in turn, and
 * the first followed by S's act answers.
 */
export function doneNext(
  typed: Candidate[],
  scene: Weighed[],
  pronounScene: boolean,
  index: SearchIndex,
  doer: (w: Word) => boolean,
): Candidate | undefined {
  if (!scene.length) return undefined;
  const tellings = typed.slice(0, SCENE_READ).filter((c) => toldScene(c, scene, index));
  // Only the report telling the scene first: another's telling is another event, its next sentence another's act.
  const report = tellings[0]?.hit.report;
  for (const told of tellings.filter((c) => c.hit.report === report)) {
    const next = actNext(told, pronounScene, doer);
    if (next) return next;
  }
  return undefined;
}

/** S's act in the sentence after `told`, the one telling the scene (doneNext), when that sentence's subject is S. */
function actNext(told: Candidate, pronounScene: boolean, doer: (w: Word) => boolean): Candidate | undefined {
  const next = sentences(told.passage.text).find((s) => s.start >= told.end);
  if (!next) return undefined;
  const words = read(next.text).words;
  const k = words.findIndex((w) => w.pos !== 'DET');
  const subject = words[k];
  if (!subject || !['NOUN', 'PROPN'].includes(subject.pos)) return undefined;
  const definite = k === 1 && words[0]!.lemma.toLowerCase() === 'the';
  const again = pronounScene && new RegExp(`\\b${escapeRegExp(subject.text)}\\b`).test(told.text);
  if (!doer(subject) && !definite && !again) return undefined;
  // The subject's own verb, past the rest of its noun phrase and any auxiliary or adverb, to the end of its clause.
  const verb = words.findIndex((w, i) => i > k && !['NOUN', 'PROPN', 'ADV', 'AUX'].includes(w.pos));
  if (words[verb]?.pos !== 'VERB') return undefined;
  const from = next.start - told.start;
  const kind: KindSpan = {
    kind: 'act',
    start: from + words[verb]!.start,
    end: from + words[clauseEnd(words, verb)]!.end,
    strength: 1,
  };
  const text = told.passage.text.slice(told.start, next.end);
  return { ...told, end: next.end, text, answerFrom: from, kind, near: 1 };
}

/**
 * Whether a sentence tells the scene: it holds each of its words, or holds some and its passage told the rest before
 * it — the War Diary says where once, then the act there ("…while on a temporary checkpoint at LOC LITSCHI, 1 x
 * motorcycle approached the CP…" then "Then FF started force escalation firing 1 x MG-burst." for "after the mg burst
 * at loc litschi").
 */
function toldScene(c: Candidate, scene: Weighed[], index: SearchIndex): boolean {
  const { stems, concepts } = termsOf(c.text, index);
  const own = scene.map((u) => holds(u, stems, concepts) > 0);
  if (own.every(Boolean)) return true;
  if (!own.some(Boolean)) return false;
  const earlier = termsOf(c.passage.text.slice(0, c.start), index);
  return scene.every((u, k) => own[k] || holds(u, earlier.stems, earlier.concepts) > 0);
}

/** Candidates read for the sentence telling a question's scene (doneNext): the few weighed best. */
const SCENE_READ = 8;
