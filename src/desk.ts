/**
 * The desk: the one facade every edge (CLI, Discord) calls. It returns plain
 * data and never throws on user input: bad input is an error result that the
 * renderers explain.
 */
import { distance } from 'fastest-levenshtein';
import { LRUCache } from 'lru-cache';
import type { Report } from './corpus/model.ts';
import { cleanText } from './corpus/unicode.ts';
import { sourceLabel } from './corpus/sources.ts';
import { lowerBound } from './sorted.ts';
import { prepareReading } from './search/nlp.ts';
import { answerQuestion, type Answer } from './search/answer.ts';
import { ACCEPTED_DATE_FORMS, parseDateQuery, reportSpan, type DateQuery } from './search/dates.ts';
import { bestExcerpt, bestPassage, highlighter, type Excerpt, type Highlighter } from './search/excerpt.ts';
import { passagesAt, wordsWithStem, type Matched, type SearchIndex } from './search/index.ts';
import type { Passage } from './search/passages.ts';
import { parseQuery, type ParsedQuery } from './search/query.ts';
import { matchedFor, searchReports, type ReportHit } from './search/rank.ts';
import { corrections, suggest, type Correction } from './search/suggest.ts';

export interface Hit {
  report: Report;
  excerpt: Excerpt;
  score: number;
  /** Which passage the excerpt comes from; absent when the excerpt is the report itself. */
  passage?: Passage;
  /** Why a report is listed when it is not a plain match ("same month, day not given"). */
  note?: string;
}

export interface DeskError {
  code: 'empty_query' | 'invalid_date' | 'invalid_range' | 'invalid_limit' | 'unknown_filter';
  message: string;
}

export interface SearchFilters {
  from?: string;
  to?: string;
  type?: string;
  category?: string;
  region?: string;
}

/** The filters with a fixed set of values, offered by autocomplete with their counts. */
export type Facet = 'type' | 'category' | 'region';

export interface SearchRequest extends SearchFilters {
  query: string;
  limit?: number;
  offset?: number;
}

export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: DeskError };

export interface SearchResults {
  query: string;
  /** The filters applied, as given (empty ones left out). */
  filters: SearchFilters;
  results: Hit[];
  total: number;
  /** Query words no report holds, read as the near words that matched instead. */
  corrected: Correction[];
  /** When the filters hide every match: how many reports match the words without them. */
  outsideFilters: number;
  /** Rewrites of a query that found nothing, with a near word the index holds. */
  suggestions: string[];
}

export interface ReportResults {
  query: string;
  /** What the input was read as: a report id, or a date with its precision. */
  matchedAs: { kind: 'id' } | { kind: 'date'; date: DateQuery };
  /** The page of matching reports asked for, oldest first. */
  results: Hit[];
  /** All matching reports, and where this page starts among them. */
  total: number;
  offset: number;
  /** Nothing on that date: the last dated report before it and the first after. */
  nearest: (Hit & { side: 'before' | 'after' })[];
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface AskResults {
  query: string;
  /** The corpus's own words that answer, with how sure the desk is; null when none answers surely enough. */
  answer: Answer | null;
  /**
   * With an answer: its report's hit, then supporting hits. Without one: the
   * passages that come closest; none when nothing in the corpus relates to the question.
   */
  results: Hit[];
}

export interface Stats {
  reports: number;
  commentary: number;
  passages: number;
  undated: number;
  dateRange: { first: string; last: string } | null;
  types: { type: string; count: number }[];
  categories: { category: string; count: number }[];
  regions: { region: string; count: number }[];
  sources: { source: string; count: number }[];
}

export const MAX_LIMIT = 100;
/** Hits kept per cached search: twenty pages of five. */
const KEPT_HITS = 100;
const SUPPORTING = 3;

/** A search's ranked hits as kept between pages, with what they matched and the next page's hits once prepared. */
interface Ranked {
  hits: ReportHit[];
  total: number;
  matched: Matched;
  /** Where a passage holds what the query matched (see highlighter), made with the first page. */
  highlight?: Highlighter;
  next?: { offset: number; limit: number; hits: Hit[] };
}

export interface Desk {
  search(request: SearchRequest): Outcome<SearchResults>;
  report(input: string, page?: Page): Outcome<ReportResults>;
  ask(question: string): Outcome<AskResults>;
  stats(): Stats;
  /** The dated days of the corpus with their report counts, oldest first: what date autocomplete offers. */
  dates(): { date: string; count: number }[];
  /** The values of a filter present in the corpus, commonest first. */
  facet(name: Facet): { value: string; count: number }[];
  index: SearchIndex;
}

const dateOf = (r: Report) => r.date!;

const fail = (code: DeskError['code'], message: string) => ({ ok: false as const, error: { code, message } });

const collator = new Intl.Collator();

export function createDesk(index: SearchIndex): Desk {
  // Report ids are unique: by position, the reports are the index's.
  const all = index.order;
  const byKey = keyFinder(all);
  const { codes, firstDay, lastDay } = filterValues(all);
  // Counted now, not on a user's first keystroke: autocomplete has no time to spare.
  const facets = new Map(FACETS.map((name) => [name, countValues(all, codes.get(name)!)]));
  const facet = (name: Facet) => facets.get(name)!;
  // "2008-09" sorts before "2008-09-01": a month-precision report comes first in its month.
  const dated = all.filter((r) => r.date).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const newestFirst = newestFirstOf(all);
  // Keys, the date order and the answerer's English model take a tenth of a second each: made once the desk is open, before anyone asks.
  setImmediate(() => {
    byKey('');
    newestFirst();
    prepareReading();
  }).unref();

  const dateCounts: { date: string; count: number }[] = [];
  for (const r of dated) {
    const last = dateCounts.at(-1);
    if (last?.date === r.date) last.count++;
    else dateCounts.push({ date: r.date!, count: 1 });
  }

  const highlighterOf = (matched: Matched) =>
    highlighter(matched, index.glossary, (stem) => wordsWithStem(index, stem));
  /** A hit as shown: the passage of the report with the most matched words, and its best excerpt. */
  const hitOf = (h: ReportHit, highlight: Highlighter, passage?: Passage): Hit => {
    const best = bestPassage(passage ? [passage] : passagesAt(index, h.position), highlight);
    return { report: h.report, passage: best.passage, excerpt: bestExcerpt(best.passage.text, best.spans), score: Math.round(h.score * 1000) / 1000 };
  };
  const wholeReport = (report: Report, note?: string): Hit => ({ report, excerpt: { text: report.quotes.join(' … '), highlights: [] }, score: 0, note });

  type Filter = { ok: true; keep?: (position: number) => boolean } | { ok: false; error: DeskError };
  function filterOf(f: SearchFilters): Filter {
    const range: { start?: string; end?: string } = {};
    for (const [key, value] of [['from', f.from], ['to', f.to]] as const) {
      if (value === undefined || value.trim() === '') continue;
      const parsed = parseDateQuery(value);
      if (!parsed.ok) return fail('invalid_date', `${key}: ${parsed.message}`);
      if (key === 'from') range.start = parsed.date.start;
      else range.end = parsed.date.end;
    }
    if (range.start && range.end && range.start > range.end) return fail('invalid_range', `from (${f.from}) is after to (${f.to}).`);
    // Text filters match a value containing what was typed, ignoring case: "threat" finds both kinds of threat report.
    const typed = FACETS.flatMap((name) => {
      const value = f[name]?.trim().toLowerCase();
      return value ? [{ name, value }] : [];
    });
    for (const { name, value } of typed) {
      const known = facet(name).some((v) => v.value.toLowerCase().includes(value));
      if (!known) return fail('unknown_filter', unknownValue(name, f[name]!.trim(), facet(name)));
    }
    const wanted = typed.map(({ name, value }) => {
      const { values, of } = codes.get(name)!;
      return { of, accepted: Uint8Array.from(values, (v) => Number(!!v?.toLowerCase().includes(value))) };
    });
    if (!range.start && !range.end && !wanted.length) return { ok: true };
    const from = range.start ? dayNumber(range.start) : 0;
    const to = range.end ? dayNumber(range.end) : Infinity;
    return {
      ok: true,
      keep: (p) => {
        for (const { of, accepted } of wanted) if (!accepted[of[p]!]) return false;
        return (!range.start && !range.end) || (firstDay[p] !== 0 && lastDay[p]! >= from && firstDay[p]! <= to);
      },
    };
  }

  /**
   * Ranked hits for a query and filters, the first pages kept: paging re-runs
   * the same search (the buttons carry no results), so pages 2–5 come from here.
   */
  const ranked = new LRUCache<string, Ranked>({ max: 500 });
  function rankedFor(query: ParsedQuery, f: SearchFilters, keep: ((p: number) => boolean) | undefined, needed: number) {
    // A pasted report key or tracking number names its report: it comes first.
    const named = byKey(query.text);
    const key = JSON.stringify([query.units.map((u) => [u.conceptId, u.tokens.map((t) => t.norm)]), query.phrases, named?.id, f.from, f.to, f.type, f.category, f.region]);
    const cached = ranked.get(key);
    if (cached && (cached.hits.length >= needed || cached.hits.length === cached.total)) return cached;
    const entry: Ranked = searchReports(index, query, { keep, limit: Math.max(KEPT_HITS, needed), first: named });
    ranked.set(key, entry);
    return entry;
  }

  /**
   * A page of hits. Their excerpts cost up to a few milliseconds each in long
   * reports, so the next page is prepared once this one is out, while the
   * user reads it: a page button then finds it ready.
   */
  function pageOf(entry: Ranked, offset: number, limit: number): Hit[] {
    const ready = entry.next;
    const highlight = (entry.highlight ??= highlighterOf(entry.matched));
    const shown = (from: number) => entry.hits.slice(from, from + limit).map((h) => hitOf(h, highlight));
    const page = ready?.offset === offset && ready.limit === limit ? ready.hits : shown(offset);
    const next = offset + limit;
    if (next < entry.hits.length && entry.next?.offset !== next) {
      setImmediate(() => {
        try {
          entry.next = { offset: next, limit, hits: shown(next) };
        } catch {
          // Nothing prepared: the page is made when it is asked for, and a failure answered then, to whoever asks.
        }
      }).unref();
    }
    return page;
  }

  let stats: Stats | undefined;
  function countStats(): Stats {
    const count = <K>(keys: K[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>())];
    const reports = all.filter((r) => r.kind === 'report');
    return {
      reports: reports.length,
      commentary: all.length - reports.length,
      passages: index.passageCount,
      undated: reports.filter((r) => !r.date).length,
      dateRange: dated.length ? { first: dated[0]!.date!, last: dated.at(-1)!.date! } : null,
      types: facet('type').map(({ value, count: n }) => ({ type: value, count: n })),
      categories: facet('category').map(({ value, count: n }) => ({ category: value, count: n })),
      regions: facet('region').map(({ value, count: n }) => ({ region: value, count: n })),
      sources: count(all.map(sourceLabel)).map(([source, n]) => ({ source, count: n })),
    };
  }

  return {
    index,

    search(request) {
      const limit = request.limit ?? 10;
      const offset = request.offset ?? 0;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) return fail('invalid_limit', `limit must be a whole number from 1 to ${MAX_LIMIT}.`);
      if (!Number.isInteger(offset) || offset < 0) return fail('invalid_limit', 'offset must be a whole number from 0.');
      const filters = cleanFilters(request);
      const filter = filterOf(filters);
      if (!filter.ok) return filter;
      const query = parseQuery(request.query, index.glossary);
      const found = { ok: true as const, query: query.text, filters, corrected: [], outsideFilters: 0 };
      if (query.units.length === 0) {
        if (!filter.keep) return fail('empty_query', 'Give some words to search for, or a filter (from, to, type, category, region).');
        // Filters alone list the matching reports, newest first.
        const matching = newestFirst().filter(filter.keep);
        const results = matching.slice(offset, offset + limit).map((p) => wholeReport(all[p]!));
        return { ...found, total: matching.length, results, suggestions: [] };
      }
      const entry = rankedFor(query, filters, filter.keep, offset + limit);
      const { total } = entry;
      const outsideFilters = !total && filter.keep ? searchReports(index, query, { limit: 0 }).total : 0;
      const suggestions = total || outsideFilters ? [] : suggest(index, query);
      const results = pageOf(entry, offset, limit);
      return { ...found, total, results, corrected: corrections(index, query), outsideFilters, suggestions };
    },

    report(input, page = {}) {
      const limit = page.limit ?? MAX_LIMIT;
      const offset = page.offset ?? 0;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT || !Number.isInteger(offset) || offset < 0) {
        return fail('invalid_limit', `limit must be a whole number from 1 to ${MAX_LIMIT}, offset from 0.`);
      }
      const text = cleanText(input).trim();
      if (!text) return fail('invalid_date', `Give a date or a report id: ${ACCEPTED_DATE_FORMS}.`);
      const byId = index.reports.get(text) ?? byKey(text);
      if (byId) return { ok: true, query: text, matchedAs: { kind: 'id' }, results: [wholeReport(byId)], total: 1, offset: 0, nearest: [] };
      const parsed = parseDateQuery(text);
      if (!parsed.ok) return fail('invalid_date', parsed.message);
      const { date } = parsed;
      // Sorted by date, the matches are two runs: the month-precision reports of
      // the first month (they sort before its days), then every report from the
      // first day to the last. Counted and paged without visiting them.
      const month = date.start.slice(0, 7);
      const monthFrom = lowerBound(dated, month, dateOf);
      const monthTo = lowerBound(dated, `${month}-`, dateOf);
      const from = lowerBound(dated, date.start, dateOf);
      const to = lowerBound(dated, `${date.end}\uffff`, dateOf);
      const total = monthTo - monthFrom + (to - from);
      const at = (i: number) => dated[i < monthTo - monthFrom ? monthFrom + i : from + i - (monthTo - monthFrom)]!;
      // A month-precision report "overlaps" a day of its month, but cannot be said to be on it.
      const shown = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => {
        const r = at(offset + i);
        const span = reportSpan(r.date)!;
        return wholeReport(r, span.start >= date.start && span.end <= date.end ? undefined : 'same month, day not given');
      });
      // Nothing there: the last report ending before and the first starting after.
      const sides = [['before', dated[from - 1]], ['after', dated[to]]] as const;
      const nearest = total ? [] : sides.flatMap(([side, r]) => (r ? [{ ...wholeReport(r), side }] : []));
      return { ok: true, query: text, matchedAs: { kind: 'date', date }, results: shown, total, offset, nearest };
    },

    ask(question) {
      const query = parseQuery(question, index.glossary);
      if (query.units.length === 0) return fail('empty_query', 'Ask a question with some words in it, e.g. "Who went to North Korea?"');
      const { answer, closest, hits, query: searched } = answerQuestion(index, query);
      const highlight = highlighterOf(matchedFor(index, searched));
      const closestHits = closest.map((c) => hitOf(c.hit, highlight, c.passage));
      if (!answer) return { ok: true, query: query.text, answer: null, results: closestHits };
      const answered = hits.find((h) => h.report === answer.report)!;
      const supporting = hits.filter((h) => h !== answered).slice(0, SUPPORTING);
      const results = [hitOf(answered, highlight, answer.passage), ...supporting.map((h) => hitOf(h, highlight))];
      return { ok: true, query: query.text, answer, results };
    },

    // The corpus never changes under a desk: its figures are counted once.
    stats: () => (stats ??= countStats()),

    facet,

    dates: () => dateCounts,
  };
}

const FACETS: Facet[] = ['type', 'category', 'region'];

/** Finds a report by id (a War Diary report key) or tracking number, in any case; keys gathered when first asked. */
function keyFinder(all: Report[]): (text: string) => Report | undefined {
  let keys: Map<string, Report> | undefined;
  return (text) => {
    if (!keys) {
      keys = new Map();
      for (const r of all) {
        keys.set(r.id.toLowerCase(), r);
        if (r.details?.trackingNumber) keys.set(r.details.trackingNumber.toLowerCase(), r);
      }
    }
    return keys.get(text.toLowerCase());
  };
}

/** What filters read, per position, counted once: each report's value of each filter, and its first and last day. */
function filterValues(all: Report[]) {
  const codes = new Map(FACETS.map((name) => [name, valueCodes(all, name)]));
  const firstDay = new Int32Array(all.length);
  const lastDay = new Int32Array(all.length);
  all.forEach((r, p) => {
    // Days are most reports' dates: only a month is spelt out as its first and last day.
    const span = r.date?.length === 10 ? { start: r.date, end: r.date } : reportSpan(r.date);
    firstDay[p] = span ? dayNumber(span.start) : 0;
    lastDay[p] = span ? dayNumber(span.end) : 0;
  });
  return { codes, firstDay, lastDay };
}

/** Positions newest first, then by id as a person reads ids: what filters alone list. Sorted when first asked. */
function newestFirstOf(all: Report[]): () => number[] {
  let newest: number[] | undefined;
  return () =>
    (newest ??= all.map((_, p) => p).sort((a, b) => {
      const x = all[a]!.date ?? '';
      const y = all[b]!.date ?? '';
      return x < y ? 1 : x > y ? -1 : collator.compare(all[a]!.id, all[b]!.id);
    }));
}
const FILTERS = ['from', 'to', 'type', 'category', 'region'] as const;

/** The filters given, cleaned as stored text was (see unicode.ts); empty ones left out. */
function cleanFilters(request: SearchFilters): SearchFilters {
  const filters: SearchFilters = {};
  for (const name of FILTERS) {
    const value = cleanText(request[name] ?? '').trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** A filter value no report has, and the values nearest to it in spelling (all of them when there are few). */
function unknownValue(name: Facet, given: string, values: { value: string; count: number }[]): string {
  const typed = given.slice(0, 100).toLowerCase();
  // Values match what they contain: "thret" is nearest "threat report" by its word "threat".
  const far = (value: string) => Math.min(...[value, ...value.split(/[\s/,()-]+/)].map((p) => distance(typed, p)));
  const nearest = values
    .map((v) => ({ ...v, far: far(v.value.toLowerCase()) }))
    .sort((a, b) => a.far - b.far || b.count - a.count)
    .slice(0, values.length <= 8 ? values.length : 5);
  const shown = given.length > 60 ? `${Array.from(given).slice(0, 60).join('')}…` : given;
  const list = nearest.map((v) => `"${v.value}" (${v.count})`).join(', ');
  if (!values.length) return `No report has a ${name}: drop the ${name} filter.`;
  return `No report has the ${name} "${shown}". The nearest ${name} values: ${list}.`;
}

function facetValue(r: Report, name: Facet): string | undefined {
  return name === 'type' ? r.type : r.details?.[name];
}

/** A day (YYYY-MM-DD) as a number that orders as the day does: 2008-09-15 is 20080915. */
const dayNumber = (day: string) =>
  Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));

/** Each report's value of a filter as its place among the filter's distinct values (absent included). */
function valueCodes(reports: Report[], name: Facet): { values: (string | undefined)[]; of: Uint32Array } {
  const place = new Map<string | undefined, number>();
  const of = Uint32Array.from(reports, (r) => {
    const value = facetValue(r, name);
    let at = place.get(value);
    if (at === undefined) place.set(value, (at = place.size));
    return at;
  });
  return { values: [...place.keys()], of };
}

/** The values of a filter among the reports, commonest first. */
function countValues(reports: Report[], codes: ReturnType<typeof valueCodes>): { value: string; count: number }[] {
  const { values, of } = codes;
  const counts = new Uint32Array(values.length);
  reports.forEach((r, p) => {
    if (r.kind === 'report') counts[of[p]!]!++;
  });
  return values
    .flatMap((value, code) => (value && counts[code] ? [{ value, count: counts[code]! }] : []))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}
