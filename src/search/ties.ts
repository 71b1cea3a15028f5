/**
 * A near-tie between two sentences of one report, broken by the word of the question only one of them says: a report
 * tells its scene in several sentences, each naming the question's words for it again ("FOB Orgun-E", "rocket
 * attack"), and the fact asked in one of them alone, by the word setting it apart ("At 1222z *the all clear* was
 * given"). Weighed by all the question's words, the scene's sentence holding more of them outweighs it by a little;
 * the word only it says of the question tells which of them is asked about.
 */
import type { Candidate } from './candidates.ts';
import { countOf, countsSaid } from './counts.ts';
import { lexicon } from './lexicon.ts';
import { read } from './nlp.ts';
import type { Question } from './question.ts';
import type { Weighed } from './weighed.ts';

/** How near in score two sentences of a report stand to be tied: well within what one word of a question weighs. */
const TIED = 0.03;
/** How fully a sentence's own words must hold a unit to say it: the word itself or a close bridge. */
const SAYS = 0.5;

/**
 * The units of the question a candidate's own words say that may set a fact apart: no name (a name says which report,
 * not which fact), nor a word weighing nothing.
 */
const saysOf = (c: Candidate, units: Weighed[]) =>
  units.flatMap((u, k) => (!u.proper && u.weight > 0 && c.said[k]! >= SAYS ? [k] : []));

/**
 * Whether a candidate names what is asked as surely as the best: a tie is broken between two answers, not against one
 * surely naming it (a name, a number; a "which X" answer naming X) by one naming nothing or less surely.
 */
const asSurely = (c: Candidate, best: Candidate) =>
  !best.kind || (!!c.kind && c.kind.strength >= best.kind.strength && (!best.namesFocus || !!c.namesFocus));

const NO_SCENE = () => false;

const overlaps = (a: Candidate, b: Candidate) => a.passage === b.passage && a.start < b.end && b.start < a.end;

/**
 * The units a candidate alone of its report says among those read (`ranked`): no other sentence of its report, apart
 * from one read with it (a sentence referring back is read with the one before), says them.
 */
function saidAlone(c: Candidate, ranked: Candidate[], units: Weighed[]): number[] {
  const others = ranked.filter((o) => o.hit.report === c.hit.report && !overlaps(o, c));
  return saysOf(c, units).filter((k) => others.every((o) => o.said[k]! < SAYS));
}

/**
 * The sentence of the best's report tied with it that alone says a word of the question the best does not, when the
 * best alone says none: it is put first, and its report's sentences not saying that word are its scene, telling it,
 * no rivals to it (what is returned says which are). Not among sentences stating what a yes/no question asks
 * (`stating`): they are put first for that.
 */
export function tieBroken(
  typed: Candidate[],
  ranked: Candidate[],
  units: Weighed[],
  stating: Set<Candidate>,
): (c: Candidate) => boolean {
  const best = typed[0];
  if (!best || stating.size || saidAlone(best, ranked, units).length) return NO_SCENE;
  const tied = typed.find((c) => tiedWith(c, best));
  const apart = tied && saidAlone(tied, ranked, units).filter((k) => best.said[k]! < SAYS);
  if (!tied || !apart?.length) return NO_SCENE;
  putFirst(typed, tied);
  return (c) => c.hit.report === tied.hit.report && apart.every((k) => c.said[k]! < SAYS);
}

/** Another sentence of the best's report, scored as high within TIED, apart from it, and as sure of its kind. */
const tiedWith = (c: Candidate, best: Candidate) =>
  c !== best &&
  c.hit.report === best.hit.report &&
  Math.abs(c.score - best.score) <= TIED &&
  !overlaps(c, best) &&
  asSurely(c, best);

/**
 * Whether a text counts a thing the question counts (`asked`: countsSaid of its words), under its noun or a kin of it
 * (countOf), by the question's own number, or (`other`) only by another number.
 */
function countedAs(asked: Map<string, Set<number>>, c: Candidate, other: boolean): boolean {
  const said = countsSaid(read(c.text).words);
  return [...asked].some(([key, values]) => {
    const theirs = countOf(said, key, lexicon());
    return theirs.length > 0 && theirs.some((v) => values.has(v)) !== other;
  });
}

/**
 * A tie between two sentences of one report, broken for the one counting what the question counts by the question's
 * number, where the best counts it by another: "where was *the one detainee* who wasnt there after 4185 to 4188 came
 * in" is told by "*1 X detainee* is in the CSH", tied with "*4x detainees* transferred into BTIF from TF 373", which
 * tells of the four (leads.ts otherCountOf then reads the four as no rival).
 */
export function countTieBroken(typed: Candidate[], question: Question): void {
  const best = typed[0];
  const asked = countsSaid(question.reading.words, true);
  if (!best || !asked.size || !countedAs(asked, best, true)) return;
  const tied = typed.find((c) => tiedWith(c, best) && countedAs(asked, c, false));
  if (!tied) return;
  putFirst(typed, tied);
}

/**
 * How near in score a sentence of the best's report naming the question's noun must stand to go first (focusFirst):
 * within the lead a likely answer must have over its rivals (gates.ts LIKELY), where the score alone cannot tell the
 * two apart.
 */
const NAMED_TIED = 0.1;

/** A count, which focusFirst leaves alone (see there). */
const counted = (c: Candidate) => c.kind?.kind === 'quantity';

/**
 * A near-tie broken for the sentence that says its answer is what a "which X" question asks for (namesFocus: "SAID
 * RAHMAN THE REGIONAL ARABAKI *MILITIA LEADER* WAS KIA" for "which militia leader was killed…?"), where the best names
 * another answer the reading only takes to be one ("CHIEF OF DEU FOREIGN OFFICE *PRT KDZ* REPORTED AN IED STRIKE"): a
 * report tells its scene in several sentences, and the one calling its answer by the question's noun tells which of
 * them answers ("TOYOTA-vehicle withdrew into *northern direction*" for "which way did the corolla go…", before the
 * place it was in). Only as sure (asSurely): a name is not put behind a phrase guessed to be one. Not for a number,
 * best or put first: every record of a form names the noun of its count ("New facility *headcount* is 717" for "what
 * was the count at btif after…"), which tells no record from another. Nor where a sentence states what a yes/no
 * question asks (`stating`): that is put first for stating it, not for naming its noun.
 */
export function focusFirst(typed: Candidate[], stating: Set<Candidate>): void {
  const best = typed[0];
  if (stating.size || !best?.kind || counted(best) || best.namesFocus) return;
  const named = typed.find(
    (c) =>
      c.namesFocus &&
      !counted(c) &&
      c.hit.report === best.hit.report &&
      best.score - c.score <= NAMED_TIED &&
      !overlaps(c, best) &&
      asSurely(c, best),
  );
  if (!named) return;
  putFirst(typed, named);
}

/** Moves a candidate to the front of the typed list, out of its place there if it has one. */
export function putFirst(typed: Candidate[], c: Candidate): void {
  if (typed.includes(c)) typed.splice(typed.indexOf(c), 1);
  typed.unshift(c);
}
