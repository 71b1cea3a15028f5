/**
 * Button state, carried in custom_id (at most 100 characters) so any process
 * can answer any click after any restart. A search that does not fit travels
 * as a hash; its words are read back from the message's footer, which the hash
 * must match, so a forged or stale id is refused rather than misread.
 */
import { createHash } from 'node:crypto';
import { FILTERS, type SearchFilters } from '../desk.ts';

/** A search page as a button carries it: the query, its filters, the page and who may turn it. */
export interface SearchState extends SearchFilters {
  query: string;
  /** 1-based */
  page: number;
  /** The user who ran the command: the only one who may page. */
  owner: string;
}

export type ButtonAction =
  | { kind: 'search-page'; state: SearchState }
  | { kind: 'search-page-hashed'; page: number; owner: string; hash: string }
  | { kind: 'report-page'; input: string; page: number; owner: string }
  | { kind: 'open-report' }
  | { kind: 'full-report'; id: string; page: number }
  | { kind: 'date'; date: string };

export const MAX_CUSTOM_ID = 100;
const SNOWFLAKE = /^\d{1,20}$/;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const unb64 = (s: string) => Buffer.from(s, 'base64url').toString('utf8');

/** The search as a fixed-order list, the form both the id and the hash are made of. */
const asList = (s: Omit<SearchState, 'page' | 'owner'>) => [s.query, ...FILTERS.map((f) => s[f] ?? '')];

export function stateHash(s: Omit<SearchState, 'page' | 'owner'>): string {
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

/** Reads a custom_id; null for anything this bot did not make. */
export function parseCustomId(id: string): ButtonAction | null {
  if (id.length === 0 || id.length > MAX_CUSTOM_ID) return null;
  if (id === OPEN_REPORT_ID) return { kind: 'open-report' };
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
  try {
    const parsed: unknown = JSON.parse(unb64(payload));
    if (!Array.isArray(parsed) || parsed.length !== FILTERS.length + 1 || !parsed.every((x) => typeof x === 'string'))
      return null;
    const [query, ...filters] = parsed as string[];
    const state: SearchState = { query: query!, page, owner };
    FILTERS.forEach((f, i) => filters[i] && (state[f] = filters[i]));
    return { kind: 'search-page', state };
  } catch {
    return null;
  }
}
