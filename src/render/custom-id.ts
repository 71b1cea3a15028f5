/**
 * Button state, carried in custom_id (at most 100 characters) so any process
 * can answer any click after any restart. A search that does not fit travels
 * as a hash; its words are read back from the message's footer, which the hash
 * must match, so a forged or stale id is refused rather than misread.
 */
import { createHash } from 'node:crypto';
import { FILTERS, SORTS, type SearchFilters, type Sort } from '../desk.ts';

/** A search page as a button carries it: the query, its filters, the page and who may turn it. */
export interface SearchState extends SearchFilters {
  query: string;
  /** 1-based */
  page: number;
  /** The user who ran the command: the only one who may page. */
  owner: string;
  /** Absent: relevance. */
  sort?: Sort;
}

/** A search as buttons carry it, without its page and owner. */
export type SearchOf = Omit<SearchState, 'page' | 'owner'>;

export type ButtonAction =
  | { kind: 'search-page'; state: SearchState }
  | { kind: 'search-page-hashed'; page: number; owner: string; hash: string }
  | { kind: 'report-page'; input: string; page: number; owner: string }
  | { kind: 'open-report' }
  | { kind: 'full-report'; id: string; page: number }
  | { kind: 'date'; date: string }
  | { kind: 'related'; id: string }
  | { kind: 'export'; owner: string; search: { state: SearchOf } | { hash: string } };

export const MAX_CUSTOM_ID = 100;
const SNOWFLAKE = /^\d{1,20}$/;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const unb64 = (s: string) => Buffer.from(s, 'base64url').toString('utf8');

/**
 * The search as a fixed-order list, the form both the id and the hash are
 * made of; an order other than relevance comes last, so buttons made before
 * searches had an order read as they did.
 */
const asList = (s: SearchOf) => [
  s.query,
  ...FILTERS.map((f) => s[f] ?? ''),
  ...(s.sort && s.sort !== 'relevance' ? [s.sort] : []),
];

export function stateHash(s: SearchOf): string {
  return createHash('sha256')
    .update(JSON.stringify(asList(s)))
    .digest('base64url')
    .slice(0, 16);
}

export function searchPageId(s: SearchState): string {
  const full = `s:${s.page}:${s.owner}:${b64(JSON.stringify(asList(s)))}`;
  return full.length <= MAX_CUSTOM_ID ? full : `h:${s.page}:${s.owner}:${stateHash(s)}`;
}

export const reportPageId = (input: string, page: number, owner: string) =>
  `r:${page}:${owner}:${input}`.slice(0, MAX_CUSTOM_ID);
export const OPEN_REPORT_ID = 'o';
export const fullReportId = (id: string, page: number) => `f:${page}:${id}`;
export const dateId = (date: string) => `d:${date}`;
/** "Related" on a report; none for an id too long to carry. */
export const relatedId = (id: string): string | undefined => (id.length + 4 <= MAX_CUSTOM_ID ? `rel:${id}` : undefined);
/** "Export CSV" on a search: the search itself, or its hash when too long (read back from the footer). */
export function exportId(s: SearchState): string {
  const full = `xs:1:${s.owner}:${b64(JSON.stringify(asList(s)))}`;
  return full.length <= MAX_CUSTOM_ID ? full : `xh:1:${s.owner}:${stateHash(s)}`;
}

/** Reads a custom_id; null for anything this bot did not make. */
export function parseCustomId(id: string): ButtonAction | null {
  if (id.length === 0 || id.length > MAX_CUSTOM_ID) return null;
  if (id === OPEN_REPORT_ID) return { kind: 'open-report' };
  if (id.startsWith('rel:')) return id.length > 4 ? { kind: 'related', id: id.slice(4) } : null;
  if (id.startsWith('x')) return exportAction(id.slice(1));
  const [kind, pageText, owner, ...rest] = id.split(':');
  if (kind === 'd' && pageText && /^\d{4}(-\d{2}){0,2}$/.test(pageText)) return { kind: 'date', date: pageText };
  const page = Number(pageText);
  if (kind === 'f') {
    const report = [owner, ...rest].join(':');
    return Number.isSafeInteger(page) && page >= 1 && page <= 10_000 && report
      ? { kind: 'full-report', id: report, page }
      : null;
  }
  const payload = rest.join(':');
  if (!Number.isSafeInteger(page) || page < 1 || page > 10_000 || !owner || !SNOWFLAKE.test(owner) || !payload)
    return null;
  if (kind === 'r') return { kind: 'report-page', input: payload, page, owner };
  if (kind === 'h')
    return /^[\w-]{16}$/.test(payload) ? { kind: 'search-page-hashed', page, owner, hash: payload } : null;
  if (kind !== 's') return null;
  const search = searchOf(payload);
  return search ? { kind: 'search-page', state: { ...search, page, owner } } : null;
}

/** A search's list read back (see asList); null for anything else. */
function searchOf(payload: string): SearchOf | null {
  try {
    const parsed: unknown = JSON.parse(unb64(payload));
    if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) return null;
    if (parsed.length !== FILTERS.length + 1 && parsed.length !== FILTERS.length + 2) return null;
    const [query, ...rest] = parsed as string[];
    const sort = rest[FILTERS.length];
    if (sort !== undefined && !(SORTS as readonly string[]).includes(sort)) return null;
    const state: SearchOf = { query: query!, ...(sort ? { sort: sort as Sort } : {}) };
    FILTERS.forEach((f, i) => rest[i] && (state[f] = rest[i]));
    return state;
  } catch {
    return null;
  }
}

/** "Export CSV": `s:1:owner:search` or `h:1:owner:hash` after the x. */
function exportAction(id: string): ButtonAction | null {
  const [kind, , owner, ...rest] = id.split(':');
  const payload = rest.join(':');
  if (!owner || !SNOWFLAKE.test(owner) || !payload) return null;
  if (kind === 'h') return /^[\w-]{16}$/.test(payload) ? { kind: 'export', owner, search: { hash: payload } } : null;
  const state = kind === 's' ? searchOf(payload) : null;
  return state ? { kind: 'export', owner, search: { state } } : null;
}
