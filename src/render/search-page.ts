/** The search results page: a form that works without scripts, a page of results, links between pages. */
import { FILTERS, SORTS, type Filter, type Hit, type SearchFilters, type Sort } from '../desk.ts';
import { attribution, citationText } from './citation.ts';
import { NOTE_TEXT } from './errors.ts';
import { esc, inline, marked, page, reportHref, searchHref } from './html.ts';

export interface SearchPageInput {
  query: string;
  filters: SearchFilters;
  results: Hit[];
  /** Every matching report, not only this page's. */
  total: number;
  /** 1 for the first page. */
  page: number;
  /** Results a page; 10 unless given. */
  pageSize?: number;
  /** "Did you mean" words when nothing matched. */
  suggestions?: string[];
  /** The order asked for; relevance unless given. */
  sort?: Sort;
}

const SORT_LABELS: Record<Sort, string> = {
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
  casualties: 'Most casualties (KIA + WIA)',
};

function sortField(sort: Sort = 'relevance'): string {
  const options = SORTS.map(
    (s) => `<option value="${s}"${s === sort ? ' selected' : ''}>${SORT_LABELS[s]}</option>`,
  ).join('');
  return `<label>Order<select name="sort">${options}</select></label>`;
}

const FILTER_FIELDS: Record<Filter, [label: string, hint: string]> = {
  from: ['From', 'e.g. 2008-01'],
  to: ['To', 'e.g. 2009-12-31'],
  type: ['Type', 'e.g. threat report'],
  category: ['Category', 'e.g. IED Explosion'],
  region: ['Region', 'e.g. RC SOUTH'],
};

function searchForm(query: string, filters: SearchFilters, sort?: Sort): string {
  const field = (name: string, label: string, value: string | undefined, hint: string, type = 'text') => {
    const input = `<input type="${type}" name="${name}" value="${esc(value ?? '')}" placeholder="${esc(hint)}">`;
    return `<label>${label}${input}</label>`;
  };
  return `<form method="get" action="search" role="search">
${field('q', 'Words', query, 'e.g. IED Kandahar', 'search')}
${FILTERS.map((key) => field(key, FILTER_FIELDS[key][0], filters[key], FILTER_FIELDS[key][1])).join('\n')}
${sortField(sort)}
<button type="submit">Search</button>
</form>`;
}

function result(hit: Hit, query: string): string {
  const r = hit.report;
  const note = hit.note ? ` · <span class="note">${inline(NOTE_TEXT[hit.note])}</span>` : '';
  return `<li><article>
<h3><a href="${esc(reportHref(r.id, 'search', query))}">${inline(r.title)}</a></h3>
<p class="meta">${esc(attribution(r, hit.passage))} · ${inline(r.id)}${note}</p>
<blockquote><p class="text">${marked(hit.excerpt.text, hit.excerpt.highlights)}</p></blockquote>
<p class="cite">— ${esc(citationText(r))}</p>
</article></li>`;
}

function pager(input: SearchPageInput, pages: number): string {
  const { query, filters, page: at } = input;
  const sort = input.sort === 'relevance' ? undefined : input.sort;
  const link = (n: number, text: string) =>
    `<a href="${esc(searchHref('search', { q: query, ...filters, sort, page: n }))}">${text}</a>`;
  const previous = at > 1 ? link(at - 1, '← Previous page') : '';
  const next = at < pages ? link(at + 1, 'Next page →') : '';
  return previous || next ? `<nav class="pages" aria-label="Pages">${previous}${next}</nav>` : '';
}

function noResults(input: SearchPageInput): string {
  const words = (input.suggestions ?? []).map(
    (s) => `<a href="${esc(searchHref('search', { ...input.filters, q: s }))}">${inline(s)}</a>`,
  );
  return words.length ? `<p>Did you mean: ${words.join(', ')}?</p>` : '<p>Try other words, or fewer filters.</p>';
}

export function renderSearchPage(input: SearchPageInput): string {
  const { query, filters, results, total } = input;
  const size = input.pageSize && input.pageSize > 0 ? input.pageSize : 10;
  const pages = Math.max(1, Math.ceil(total / size));
  const at = Math.min(Math.max(1, Math.trunc(input.page) || 1), pages);
  const first = (at - 1) * size + 1;
  const heading = total === 1 ? '1 report matches' : `${total.toLocaleString('en-US')} reports match`;
  const shown = results.length ? ` (${first}–${first + results.length - 1} shown)` : '';
  const items = results.map((h) => result(h, query)).join('\n');
  const list = results.length
    ? `<ol class="results" start="${first}">\n${items}\n</ol>${pager({ ...input, page: at }, pages)}`
    : noResults(input);
  const body = `<header><h1>Search the reports</h1>${searchForm(query, filters, input.sort)}</header>
<main>
<h2>${heading}${query.trim() ? ` ${inline(query.trim())}` : ''}${shown}</h2>
${list}
</main>`;
  return page(query.trim() ? `Search: ${query.trim()}` : 'Search', body);
}
