/**
 * The extractive answerer: the sentence of the corpus that answers a question,
 * quoted exactly as it stands (or two adjacent sentences, when the second
 * answers about what the first names), with the words that answer marked and
 * how sure it is. It never writes text of its own. When no sentence answers
 * surely enough, it gives the passages that come closest; when nothing in the
 * corpus relates to the question, nothing.
 *
 * A sentence answers by holding the question's words (rare words weigh more;
 * names and nouns more than verbs), or words WordNet bridges them to, the rest
 * of its report holding the others; and, when the question asks who, when,
 * where, how many or why, by naming something of that kind the question does not.
 *
 * Here the question is read, searched and the best sentence chosen (answerQuestion); the parts live beside it:
 * weighing the question's units (weighed.ts), the candidate sentences (candidates.ts), whether a sentence says the
 * question's act (acts-said.ts), reading each for the kind asked (typed.ts), how far the best leads its rivals
 * (leads.ts), and the gates that keep or decline it (gates.ts).
 */
import type { Report } from '../corpus/model.ts';
import type { Span } from './excerpt.ts';
import type { SearchIndex } from './index.ts';
import {
  compoundAfter,
  countedWhole,
  countNamed,
  countedAgent,
  distanceFrom,
  markedObject,
  namedOfWhose,
  namesTeller,
  singledOut,
  spelledOut,
  timeAsWritten,
  type KindSpan,
} from './kinds.ts';
import type { Glossary } from './glossary.ts';
import { casualtyLines } from './casualty-lines.ts';
import { doneToDoer } from './done-to.ts';
import { abbreviationAsked } from './abbreviation-asked.ts';
import { lexicon, PEOPLE_FILES, type Lexicon } from './lexicon.ts';
import type { Passage } from './passages.ts';
import { MAX_QUERY_CHARS, parseQuery, type ParsedQuery, type QueryUnit } from './query.ts';
import {
  isWhWord,
  LIGHT_VERBS,
  partsBridges,
  readQuestion,
  roleOf,
  TELLING,
  unitsAsked,
  wordOfToken,
  type Question,
} from './question.ts';
import { searchReports, type ReportHit } from './rank.ts';
import { readAs, type Correction } from './read-as.ts';
import { causesEvent } from './reasons.ts';
import { corrections } from './suggest.ts';
import type { Token } from './text.ts';
import { stepsOf } from './verb-steps.ts';
import { rarity, bridged, isPhrasal, weighed, writtenAs, type Weighed } from './weighed.ts';
import { inWrittenCase } from './written-case.ts';
import { datesInWords } from './dates.ts';
import { unframed } from './frames.ts';
import {
  type Candidate,
  soughtOf,
  candidatesOf,
  candidateReports,
  isMilitary,
  ofDayAsked,
  ofNumbersAsked,
  type Sought,
} from './candidates.ts';
import { actsSaid, sceneStems, settingOf } from './acts-said.ts';
import { typeKinds, statingFirst } from './typed.ts';
import { statedSpan } from './stated.ts';
import { releaseSpan } from './released.ts';
import {
  leadsOf,
  rivalsOf,
  idleOf,
  tellsSubject,
  holdsNames,
  namesOnly,
  otherMoment,
  otherEntry,
  otherDoersEntry,
  mainActs,
} from './leads.ts';
import { periodCount } from './period-count.ts';
import { ofMonthAsked } from './month-asked.ts';
import { lightForFire } from './fired-at.ts';
import { subjectUnsaid } from './subject-unsaid.ts';
import { countTieBroken, focusFirst, tieBroken } from './ties.ts';
import {
  type Confidence,
  type Declined,
  quotes,
  actDenied,
  selfUnsaid,
  actUnsaid,
  nameUnsaid,
  modelUnsaid,
  movementUnsaid,
  sceneUnsaid,
  otherDoer,
  doerNotAsked,
  doerUntold,
  doerOfObject,
  doerAsked,
  doneByAnother,
  firerUnsaid,
  anotherEventUnsaid,
  definingActUnsaid,
  sceneNameElsewhere,
  nounNameElsewhere,
  doerSaidElsewhere,
  afterLikely,
  countSoFar,
  confidenceOf,
  numberElsewhere,
  momentElsewhere,
  countsThings,
  countsAnother,
  actOnlyMeant,
  foundInstead,
  askedOnlyNamed,
  timeOfTelling,
  headcountOnly,
  casualtiesUnsaid,
  sceneForAct,
  serialUnnamed,
  thingForWho,
} from './gates.ts';

export type { Confidence, Declined } from './gates.ts';

export interface Answer {
  /** The corpus's words, verbatim: `passage.text.slice(start, end)`. */
  text: string;
  report: Report;
  passage: Passage;
  start: number;
  end: number;
  /** The words that answer, as [start, end) offsets into `text`, when they stand apart from the rest. */
  span?: Span;
  confidence: Confidence;
}

export interface Asked {
  answer: Answer | null;
  /**
   * The answer's report as found. Not always among `hits`: a report read for the question's rarest words or for the
   * day it names (candidateReports) may rank below every one of them in a corpus the size of the War Diary.
   */
  answeredHit?: ReportHit;
  /** When no sentence answers surely enough: the passages that come closest, best first. */
  closest: { hit: ReportHit; passage: Passage }[];
  hits: ReportHit[];
  /** The query as searched, with its bridged words: what to highlight. */
  query: ParsedQuery;
  /** When a sentence was found but not quoted: why (the eval's `--gates` tabulates it). */
  declined?: Declined;
  /** The sentences weighed last, best first, as scored: what `npm run eval:ask -- --ranks` shows. */
  considered: Considered[];
}

export interface Considered {
  report: Report;
  text: string;
  score: number;
  /** The phrase of the kind asked for that the sentence names, when it names one. */
  kind?: string;
}

/** Sentences whose answer kinds are read (wink's reading costs a fraction of a millisecond each). */
const TYPED = 8;
/**
 * Sentences of the top-ranked report past the TYPED whose kinds are read too, at most this many (a few tenths of a
 * millisecond in all): a report tells its event in a long sentence setting the scene, the question's words in it, and
 * the answer in a short one sharing few of them ("BDA: 1 X CH-47 destroyed, *10 US KIA*" for "how many americans
 * died in the chinook crash"), which ranks below the longer sentences of the same report and of others. Reading more
 * sentences everywhere finds more wrong answers in the other reports than right ones in the top one.
 */
const STORY_TYPED = 4;

const CLOSEST = 3;
/** A passage relates to the question when it holds one of its words, or a word this close to one. */
const RELATES = 0.5;
/** Bridged words at least this close may be searched for; all count in the sentences found. */
const FINDS = 0.3;

export interface CorrectedQuestion {
  /** The question as the query parser normalised it. */
  typed: string;
  query: ParsedQuery;
  corrected: Correction[];
}

/**
 * A question as the answerer reads it: a word no report holds, but one a typo away does, is read as that word (the
 * transliterations "dushka" as "DSHKA", "Khumri" as "KUMRI"), as a search reads it — but a word English knows
 * ("whose", "capital") is meant as written. Its dates are read first in the words a report's date is put in ("19 feb
 * 2009" as "19 February 2009"), so that an abbreviated month is not taken for a typo.
 */
export function correctedQuestion(index: SearchIndex, question: string, words: Lexicon = lexicon()): CorrectedQuestion {
  // Read no further than the query reads (parseQuery's first cut): the tagger takes time growing with the square of a
  // word's length, and a 100,000-letter "word" took seconds to tag.
  const typed = parseQuery(datesInWords(unframed(question.slice(0, 2 * MAX_QUERY_CHARS), words)), index.glossary);
  const corrected = corrections(index, typed).filter(
    (c) => !isWhWord(c.typed) && !words.baseForms(c.typed.toLowerCase()).length,
  );
  const query = corrected.length ? parseQuery(readAs(typed.text, corrected), index.glossary) : typed;
  return { typed: typed.text, query, corrected };
}

/**
 * What answering looks for: the question read, its words bridged, and the query that finds the reports (each word
 * with its three closest bridges). A desk on a database fetches the postings of `searched` before answering.
 */
export function questionSearch(index: SearchIndex, parsed: ParsedQuery, words: Lexicon = lexicon()) {
  // Read in the case the reports write its words: "tf titan" typed is the reports' "TF Titan" (written-case.ts).
  const read = readQuestion(inWrittenCase(index, parsed.text, words), words);
  const question = asWritten(abbreviationAsked(read, index.glossary, words), index.glossary, words);
  // The words that only ask ("how many", "what kind of") are not looked for.
  const asking = question.asking;
  // Nor are the words set aside: the second word of a phrasal verb ("turned *down*"), "how much … *worth*".
  const onlyAsks = (t: Token) =>
    (asking && t.start >= asking.start && t.end <= asking.end) || question.aside.has(t.start);
  const asked = { ...parsed, units: parsed.units.filter((u) => !u.tokens.every(onlyAsks)) };
  const query = bridged(index, asked, question, words);
  // "Made of", "built from": a report seldom says a thing's parts with the question's verb ("made contact", "made a
  // bypass"), and reports saying it so would rank above those saying "consisted of": they are found by the thing.
  const parts = (u: QueryUnit) => partsBridges(question, wordOfToken(question, u.tokens[0]!), words).length > 0;
  // Reports are found by each word's three closest bridges: all of them would list half the War Diary.
  const searched = {
    ...query,
    units: query.units
      .filter((u) => !parts(u))
      .map((u) =>
        u.related ? { ...u, related: u.related.filter((r) => r.weight >= FINDS && !isPhrasal(r.stem)).slice(0, 3) } : u,
      ),
  };
  const steps = stepsOf(query, question, index.glossary, (stem) => index.docFrequency.has(stem), words);
  return { question, query, searched, steps, rare: rareSearch(index, searched, question) };
}

/** A question of more words than this is also searched by its rarest words alone. */
const RARE_WORDS = 2;

/**
 * The question's rarest words that say what it is about (names, nouns, verbs that carry meaning), as a query: a long
 * question in everyday words ranks first the reports holding most of its common words ("German", "patrol",
 * "attack"), and the one that answers, holding the few words that single it out ("kids", "Kunduz"), below them.
 */
function rareSearch(index: SearchIndex, searched: ParsedQuery, question: Question): ParsedQuery | undefined {
  const weight = (u: QueryUnit) => rarity(index, u) * roleOf(question, u);
  const telling = searched.units.filter((u) => roleOf(question, u) >= TELLING);
  if (telling.length <= RARE_WORDS) return undefined;
  const rarest = new Set([...telling].sort((a, b) => weight(b) - weight(a)).slice(0, RARE_WORDS));
  return { ...searched, units: searched.units.filter((u) => rarest.has(u)) };
}

export type QuestionSearch = ReturnType<typeof questionSearch>;

/**
 * A question's words that the reports may write in the glossary's other forms: what a "how many" question counts
 * ("how many insurgents" counts the War Diary's "3X INS"), and who it says did its act ("the German trainers" are "GER
 * MP Training Coy").
 */
function asWritten(question: Question, glossary: Glossary, words: Lexicon): Question {
  const { measure, counted, acts } = question;
  const doers = acts?.doers && ownForces(writtenAs(acts.doers, glossary), words);
  const written = doers ? { ...question, acts: { ...acts, doers } } : question;
  if (!measure) return written;
  const kinds = abbreviatedKinds(measure, glossary, words);
  const all = new Set([...writtenAs(measure, glossary), ...kinds]);
  return { ...written, measure: all, counted: counted && writtenAs(counted, glossary) };
}

const lastWord = (form: string) => form.split(' ').at(-1)!.toLowerCase();

/**
 * Whether a form's last word names the people counted or a kind they are of for WordNet: "military-age *males*" are
 * men, "Afghan *police*" police. A man is a male; a male need not be a man, so the counted noun must be the narrower.
 */
const namesKind = (counted: string, last: string, words: Lexicon) => counted === last || words.isA(counted, last);

/**
 * The War Diary's abbreviations for a kind of the people a "how many" question counts: a glossary form whose last word
 * is the counted noun or a kind it is of, people for WordNet, names some of them ("military-age *males*" is MAM,
 * "Afghan *police*" ANP), so "6X MAM DIGGING" counts men and "manned by 30 ANP" police. Only the abbreviation, in
 * capitals, is taken: the form's other words would count a broader kind.
 */
function abbreviatedKinds(measure: Set<string>, glossary: Glossary, words: Lexicon): string[] {
  const people = [...measure].filter((m) => PEOPLE_FILES.has(words.filedUnder(m, 'noun') ?? ''));
  const ofPeople = (form: string) => form.includes(' ') && people.some((m) => namesKind(m, lastWord(form), words));
  return glossary.concepts
    .filter((c) => c.forms.some(ofPeople))
    .flatMap((c) => c.forms.filter((f) => /^[A-Z]{2,}s?$/.test(f)).map((f) => f.toLowerCase()));
}

/**
 * The War Diary writes the side reporting as FF, friendly forces ("FF reported that they found 3ox 80mm Mortar
 * Rounds"): a question's doer WordNet knows as soldiers or a military unit ("what did *the troops* find?", "the
 * platoon") may be them. Not a group WordNet knows otherwise ("the insurgents", "the police").
 */
function ownForces(doers: Set<string>, words: Lexicon): Set<string> {
  const military = [...doers].some((d) => isMilitary(d, words));
  return military ? new Set([...doers, FRIENDLY_FORCES]) : doers;
}
/** The War Diary's own side, as the glossary writes it. */
const FRIENDLY_FORCES = 'ff';

/**
 * The candidate sentences of the reports read, of the day and the numbers the question names one thing by when some
 * report writes them: near-identical logs are told apart by them (ofDayAsked, ofNumbersAsked). `ofDay`: whether a
 * report of the day was found.
 */
function candidatesRead(
  index: SearchIndex,
  { question, query, searched, rare }: QuestionSearch,
  hits: ReportHit[],
  units: Weighed[],
  total: number,
  sought: Sought,
): { candidates: Candidate[]; ofDay: boolean } {
  const of = (h: ReportHit, weighed = units) => candidatesOf(h, weighed, total, index, sought);
  const reports = candidateReports(index, hits, rare, searched);
  const read = [...reports.flatMap((h) => of(h)), ...ofMonthAsked(index, searched, reports, { units, query }, of)];
  const { candidates, ofDay } = ofDayAsked(read, index, searched);
  return { candidates: ofNumbersAsked(candidates, units, query, question), ofDay };
}

/** `found`: the question already read and searched (a desk on a database does so first, to fetch what is read). */
export function answerQuestion(
  index: SearchIndex,
  parsed: ParsedQuery,
  found: QuestionSearch = questionSearch(index, parsed),
  words: Lexicon = lexicon(),
): Asked {
  const { question, query, searched } = found;
  const { hits } = searchReports(index, searched);
  const units = weighed(index, query, question, words, found.steps);
  const total = units.reduce((a, u) => a + u.weight, 0);
  const none: Asked = { answer: null, closest: [], hits, query: searched, considered: [] };
  if (total <= 0) return none;
  const written = query.units.map((u) => u.tokens.map((t) => t.norm).join('_'));
  const sought = soughtOf(units, index.glossary, written, unitsAsked(question), question);
  const { candidates: ranked, ofDay } = candidatesRead(index, found, hits, units, total, sought);
  ranked.sort((a, b) => b.score - a.score);
  const typed = [...ranked.slice(0, TYPED), ...casualtyLines(ranked.slice(TYPED), ranked[0], sought.harm, words)];
  const acts = actsSaid(question, query, units, index, words);
  const story = storyRest(ranked, question.expects.has('reason') ? words : undefined);
  if (question.expects.size) typeKinds(typed, question, query, units, index, words, sought, acts, story);
  const stating = statingFirst(typed, question, query, units, words, index.glossary);
  countTieBroken(typed, question);
  focusFirst(typed, stating);
  const scene = tieBroken(typed, ranked, units, stating);
  const best = typed[0];
  if (!best) return none;
  const scored: Asked = { ...none, considered: typed.map(consideredOf) };
  // Nor does a time or count of the report's that says only the question's names, or a time told with none of the
  // question's acts the best says: it is of another act there. Nor a sentence of the report telling another step of
  // its story, none of the main acts the best says (otherEntry), nor, beside a time, an entry of another doer than the
  // question's subject (otherDoersEntry).
  const about = tellsSubject(best, question, query, units, index);
  const namedOnly = namesOnly(best, units, question);
  // The acts a time is asked of, read once for both checks of a time of another act (otherMoment, momentElsewhere).
  const main = mainActs(units, question, query);
  const timed = best.kind?.kind === 'time' ? main : [];
  const elsewhen = otherMoment(best, timed);
  const entry = otherEntry(best, main, acts.says);
  const byOther = otherDoersEntry(best, question, index.glossary);
  const subject = (c: Candidate) => about(c) || namedOnly(c) || elsewhen(c) || entry(c) || byOther(c);
  const states = stating.has(best);
  const rivalling = states ? typed.filter((c) => stating.has(c)) : typed;
  const idle = idleOf(best, units, question, index.glossary, scene);
  // The doer the question names and the acts it asks of it, read once for both checks of another doer.
  const askedDoer = doerAsked(question, words);
  const another = doneByAnother(best, askedDoer, index.glossary, words);
  const rivals = rivalsOf(best, units, question, query);
  const leads = leadsOf(best, rivalling, question, acts, rivals, (c) => idle(c) || another(c), subject, index.glossary);
  const says = question.wh === 'who' ? acts.saysOrLight(best) : acts.says(best, question.wh === 'where');
  const answersAct = acts.answers(best, false, true);
  const told = actUnsaid(
    confidenceOf(acts.inShare(best), leads, question, query, units, states, words, answersAct, index.glossary),
    question,
    says,
    acts.tellsAnother(best),
    tellerOnly(best, question, acts, words),
  );
  const coded = modelUnsaid(nameUnsaid(told, best, question, acts.saysAsked(best), words), best, acts.saysAsked);
  const placed = sceneUnsaid(movementUnsaid(coded, best, question, words), best, question, settingOf(question, query));
  const things = countsThings(foundInstead(afterLikely(best, placed), best, question, says), best, question, words);
  const meant = actOnlyMeant(countsAnother(things, best, question, words), best, question);
  const moved = countSoFar(meant, best, typed, question, (c) => acts.says(c, true));
  const period = periodCount(moved, best, question, { query, units, index, lexicon: words });
  const other = definingActUnsaid(anotherEventUnsaid(period, best, question, query), best, question, query);
  const elsewhere = saidElsewhere(other, best, typed, askedDoer, units, query, question, timed);
  const named = firerUnsaid(
    doneToDoer(otherDoer(elsewhere, best, askedDoer, words), best, askedDoer, index.glossary, words),
    best,
    question,
  );
  const self = selfUnsaid(
    actDenied(doerGates(named, best, question, acts, words), question, () => acts.denies(best)),
    best,
    question,
  );
  const known = timeOfTelling(askedOnlyNamed(self, best, question, query, words), best, question, query, words);
  const tallied = casualtiesUnsaid(headcountOnly(known, best, question, words), best, question);
  const confidence = thingGates(serialUnnamed(tallied, best, question), best, question, query, units);
  if (quotes(confidence)) {
    const span = quotedSpan(best, states, question, words, index.glossary);
    const { text, passage, start, end } = best;
    const answer = { text, report: best.hit.report, passage, start, end, span, confidence };
    return { ...scored, answeredHit: best.hit, answer };
  }
  return { ...scored, closest: closestPassages(typed, question, units, ofDay), declined: confidence };
}

/** The passages shown when none is quoted: of the sentences relating to the question, one per report, closest first. */
function closestPassages(typed: Candidate[], question: Question, units: Weighed[], ofDay: boolean) {
  const seen = new Set<Report>();
  // A looser bridge relates a sentence that also names what a who/when/where… question asks for.
  const relates = (c: Candidate) => c.closest >= RELATES || (question.strict && !!c.kind && c.closest > 0);
  const relating = typed.filter(relates);
  // Read down to the reports of the day the question names, their sentences are the closest though none holds its
  // words closely: the day written relates them ("272014ZSEP07, … 2x Detainees were transfered … from TF 373").
  const closest = closestFirst(relating.length || !ofDay ? relating : typed, units)
    .filter((c) => !seen.has(c.hit.report) && seen.add(c.hit.report))
    .slice(0, CLOSEST);
  return closest.map((c) => ({ hit: c.hit, passage: c.passage }));
}

/**
 * How far, in shares of the question's weight, a sentence must outweigh the first of the closest to go before it: the
 * first is first for naming what is asked, which chooses an answer; once none is quoted, a sentence holding clearly
 * more of the question (its kind, if any, counted in its score) is likelier the passage that tells it ("Iranians …
 * organizing transports for injured people" before another report's "local AFG people" for who the injured were).
 */
const OUTWEIGHS = 0.1;

/**
 * The closest candidates in their order, the one weighing most first when it outweighs the first clearly; those whose
 * report holds every name the question gives before those whose report lacks one, which may tell another event
 * ("Kamdesh PRT received 1x 107mm rocket" before another report's "IED strike hit the second patrol vehicle", for what
 * hit near the Kamdesh reconstruction team base).
 */
function closestFirst(relating: Candidate[], units: Weighed[]): Candidate[] {
  const named = relating.filter((c) => holdsNames(c, units));
  return [...heaviestFirst(named), ...heaviestFirst(relating.filter((c) => !named.includes(c)))];
}

/** Candidates in their order, the one weighing most first when it outweighs the first clearly. */
function heaviestFirst(relating: Candidate[]): Candidate[] {
  const first = relating[0];
  if (!first) return relating;
  const heaviest = relating.reduce((a, c) => (c.score > a.score ? c : a), first);
  return heaviest.score > first.score + OUTWEIGHS ? [heaviest, ...relating] : relating;
}

/** A sentence weighed, as the answer lists it: its report, words, score and the phrase of the kind asked it names. */
const consideredOf = (c: Candidate) => ({
  report: c.hit.report,
  text: c.text,
  score: c.score,
  kind: c.kind && c.text.slice(c.kind.start, c.kind.end),
});

/** The sentences of the top-ranked report ranked past the TYPED, best first, at most STORY_TYPED of them. */
const storyRest = (ranked: Candidate[], reasons?: Lexicon) => {
  const rest = ranked.slice(TYPED).filter((c) => c.hit.report === ranked[0]?.hit.report);
  // For a "why" question (`reasons`), the report's sentence stating the cause of its own event (causesEvent) tells the
  // reason whatever words it tells the event in, so it is read though it ranks past the first few: "ACCIDENT HAPPENED
  // BECAUSE THE ROAD BROKE AWAY." shares no word with "why did the German Wolf overturn near Mur Shek?".
  const cause = reasons && rest.slice(STORY_TYPED).find((c) => causesEvent(c.text, reasons));
  return [...rest.slice(0, STORY_TYPED), ...(cause ? [cause] : [])];
};

/**
 * Whether the answer a sentence names is only who told: "*PRT MES* reported a possible VBIED", in a clause not saying
 * the act asked; or, in a sentence not saying the act of the question's main clause, whatever the telling takes after
 * it ("*PRT KDZ* reported 5x BMP-1 Rockets … were handed over" for who *destroyed* them).
 */
const tellerOnly = (best: Candidate, question: Question, acts: ReturnType<typeof actsSaid>, words: Lexicon) =>
  !!best.kind &&
  ((namesTeller(best.text, best.kind, words) && !acts.answers(best, true)) ||
    (question.wh === 'who' && !acts.says(best, true) && namesTeller(best.text, best.kind, words, true)));

/**
 * Whether a unit of the question's scene is its act, a verb saying something of its own: "when the patrol tried to
 * *recover* its broken vehicle", not a light verb any report says by many others ("after ISN 20022 *came* in").
 */
const sceneAct = (question: Question, u: QueryUnit) => {
  const word = wordOfToken(question, u.tokens[0]!);
  return word?.pos === 'VERB' && !LIGHT_VERBS.has(word.lemma.toLowerCase());
};

/**
 * The gates of what another sentence read says that the best does not: the name of the question's scene, or a number
 * it names one thing by, in another report (sceneNameElsewhere, numberElsewhere), and the doer it names, or the act a
 * time is asked of, in the best's report (doerSaidElsewhere, momentElsewhere).
 */
const saidElsewhere = (
  confidence: Confidence | Declined,
  best: Candidate,
  typed: Candidate[],
  asked: ReturnType<typeof doerAsked>,
  units: ReturnType<typeof weighed>,
  query: ParsedQuery,
  question: Question,
  timed: number[],
) =>
  momentElsewhere(
    doerSaidElsewhere(
      numberElsewhere(
        nounNameElsewhere(
          sceneNameElsewhere(confidence, best, typed, units, settingOf(question, query), (k) =>
            sceneAct(question, query.units[k]!),
          ),
          best,
          typed,
          units,
          query,
          question,
        ),
        best,
        typed,
        units,
        query,
        question,
      ),
      best,
      typed,
      asked,
      units,
      query,
      question,
    ),
    best,
    typed,
    timed,
  );

/**
 * The gates of what the best says of the thing the question asks of: an act of another scene than the question's
 * (sceneForAct), fire that only lights for fire aimed at someone (lightForFire), and nothing of the thing a "where/how
 * was X" question asks of (subjectUnsaid).
 */
const thingGates = (
  confidence: Confidence | Declined,
  best: Candidate,
  question: Question,
  query: ParsedQuery,
  units: Weighed[],
) =>
  subjectUnsaid(
    lightForFire(sceneForAct(confidence, best, sceneStems(question, query, units)), best, question),
    best,
    question,
    query,
  );

/**
 * The gates of a "who" question's doer: one asked where the question asks another (doerNotAsked), an answer that did
 * the act the question names as its object (doerOfObject), a sentence telling the act only by a noun, its answer
 * outside that clause (doerUntold), and an answer that is the thing the question names, no person (thingForWho).
 */
const doerGates = (
  confidence: Confidence | Declined,
  best: Candidate,
  question: Question,
  acts: ReturnType<typeof actsSaid>,
  words: Lexicon,
) =>
  thingForWho(
    doerUntold(
      doerOfObject(doerNotAsked(confidence, best, question), best, question, words),
      question,
      () => acts.saysByNounOnly(best) && !acts.answers(best),
    ),
    best,
    question,
    words,
  );

/**
 * The words a quote marks: those of the kind asked it names; or, for a yes/no question answered by a denial, the
 * denial ("B1B … DID NOT DROP A BOMB"); by a release marking, the nation's code or the list leaving it out.
 */
function quotedSpan(
  best: Candidate,
  states: boolean,
  question: Question,
  words: Lexicon,
  glossary: Glossary,
): Span | undefined {
  const marked = best.kind && markedSpan(best.text, best.kind, words, question);
  if (marked) return [marked.start, marked.end];
  if (!states) return undefined;
  return releaseSpan(question, best.text, glossary, words) ?? statedSpan(question, best.text, words);
}

/** The words a quote marks: the span found, run on to the whole phrase that answers (kinds.ts). */
const markedSpan = (text: string, kind: KindSpan, words: Lexicon, question: Question) => {
  const counted = countedAgent(text, countNamed(text, markedObject(text, kind, words), words), question.reading.words);
  const named = namedOfWhose(text, timeAsWritten(text, counted));
  const whole = countedWhole(text, named);
  const single = singledOut(text, whole, question.reading.words);
  return spelledOut(text, distanceFrom(text, compoundAfter(text, single, words), words));
};
