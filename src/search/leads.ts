/**
 * How far the best candidate leads its rivals (leadsOf): which sentences rival it (another report telling the same of
 * the question, another answer of the kind asked) and which do not (one naming the same answer, one only telling what
 * the answer is about, one of another story).
 */
import { lexicon, PEOPLE_FILES } from './lexicon.ts';
import { PASSIVE, read, wordsAt, type Word } from './nlp.ts';
import { causesEvent } from './reasons.ts';
import type { ParsedQuery } from './query.ts';
import { getPassive, LIGHT_ROLE, TELLING, unitsAsked, type Question } from './question.ts';
import { countsUnit, ESSENTIAL, ESSENTIAL_HELD, holds, type Weighed } from './weighed.ts';
import { type Candidate, wordsOf, saysSame, namesAgain, termsOf } from './candidates.ts';
import { analyze, type SearchIndex } from './index.ts';
import { isIndexable, tokenize } from './text.ts';
import { paragraphsOf } from './passages.ts';
import type { Glossary } from './glossary.ts';
import { actsSaid, contentVerb, isClauseBoundary, SAYS_ACT, settingOf } from './acts-said.ts';
import { totalAsked, countsTotal } from './totals.ts';
import { BRACKETS, bounded, formField, isOf } from './measures.ts';
import { countOf, countsSaid } from './counts.ts';
import { wentTo } from './destinations.ts';
import { namesGridOf } from './places.ts';
import { asksWhither } from './kinds.ts';
import { subjectForms } from './stated.ts';
import { orderAsked, outOfOrder } from './order-asked.ts';

/**
 * How far the best candidate's score leads its strongest rival, the strongest rival from another report, and the
 * strongest rival that is not a sentence of its report only telling what the answer is about (tellsSubject).
 */
export interface Leads {
  overAll: number;
  overOthers: number;
  overAnswers: number;
}

/**
 * Whether the best states, for a "why" question, the cause of the report's own event (causesEvent): no sentence giving
 * no reason rivals it ("INVOLVED 1 X ISAF VEH (DEU WOLF)" tells what overturned, not why, beside "ACCIDENT HAPPENED
 * BECAUSE THE ROAD BROKE AWAY.").
 */
const eventCauseTold = (best: Candidate, question: Question) =>
  question.wh === 'why' && !!best.kind && causesEvent(best.text, lexicon());

/**
 * How far the best candidate's score leads its strongest rival, among all candidates and among other reports'. A
 * sentence saying nearly the same words (a duplicated report, the article quoting it) or naming the same answer
 * ("TEHERAN" in both; "four Iranians" in "seven Arabs and four Iranians") is no rival.
 */
export function leadsOf(
  best: Candidate,
  typed: Candidate[],
  question: Question,
  acts: ReturnType<typeof actsSaid>,
  rivals: Rivals,
  idle: (c: Candidate) => boolean,
  subject: (c: Candidate) => boolean,
  glossary?: Glossary,
): Leads {
  const ours = answerOf(best);
  // "How many" is answered by a number: a count by the same number, whatever words it is written with, gives the same
  // answer ("…final BDA: *26x INS* killed" and "Event closed at 170014D**26* Killed … Insurgent", the form's count).
  const numbersOf = (words: Set<string>) => [...words].filter((w) => /^\d+$/.test(w)).sort();
  const sameCount = (x: Set<string>, y: Set<string>) =>
    !!question.countedAs && numbersOf(x).length > 0 && numbersOf(x).join() === numbersOf(y).join();
  const sure = best.kind?.strength === 1 && ours.size > 0;
  const answerText = best.kind ? best.text.slice(best.kind.start, best.kind.end) : '';
  const agrees = (c: Candidate) => {
    // A sentence naming the best's answer, a name or a number, among its own words does not say another.
    if (sure && [...ours].every((w) => wordsOf(c.text, 'stem').has(w))) return true;
    if (sure && countIn(best, c)) return true;
    // Nor one naming the spot of the best's grid reference, however spaced or cut ("HILL 432 (42SVF8412258555)").
    if (namesGridOf(answerText, c.text)) return true;
    const theirs = answerOf(c);
    if (sameCount(ours, theirs)) return true;
    const [fewer, more] = ours.size <= theirs.size ? [ours, theirs] : [theirs, ours];
    return fewer.size > 0 && [...fewer].every((w) => more.has(w));
  };
  // Nor does one whose answer only says again what the question gives (echoesQuestion).
  const given = echoesQuestion(best, question);
  // The best's quote shows an answer that stands within it: naming it is no rival to the quote.
  const quotes = (c: Candidate) =>
    !!c.kind && c.passage === best.passage && c.start + c.kind.start >= best.start && c.start + c.kind.end <= best.end;
  const said = wordsOf(best.text);
  // A sentence in the best's words tells the same again, unless one of another story the question may be about
  // (rivals) names another answer: the War Diary tells many events in one form ("New facility headcount is 691…",
  // "…643…"), the same words but for the names and numbers that tell them apart. In the best's own report it is the
  // story going on ("3x EKIA", "an additional 4x EKIA").
  const another = (c: Candidate) => !!best.kind && !!c.kind && c.hit.report !== best.hit.report && rivals(c);
  const retold = (c: Candidate) => saysSame(wordsOf(c.text), said) && !another(c);
  // A count of the noun a "how many" question counts ("7 *projects*") is surer than a count of a noun before it saying
  // which ("13 *schools*" for "how many school projects"): the War Diary may count by such a noun ("3x mortar" for
  // mortar rounds), but then a count of the noun itself says more surely what is asked.
  const head = question.countedHead;
  const countsHead = (c: Candidate) =>
    !!head && !!c.kind && [...wordsOf(c.text.slice(c.kind.start, c.kind.end))].some((w) => head.has(w));
  // A sentence that does not itself say what the question asks was done ("helping", "arrested"), or says it more
  // loosely ("movement" for "move"), does not answer it as well, though its report says it elsewhere: no rival to one
  // that says it and surely names what is asked (a name, a number) in the same clause, or names it as the act's doer.
  const saying = acts.verbsSaying(best.text);
  const doer =
    ((best.kind?.strength === 1 || namedDoer(best, question, saying)) && acts.answers(best)) ||
    relativeDoer(best, question, saying);
  const acting = doer ? acts.saying(best) : 0;
  // A question asking only by a light verb ("who *told* PRT MES about the possible car bomb?") says no act to weigh:
  // the best naming the doer after "by" and a verb saying it ("PRT MES WAS *INFORMED BY NDS*") is not rivalled by a
  // sentence saying no such act ("FF *reported* … a Possible VBIED Strike").
  // So, for a "who was V-ed?" question, is one naming whom the act was done to right after its verb (namedUndergoer).
  const saysAsked = verbSaid(best, question, saying, acts);
  const totalBest = totalAsked(question, lexicon()) && countsTotal(best, lexicon());
  // Nor, where a thing was moved, is a best naming where a movement of that thing ended rivalled by a place in a
  // sentence telling no movement: it is where something else happened ("an IED strike … at grid 42S" beside "*Wounded*
  // were *medevacd to* PRT Kunduz"). A movement of another thing ("bombers … to come to LashKarGah City") is not one,
  // in the best or in a rival: "TF 37 recovery package was *enroute to* Zormat, came across an IED … on *E side* of
  // road" says where the IED was found, not where it went ("IED has been *returned to* FOB Zormat"). Nor is a place
  // where no movement of it ended, though the sentence tells one: "INS probably have stolen 1 x GREEN RANGER *in the
  // area*" says where the stealing was, beside "INS have pulled out of the area *towards WEST*".
  const mover = subjectForms(question, glossary);
  const moved = asksWhither(question, lexicon()) && !!mover && wentBy(best, mover);
  // Nor, where the question asks the first or last of like events (orderAsked), is one its report tells after the best
  // (or before it): "UPDATE 230950D* J2 PRT KDZ received information that the attack did not occur at the airfield"
  // tells what PRT KDZ heard later, not who told the advisor team "in the first place".
  const lessSurely = (c: Candidate) =>
    outOfOrder(orderAsked(question, lexicon()), best, c) ||
    toldBefore(question, best, c) ||
    repliesTo(best, c, question, acts) ||
    (moved && !wentBy(c, mover!)) ||
    namedLessSurely(best, c) ||
    (countsHead(best) && c.kind?.kind === 'quantity' && !countsHead(c)) ||
    (totalBest && !countsTotal(c, lexicon())) ||
    numberless(best, c, question);
  const rivalling = typed.filter(
    (c) =>
      c !== best &&
      !agrees(c) &&
      !given(c) &&
      !quotes(c) &&
      !idle(c) &&
      !retold(c) &&
      !lessSurely(c) &&
      acts.saying(c) >= acting &&
      saysAsked(c),
  );
  const leadOver = (among: Candidate[]) => best.score - Math.max(0, ...among.map((c) => c.score));
  const tellsOther = tellsOtherAct(best, acts, rivals);
  const actless = noActOf(best, question);
  const others = rivalling.filter(
    (c) => c.hit.report !== best.hit.report && rivals(c) && !tellsOther(c) && !actless(c),
  );
  const anotherStory = anotherStoryOf(best, question, rivals, glossary);
  const tellsEvent = tellsEventOf(best, question, glossary);
  return {
    overAll: leadOver(rivalling),
    overOthers: leadOver(others),
    overAnswers: leadOver(
      rivalling.filter((c) => !subject(c) && !anotherStory(c) && !tellsEvent(c) && !namesNoAnswer(c, best, rivals)),
    ),
  };
}

/**
 * Whether, for a question asking what was done ("what was the inf coy doing along LOC KAMINS?", "what did the EW squad
 * do when they were attacked?"), a sentence of another report names no act where the best names one: the reading of
 * kinds marks the act the question's doer did in the scene asked (kinds.ts actSpans), so a sentence it marks none in
 * gives no other answer to weigh against the best's, only words of its own story's scene ("INF COY REQUESTED CAS";
 * "Unit reported a suicide attack against a DEU convoy consisting of Electronic Warfare and Mixed RECCE COY").
 */
const noActOf = (best: Candidate, question: Question) => (c: Candidate) =>
  question.expects.has('act') && best.kind?.kind === 'act' && !c.kind;

/**
 * Whether a sentence tells the event the best's answer is of, no other answer. A sentence of the best's report naming
 * no count and nothing of what a "how many" question counts tells the event the best's count is of, not another count:
 * "A CH-47 … crashed IVO 41SNU…" beside "BDA: 1 X CH-47 destroyed, *10 US KIA*…" for "how many Americans died in the
 * CH-47 crash?"; "…convoy commander, who ordered … to fire a warning shot" beside "During this EOF *9 rounds* of
 * ammunition were fired". The best's count must say what is counted, in the question's words or by the glossary's
 * abbreviation of the group asked (countsGroup: "*8x LN* wounded" for "how many local people were hurt", beside "PRT
 * FEY reported an IED Strike … in the city of Feyzabad").
 * Nor does one saying no act at all, a report's heading or a form's fields ("Explosion/Bombing 41RQQ355983
 * Afghanistan/Kandahar/Zhari…" beside "The IED consisted of *1x 105mm rocket*"; "District: Shinkai Village … Visit
 * Type: VET" beside "Sheep *150*"): it names the report's setting, not what was done or found. A noun of what is
 * counted naming one already told of (oneTold: "*The closest RPG* was approximately 200m away from the trail aircraft"
 * beside "…at least *7-10 RPGs*…") names no other number of them.
 */
function tellsEventOf(best: Candidate, question: Question, glossary?: Glossary): (c: Candidate) => boolean {
  const counted = question.counted ?? question.measure;
  const counts = !!counted && (countWords(best).some((w) => isOf(counted, w)) || countsGroup(best, question, glossary));
  return (c: Candidate) => {
    if (c.kind || c.hit.report !== best.hit.report || !best.kind) return false;
    const words = read(c.text).words;
    if (!words.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return true;
    return counts && !words.some((w, k) => isOf(counted!, w) && !oneTold(words, k, question.countedAs));
  };
}

/**
 * Whether a sentence naming nothing of the kind asked, weighed below the best, says in its own words no more of the
 * question than the best (rivals.saysMore): it is no other answer, and the best's stands alone. "The deal was closed
 * for an *undetermined amount of money*" answers "how much was the North Korean weapons deal worth?", beside "Upon
 * return from North Korea, Dr Amin stayed in Helmand…". One weighed above the best may hold an answer the reading of
 * kinds missed ("a *K-9 unit* was utilized to assist in identifying a suspicious item" beside "The patrol team
 * performed RSP"), as may one saying more of the question ("THE ELDERS WERE ASKED BY THE TALIBAN … *15 OF THEIR TALIBAN
 * BROTHERS* … IN EXCHANGE FOR PVT BERGDAHL" beside "…REQUESTING ASSESTS/MONEY FROM DAWLAT KHAN" for "what did the
 * Taliban ask for in exchange for Bergdahl?").
 * Nor may a best whose report lacks a name the question gives (rivals.namesAll) stand alone: only the margin tells that
 * "The Arabs are only in charge to carry out suicide attacks…", of Arabs seen in Herat, answers no "what were the Arabs
 * in Kandahar supposed to do?".
 */
const namesNoAnswer = (c: Candidate, best: Candidate, rivals: Rivals) =>
  rivals.namesAll && !c.kind && c.score < best.score && !rivals.saysMore(c);

/**
 * Whether, for a "how many" question, a sentence of the best's report counts by no number ("He wanted *a lot of
 * radios*") where the best counts what is asked by one ("Tarps 80 *Radios 500*"): "a lot", "several", "many" say no
 * number, so they give no other answer to "how many", only say again that there were some. Another report's may be of
 * the event asked, its number never told.
 */
const numberless = (best: Candidate, c: Candidate, question: Question) =>
  !!question.countedAs &&
  c.hit.report === best.hit.report &&
  c.kind?.kind === 'quantity' &&
  best.kind?.kind === 'quantity' &&
  countsAsked(best, question) === true &&
  numbered(best) &&
  !numbered(c);

/** Whether a candidate's answer holds a number, in digits or words: "80", "2x", "three". */
const numbered = (c: Candidate) =>
  !!c.kind && read(c.text.slice(c.kind.start, c.kind.end)).words.some((w) => w.pos === 'NUM' || /\d/.test(w.text));

/**
 * An answer's words, the War Diary's counts read as numbers: "3X ROUNDS" names what "3 rounds of illumination" does.
 * Compared by stem: "Coalition forces" names what "coalition force" does.
 */
const answerOf = (c: Candidate) =>
  c.kind ? wordsOf(c.text.slice(c.kind.start, c.kind.end).replace(/(\d)x\b/gi, '$1'), 'stem') : new Set<string>();

/**
 * Whether a sentence's answer only says again what the question gives, every word of it (answerOf) one of the
 * question's, where the best's says more: it names whom or what the question asks about, not what it asks, so it is
 * no other answer. "3 x *UEC's* Transferred into BTIF from TF 373" names "the 3 uecs" of "what numbers did the 3 uecs
 * get when btif went to 684?", beside "ISN's 4229, 4230, and 4010 (recapture) assigned", the numbers they got.
 */
export function echoesQuestion(best: Candidate, question: Question): (c: Candidate) => boolean {
  const asked = wordsOf(question.reading.words.map((w) => w.text).join(' '), 'stem');
  const echoes = (c: Candidate) => {
    const answer = answerOf(c);
    return answer.size > 0 && [...answer].every((w) => asked.has(w));
  };
  return echoes(best) ? () => false : echoes;
}

/**
 * Whether a sentence of another story rivals no likely answer. One (rivalsOf: its report lacks what the best says of
 * the question) naming nothing of the kind asked gives no other answer: it does not make a likely answer less likely.
 * One naming something may: the answer the best names may be of the other story — unless the best's answer says in its
 * own words what is asked and the other's does not: it counts what the question counts ("*4x detainees* were
 * transferred into the BTIF from TF 373" beside "…DETAINED *25* FOR TACTICAL QUESTIONING" of the Bergdahl search), or
 * names the question's noun ("INS withdrew into eastern *direction*" for "which way", beside "…reinforced ANP CP CB2 …
 * *West*" of another night). An answer of the other story as sure of what is asked ("approx 5x AFG *Civilians*" for
 * "how many civilians were killed", beside "10 US KIA") still rivals; any other answer does unless its report lacks a
 * name the question gives that the best's holds (namesOtherEvent): it is of another event of the kind ("on
 * 110302ZSEP09" of a transfer in 2009, beside "on 151940ZSEP07" for "…into BTIF in sept 07").
 * Nor does a count of another event, its report telling nothing of the act or thing the question's event is (otherAct:
 * the question's "double *ambush*" beside a car bomb's "2x KIA (ISAF, DEU)"), where the best counts what is asked
 * itself ("1 x ISAF (DEU) KIA"): the best's report tells the event asked, and another's count is of its own.
 */
function anotherStoryOf(
  best: Candidate,
  question: Question,
  rivals: Rivals,
  glossary?: Glossary,
): (c: Candidate) => boolean {
  const countsOurs = countsAsked(best, question, glossary) === true;
  return (c) =>
    (c.hit.report !== best.hit.report && rivals.tellsLess(c)) ||
    (c.hit.report !== best.hit.report &&
      !rivals(c) &&
      (!c.kind ||
        saysAskedOnly(best, c, question) ||
        (rivals.otherEvent(c) && !countsAsked(c, question)) ||
        (countsOurs && rivals.otherAct(c))));
}

/**
 * Whether a sentence gives no other measure than the best's: a measure asked ("how old", "how far") is a number, and
 * where the best states one surely ("AGE IS APPROXIMATELY *16 YEARS*"), a sentence whose every number is one the
 * question gives ("*ISN 20033* was intially sent to the BAF CSH to determine his age": it names whom the question asks
 * of) or only bounds the measure ("believed to be *under the age of 15*": measures.ts `bounded`) states none. A number
 * the reading took for no measure may still be one, written in words ("he will be gone for *ten* days").
 */
function noOtherMeasure(best: Candidate, question: Question): (c: Candidate) => boolean {
  if (!unitsAsked(question) || best.kind?.strength !== 1) return () => false;
  const given = new Set(question.reading.words.filter((w) => w.pos === 'NUM').map((w) => w.text.toLowerCase()));
  return (c) => {
    if (c.kind?.strength === 1) return false;
    const { words } = read(c.text);
    return words.every((w, k) => w.pos !== 'NUM' || given.has(w.text.toLowerCase()) || bounded(words, k));
  };
}

/**
 * Whether a sentence of another report tells another act than the question's main clause, where the best tells that
 * act: its verbs, none saying the act asked (acts.says), name that act's doer, time or place, no other answer to the
 * act asked: "1 squad of TF *reinforced* ANP CP CB2" beside "2nd Plt DEU MP Training Coy and ANP *conducting* joint
 * checkpoint operation…" for "what unit was running the joint checkpoint with the cops…?". Unless it says in its own
 * words more of the question than the best (rivals.saysMore): "two suicide bombers were tasked … to come to
 * LashKarGah *City*" tells the city a "which city were the bombers supposed to strike?" asks, whatever its verb.
 * Nor, whatever it says, is one whose report tells less of the question than the best's (rivals.tellsLess): it tells
 * another event of the kind.
 */
function tellsOtherAct(best: Candidate, acts: ReturnType<typeof actsSaid>, rivals: Rivals): (c: Candidate) => boolean {
  const says = acts.says(best, true);
  const otherAct = (c: Candidate) =>
    says && !rivals.saysMore(c) && !acts.says(c, true) && read(c.text).words.some((w) => w.pos === 'VERB');
  return (c) => rivals.tellsLess(c) || otherAct(c);
}

/** The words telling an act done in return: "fired … *back*", "*returned* fire". */
const IN_RETURN = new Set(['back', 'return']);

/**
 * Whether a text tells an act done in return by one of its `verbs` (word indexes): "back" after it in its clause
 * ("fired with two (2) rounds mortar *back*, but…"), or the verb "return" ("*returned* fire").
 */
function returned(text: string, verbs: Set<number>): boolean {
  const { words } = read(text);
  return [...verbs].some((k) => {
    if (IN_RETURN.has(words[k]?.lemma.toLowerCase() ?? '')) return true;
    const end = words.findIndex((w, i) => i > k && (w.text === ',' || isClauseBoundary(w)));
    return words.slice(k + 1, end < 0 ? undefined : end).some((w) => w.lemma.toLowerCase() === 'back');
  });
}

/**
 * Whether a sentence tells the act done in return where the best tells it first done, and the question asks no reply:
 * "ANA … *fired* with two (2) rounds mortar *back*" beside "PRO COY FEY … was attacked with four (4) rounds of mortar
 * fire" is another side's act, aimed at the one who did the act asked of, no other answer to it.
 */
function repliesTo(best: Candidate, c: Candidate, question: Question, acts: ReturnType<typeof actsSaid>): boolean {
  const replied = (x: Candidate) => returned(x.text, acts.verbsSaying(x.text));
  const asksReply = question.reading.words.some((w) => IN_RETURN.has(w.lemma.toLowerCase()));
  return !asksReply && replied(c) && !replied(best);
}

/** A text's words in order, by stem, the War Diary's counts read as numbers ("8x" as "8"). */
const countedStems = (text: string) =>
  tokenize(text.replace(/(\d)x\b/gi, '$1'))
    .filter(isIndexable)
    .map((t) => t.stem);

/**
 * Whether a sentence writes the best's count word for word, its number glued to an "x" or not: "BDA: 4x DEU WIA (CAT
 * D), *8x LN wounded* (CAT UNK)" counts what the best's "8x LN wounded" does, the same answer, not another. Word for
 * word, in order: "2x KIA (ISAF, DEU), 1x WIA" holds the words of "1 x ISAF (DEU) KIA" but counts another.
 */
function countIn(best: Candidate, c: Candidate): boolean {
  if (best.kind?.kind !== 'quantity') return false;
  const ours = countedStems(best.text.slice(best.kind.start, best.kind.end));
  const theirs = countedStems(c.text);
  return ours.length > 1 && theirs.some((_, i) => ours.every((w, k) => theirs[i + k] === w));
}

/**
 * Whether the best's answer, and not another's, says in its own words what the question asks: a count of what a "how
 * many" question counts (of the dead, whom: "how many *civilians* were killed", not any "KIA"), or the question's noun
 * (namesFocus: "eastern *direction*" for "which way").
 */
function saysAskedOnly(best: Candidate, c: Candidate, question: Question): boolean {
  const counts = (x: Candidate) => countsAsked(x, question) === true;
  return (counts(best) && !counts(c)) || (!!best.namesFocus && !c.namesFocus);
}

/**
 * Whether a candidate's answer counts, in its own words, what a "how many" question counts or a "how …" one measures
 * ("*4x detainees*"; of the dead, whom: "how many *civilians* were killed", not any "KIA"); undefined when the
 * question counts nothing.
 */
export function countsAsked(c: Candidate, question: Question, glossary?: Glossary): boolean | undefined {
  const counted = question.counted ?? question.measure;
  if (!counted) return undefined;
  if (!c.kind) return false;
  return (
    read(c.text.slice(c.kind.start, c.kind.end)).words.some((w) => isOf(counted, w)) ||
    countsGroup(c, question, glossary)
  );
}

/**
 * Whether a count names, by the glossary's abbreviations, the group of people the question counts: "*3 X LNS* WOUNDED"
 * counts the local nationals asked, "1 x ISAF *(DEU)* KIA" the German soldiers. Only a group of people (ofPeople): the
 * War Diary abbreviates whom it counts, never in the question's words.
 */
function countsGroup(c: Candidate, question: Question, glossary?: Glossary): boolean {
  if (!glossary) return false;
  const asked = [...askedGroups(question, glossary)];
  const groups = groupsCounted(countWords(c), glossary);
  return asked.length > 0 && asked.every((g) => groups.has(g));
}

/** The groups of the glossary a "how many" question counts (countedPhrase): "local nationals", "German soldiers". */
function askedGroups(question: Question, glossary: Glossary): Set<string> {
  const counted = question.countedAs && countedPhrase(question.reading.words, question.countedAs);
  return counted ? conceptsOf(counted, glossary) : new Set<string>();
}

/**
 * The words a "how many" question counts, its adjectives with them: "how many *local nationals*", whose nouns alone
 * ("nationals") name no group the glossary knows. A part counted ("how many of the casualties were Afghans") is its
 * nouns alone.
 */
function countedPhrase(words: Word[], nouns: string): string {
  const at = words.findIndex((w) => w.lemma.toLowerCase() === 'many');
  const last = nouns.split(' ').at(-1);
  const end = words.findIndex((w, i) => i > at && w.text === last);
  if (at < 0 || end < 0 || words[at + 1]?.lemma === 'of') return nouns;
  return words
    .slice(at + 1, end + 1)
    .map((w) => w.text)
    .join(' ');
}

/**
 * Whether a count counts another group of people than the best's count of the asked one: "how many German soldiers
 * were killed" is answered by "1 x ISAF *(DEU)* KIA", and "FF reported *1x INS* killed" counts insurgents, no rival to
 * it; nor is "approx 5x AFG *Civilians*" to "7 x *ANP* KIA" for the Afghan police, nor "the four *local nationals*".
 * The groups are the glossary's (its abbreviations say whom: "INS", "ANP", "DEU", "LN") that WordNet files as people
 * or a group of them; a count naming only a country says where from ("AFG police"), and one naming what the question
 * counts ("1x soldier (GER)", "3x *police*") may count the same, whatever else it names.
 */
function otherGroupOf(best: Candidate, question: Question, glossary: Glossary): (c: Candidate) => boolean {
  const asked = askedGroups(question, glossary);
  if (![...groupsCounted(countWords(best), glossary)].some((g) => asked.has(g))) return () => false;
  const head = question.countedHead ?? question.counted ?? question.measure;
  // A body's count ("2x KIA (ISAF") is another group's only where the question names a group of people ("local
  // nationals"), not a country alone: "how many German soldiers" may be counted among the force's troops.
  const bodies = [...asked].some((g) => ofPeople(glossary, g));
  return (c) => {
    if (c.kind?.kind !== 'quantity') return false;
    const words = countWords(c);
    const groups = [...groupsCounted(words, glossary)];
    const named = (w: Word) => !!head && isOf(head, w);
    const other = groups.some((g) => ofPeople(glossary, g, bodies));
    return other && !groups.some((g) => asked.has(g)) && !words.some(named);
  };
}

/**
 * Whether a sentence counts a thing the question counts by another number than the question's, where the best counts
 * it by the question's: "which vehicle was hit by *two RPGs*?" is told by "…HIT BY *2X RPGS* AND BURNED OUT", and
 * "…VEHICLE (JAMMER CG-20) HIT BY *ONE RPG*" tells of another strike.
 */
function otherCountOf(best: Candidate, question: Question): (c: Candidate) => boolean {
  const asked = countsSaid(question.reading.words, true);
  const said = (c: Candidate) => countsSaid(read(c.text).words);
  const ours = said(best);
  const agreed = [...asked].filter(([key, values]) => countOf(ours, key, lexicon()).some((v) => values.has(v)));
  if (!agreed.length) return () => false;
  return (c) => {
    const theirs = said(c);
    const counted = (key: string) => countOf(theirs, key, lexicon());
    return agreed.some(([key, values]) => {
      const counts = counted(key);
      return counts.length > 0 && !counts.some((v) => values.has(v));
    });
  };
}

/** The determiners that point back to one already told of: "*the* closest RPG", "*that* soldier". */
const DEFINITE = new Set(['the', 'this', 'that']);
/** The most modifiers read between a determiner and its noun: "the *badly wounded* soldier". */
const MODIFIERS = 2;

/**
 * Whether a noun names one already told of: the singular of the plural a "how many" question counts (`countedAs`: "how
 * many *RPGs*"), after a definite determiner past adjectives and participles ("*the closest RPG* was approximately 200m
 * away", "carry *the wounded soldier*"), picks out one of those a count counted, not another number of them. Only that
 * noun: a word WordNet files with it ("the *man*" for "how many people") may be another one of the scene.
 */
function oneTold(words: Word[], at: number, countedAs: string | undefined): boolean {
  const plural = countedAs?.split(' ').at(-1)?.toLowerCase();
  if (!plural || `${words[at]!.text.toLowerCase()}s` !== plural) return false;
  let k = at - 1;
  while (k >= 0 && at - k <= MODIFIERS && (words[k]!.pos === 'ADJ' || words[k]!.pos === 'VERB')) k--;
  return words[k]?.pos === 'DET' && DEFINITE.has(words[k]!.lemma.toLowerCase());
}

/** The glossary's concepts a text names. */
const conceptsOf = (text: string, glossary: Glossary) => new Set(analyze(text, glossary).concepts.map((m) => m.id));

/**
 * Whether a concept of the glossary names people, WordNet filing its head noun as people or a group of them. With
 * bodies, a head capitalised in the name of a body is read in its sense as a group too: the *Force* of "International
 * Security Assistance Force" is troops, though WordNet's first "force" is strength.
 */
function ofPeople(glossary: Glossary, id: string, bodies = false): boolean {
  const head = glossary.byId(id)?.name.split(/\s+/).at(-1) ?? '';
  const files = lexicon()
    .senses(head.toLowerCase(), 'noun')
    .map((s) => s.lexname);
  return PEOPLE_FILES.has(files[0] ?? '') || (bodies && /^[A-Z][a-z]/.test(head) && files.includes('noun.group'));
}

/**
 * The words of a count: its phrase and the words right after it saying whom it counts, in brackets too ("1 x ISAF
 * *(DEU)* KIA", "the four *local nationals* were killed").
 */
function countWords(c: Candidate): Word[] {
  const kind = c.kind;
  if (!kind) return [];
  const words = read(c.text).words;
  const [first, last] = wordsAt(words, kind.start, kind.end);
  const from = formField(words, last + 1) ?? last + 1;
  let end = from;
  while (end < words.length && end - from < WHO_AFTER && whoSaid(words[end]!)) end++;
  return words.slice(first, end);
}
const WHO_AFTER = 5;
const whoSaid = (w: Word) => ['ADJ', 'NOUN', 'PROPN'].includes(w.pos) || BRACKETS.has(w.text);

/** The groups a count's words (countWords) name, as the glossary knows them. */
const groupsCounted = (words: Word[], glossary: Glossary) => conceptsOf(words.map((w) => w.text).join(' '), glossary);

/** Where a question's verb stands among its words, -1 for none: "who *poisoned* the soldiers?". */
export const firstVerb = (words: Word[]) => words.findIndex((w) => w.pos === 'VERB');

/**
 * Whether a "who" question asks who did its act: told in the active ("who searched…?"), or in the passive ending in
 * "by" ("who were they searched by?"); "who was wounded by the shrapnel?" asks whom it was done to, as "who *got* hurt
 * …?" does (getPassive: the tagger reads "got" as a verb of its own).
 */
export function asksDoer(question: Question): boolean {
  const words = question.reading.words.filter((w) => w.pos !== 'PUNCT');
  const verb = firstVerb(words);
  const passive =
    words.slice(0, Math.max(0, verb)).some((w) => w.pos === 'AUX' && PASSIVE.has(w.lemma)) || getPassive(words, verb);
  return !passive || words.at(-1)?.lemma === 'by';
}

/**
 * Whether the best names what a "who" question asks as the doer of its act, after "by" right after the verb: "THE
 * FEMALES AND CHILDREN WERE SEARCHED BY *AN AFGHAN WOMAN*" for "who searched the women and children?". The words
 * say plainly who did it, as a name does, though the phrase is no name.
 */
function namedDoer(best: Candidate, question: Question, saying: Set<number>): boolean {
  const kind = best.kind;
  if (question.wh !== 'who' || !kind || !asksDoer(question)) return false;
  const verbs = new Set(question.reading.words.filter((w) => w.pos === 'VERB').map((w) => w.lemma));
  const words = read(best.text).words;
  // The words before the phrase that only say which one ("an Afghan"), then "by", then the act's verb.
  let k = words.findIndex((w) => w.start >= kind.start) - 1;
  while (k >= 0 && (words[k]!.pos === 'DET' || words[k]!.pos === 'ADJ')) k--;
  return k > 0 && words[k]!.lemma === 'by' && (verbs.has(words[k - 1]!.lemma) || saying.has(k - 1));
}

/**
 * What a rival must say to rival a best naming the doer after "by" and a verb saying a light act (`onlyLight`: "PRT MES
 * WAS *INFORMED BY NDS*"), or naming who did it in the clause of the question's own light verb (answersLightly:
 * "*HUN doctor* gave first aid to the child"): that act, in any words. What one must say to rival a best naming whom
 * the act was done to (namedUndergoer): a verb saying the main clause's act, not the scene's. "He fired 1 x … warning
 * shot into the air" says the scene of "who got hurt when the soldiers fired a warning shot…?", and the one it names
 * (*his comrades*) underwent nothing.
 */
function verbSaid(
  best: Candidate,
  question: Question,
  saying: Set<number>,
  acts: ReturnType<typeof actsSaid>,
): (c: Candidate) => boolean {
  if (acts.onlyLight && (namedDoer(best, question, saying) || acts.answersLightly(best))) return acts.saysOrLight;
  if (namedUndergoer(best, question, saying)) return (c) => acts.mainVerbsSaying(c.text).size > 0;
  return () => true;
}

/**
 * Whether the best names whom a "who was …?" question asks underwent its act as the object right after a verb saying
 * it, or as its passive's subject (passiveSubject): "…DISABLING SHOTS AT THE VEHICLE *KILLING THE DRIVER*" for "who
 * was killed when … shot at the car?". As with a named doer, a sentence with no verb saying the act names someone of
 * the scene ("VEHICLE WAS APPROACHING *TM SAL* …"), not another who underwent it: no rival. `saying`: the word indexes
 * of the best's verbs saying the act.
 */
function namedUndergoer(best: Candidate, question: Question, saying: Set<number>): boolean {
  const kind = best.kind;
  if (question.wh !== 'who' || !kind || asksDoer(question)) return false;
  const words = read(best.text).words;
  // The words before the phrase that only say which one ("the", "an Afghan"), then the act's verb.
  let k = words.findIndex((w) => w.start >= kind.start) - 1;
  while (k >= 0 && (words[k]!.pos === 'DET' || words[k]!.pos === 'ADJ')) k--;
  return (k >= 0 && saying.has(k)) || (kindHeadFile(best) === 'noun.person' && passiveSubject(words, kind.end, saying));
}

/**
 * Whether the phrase ending at `end` is the subject of a passive verb saying the act (`saying`): "FF observed that *LN
 * driver* was wounded" names who underwent it as surely as "…KILLING *THE DRIVER*" does: "was", "were", "got" and
 * adverbs only between. Read only for a person named by role or name (namedUndergoer): a force's code ("*FF* were
 * attacked by … INS") is the War Diary's way of saying "we", the reporting side, in nearly every report, and names no
 * one a "who was attacked…?" question asks for.
 */
function passiveSubject(words: Word[], end: number, saying: Set<number>): boolean {
  let k = words.findIndex((w) => w.start >= end);
  if (k < 0 || !PASSIVE.has(words[k]!.lemma)) return false;
  while (PASSIVE.has(words[k]?.lemma ?? '') || words[k]?.pos === 'ADV') k++;
  return saying.has(k);
}

/** Who opens a clause telling what the noun before it did: "convoy commander, *who* ordered…". */
const SUBJECT_RELATIVE = new Set(['who', 'which', 'that']);

/**
 * Whether the best names what a "who" question asks as the doer of its act in the clause after it, opened by a
 * relative pronoun that is that clause's subject: "He immediately reported to *convoy commander*, who ordered to …
 * fire a warning shot" for "who ordered the gunner to fire…?". The relative clause is another clause than the
 * phrase's own (acts.answers reads only that), yet the pronoun stands for the phrase: the act is the phrase's.
 * `saying`: the word indexes of the best's verbs saying the question's act.
 */
function relativeDoer(best: Candidate, question: Question, saying: Set<number>): boolean {
  const kind = best.kind;
  if (question.wh !== 'who' || !kind || !asksDoer(question)) return false;
  const words = read(best.text).words;
  let k = words.findIndex((w) => w.start >= kind.end);
  if (k < 0 || words[k - 1]!.end > kind.end) return false;
  if (words[k]!.text === ',') k++;
  if (!SUBJECT_RELATIVE.has(words[k]?.lemma.toLowerCase() ?? '')) return false;
  // Past the pronoun, only auxiliaries and adverbs before the verb: "who *had* ordered", "who *then* ordered".
  k++;
  while (k < words.length && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV')) k++;
  return saying.has(k);
}

/**
 * Which unit is what the question is most about: its rarest word, as weighed, among the words saying what it is about
 * (nouns, names, verbs that carry meaning) that some report holds. A word no report holds in any form of its own is
 * the rarest of all, but it is the asker's wording ("a wounded *colleague*" for "a wounded ANP officer", "under
 * *wraps*"), not the subject: the reports can say its subject only in other words. When no such word is held ("where
 * was the *cyclist* taken?"), a light verb does not say what it is about: the rarest word is. `within`: the units it
 * is chosen among.
 */
export function mainWord(units: Weighed[], within: (k: number) => boolean = () => true): number {
  const main = (among: (u: Weighed) => boolean) =>
    units.reduce((m, u, k) => (within(k) && among(u) && (m < 0 || u.weight > units[m]!.weight) ? k : m), -1);
  const held = main((u) => u.inCorpus && u.role >= TELLING);
  return held >= 0 ? held : main(() => true);
}

/** Whether a candidate's report holds a unit of the question enough to tell it: its word, concept or a close bridge. */
const reportTells = (c: Candidate, k: number) => c.inReport[k]! >= ESSENTIAL_HELD;

/**
 * Whether a sentence of another report rivals the best: not when the best itself says the question's main (rarest)
 * word and the other, with its report, says nothing of it — a sentence that could not be quoted for want of the main
 * word is about something else — or only words of its gloss ("political", "activities" for "terrorist"), unless the
 * main word is a name, whose gloss says where or what it is; nor when the other, with its context, says nothing of a
 * noun or name of the question that the best says (at least by a close bridge) and says none that the best does not,
 * but by a loose bridge ("other … officers on OP duty", 0.1 of "first"): it is about less of the question, another
 * story ("…bombers were tasked by Taliban/Al-Qaeda leaders to come to LashKarGah City" holds nothing of the wounded
 * Taliban the Iranians took to TEHERAN; the Kamdesh report of the wounded ANP officer nothing of the medevac turned
 * down). Nor when its report lacks a name the question gives that the best's report holds, and holds no noun or name
 * of it the best's lacks: a name (a place, a unit, an operation) says which event the question tells of, and a report
 * without it, telling no more of the question, tells another of its kind ("a patrol in DEHDADI found a mortar shell"
 * is no rival to the mortar IED "near the MES village" that EOD removed; the Iranian weapons found in Kandahar rival
 * the Iranians seen in Herat for "how many Iranian weapons were seized in Herat?": only that report says weapons).
 * Nor when its report holds nothing but a loose bridge of a word of the question the best says itself (a noun, a
 * verb, what the act was done to or its state: lacksSaid), holds none the best's report lacks, and says in its own
 * words none the best does not: "At 1702D* *Damaged* FOX vehicle was recovered out of little river" is not rivalled
 * by "0956L, UAV LUNA REPORTED THAT ALL UNITS WERE EAST OF KONDUZ RIVER" of a report telling of no damage. The main
 * word is the best's when its report holds it, though the sentence does not: a report without it tells another story.
 * Nor does a copy of the best's report, the same event stored under another id.
 */
export function rivalsOf(best: Candidate, units: Weighed[], question: Question, query: ParsedQuery): Rivals {
  const main = mainWord(units);
  const essential = units.flatMap((u, k) => (u.role >= ESSENTIAL ? [k] : []));
  const telling = units.flatMap((u, k) => (u.role >= TELLING ? [k] : []));
  const lacks = (c: Candidate) =>
    essential.some((k) => best.held[k]! >= ESSENTIAL_HELD && c.held[k]! <= 0) &&
    essential.every((k) => best.held[k]! > 0 || c.held[k]! < ESSENTIAL_HELD);
  // A word said by the other and not by the best tells more of the question ("fired 1 x warning shot at a *speeding*
  // vehicle"), unless a name the best's report holds; a light verb ("go", "get") says little of it either way.
  const saysBeyond = (c: Candidate, k: number) =>
    units[k]!.role > LIGHT_ROLE && c.said[k]! >= 1 && best.said[k]! < 1 && !(units[k]!.proper && reportTells(best, k));
  const lacksSaid = (c: Candidate) =>
    telling.some((k) => best.said[k]! >= 1 && !reportTells(c, k)) &&
    telling.every((k) => reportTells(best, k) || !reportTells(c, k)) &&
    !units.some((_, k) => saysBeyond(c, k));
  // A report holding the main word only by a loose bridge, a word of its gloss, does not say it either; but a name's
  // gloss says where or what it is ("Herat: a city in northwestern Afghanistan"): a report saying so may be its story.
  const saysMain = (c: Candidate) => c.held[main]! > 0 && (reportTells(c, main) || units[main]!.proper);
  const lacksName = namesOtherEvent(best, units, question, query);
  const bestSays = best.held[main]! >= 1 || best.inReport[main]! >= 1;
  const spots = spotsOf(best.text);
  // A sentence naming no answer that gives the spot the best gives tells the same event again (spotsOf).
  const sameSpot = (c: Candidate) => !c.kind && [...spotsOf(c.text)].some((n) => spots.has(n));
  // A report holding the best's sentence word for word, whose sentence the best's report holds too, is the same event
  // stored twice (the War Diary files some under two ids): its sentences are the best's own story, not another's.
  const copied = (c: Candidate) => reportHolds(c, best.text) && reportHolds(best, c.text);
  // A report holding nothing of the act the question asks who or what underwent (`acts`: passiveActs), not even a
  // word bridged to it, while the best's report tells it, holds no answer: "TF 373 executed a HAF raid on OBJ WOLF"
  // tells no killing, and answers no "who was killed in the Objective Wolf raid?", whatever else of the scene it names.
  const acts = passiveActs(question, query, units);
  const actless = (c: Candidate) => acts.some((k) => reportTells(best, k) && c.inReport[k]! <= 0);
  const rivals = (c: Candidate) =>
    (!bestSays || saysMain(c)) &&
    !lacks(c) &&
    !lacksName(c) &&
    !lacksSaid(c) &&
    !sameSpot(c) &&
    !actless(c) &&
    !copied(c);
  // A count is no more of the question: the best may write in digits ("*2 x* civilian cars") the number another
  // writes in the question's word ("*two* separate locations").
  const saysMore = (c: Candidate) =>
    units.some((_, k) => saysBeyond(c, k) && !countsUnit(question, query.units[k]!, units[k]!));
  const namesAll = units.every((u, k) => !u.proper || reportTells(best, k));
  const otherAct = actUntold(best, units, question, query);
  return Object.assign(rivals, {
    otherEvent: lacksName,
    otherAct,
    saysMore,
    namesAll,
    tellsLess: tellsLess(best, units, otherAct),
  });
}

/**
 * Whether a sentence rivals the best (rivalsOf), whether it is of another event of its kind (namesOtherEvent),
 * whether its report tells nothing of the act or thing the question's event is (actUntold), and whether its own words
 * say a word of the question the best's do not, a count aside (saysMore); and whether the best's report tells every
 * name the question gives (namesAll).
 */
export type Rivals = ((c: Candidate) => boolean) & {
  otherEvent: (c: Candidate) => boolean;
  otherAct: (c: Candidate) => boolean;
  saysMore: (c: Candidate) => boolean;
  namesAll: boolean;
  tellsLess: (c: Candidate) => boolean;
};

/**
 * Whether a sentence's report holds nothing, not even a word bridged to it, of a common noun or act of the question
 * that the best's report tells: the question's "*ambush*" says which event it asks of, and a report telling none (a
 * car bomb's "Updated BDA: 2x KIA (ISAF, DEU)") tells another, though in the same place. A count is none of them.
 */
function actUntold(
  best: Candidate,
  units: Weighed[],
  question: Question,
  query: ParsedQuery,
): (c: Candidate) => boolean {
  const told = units.flatMap((u, k) =>
    u.role >= ESSENTIAL && !u.proper && reportTells(best, k) && !countsUnit(question, query.units[k]!, u) ? [k] : [],
  );
  return (c) => told.some((k) => c.inReport[k]! <= 0);
}

/**
 * Whether a sentence's report tells less of the question than the best's: nothing, not even a word bridged to it, of
 * a common noun or act of the question that the best's report tells (actUntold), and nothing of the question that the
 * best's report lacks. The War Diary files many events of one kind in the same words; a report telling fewer of the
 * question's things, and none of its own, is another of them, however close its sentence: "At 1842Z, RC South
 * reported: … while exploiting the 4x Mines FF discovered…" tells of no *recce* and no *possible* mine, beside "At
 * 1751Z, RC North reported a UXO Find" of the patrol that found "1x UXO(possible Mine)"; "At the same time an RPG
 * attack was carried out on an ANP District HQ on RTE Taurus" of no *platoon*, beside "INF PLT H traveling towards
 * Konduz on rte Taurus when a vehicle exploded"; "German S2 Officer reported that a white Jeep approached to close at
 * the rear of a GER convoy" of no *Camp Warehouse*, beside "After the warning shot, the car stepped back to the
 * appropriate distance". A report telling a word of the question the best's does not may be the story asked.
 * A sentence in the best's words is another record of the form the best fills in ("District: Kamdish Village: Kamdish
 * HCA Type: Non-CDS HCA Date 01/17/2007 MGRS Location of Drop: …" beside "District: Kamdish Village: Pitigal …"): the
 * names and numbers it fills in tell which record is asked, not the rest of the report (the best's list of goods naming
 * "First Aid *Kits*" tells no *aid* drop the other does not).
 */
function tellsLess(best: Candidate, units: Weighed[], otherAct: (c: Candidate) => boolean): (c: Candidate) => boolean {
  if (!best.kind) return () => false;
  const essential = units.flatMap((u, k) => (u.role >= ESSENTIAL ? [k] : []));
  const said = wordsOf(best.text);
  return (c) =>
    otherAct(c) &&
    essential.every((k) => reportTells(best, k) || !reportTells(c, k)) &&
    !saysSame(wordsOf(c.text), said);
}

/**
 * Whether a sentence's report lacks a name the question gives that the best's report holds, and holds no noun or name
 * of it the best's lacks (rivalsOf): a name (a place, a unit, a year) says which event the question tells of, and a
 * report without it tells another of its kind. A count is no more of the question: the best's report may write in
 * digits ("*2x* detainees … on 151940ZSEP07") the number another's writes in the question's word ("*Two* (2)
 * detainees … on 110302ZSEP09"). Nor is a common noun the best's report says in words of its own, bridged to it: "an
 * operation … south-west of Jalalabad … kill / capture of the senior TB commander" tells the *raid* asked of, and "TF
 * 373 executed a HAF *raid* on OBJ WOLF down in WAZI KHWA", naming neither the place nor its bearing, another. A name
 * is: a report saying "*Operation*" where the best's writes only "OP ARAGON" may tell the operation the question names.
 */
function namesOtherEvent(
  best: Candidate,
  units: Weighed[],
  question: Question,
  query: ParsedQuery,
): (c: Candidate) => boolean {
  const essential = units.flatMap((u, k) => (u.role >= ESSENTIAL ? [k] : []));
  const names = units.flatMap((u, k) => (u.proper ? [k] : []));
  const counting = (k: number) => countsUnit(question, query.units[k]!, units[k]!);
  const loosely = (k: number) => !units[k]!.proper && best.inReport[k]! > 0;
  return (c) =>
    names.some((k) => reportTells(best, k) && !reportTells(c, k)) &&
    essential.every((k) => reportTells(best, k) || loosely(k) || !reportTells(c, k) || counting(k));
}

/** Whether a candidate's report, its quotes or paraphrase, holds a text word for word. */
const reportHolds = (c: Candidate, text: string) => paragraphsOf(c.hit.report).some((t) => t.includes(text));

/**
 * The numbers of five digits and more a text gives: each names one thing, not a count — the grid the War Diary places
 * an event at ("at grids *15490 21706*"), a detainee's ISN — so two reports giving the same tell one event
 * ("***DELAYED REPORT*** … at grids 42S WD 15490 21706" beside "… at grids 15490 21706. 1 x blue NISSAN PATROL…").
 */
const spotsOf = (text: string) => new Set(text.match(/\b\d{5,}\b/g) ?? []);

/**
 * Whether a sentence of another report neither answers nor tells another story the question may be about. A question
 * naming the kind it asks (who, when, where, how many, how often…; not "why") is answered by a phrase surely of that
 * kind, a name, a date, a number: when the best names one, a sentence naming none, whose report holds no noun or name
 * of the question that the best's report lacks, says nothing otherwise ("Iranian-made weapons recently found in
 * Kandahar" beside "Iranian arms are regularly discovered inside Afghanistan", for "how often"). A "which X" question
 * hints its kind by X only: a sentence naming none the reading saw surely names none only when it holds no other
 * noun of X's kind (namesNoOtherX).
 * Nor does a count of another group than the one the best counts (otherGroupOf), in any report, nor one counting what
 * the question counts by another number (otherCountOf), nor one stating no other measure than the best's
 * (noOtherMeasure). Nor does a sentence of the `scene` a near-tie was broken against (ties.ts): it tells where the
 * best's fact stands, not another answer. Nor, beside a best stating the cause of its report's own event, does one
 * giving no reason (eventCauseTold).
 */
export function idleOf(
  best: Candidate,
  units: Weighed[],
  question: Question,
  glossary: Glossary,
  scene: (c: Candidate) => boolean = () => false,
): (c: Candidate) => boolean {
  const sure = (c: Candidate) => c.kind?.strength === 1;
  const tellsMore = (c: Candidate) =>
    units.some((u, k) => u.role >= ESSENTIAL && reportTells(c, k) && !reportTells(best, k));
  // A reason is no name, date or number: "as a result of…" names one in any sentence, whatever it is the reason for.
  // Nor is an act ("what was S doing?") or a degree ("how badly…?": "damaged *so heavily*" is one the reading misses).
  const named = !question.expects.has('reason') && !question.expects.has('act') && !question.degree;
  const answered = named && sure(best);
  const namesNone = question.strict ? () => true : namesNoOtherX(question);
  // A sentence saying more of a "who" question than the best, with its name, does, tells the act without its doer
  // ("Helped out a local villager with tarps"): the name the best gives is of another story.
  const outscores = (c: Candidate) => question.expects.has('agent') && c.score >= best.score;
  const countsOther = otherGroupOf(best, question, glossary);
  const countsAnew = otherCountOf(best, question);
  const measureless = noOtherMeasure(best, question);
  const causeTold = eventCauseTold(best, question);
  return (c) =>
    (causeTold && !c.kind) ||
    (answered && c.hit.report !== best.hit.report && !sure(c) && !tellsMore(c) && !outscores(c) && namesNone(c)) ||
    countsOther(c) ||
    countsAnew(c) ||
    measureless(c) ||
    scene(c);
}

/**
 * For a "which X" question, whether a sentence naming no answer surely names none: the best's sure X ("a *P8* (9mm
 * pistol)", "travelling along *H7*") is all that is said of the kind asked, unless the sentence holds a noun WordNet
 * files under X or X under it, an X the kind reading may have missed ("one *APC* Fuchs which rolled over", an APC
 * being a vehicle; "*This vehicle* moved around…" of a car). The question's own noun is what the question says
 * already ("he had no *gun*"; "warning shots with flare *pistol*", another report's scene): the reading marks an X
 * it names beside it ("a *P8* (9mm pistol)") itself. Without X ("what happened?") any sentence may name the answer.
 */
function namesNoOtherX(question: Question): (c: Candidate) => boolean {
  const x = question.instanceOf;
  const words = lexicon();
  const kin = (w: Word) => {
    const lemma = w.lemma.toLowerCase();
    return ['NOUN', 'PROPN'].includes(w.pos) && lemma !== x && (words.isA(lemma, x!) || words.isA(x!, lemma));
  };
  // Not when it asks an attribute of X ("What *size* mortar shell…"): the answer is no X but what is said of one.
  return (c) => !!x && !question.attribute && !read(c.text).words.some(kin);
}

/**
 * Whether a sentence of the best's own report, naming nothing of the kind the question asks for, only tells what the
 * answer is about ("…found 1x 107mm rocket in the backyard of a resident of Qisilabad" before "The man wanted to hand
 * over the rockets for timber"): it names no other answer, so it does not rival a likely answer. Only when it holds
 * less of the question than the best (one holding more tells the story without answering it: the answer may be
 * elsewhere), or stands right before or after it (the best goes on with its story: "…NAZGUL 63 LEAD A/C HEARD 3-4
 * EXPLOSIONS. AIRCRAFT WAS AT 30FT AGL…"), or before it, the best naming again what it names ("A motorcycle tried to
 * break into the column … *The motorcycle* was driven by one man": namesAgain), or not saying the act the best's
 * answer says ("2 KIA"); and the report holds every name the question gives (without one, it may be another story of
 * its kind).
 */
export function tellsSubject(
  best: Candidate,
  question: Question,
  query: ParsedQuery,
  units: Weighed[],
  index: SearchIndex,
): (c: Candidate) => boolean {
  // "who", "when", "where", "how many" are answered by a name, a date, a number: a phrase only likely of that kind (a
  // common noun) is too weak an answer to set the report's other sentences aside — but for "who" a noun WordNet files
  // as a person or a group says whom as plainly as a name ("will hire a local national tow truck *driver*", "a
  // Pathfinder and tracking dog *team* arrived").
  const answers = !!best.kind && (!question.strict || best.kind.strength === 1 || saysWhom(best, question));
  const ours = question.expects.size > 0 && answers && holdsNames(best, units);
  // A reason is no name, date or number: "as a result of this operation" may be the reason of another act of its story.
  const next = (c: Candidate) =>
    !question.expects.has('reason') &&
    c.passage === best.passage &&
    (!/\S/.test(best.passage.text.slice(Math.min(c.end, best.end), Math.max(c.start, best.start))) ||
      (c.end <= best.start && namesAgain(c.text, best.text)));
  // Nor does one holding more of the question but not its act, when the best's answer says that act in its own word:
  // "3 ANP WIA via land mine near FB MF" tells the strike the ANP were killed in, "they were also *2 KIA* from the
  // explosion" how many were killed. An act said only beside the answer may be of another count ("3x INS probably
  // killed" beside "3 X ISAF/NATO (DEU) KIA"), and one bridged to the question's may be another act.
  const answered = best.kind ? termsOf(best.text.slice(best.kind.start, best.kind.end), index) : undefined;
  const acts = units.flatMap((u, k) =>
    contentVerb(question, query, u, k) && !!answered && holds(u, answered.stems, answered.concepts) >= 1 ? [k] : [],
  );
  const actLess = (c: Candidate) => acts.some((k) => c.said[k]! < SAYS_ACT);
  // Nor one saying every word of the question, its act in its own verb, where the best says that act only in a word
  // bridged to it: "THE ELDERS WERE *ASKED* BY THE TALIBAN … 15 OF THEIR TALIBAN BROTHERS … IN EXCHANGE FOR PVT
  // BERGDAHL" tells the asking that the best's "*REQUESTING* ASSESTS/MONEY FROM DAWLAT KHAN" may not be: the answer
  // may be in it, though it scores lower.
  const verbs = units.flatMap((u, k) => (contentVerb(question, query, u, k) ? [k] : []));
  const saysMore = (c: Candidate) => c.said.every((said) => said >= 1) && verbs.some((k) => best.said[k]! < 1);
  const less = (c: Candidate) => c.score < best.score && !saysMore(c);
  // Nor one saying, of the question, only words of the clause setting its scene ("after the bomb *turned up in the
  // tagab girls school*"): "TF33 reported IED discovered in a girl's school in TAGAB" tells the scene the question
  // sets, where the best ("Police are securing site") tells what it asks. A name of the question it says besides
  // tells no act: the report holds every name (`ours`), and its sentences are credited with them ("FF fired 2 x short
  // bursts of MG over a car" holds *MARMAL* of its report, the scene of "…make it to marmal after the mg bursts over
  // the car"); nor does a word telling nothing of what is asked ("*After* burst car stopped").
  const setting = settingOf(question, query);
  const sceneOnly = (c: Candidate) =>
    setting.some((s, k) => s && c.said[k]! > 0) &&
    c.said.every((said, k) => setting[k] || said <= 0 || units[k]!.proper || units[k]!.role < TELLING);
  return (c) =>
    ours && !c.kind && c.hit.report === best.hit.report && (less(c) || next(c) || actLess(c) || sceneOnly(c));
}

/**
 * Whether a sentence of the best's own report giving a time or a count says, of the question, only its names: none of
 * the nouns and acts it asks of that the best's own words say. The names say where and whose ("Yaya Khel"), not what
 * was done: "Roshan … will activate the Roshan antennas in … Yaya Khel … *this year*" tells when another thing
 * happens there, beside "Event Type: Yaya Khel DC Ribbon Cutting Estimated DTG of Event: *18 OCT 07*" for "when is
 * the Yaya Khel district center ribbon cutting supposed to happen?". Its time or count is of that other act.
 */
export function namesOnly(best: Candidate, units: Weighed[], question: Question): (c: Candidate) => boolean {
  const telling = units.flatMap((u, k) => (u.role >= TELLING && !u.proper ? [k] : []));
  if (!telling.some((k) => best.said[k]! >= 1)) return () => false;
  // Only where "when" or "how many" asks a time or a count: "what was the aid drop … supposed to *achieve*?" may be
  // read as asking a count, and then a form's "Location of Drop: 42SYD…", read as one, tells no other act.
  const asked = (c: Candidate) =>
    question.strict && !!c.kind && TIMES_COUNTS.has(c.kind.kind) && question.expects.has(c.kind.kind);
  return (c) => c.hit.report === best.hit.report && asked(c) && telling.every((k) => c.said[k]! <= 0);
}
const TIMES_COUNTS = new Set(['time', 'quantity']);

/**
 * The units of the question's main clause's acts, not one setting the scene ("when was the Dingo recovered *after it
 * slid* off the road?"): the time asked is of the act asked.
 */
export function mainActs(units: Weighed[], question: Question, query: ParsedQuery): number[] {
  const setting = settingOf(question, query);
  return units.flatMap((u, k) => (contentVerb(question, query, u, k) && !setting[k] ? [k] : []));
}

/**
 * Whether a time of the best's own report is of another act than the one asked: a running log stamps each entry with
 * its own act's time ("And *0902Z*, the truck driver was *interrogated*" beside "At 1000Z, the truck was *checked* and
 * reported to be clean" for "what time was the cnl truck checked…?"), so an entry saying none of the question's acts
 * that the best says gives the time of something else done, not another time of the act asked. `acts`: the question's
 * main acts (mainActs).
 */
export function otherMoment(best: Candidate, acts: number[]): (c: Candidate) => boolean {
  if (best.kind?.kind !== 'time') return () => false;
  const told = acts.filter((k) => best.said[k]! >= 1);
  if (!told.length) return () => false;
  return (c) => c.hit.report === best.hit.report && c.kind?.kind === 'time' && told.every((k) => c.said[k]! < SAYS_ACT);
}

/**
 * Whether a sentence of the best's own report names none of the question's subject (subjectForms), where the best
 * gives a time surely and names it: a running log stamps each entry with the time of its own doer's act, so an entry
 * of another doer tells another's act or the scene the question names ("FF reported while PMT … found 1x Mortar Shell
 * in front of the District Admin Office", "At 1050Z, all FF have RTB" beside "At 0900Z, PRT MES *EOD* arrived at the
 * site" for "when did eod get to the dehdadi mortar shell"; "…ANP in Spin Boldak have confiscated a truck…" beside
 * "181114ZJAN07, *CEXC Team* on site"; "…ODA 773 … was also in contact…" beside "*GCAS* … was on station at
 * approximately 1430z"), not another time of the act asked. An entry naming the subject still rivals: "0430z … REPORTS
 * *SOLDIER* IS MISSING" and "0605z … EXCEPT THE *SOLDIER* THAT IS MISSING" are two times of one soldier's story.
 */
export function otherDoersEntry(best: Candidate, question: Question, glossary?: Glossary): (c: Candidate) => boolean {
  const forms = subjectForms(question, glossary);
  if (best.kind?.kind !== 'time' || best.kind.strength !== 1 || !forms) return () => false;
  // By stem: the tagger may take a plural abbreviation for a plural ("the *gcas*": "gca") that the report writes whole.
  const stems = wordsOf([...forms].join(' '), 'stem');
  const names = (c: Candidate) => [...wordsOf(c.text, 'stem')].some((s) => stems.has(s));
  if (!names(best)) return () => false;
  return (c) => c.hit.report === best.hit.report && !names(c);
}

/**
 * Whether a sentence of the best's own report, weighing less, says none of the question's main acts (`main`: mainActs;
 * `says`: acts-said.ts), where the best says one in the question's word or a word bridged to it. A report tells its
 * event in several sentences, each a step of the story with its own doer, place or thing; the question asks of one act,
 * and the sentence saying that act names its answer, the others the answer to no act asked: "FURTHER DISCUSSION WITH
 * IMP SOLDIER (US) REVEALED THAT THE TENT THAT WAS *STRUCK* BY THE ROCKET … WAS THE TENT THAT THE IMP SOLDIERS (US)
 * LIVED IN" beside "1X US *MIL* DID NOT HAVE HIS MILITARY ID CARD ON HIS PERSON…" for "whose tent got hit by the
 * rocket at the dutch compound?"; "…it is *assessed* that the weapon used in the engagement was a RPK" beside "AZ 52
 * … received SAF from a compound at 41R PR 6822 3552" for "what weapon was assessed to have fired on the Kiowa…?";
 * "TF 31 personnel *suspect* that the real spelling of his name is Ali Mohammed" beside "At 0445z, *ODB 330* reported
 * that they had captured an insurgent" for "what do TF 31 think the captured insurgent's name really is?".
 * Not one weighing more, which may hold an answer the kind reading missed; nor another report's, which may tell
 * another event (rivalsOf); nor beside a best telling the act only loosely, a movement in passing ("the road they were
 * *moving* along" for "where did the element *head*…?"): the story's other steps may say it more surely.
 */
export function otherEntry(
  best: Candidate,
  main: number[],
  says: (c: Candidate, mainOnly: boolean) => boolean,
): (c: Candidate) => boolean {
  if (!main.some((k) => best.said[k]! >= SAYS_ACT) || !says(best, true)) return () => false;
  return (c) => c.hit.report === best.hit.report && c.score < best.score && !says(c, true);
}

/** Whether a "who" question's answer is a noun WordNet files as a person or a group ("the *driver*", "a *team*"). */
function saysWhom(c: Candidate, question: Question): boolean {
  if (question.wh !== 'who' || !c.kind) return false;
  return PEOPLE_FILES.has(kindHeadFile(c) ?? '');
}

/** The WordNet file of the head noun of a candidate's answer (its last noun), read in the sentence's own reading. */
function kindHeadFile(c: Candidate): string | undefined {
  if (!c.kind) return undefined;
  // The sentence's own reading (memoised), not a second one of the answer's words alone.
  const words = read(c.text).words;
  const [first, last] = wordsAt(words, c.kind.start, c.kind.end);
  const head = words
    .slice(first, last + 1)
    .filter((w) => w.pos === 'NOUN')
    .at(-1);
  return head && lexicon().filedUnder(head.lemma.toLowerCase(), 'noun');
}

/**
 * The units of the act a question asks who or what underwent: its verb in the passive, right after "be" or "get" ("who
 * *was killed* in the Objective Wolf raid?"), not one a clause describing a noun says ("the child *hit* by the Fuchs")
 * nor one after "to" ("supposed to *strike*"). A report telling nothing of that act holds no one who underwent it.
 */
function passiveActs(question: Question, query: ParsedQuery, units: Weighed[]): number[] {
  const words = question.reading.words;
  const passive = (w: Word) => {
    const before = words[words.indexOf(w) - 1];
    return (before?.pos === 'AUX' && PASSIVE.has(before.lemma)) || getPassive(words, words.indexOf(w) - 1);
  };
  return units.flatMap((u, k) => {
    const word = contentVerb(question, query, u, k);
    return word && passive(word) ? [k] : [];
  });
}

/** Whether a candidate's report holds every name the question gives: without one, it may tell another story. */
export function holdsNames(c: Candidate, units: Weighed[]): boolean {
  return units.every((u, k) => !u.proper || reportTells(c, k));
}

/**
 * Whether a rival is less surely what a "which X" question asks than a best saying its answer is an X (namesFocus:
 * "toward which border": "the TURKMENISTAN *border*"): a phrase only possibly one ("pulled back to ATHE KHAN KHWAJEH").
 * A name stays a rival, as it may be an X WordNet and its report do not call one, but not in the best's own report: one
 * report calls its X by the noun or a kind of it, its other names telling its scene ("Last *car* of the column made a
 * warning shoot" beside "the column comprising of two *DEU RECCE* vehicles FENNEK").
 */
const namedLessSurely = (best: Candidate, c: Candidate) =>
  !!best.namesFocus && !!c.kind && !c.namesFocus && (c.kind.kind !== 'instance' || c.hit.report === best.hit.report);

/** Whether the best names where a movement of `mover` ended (wentTo). */
const wentBy = (best: Candidate, mover: ReadonlySet<string>) =>
  !!best.kind && wentTo(read(best.text).words, best.kind.start, lexicon(), mover);

/**
 * For "what did S do *after* Y?", a best telling S's act in the sentence after Y's (doneNext: "Then FF started force
 * escalation firing 1 x MG-burst. *Motorcycle withdrew* immediately northwards.") is not rivalled by an act told before
 * Y in its passage ("1 x motorcycle approached the CP"): that is what S did before.
 */
const toldBefore = (question: Question, best: Candidate, c: Candidate) =>
  question.reading.words.some((w, i) => i > 0 && w.lemma.toLowerCase() === 'after') &&
  !!best.answerFrom &&
  c.passage === best.passage &&
  c.end <= best.start;
