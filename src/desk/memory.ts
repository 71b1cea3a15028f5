/**
 * The desk in memory: the index of one corpus and what is counted once when
 * it opens (filter values, dates, completion), answering every desk method.
 */
import type { Report } from '../corpus/model.ts';
import { sourceLabel } from '../corpus/sources.ts';
import { type AskResults, type Desk, type Outcome, type Page, type ReportResults, type Stats } from '../desk.ts';
import { answerQuestion, correctedQuestion, type CorrectedQuestion, type QuestionSearch } from '../search/answer.ts';
import { detailOf } from '../saved-reports.ts';
import { prepareReading } from '../search/nlp.ts';
import { parseDateQuery } from '../search/dates.ts';
import type { SearchIndex } from '../search/index.ts';
import { listBitsOf } from '../search/list-bits.ts';
import { matchedFor, unitOrdersMaking } from '../search/rank.ts';
import { dateCounts, datedOrder, onDate, reportRequest } from './by-date.ts';
import { completer, completionData, type CompletionData } from './complete.ts';
import { deskColumnsOf } from './counted.ts';
import { filtersFrom, filtersOf, type Filters } from './filters.ts';
import { highlighterOf, hitOf, wholeReport } from './hits.ts';
import { exporter } from './export.ts';
import { marker } from './marks.ts';
import { matcher } from './matches.ts';
import { ordersOf } from './orders.ts';
import { placer } from './places.ts';
import { picker } from './random.ts';
import { relater } from './related.ts';
import { searcher, type SearchParts } from './search.ts';
import { timeliner } from './timeline.ts';
import { inTurns, warmUpQuestions, warmUpSearches } from './warm-up.ts';

/**
 * A word no report holds nor resembles, searched once the desk is idle: a search that finds nothing runs code no
 * other search does ("did you mean", a fuzzy lookup three edits wide), which the engine compiles on first use. On
 * the War Diary the first such search took 13 to 34 ms, and the same search next 0.2 to 0.4 ms: now the first
 * user's typo finds it compiled.
 */
const NOTHING_LIKE = 'qxzjqxzvkq';

/** Supporting hits shown under an answer. */
const SUPPORTING = 3;

/** What a desk on a thread of its own hands over to be answered at once where users are: figures and completion. */
export interface Handover {
  stats: Stats;
  completion: CompletionData;
}

export interface MemoryDesk extends Desk {
  handover(): Promise<Handover>;
}

/** What a desk hands over, counted straight from an index: for an import, which needs the figures but no desk. */
export function handoverOf(index: SearchIndex): Handover {
  const dated = datedOrder(index.order);
  const filters = filtersOf(index.order);
  return { stats: countStats(index, dated, filters), completion: completionOf(index, dated, filters) };
}

const completionOf = (index: SearchIndex, dated: Report[], filters: Filters) =>
  completionData(dateCounts(dated), filters.facets, index);

/** A desk on `index`; `columns` as saved with it, or counted now. */
export function createDesk(index: SearchIndex, columns = deskColumnsOf(index.order)): MemoryDesk {
  // Report ids are unique: by position, the reports are the index's.
  const all = index.order;
  const byKey = keyFinder(all);
  const filters = filtersFrom(columns.filters);
  const dated = datedOrder(all, columns.dated);
  const orders = ordersOf(all);
  const newestFirst = () => orders('newest');
  const completion = completionOf(index, dated, filters);
  const complete = completer(completion);
  const matches = matcher({ index, filters, byKey, orders });
  const search = searcher({ index, filters, byKey, newestFirst, matches });
  // Made once the desk is open, before anyone asks, a step a turn (see warm-up.ts).
  inTurns(warmUpSteps({ index, filters, byKey, newestFirst, matches }, dated));
  const timeline = timeliner(index, matches);
  const places = placer(index, matches);
  const related = relater(index, byKey);
  const random = picker(index, matches);
  const exportPage = exporter(index, matches);
  const marks = marker(index);
  const report = reporter(index, byKey, dated);
  const ask = asker(index);
  // The corpus never changes under a desk: its figures are counted once, when first asked.
  let stats: Stats | undefined;
  const statsNow = () => (stats ??= countStats(index, dated, filters));
  return {
    search: async (request) => search(request),
    report: async (input, page) => report(input, page),
    ask: async (question) => ask(question),
    stats: async () => statsNow(),
    complete: async (request) => complete(request),
    timeline: async (request) => timeline(request),
    places: async (request) => places(request),
    related: async (id) => related(id),
    random: async (request) => random(request),
    export: async (request) => exportPage(request),
    marks: async (id, query) => marks(id, query),
    handover: async () => ({ stats: statsNow(), completion }),
  };
}

function reporter(index: SearchIndex, byKey: (text: string) => Report | undefined, dated: Report[]) {
  return (input: string, page: Page = {}): Outcome<ReportResults> => {
    const request = reportRequest(input, page);
    if (!request.ok) return request;
    const { text, limit, offset } = request;
    const byId = index.reports.get(text) ?? byKey(text);
    if (byId) {
      return {
        ok: true,
        query: text,
        matchedAs: { kind: 'id' },
        results: [wholeReport(byId)],
        total: 1,
        offset: 0,
        nearest: [],
      };
    }
    const parsed = parseDateQuery(text);
    if (!parsed.ok) return { ok: false, error: { code: 'invalid_date', problem: parsed.problem } };
    const { date } = parsed;
    return { ok: true, query: text, matchedAs: { kind: 'date', date }, ...onDate(dated, date, limit, offset) };
  };
}

/**
 * What a desk does on itself once open: ids, keys, the date orders (a tenth of a second at War Diary size), the
 * answerer's English model (as long to load), the bitsets of long posting lists (list-bits.ts), the code a search
 * finding nothing runs, searches and questions as users make them (see warm-up.ts), by a searcher of their own: no
 * user's search finds them kept; and the long units in rank order (unit-orders.ts).
 */
function* warmUpSteps(parts: SearchParts, dated: Report[]): Generator<() => unknown> {
  const { index, filters, byKey, newestFirst } = parts;
  yield () => index.reports;
  yield () => byKey('');
  yield newestFirst;
  yield filters.prepare;
  yield prepareReading;
  yield* listBitsOf(index.postings).making();
  const warm = searcher(parts);
  const years = [dated[0], dated[dated.length >> 1], dated.at(-1)].flatMap((r) => r?.date?.slice(0, 4) ?? []);
  for (const request of [{ query: NOTHING_LIKE }, ...warmUpSearches(index, filters.facets, years)]) {
    yield () => warm(request);
  }
  // After the searches: a search of each kind finds its code compiled first, and most searches of one unit then find
  // their unit in order (at War Diary size, 0.7 to 1.7 s more).
  yield* unitOrdersMaking(index);
  const answer = asker(index);
  for (const question of warmUpQuestions(index)) yield () => answer(question);
}

export function asker(index: SearchIndex) {
  return (question: string) => answerAsRead(index, correctedQuestion(index, question));
}

/**
 * The answer to a question as read, with supporting hits, or the passages that come closest. A desk on a database
 * reads and searches the question first (`found`), to fetch what answering reads.
 */
export function answerAsRead(index: SearchIndex, read: CorrectedQuestion, found?: QuestionSearch): Outcome<AskResults> {
  const { typed, query, corrected } = read;
  if (query.units.length === 0) return { ok: false, error: { code: 'empty_query', asked: 'ask' } };
  const { answer, answeredHit: answered, closest, hits, query: searched } = answerQuestion(index, query, found);
  const highlight = highlighterOf(index, matchedFor(index, searched));
  const asked = { ok: true as const, query: typed, corrected };
  const closestHits = closest.map((c) => hitOf(index, c.hit, highlight, c.passage));
  if (!answer || !answered) return { ...asked, answer: null, results: closestHits };
  const supporting = hits.filter((h) => h.report !== answer.report).slice(0, SUPPORTING);
  const results = [
    hitOf(index, answered, highlight, answer.passage),
    ...supporting.map((h) => hitOf(index, h, highlight)),
  ];
  // The answer's report as its hit hands it out: plain (see saved-reports.ts).
  return { ...asked, answer: { ...answer, report: results[0]!.report }, results };
}

function countStats(index: SearchIndex, dated: Report[], filters: Filters): Stats {
  const all = index.order;
  const count = <K>(keys: K[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>())];
  const reports = all.filter((r) => r.kind === 'report');
  return {
    reports: reports.length,
    commentary: all.length - reports.length,
    passages: index.passageCount,
    undated: reports.filter((r) => !r.date).length,
    dateRange: dated.length ? { first: dated[0]!.date!, last: dated.at(-1)!.date! } : null,
    types: filters.facets.type.map(({ value, count: n }) => ({ type: value, count: n })),
    categories: filters.facets.category.map(({ value, count: n }) => ({ category: value, count: n })),
    regions: filters.facets.region.map(({ value, count: n }) => ({ region: value, count: n })),
    sources: count(all.map(sourceLabel)).map(([source, n]) => ({ source, count: n })),
  };
}

/** Finds a report by id (a War Diary report key) or tracking number, in any case; keys gathered when first asked. */
function keyFinder(all: Report[]): (text: string) => Report | undefined {
  let keys: Map<string, Report> | undefined;
  return (text) => {
    if (!keys) {
      keys = new Map();
      for (const r of all) {
        keys.set(r.id.toLowerCase(), r);
        const tracking = detailOf(r, 'trackingNumber');
        if (tracking) keys.set(tracking.toLowerCase(), r);
      }
    }
    return keys.get(text.toLowerCase());
  };
}
