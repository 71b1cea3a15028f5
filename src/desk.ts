/**
 * The desk: the one door every edge (CLI, Discord, the benchmarks) goes
 * through, whatever answers behind it (the desk in memory, the desk on a
 * thread of its own, later a desk on PostgreSQL). Every method answers
 * asynchronously, with plain data and codes: bad input is an error result
 * whose code and details the renderers put in words, never a throw.
 */
import type { Report } from './corpus/model.ts';
import type { Bucket, TimeUnit } from './desk/buckets.ts';
import type { Point } from './desk/place.ts';
import type { Answer } from './search/answer.ts';
import type { DateProblem, DateQuery } from './search/dates.ts';
import type { Excerpt, Span } from './search/excerpt.ts';
import type { Passage } from './search/passages.ts';
import type { Correction } from './search/read-as.ts';

/** The filters a search takes, in the order every edge shows them. */
export const FILTERS = ['from', 'to', 'type', 'category', 'region'] as const;
export type Filter = (typeof FILTERS)[number];
/** The filters with a fixed set of values, offered by completion with their counts. */
export const FACETS = ['type', 'category', 'region'] as const satisfies readonly Filter[];
export type Facet = (typeof FACETS)[number];

export type SearchFilters = { [F in Filter]?: string };

export const MAX_LIMIT = 100;

/** How search results may be ordered: casualties is the sum of the KIA and WIA columns, reports without them last. */
export const SORTS = ['relevance', 'newest', 'oldest', 'casualties'] as const;
export type Sort = (typeof SORTS)[number];

/** The units a timeline counts by. */
export const TIME_UNITS = ['day', 'week', 'month', 'year'] as const satisfies readonly TimeUnit[];
export type { Bucket, TimeUnit };

/** Reports an export hands over at once: a page of them crosses between threads, never the whole corpus. */
export const MAX_EXPORT_PAGE = 1000;

/** Why a report is listed when it is not a plain match: a month-precision report on a day of its month. */
export type HitNote = 'day_not_given';

export interface Hit {
  report: Report;
  excerpt: Excerpt;
  score: number;
  /** Which passage the excerpt comes from; absent when the excerpt is the report itself. */
  passage?: Passage;
  note?: HitNote;
}

/** Bad input or a desk that cannot take more, by code with what the words need. */
export type DeskError =
  | { code: 'empty_query'; asked: 'search' | 'ask' }
  | { code: 'invalid_limit'; field: 'limit' | 'offset' | 'page'; max: number }
  | { code: 'invalid_date'; filter?: 'from' | 'to'; problem: DateProblem; idAccepted?: boolean }
  | { code: 'invalid_range'; from: string; to: string }
  | { code: 'unknown_filter'; filter: Facet; given: string; nearest: Counted[] }
  | { code: 'invalid_sort'; given: string; valid: readonly Sort[] }
  | { code: 'invalid_unit'; given: string; valid: readonly TimeUnit[] }
  | { code: 'too_many_bars'; by: TimeUnit; bars: number; max: number }
  | { code: 'unknown_report'; id: string }
  | { code: 'busy' }
  /** The report database (host:port/database) cannot be reached now. */
  | { code: 'database_unavailable'; database: string };

export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: DeskError };

/** The reports a query matches within its filters; an empty query with no filters is every report. */
export interface MatchRequest extends SearchFilters {
  query: string;
}

export interface SearchRequest extends MatchRequest {
  limit?: number;
  offset?: number;
  /** Default relevance; any other value is refused as `invalid_sort`, listing these. */
  sort?: Sort | (string & {});
}

export interface TimelineRequest extends MatchRequest {
  /** Default: the finest unit that keeps the chart readable. */
  by?: TimeUnit | (string & {});
}

/** What every answer about a set of matches says of it. */
interface Matches {
  query: string;
  filters: SearchFilters;
  /** Every report matched, as search counts them. */
  total: number;
}

export interface Timeline extends Matches {
  by: TimeUnit;
  /** Every unit from the first dated match to the last, empty ones too; they sum to `total - undated`. */
  buckets: Bucket[];
  undated: number;
  /** Matches dated only to their month (counted on its first day). */
  monthOnly: number;
}

export interface Places extends Matches {
  /** Where each placed match happened: its latitude and longitude, else its MGRS square's centre. */
  points: Point[];
  /** Matches with neither coordinates nor a usable MGRS reference. */
  withoutPlace: number;
}

/** Why a report is related to another: a rare phrase they share, or the same place within hours (+ later, - before). */
export type Reason = { kind: 'phrase'; phrase: string; reports: number } | { kind: 'place'; hours: number; km: number };

export interface Related {
  report: Report;
  related: { report: Report; reasons: Reason[] }[];
}

export interface RandomPick extends Matches {
  /** One report picked uniformly among the matches; null when nothing matches. */
  hit: Hit | null;
}

/** Where a query's words stand in each paragraph of a report, as search matches them (stems, glossary). */
export interface Marks {
  quotes: Span[][];
  paraphrase: Span[][];
}

export interface ExportRequest extends MatchRequest {
  /** Default oldest first: the order a spreadsheet of events reads in. */
  sort?: Sort | (string & {});
  offset?: number;
  /** At most MAX_EXPORT_PAGE. */
  limit?: number;
}

export interface ExportPage extends Matches {
  offset: number;
  reports: Report[];
}

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

export interface Page {
  limit?: number;
  offset?: number;
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

export interface AskResults {
  /** The question as asked, cleaned and cut as a query is (NFC, no invisible characters, trimmed). */
  query: string;
  /** Its words no report holds, each with the word it was read as (as a search reads them). */
  corrected: Correction[];
  /** The corpus's own words that answer, with how sure the desk is; null when none answers surely enough. */
  answer: Answer | null;
  /**
   * With an answer: its report's hit, then supporting hits. Without one: the
   * passages that come closest; none when nothing in the corpus relates to the question.
   */
  results: Hit[];
}

export interface Counted {
  value: string;
  count: number;
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

/** What completion offers: dates holding reports, the query's last word, or a facet's values. */
export type CompletionField = 'date' | 'words' | Facet;

export interface CompletionRequest {
  field: CompletionField;
  /** What the user has typed so far. */
  typed: string;
  /** At most this many; default 25. */
  limit?: number;
}

export interface Completion {
  value: string;
  /** Reports holding it; absent when the value is the text as typed, with nothing to complete. */
  count?: number;
  /** A date completion that is a whole month, not a day. */
  month?: boolean;
}

export interface Desk {
  search(request: SearchRequest): Promise<Outcome<SearchResults>>;
  report(input: string, page?: Page): Promise<Outcome<ReportResults>>;
  ask(question: string): Promise<Outcome<AskResults>>;
  stats(): Promise<Stats>;
  /** Completion as a user types: newest dates first, the commonest words and values first. */
  complete(request: CompletionRequest): Promise<Completion[]>;
  /** The matches counted over time. */
  timeline(request: TimelineRequest): Promise<Outcome<Timeline>>;
  /** Where the matches happened. */
  places(request: MatchRequest): Promise<Outcome<Places>>;
  /** Reports sharing rare phrases with this one, and reports at the same place within hours of it. */
  related(id: string): Promise<Outcome<Related>>;
  random(request: MatchRequest): Promise<Outcome<RandomPick>>;
  /** The query's words in a report's paragraphs, for a page that shows it whole. */
  marks(id: string, query: string): Promise<Outcome<Marks>>;
  /** A page of every match, whole: read them all with exportAll (desk/export-all.ts). */
  export(request: ExportRequest): Promise<Outcome<ExportPage>>;
}
