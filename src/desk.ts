/**
 * The desk: the one door every edge (CLI, Discord, the benchmarks) goes
 * through, whatever answers behind it (the desk in memory, the desk on a
 * thread of its own, later a desk on PostgreSQL). Every method answers
 * asynchronously, with plain data and codes: bad input is an error result
 * whose code and details the renderers put in words, never a throw.
 */
import type { Report } from './corpus/model.ts';
import type { Answer } from './search/answer.ts';
import type { DateProblem, DateQuery } from './search/dates.ts';
import type { Excerpt } from './search/excerpt.ts';
import type { Passage } from './search/passages.ts';
import type { Correction } from './search/suggest.ts';

/** The filters a search takes, in the order every edge shows them. */
export const FILTERS = ['from', 'to', 'type', 'category', 'region'] as const;
export type Filter = (typeof FILTERS)[number];
/** The filters with a fixed set of values, offered by completion with their counts. */
export const FACETS = ['type', 'category', 'region'] as const satisfies readonly Filter[];
export type Facet = (typeof FACETS)[number];

export type SearchFilters = { [F in Filter]?: string };

export const MAX_LIMIT = 100;

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
  | { code: 'busy' }
  /** The report database (host:port/database) cannot be reached now. */
  | { code: 'database_unavailable'; database: string };

export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: DeskError };

export interface SearchRequest extends SearchFilters {
  query: string;
  limit?: number;
  offset?: number;
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
  query: string;
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
}
