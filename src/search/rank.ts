/**
 * Ranking: each unit of a query is scored over the postings (BM25+, as
 * MiniSearch scores it) into typed arrays by report position, units are added
 * up report by report, and only the best reports are sorted: a common word
 * ("IED", 36,000 reports) costs one pass over its postings, never a sort of
 * all of them. A query of several units scores only the reports matching
 * every unit when they fill the page (covering.ts), and counts the rest as
 * sets. A query of one long unit reads its page from the unit kept in rank
 * order (unit-orders.ts), scoring nothing. Nothing is kept from one search to
 * the next but the arrays (and the bitsets of long lists, list-bits.ts, and the
 * units in order, made while the desk is idle).
 */
import type { Report } from '../corpus/model.ts';
import { candidatesOf } from './covering.ts';
import type { Matched, SearchIndex } from './index.ts';
import { countIn, positionsIn } from './list-bits.ts';
import { MAX_CREDIT, planOf, type QueryPlan, type Tables, type Term, type UnitPlan, type Worth } from './plan.ts';
import { Accumulator } from './postings.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { tokenize } from './text.ts';
import { HEAD, headOf, orderIn, unitKey, unitOrdersOf, type Ranked, type UnitOrder } from './unit-orders.ts';

export { wordReports } from './plan.ts';

export interface ReportHit {
  report: Report;
  /** The report's place in the index. */
  position: number;
  score: number;
  /** Share of the query's units this report matched, 0–1. */
  coverage: number;
  /** Holds every quoted phrase of the query, word for word. */
  phrase: boolean;
}

export interface Ranking {
  /** The best reports, best first: holding the quoted phrases, then matching more of the query, then by score. */
  hits: ReportHit[];
  /** How many reports match any unit (and pass the filter). */
  total: number;
  /** What the query's units matched, for highlighting any shown report. */
  matched: Matched;
}

export interface RankOptions {
  /** Only reports this keeps (by position) are counted and ranked. */
  keep?: (position: number) => boolean;
  /** How many of the best to return (default 100). */
  limit?: number;
  /** A report to rank first, matched or not, when `keep` keeps it: the report a pasted key names. */
  first?: Report;
  /** Every position `keep` may keep, when they are few (see Keep.among in desk/filters.ts): no other report is read. */
  among?: Int32Array;
}

/** How many of the best hits are checked for quoted phrases: reading text is the costly part. */
export const PHRASE_WINDOW = 200;

/**
 * Arrays as long as the corpus, made once per index (the desk answers one
 * search at a time): the query's scores, with each report's credit (the sum
 * over units of how fully it matches each: 2 names the unit, 1 holds a
 * phrase's words apart), and a unit's scores before they are added in.
 */
interface Scratch {
  query: Accumulator;
  credit: Uint16Array;
  unit: Accumulator;
  /** 1 at each position of RankOptions.among, or of the reports covering.ts finds, while a search reads them. */
  within: Uint8Array;
  /** The positions marked in `within` from covering.ts's sets. */
  marked: Int32Array;
  /** A unit's final scores and credits by touched report, while its order is made (orderOf). */
  final: Float64Array;
  credits: Uint8Array;
}
const scratch = new WeakMap<SearchIndex, Scratch>();
function scratchOf(index: SearchIndex): Scratch {
  let arrays = scratch.get(index);
  const size = index.order.length;
  if (!arrays)
    scratch.set(
      index,
      (arrays = {
        query: new Accumulator(size),
        credit: new Uint16Array(size),
        unit: new Accumulator(size),
        within: new Uint8Array(size),
        marked: new Int32Array(size),
        final: new Float64Array(size),
        credits: new Uint8Array(size),
      }),
    );
  return arrays;
}

/** Empties the query's scores and credits, touched reports only. */
function clear(scores: Accumulator, credit: Uint16Array): void {
  const { score, mask, touched, count } = scores;
  for (let i = 0; i < count; i++) {
    const p = touched[i]!;
    score[p] = 0;
    mask[p] = 0;
    credit[p] = 0;
  }
  scores.count = 0;
}

/** The index's accumulator for one term's or one unit's scores, empty between searches. */
export const accumulatorOf = (index: SearchIndex) => scratchOf(index).unit;

/** What the query's units match, for highlighting any shown report. */
export const matchedFor = (index: SearchIndex, query: ParsedQuery): Matched => planOf(index, query).matched;

/** Every (term, field) list ranking the query reads, as `term × fields + field`: what a database desk fetches first. */
export const listsOf = (index: SearchIndex, query: ParsedQuery): number[] => listsIn(index, planOf(index, query));

/** Every (term, field) list a plan reads, once each, as `term × fields + field`. */
function listsIn(index: SearchIndex, plan: QueryPlan): number[] {
  const lists = new Set<number>();
  const { fields } = index.postings;
  for (const unit of plan.units) for (const t of unit.terms) lists.add(t.id * fields + t.field);
  return [...lists];
}

/** Makes the first unit's scores final where they are: times its multiplier, with its credit. */
function finalize(into: Accumulator, credit: Uint16Array, worth: Worth): void {
  const { score, mask, touched, count } = into;
  const tables = worth.tables;
  for (let i = 0; i < count; i++) {
    const p = touched[i]!;
    const m = mask[p]!;
    score[p] = score[p]! * (tables ? tables.quality[m]! : worth.quality(m));
    credit[p] = tables ? tables.credit[m]! : worth.credit(m);
  }
}

/** Adds a further unit's scores (times its multiplier) and credit into the query's, and clears the unit's. */
function addUnit(unit: Accumulator, into: Accumulator, credit: Uint16Array, worth: Worth): void {
  const { score, mask, touched, count } = unit;
  const { score: sum, mask: seen, touched: order } = into;
  const tables = worth.tables;
  let n = into.count;
  for (let i = 0; i < count; i++) {
    const p = touched[i]!;
    const m = mask[p]!;
    if (seen[p] === 0) {
      order[n++] = p;
      seen[p] = 1;
    }
    sum[p] = sum[p]! + score[p]! * (tables ? tables.quality[m]! : worth.quality(m));
    credit[p] = credit[p]! + (tables ? tables.credit[m]! : worth.credit(m));
    score[p] = 0;
    mask[p] = 0;
  }
  into.count = n;
  unit.count = 0;
}

/**
 * Every report matching any unit, scored and credited: a report's score for a
 * unit is its BM25+ over the unit's leaves times how many of the unit's query
 * terms it matched (MiniSearch's rule). The first unit is scored where the
 * query's scores are kept and made final there; each further unit apart, then
 * added in. A query of one unit leaves its scores to be made final as they are
 * ranked (`pending`): one pass over the reports does both.
 */
function scoreQuery(index: SearchIndex, plan: QueryPlan, arrays: Scratch, within?: Uint8Array): Tables | undefined {
  const { query: into, credit, unit } = arrays;
  for (const [u, { terms, worth }] of plan.units.entries()) {
    for (const { id, field, weight, bit } of terms)
      index.postings.score(id, field, weight, bit, u === 0 ? into : unit, within);
    if (u > 0) addUnit(unit, into, credit, worth);
    else if (plan.units.length === 1 && worth.tables) return worth.tables;
    else finalize(into, credit, worth);
  }
  return undefined;
}

function hasPhrase(report: Report, phrase: string[], index: SearchIndex): boolean {
  return [...report.quotes, ...report.paraphrase].some((text) => {
    const words = tokenize(text, index.glossary.protectedTerms).map((t) => t.norm);
    return words.some((_, i) => phrase.every((w, k) => words[i + k] === w));
  });
}

/**
 * The best `limit` positions touched, best first (by credit, then score, then
 * position), with their scores and credits, and how many pass `keep`. A heap of
 * the best so far, the worst on top, holding each one's credit and score beside
 * it: most reports fail one comparison with it, kept in locals, and nothing else
 * is sorted. Each report's score, credit and mask are cleared as they are read:
 * the one pass over the touched reports leaves the arrays empty for the next
 * search. `pending`: the tables of a query of one unit, whose scores are made
 * final here, in the same pass. `skip`: a report ranked apart (see RankOptions.first),
 * whose final score and credit are returned as `skipped`.
 */
function best(arrays: Scratch, limit: number, keep?: (position: number) => boolean, skip = -1, pending?: Tables) {
  const { query: scores, credit } = arrays;
  const skipped = { score: 0, credit: 0 };
  const { score, touched, mask } = scores;
  const at = new Int32Array(limit);
  const scoreAt = new Float64Array(limit);
  const creditAt = new Int32Array(limit);
  // Whether heap entry i ranks below entry j.
  const worse = (i: number, j: number) =>
    creditAt[i]! < creditAt[j]! ||
    (creditAt[i] === creditAt[j] && (scoreAt[i]! < scoreAt[j]! || (scoreAt[i] === scoreAt[j] && at[i]! > at[j]!)));
  const put = (i: number, p: number, s: number, c: number) => {
    at[i] = p;
    scoreAt[i] = s;
    creditAt[i] = c;
  };
  const swap = (i: number, j: number) => {
    const p = at[i]!;
    const s = scoreAt[i]!;
    const c = creditAt[i]!;
    put(i, at[j]!, scoreAt[j]!, creditAt[j]!);
    put(j, p, s, c);
  };
  let size = 0;
  const sink = (from: number) => {
    for (let i = from, child = 2 * i + 1; child < size; i = child, child = 2 * i + 1) {
      if (child + 1 < size && worse(child + 1, child)) child++;
      if (!worse(child, i)) break;
      swap(i, child);
    }
  };
  const rise = (from: number) => {
    for (let i = from, up = (i - 1) >> 1; i > 0 && worse(i, up); i = up, up = (i - 1) >> 1) swap(i, up);
  };
  // The worst of a full heap: a report must beat it to come in.
  let lowAt = -1;
  let lowCredit = Infinity;
  let lowScore = Infinity;
  let total = 0;
  for (let i = 0; i < scores.count; i++) {
    const p = touched[i]!;
    let s = score[p]!;
    let c: number;
    score[p] = 0;
    if (pending !== undefined) {
      // A query of one unit wrote no credit: its scores and credits are made final from its masks.
      const m = mask[p]!;
      s *= pending.quality[m]!;
      c = pending.credit[m]!;
    } else {
      c = credit[p]!;
      credit[p] = 0;
    }
    mask[p] = 0;
    if (keep !== undefined && !keep(p)) continue;
    total++;
    if (p === skip) {
      skipped.score = s;
      skipped.credit = c;
      continue;
    }
    if (size < limit) {
      put(size, p, s, c);
      rise(size++);
    } else if (c > lowCredit || (c === lowCredit && (s > lowScore || (s === lowScore && p < lowAt)))) {
      put(0, p, s, c);
      sink(0);
    } else continue;
    if (size === limit) {
      lowAt = at[0]!;
      lowScore = scoreAt[0]!;
      lowCredit = creditAt[0]!;
    }
  }
  scores.count = 0;
  // Worst out first, so filled from the back: best first.
  const ranked = new Array<Ranked>(size);
  for (let n = size; n > 0;) {
    ranked[--n] = { position: at[0]!, score: scoreAt[0]!, credit: creditAt[0]! };
    swap(0, --size);
    sink(0);
  }
  return { ranked, total, skipped };
}

/** A ranked report by position, before its report is read. */
export type RankedPosition = Omit<ReportHit, 'report' | 'phrase'>;

/**
 * The best positions for a query, before quoted phrases are checked (that needs the reports' text): all that ranking
 * reads of the index is its postings. A desk on a database fetches the reports of `hits` (and `first`) only then.
 */
export interface Positions {
  /** Best first; as many as the phrase check reads when the query quotes phrases. */
  hits: RankedPosition[];
  total: number;
  matched: Matched;
  /** The report `first` named, when kept: its score and whether the query matched it. */
  first?: RankedPosition & { found: boolean };
}

/**
 * Whether marking the reports `among` names (and clearing them after) costs less than it saves: reading a posting of
 * a report outside them costs a few times less than scoring it, and marking one report about as much as scoring it.
 */
function worthMarking(index: SearchIndex, plan: QueryPlan, among: Int32Array): boolean {
  const { postings } = index;
  let read = 0;
  for (const list of listsIn(index, plan))
    read += postings.size(Math.floor(list / postings.fields), list % postings.fields);
  return among.length * 4 < read;
}

export function rankPositions(index: SearchIndex, query: ParsedQuery, options: RankOptions = {}): Positions {
  const { keep, limit = 100 } = options;
  const plan = planOf(index, query);
  const window = query.phrases.length ? Math.max(limit, PHRASE_WINDOW) : limit;
  const full = MAX_CREDIT * query.units.length;
  const hitOf = (h: Ranked) => ({ position: h.position, score: h.score, coverage: h.credit / full });
  const ordered = !options.first && rankOrdered(index, plan, window, keep, options.among);
  if (ordered) return { hits: ordered.ranked.map(hitOf), total: ordered.total, matched: plan.matched };
  const covered = !options.first && !options.among && rankCovering(index, plan, window, keep);
  if (covered) return { hits: covered.ranked.map(hitOf), total: covered.total, matched: plan.matched };
  const arrays = scratchOf(index);
  const { query: scores, credit, within } = arrays;
  const among = options.among && worthMarking(index, plan, options.among) ? options.among : undefined;
  if (among) for (const p of among) within[p] = 1;
  try {
    const pending = scoreQuery(index, plan, arrays, among && within);
    const at = options.first ? index.order.indexOf(options.first) : -1;
    const first = at >= 0 && (!keep || keep(at)) ? at : -1;
    const { ranked, total, skipped } = best(arrays, window, keep, first, pending);
    const hits = ranked.map(hitOf);
    if (first < 0) return { hits, total, matched: plan.matched };
    const found = skipped.score > 0;
    const pinned = { position: first, score: skipped.score, coverage: skipped.credit / full, found };
    return { hits, total: found ? total : total + 1, matched: plan.matched, first: pinned };
  } finally {
    // Cleared by best, unless scoring failed before it.
    clear(scores, credit);
    if (among) for (const p of among) within[p] = 0;
  }
}

/** Reports with full credit are scored apart when the reports matched are this many times as many or more. */
const SPARE = 2;

/** Whether sets of the reports a query matches are worth making (see rankCovering), from the sizes of its lists. */
function worthSets(index: SearchIndex, plan: QueryPlan, window: number): boolean {
  const { postings } = index;
  const size = (t: Term) => postings.size(t.id, t.field);
  const read = plan.units.reduce((n, u) => u.terms.reduce((m, t) => m + size(t), n), 0);
  // A set costs a few passes over a word per 32 reports: for short lists, more than it saves.
  if (plan.units.length === 0 || read < postings.documents / 8) return false;
  if (window === 0 || plan.units.length > 1) return true;
  // One unit: its reports with full credit must be few among those it matches (a phrase's concept, not its words).
  const [{ terms, fullBits }] = plan.units as [UnitPlan];
  return terms.reduce((n, t) => n + ((t.bit & fullBits) !== 0 ? size(t) : 0), 0) * SPARE <= read;
}

/**
 * The best `window` and the total, scoring only the reports with full credit in every unit (see covering.ts) when
 * they fill the window and are few among the reports matched; undefined otherwise.
 */
function rankCovering(index: SearchIndex, plan: QueryPlan, window: number, keep?: (position: number) => boolean) {
  if (!worthSets(index, plan, window)) return undefined;
  const { full, any } = candidatesOf(index, plan);
  const total = countIn(any, keep);
  // A count alone (see desk/search.ts: outsideFilters) scores nothing.
  if (window === 0) return { ranked: [], total };
  // Marking most of the reports matched costs more than it saves.
  if (countIn(full) * SPARE > countIn(any)) return undefined;
  const arrays = scratchOf(index);
  const { query: scores, credit, within, marked } = arrays;
  const count = positionsIn(full, marked, keep);
  if (count < window) return undefined;
  for (let i = 0; i < count; i++) within[marked[i]!] = 1;
  try {
    return { ranked: best(arrays, window, undefined, -1, scoreQuery(index, plan, arrays, within)).ranked, total };
  } finally {
    clear(scores, credit);
    for (let i = 0; i < count; i++) within[marked[i]!] = 0;
  }
}

/** A unit is kept in order when ranking it reads this share of the reports' postings or more. */
const LONG_UNIT = 1 / 16;

/** The best `window` and the total of a query of one unit kept in order (see unit-orders.ts); undefined otherwise. */
function rankOrdered(
  index: SearchIndex,
  plan: QueryPlan,
  window: number,
  keep?: (position: number) => boolean,
  among?: Int32Array,
) {
  // Only long units are kept: a short one's key (a misspelling's, of many near words) is not made to be looked up.
  const [unit] = plan.units;
  const key = plan.units.length === 1 && unit && isLong(index, unit) ? unitKey(unit) : undefined;
  const order = key === undefined ? undefined : unitOrdersOf(index).get(key);
  return order && headOf(order, window, keep, among);
}

/** How many postings ranking a unit reads. */
const readOf = (index: SearchIndex, unit: UnitPlan) =>
  unit.terms.reduce((n, t) => n + index.postings.size(t.id, t.field), 0);

/** Whether a unit is long enough to be kept in order. */
const isLong = (index: SearchIndex, unit: UnitPlan) => readOf(index, unit) >= index.order.length * LONG_UNIT;

/**
 * Steps that keep in order (see unit-orders.ts) the long units of the index's words, and its concepts: each looked up
 * a step, then each put in order a step, the longest first (the costliest to score, and the likeliest to be asked, are
 * ready soonest). Run while the desk is idle (desk/memory.ts). At War Diary size, 627 looked up, 349 kept, 0.4 to 1.2 s
 * on a shared machine, 7.6 MB.
 */
export function* unitOrdersMaking(index: SearchIndex, head = HEAD): Generator<() => unknown> {
  // A unit reading a sixteenth of the reports holds a sixty-fourth of them in one of its lists, or more.
  const least = (index.order.length * LONG_UNIT) / 4;
  const words = index.vocabulary.filter(([, reports]) => reports >= least).map(([word]) => word);
  const long = new Map<string, { plan: QueryPlan; read: number }>();
  for (const text of [...words, ...index.glossary.concepts.map((c) => c.name)])
    yield () => {
      const found = longUnit(index, text);
      if (found && !long.has(found.key)) long.set(found.key, found);
    };
  const kept = unitOrdersOf(index);
  for (const [key, { plan }] of [...long].sort(([, a], [, b]) => b.read - a.read))
    yield () => kept.has(key) || kept.set(key, orderOf(index, plan, head));
}

/** The plan of a text that is one long unit, with its key and how many postings ranking it reads. */
function longUnit(index: SearchIndex, text: string) {
  const plan = planOf(index, parseQuery(text, index.glossary));
  const [unit] = plan.units;
  const key = plan.units.length === 1 && unit && isLong(index, unit) ? unitKey(unit) : undefined;
  return key === undefined ? undefined : { key, plan, read: readOf(index, unit!) };
}

/** A plan of one unit in rank order, as far as `head`, with the set of all it matches. */
function orderOf(index: SearchIndex, plan: QueryPlan, head: number): UnitOrder {
  const arrays = scratchOf(index);
  const { query: scores, credit } = arrays;
  try {
    const pending = scoreQuery(index, plan, arrays);
    // Views of arrays made once: a unit's order leaves nothing behind but itself, where arrays of its own for each
    // unit made the engine collect tens of megabytes while the desk is idle.
    const at = scores.touched.subarray(0, scores.count);
    const final = arrays.final.subarray(0, at.length);
    const credits = arrays.credits.subarray(0, at.length);
    finalScores(at, scores, credit, pending, final, credits);
    return orderIn(at, final, credits, head, index.order.length);
  } finally {
    clear(scores, credit);
  }
}

/**
 * Each touched report's final score and credit. A loop of its own: inside orderOf, the engine compiled it while it
 * ran, and threw that code away after the loop on every unit (the code after it was compiled before it had run).
 */
function finalScores(
  at: Int32Array,
  { score, mask }: Accumulator,
  credit: Uint16Array,
  pending: Tables | undefined,
  final: Float64Array,
  credits: Uint8Array,
) {
  for (let i = 0; i < at.length; i++) {
    const p = at[i]!;
    final[i] = pending ? score[p]! * pending.quality[mask[p]!]! : score[p]!;
    credits[i] = pending ? pending.credit[mask[p]!]! : credit[p]!;
  }
}

/** Every report position matching any unit of the query that `keep` keeps, unranked: what counts and sorts use. */
export function matchingPositions(index: SearchIndex, query: ParsedQuery, keep?: (position: number) => boolean) {
  const arrays = scratchOf(index);
  const { query: scores, credit } = arrays;
  try {
    scoreQuery(index, planOf(index, query), arrays);
    const positions: number[] = [];
    for (let i = 0; i < scores.count; i++) {
      const p = scores.touched[i]!;
      if (!keep || keep(p)) positions.push(p);
    }
    return positions;
  } finally {
    clear(scores, credit);
  }
}

/**
 * The ranked positions with their reports (`index.order` must hold them), those holding every quoted phrase first,
 * and the named report first of all.
 */
export function withReports(index: SearchIndex, query: ParsedQuery, ranked: Positions, limit = 100): Ranking {
  const { total, matched, first } = ranked;
  const hits = ranked.hits.map((h): ReportHit => ({
    report: index.order[h.position]!,
    position: h.position,
    score: h.score,
    coverage: h.coverage,
    phrase: false,
  }));
  if (query.phrases.length) {
    const head = hits.slice(0, PHRASE_WINDOW);
    for (const h of head) h.phrase = query.phrases.every((phrase) => hasPhrase(h.report, phrase, index));
    head.sort((a, b) => Number(b.phrase) - Number(a.phrase));
    hits.splice(0, head.length, ...head);
  }
  if (!first) return { hits: hits.slice(0, limit), total, matched };
  const pinned: ReportHit = {
    report: index.order[first.position]!,
    position: first.position,
    score: first.found ? first.score : (hits[0]?.score ?? 1),
    coverage: first.found ? first.coverage : 1,
    phrase: !first.found,
  };
  return { hits: [pinned, ...hits].slice(0, limit), total, matched };
}

/** The reports matching the query, best first: holding the quoted phrases, then matching more of it, then by score. */
export function searchReports(index: SearchIndex, query: ParsedQuery, options: RankOptions = {}): Ranking {
  return withReports(index, query, rankPositions(index, query, options), options.limit);
}
