/**
 * A count asked over a period: "how many detainees did TF 373 send to the BTIF *in July 2007*?" asks the month's
 * total, and a report tells one event of it ("122033ZJUL07, TF 373, 3x Detainees were transfered to …"). When another
 * report dated within the period names what is counted and the question's names too ("281837ZJUL07 1-DETAINEE ARRIVED
 * AT BTIF FROM TF373"), the one report's count is a part, not the answer: the gate declines it ('other-report').
 * A count of a state ("how many detainees were *held* … in December 2009?") is a headcount at one time, any report's;
 * and a count the question ties to one moment by a clause of its own ("… in September 2009 *when ISN 20022 was
 * assigned*?") is that one event's, the period only saying when it was.
 */
import type { Lexicon } from './lexicon.ts';
import { SCENE_OPENERS, type Word } from './nlp.ts';
import { isOf } from './measures.ts';
import { dayNamed, monthNumber, parseDateQuery, reportSpan } from './dates.ts';
import { parseQuery, type ParsedQuery, type QueryUnit } from './query.ts';
import { searchReports } from './rank.ts';
import { wordOfToken, type Question } from './question.ts';
import type { SearchIndex } from './index.ts';
import type { Candidate } from './candidates.ts';
import { quotes, type Confidence, type Declined } from './gates.ts';
import type { Weighed } from './weighed.ts';
import type { Token } from './text.ts';

/** A month or a year a question names after "in": "in July 2007", "in 2009". */
const IN_PERIOD = /\bin\s+((?:[a-z]{3,9}\.?\s+)?\d{4})\b/gi;

/** The days of the month or year a question asks over, when it names no day. */
export function periodNamed(text: string): { start: string; end: string } | undefined {
  if (dayNamed(text)) return undefined;
  for (const m of text.matchAll(IN_PERIOD)) {
    const parsed = parseDateQuery(m[1]!);
    if (parsed.ok && parsed.date.precision !== 'day') return parsed.date;
  }
  return undefined;
}

/**
 * The question's main verb: its first verb, or an auxiliary standing alone as one ("how many fuses *were* in the
 * cache?"), past "do" of the question's form and an auxiliary of the verb right after it ("were *transferred*").
 */
function mainVerb(words: Word[]): Word | undefined {
  const next = (i: number) => words.slice(i + 1).find((v) => v.pos !== 'ADV' && v.pos !== 'PART');
  const helps = (w: Word, i: number) => w.lemma === 'do' || next(i)?.pos === 'VERB';
  return words.find((w, i) => w.pos === 'VERB' || (w.pos === 'AUX' && !helps(w, i)));
}

/** Whether the question's act is a state, by WordNet's first sense of its verb ("held", "be"): a count at one time. */
function asksState(question: Question, lexicon: Lexicon): boolean {
  const verb = mainVerb(question.reading.words);
  return !verb || lexicon.filedUnder(verb.lemma, 'verb') === 'verb.stative';
}

/**
 * Whether the question sets its act at one moment by a clause: a word opening a scene ("when", "once", "after") with a
 * verb after it ("when ISN 20022 *was assigned*"), not a phrase ("during the month").
 */
function atMoment(question: Question): boolean {
  const { words } = question.reading;
  const opens = words.findIndex((w, i) => i > 0 && SCENE_OPENERS.has(w.lemma.toLowerCase()));
  return opens > 0 && words.slice(opens + 1).some((w) => w.pos === 'VERB' || w.pos === 'AUX');
}

/** A word of the period itself: its month or its year. */
const namesPeriod = (t: Token) => !!monthNumber(t.norm) || /^\d{4}$/.test(t.norm);

/** The text of the question's units a filter keeps, apart from the period's own words, as a query. */
function unitsQuery(keep: (u: QueryUnit, k: number) => boolean, query: ParsedQuery, index: SearchIndex): ParsedQuery {
  const text = query.units
    .filter((u, k) => !u.tokens.some(namesPeriod) && keep(u, k))
    .map((u) => query.text.slice(u.tokens[0]!.start, u.tokens.at(-1)!.end))
    .join(' ');
  return parseQuery(text, index.glossary);
}

/**
 * The reports of the period, besides the best's, that tell a part of the total: they name what is counted, and at
 * least half of it and the question's names together, as a name may be written otherwise ("TF373" for "TF 373").
 */
function partsTold(best: Candidate, question: Question, found: Found, within: (p: number) => boolean): boolean {
  const { query, units, index } = found;
  const counted = (question.counted ?? question.measure)!;
  const counts = (u: QueryUnit) => u.tokens.some((t) => isOf(counted, wordOfToken(question, t)));
  const noun = unitsQuery(counts, query, index);
  const part = unitsQuery((u, k) => units[k]!.proper || counts(u), query, index);
  if (!noun.units.length || part.units.length < 2) return false;
  const other = (p: number) => index.order[p] !== best.hit.report && within(p);
  const naming = new Set(searchReports(index, noun, { keep: other, limit: PARTS }).hits.map((h) => h.position));
  const hits = searchReports(index, part, { keep: (p) => naming.has(p), limit: PARTS }).hits;
  return hits.some((h) => h.coverage >= 0.5);
}

/** How many reports of the period are read for a part of the total: a month of the detention facility's reports. */
const PARTS = 40;

interface Found {
  query: ParsedQuery;
  units: Weighed[];
  index: SearchIndex;
  lexicon: Lexicon;
}

export function periodCount(
  confidence: Confidence | Declined,
  best: Candidate,
  question: Question,
  found: Found,
): Confidence | Declined {
  const { query, index, lexicon } = found;
  if (!quotes(confidence) || !(question.counted ?? question.measure) || best.kind?.kind !== 'quantity')
    return confidence;
  const period = periodNamed(query.text);
  if (!period || asksState(question, lexicon) || atMoment(question)) return confidence;
  const within = (p: number) => {
    const span = reportSpan(index.order[p]?.date ?? null);
    return !!span && span.start >= period.start && span.end <= period.end;
  };
  return partsTold(best, question, found, within) ? 'other-report' : confidence;
}
