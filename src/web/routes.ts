/**
 * The report pages as a fastify plugin: `GET /reports/:id` (a report whole,
 * its fields, citation, the query's words marked, its related reports) and
 * `GET /search` (results with filters and order). Any server registers it —
 * `report-bot serve`, or the bot's HTTP server — with the desk it answers
 * from. Pages are plain HTML that needs no script; bad input is a 400 page,
 * an unknown report a 404 page, a busy desk a 503 page.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { FILTERS, SORTS, type Desk, type DeskError, type Marks, type SearchFilters } from '../desk.ts';
import { renderErrorPage, type PageStatus } from '../render/error-page.ts';
import { deskErrorText } from '../render/errors.ts';
import { renderReportPage, type RelatedReport } from '../render/report-page.ts';
import { reasonsText } from '../render/reasons.ts';
import { renderSearchPage } from '../render/search-page.ts';
import type { Span } from '../search/excerpt.ts';

/** Results a page. */
const PAGE_SIZE = 10;
/** Longer values are no search a person typed: refused, not cut. */
const MAX_PARAM = 500;
const MAX_PAGE = 10_000;

type Query = Record<string, unknown>;

/** A query-string value: absent, or one string of reasonable length; repeated or huge values are refused. */
function param(query: Query, name: string): string | undefined | Error {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return new Error(`give ${name} once.`);
  if (value.length > MAX_PARAM) return new Error(`${name} is longer than ${MAX_PARAM} characters.`);
  return value;
}

function html(reply: FastifyReply, status: number, body: string) {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

const failed = (reply: FastifyReply, status: PageStatus, message: string, root: string) =>
  html(reply, status, renderErrorPage(status, message, root));

const statusOf = (error: DeskError): PageStatus => (error.code === 'busy' ? 503 : 400);

/** The report's paragraphs' marks as the page asks for them: by paragraph text. */
function highlighter(marks: Marks, quotes: string[], paraphrase: string[]) {
  const spans = new Map<string, Span[]>();
  quotes.forEach((text, i) => spans.set(text, marks.quotes[i] ?? []));
  paraphrase.forEach((text, i) => spans.set(text, marks.paraphrase[i] ?? []));
  return (text: string) => spans.get(text) ?? [];
}

/** What the pages say while the bot's desk is still opening (its HTTP server listens before). */
const OPENING = 'The reports are being loaded: try again in a moment.';

/**
 * The pages over the desk `deskOf` gives (none yet while the bot opens it); `publicUrl` (PUBLIC_URL) gives each
 * report page its canonical address.
 */
export function reportPages(deskOf: () => Desk | undefined, publicUrl?: string): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { id: string }; Querystring: Query }>('/reports/:id', async (request, reply) => {
      const { id } = request.params;
      const desk = deskOf();
      if (!desk) return failed(reply, 503, OPENING, '../');
      const q = param(request.query, 'q');
      if (q instanceof Error) return failed(reply, 400, q.message, '../');
      const found = await desk.report(id, { limit: 1 });
      if (!found.ok && found.error.code === 'busy') return failed(reply, 503, deskErrorText(found.error), '../');
      const report = found.ok && found.matchedAs.kind === 'id' ? found.results[0]?.report : undefined;
      if (!report) return failed(reply, 404, `No report has the id "${id.slice(0, 100)}".`, '../');
      // A report key or tracking number in any case: the report's own address.
      if (report.id !== id)
        return reply.redirect(`./${encodeURIComponent(report.id)}${q ? `?q=${encodeURIComponent(q)}` : ''}`, 301);
      const [related, marks] = await Promise.all([
        desk.related(report.id),
        q?.trim() ? desk.marks(report.id, q) : undefined,
      ]);
      const page = renderReportPage({
        report,
        query: q,
        highlight: marks?.ok ? highlighter(marks, report.quotes, report.paraphrase) : undefined,
        related: related.ok
          ? related.related.map((r): RelatedReport => ({ report: r.report, reason: reasonsText(r.reasons) }))
          : undefined,
        publicUrl,
      });
      return html(reply, 200, page);
    });

    app.get<{ Querystring: Query }>('/search', async (request, reply) => {
      const desk = deskOf();
      if (!desk) return failed(reply, 503, OPENING, './');
      const read = ['q', 'sort', 'page', ...FILTERS].map((name) => [name, param(request.query, name)] as const);
      const bad = read.find(([, value]) => value instanceof Error);
      if (bad) return failed(reply, 400, (bad[1] as Error).message, './');
      const given = Object.fromEntries(read) as Record<string, string | undefined>;
      const page = given.page === undefined ? 1 : Number(given.page);
      if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) {
        return failed(reply, 400, `page must be a whole number from 1 to ${MAX_PAGE}.`, './');
      }
      const query = given.q ?? '';
      const filters: SearchFilters = Object.fromEntries(FILTERS.map((f) => [f, given[f]]));
      const offset = (page - 1) * PAGE_SIZE;
      const found = await desk.search({ query, ...filters, sort: given.sort, limit: PAGE_SIZE, offset });
      if (!found.ok && found.error.code === 'empty_query') {
        return html(reply, 200, renderSearchPage({ query, filters: {}, results: [], total: 0, page: 1 }));
      }
      if (!found.ok) return failed(reply, statusOf(found.error), deskErrorText(found.error), './');
      const sort = SORTS.find((s) => s === given.sort?.trim().toLowerCase());
      const input = { query, filters: found.filters, results: found.results, total: found.total, page, sort };
      return html(reply, 200, renderSearchPage({ ...input, pageSize: PAGE_SIZE, suggestions: found.suggestions }));
    });
  };
}
