/**
 * Export: every match of a query, whole, a page at a time. The desk hands
 * over pages (a page crosses between threads, never the whole corpus in one
 * message); `exportAll` (export-all.ts) reads them one after the other for an edge that streams them.
 */
import { MAX_EXPORT_PAGE, type ExportPage, type ExportRequest, type Outcome, type Sort } from '../desk.ts';
import { plainReport } from '../saved-reports.ts';
import type { SearchIndex } from '../search/index.ts';
import { sortOf, type Matcher } from './matches.ts';

/** The page and order an export asks for, checked. */
export function exportPageOf(request: ExportRequest): Outcome<{ offset: number; limit: number; sort: Sort }> {
  const { offset = 0, limit = MAX_EXPORT_PAGE } = request;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EXPORT_PAGE) {
    return { ok: false, error: { code: 'invalid_limit', field: 'limit', max: MAX_EXPORT_PAGE } };
  }
  if (!Number.isInteger(offset) || offset < 0) {
    return { ok: false, error: { code: 'invalid_limit', field: 'offset', max: MAX_EXPORT_PAGE } };
  }
  const sort = sortOf(request.sort, 'oldest');
  if (!sort.ok) return sort;
  return { ok: true, offset, limit, sort: sort.sort };
}

export function exporter(index: SearchIndex, matches: Matcher) {
  return (request: ExportRequest): Outcome<ExportPage> => {
    const page = exportPageOf(request);
    if (!page.ok) return page;
    const { offset, limit, sort } = page;
    const found = matches(request, sort);
    if (!found.ok) return found;
    const { query, filters, positions } = found.matches;
    const reports = [...positions.subarray(offset, offset + limit)].map((p) => plainReport(index.order[p]!));
    return { ok: true, query: query.text, filters, total: positions.length, offset, reports };
  };
}
