/**
 * The report and search pages as HTML text: escaped everywhere, whole, and
 * sound on empty, huge and out-of-range input. How a browser shows them is
 * tested in pages-browser.test.ts.
 */
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Report } from '../src/corpus/model.ts';
import type { Hit } from '../src/desk.ts';
import { SHIPPED_CORPUS } from '../src/open.ts';
import { citationText } from '../src/render/citation.ts';
import { renderReportPage } from '../src/render/report-page.ts';
import { renderSearchPage } from '../src/render/search-page.ts';
import { HOSTILE_QUERY, HOSTILE_QUOTES, HOSTILE_TITLE, hostileReport } from './fixtures/hostile-report.ts';

/** The text of the first element `tag`, markup removed and entities decoded: what a reader sees. */
function textOf(html: string, tag: string): string {
  const m = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return decodeHTML((m?.[1] ?? '').replace(/<[^>]+>/g, ''));
}

/** No markup from the input survives: only the page's own elements are there. */
function expectOnlyOwnMarkup(html: string) {
  const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
  const own = [
    'html',
    'head',
    'meta',
    'title',
    'style',
    'body',
    'header',
    'main',
    'section',
    'h1',
    'h2',
    'h3',
    'p',
    'a',
    'bdi',
    'mark',
    'dl',
    'dt',
    'dd',
    'table',
    'caption',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'ul',
    'ol',
    'li',
    'cite',
    'span',
    'article',
    'blockquote',
    'form',
    'label',
    'input',
    'button',
    'nav',
    'select',
    'option',
    'link',
  ];
  expect([...tags].filter((t) => !own.includes(t))).toEqual([]);
  const attributes = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
  expect(attributes.filter((tag) => /\son\w+\s*=/i.test(tag) || /javascript:/i.test(tag))).toEqual([]);
}

/** The report's paragraphs as a reader sees them, marks removed. */
const paragraphsOf = (html: string) =>
  [...html.matchAll(/<p class="text">([\s\S]*?)<\/p>/g)].map((m) => decodeHTML(m[1]!.replace(/<\/?mark>/g, '')));

const hit = (report: Report, text: string, highlights: [number, number][] = []): Hit => ({
  report,
  excerpt: { text, highlights },
  score: 1,
});

describe('renderReportPage', () => {
  it('escapes every field of a hostile report and keeps its text whole', () => {
    const html = renderReportPage({
      report: hostileReport(),
      query: HOSTILE_QUERY,
      related: [{ report: hostileReport(), reason: '<b>same</b> place' }],
    });
    expectOnlyOwnMarkup(html);
    expect(textOf(html, 'h1')).toBe(HOSTILE_TITLE);
    expect(textOf(html, 'title')).toBe(`${HOSTILE_TITLE} · Report Desk`);
    expect(paragraphsOf(html)).toEqual([...HOSTILE_QUOTES, ...hostileReport().paraphrase]);
    expect(html).toContain('href="./..%2Fx%3Fy%3D%22%3Cb%3E%22%26z%3D%E2%80%AE?q=');
    expect(html).toContain('<table>');
  });

  it('marks the spans the desk found, and ignores spans that do not fit the text', () => {
    const report = hostileReport();
    const spans: [number, number][] = [
      [1, 4],
      [3, 2],
      [-5, 1],
      [NaN, 3],
      [50, 10_000_000],
    ];
    const html = renderReportPage({ report, query: 'img', highlight: () => spans });
    const texts = [...report.quotes, ...report.paraphrase];
    // Only [1, 4] fits: the others are reversed, negative, not a number, out of order or past the end.
    expect([...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => decodeHTML(m[1]!))).toEqual(
      texts.map((t) => t.slice(1, 4)),
    );
    expect(paragraphsOf(html)).toEqual(texts);
  });

  it('renders a report with nothing but its required fields', async () => {
    const { reports } = await loadCorpus([SHIPPED_CORPUS]);
    const bare: Report = { ...reports[0]!, places: [], quotes: [], paraphrase: [], details: undefined };
    const html = renderReportPage({ report: bare });
    expectOnlyOwnMarkup(html);
    expect(html).not.toContain('Related reports');
    expect(renderReportPage({ report: bare, related: [] })).toContain('No related reports found.');
  });

  it('shows a real report of the shipped corpus with its citation', async () => {
    const { reports } = await loadCorpus([SHIPPED_CORPUS]);
    for (const report of reports) {
      const html = renderReportPage({ report });
      expectOnlyOwnMarkup(html);
      expect(paragraphsOf(html)).toEqual([...report.quotes, ...report.paraphrase]);
      expect(html).toContain(citationText(report).replace(/"/g, '&quot;'));
    }
  });
});

describe('renderSearchPage', () => {
  const report = hostileReport();

  it('escapes the query, the filters and the results', () => {
    const html = renderSearchPage({
      query: HOSTILE_QUERY,
      filters: { from: '"><b>', category: '<script>x</script>' },
      results: [hit(report, HOSTILE_QUOTES[0]!, [[1, 4]])],
      total: 31,
      page: 2,
      pageSize: 10,
    });
    expectOnlyOwnMarkup(html);
    expect(textOf(html, 'h2')).toBe(`31 reports match ${HOSTILE_QUERY.trim()} (11–11 shown)`);
    expect(html).toContain('<mark>img</mark>');
    expect(html).toContain('<ol class="results" start="11">');
    expect(html).toContain('page=1');
    expect(html).toContain('page=3');
  });

  it('clamps a page out of range and survives a page size of 0, NaN and huge queries', () => {
    for (const page of [0, -3, 9999, NaN, 1.5]) {
      const html = renderSearchPage({ query: 'x', filters: {}, results: [], total: 5, page, pageSize: 0 });
      expectOnlyOwnMarkup(html);
      expect(html).toContain('Try other words');
    }
    const huge = 'q'.repeat(200_000);
    expect(renderSearchPage({ query: huge, filters: {}, results: [], total: 0, page: 1 })).toContain(huge);
  });

  it('offers suggestions as links when nothing matched', () => {
    const html = renderSearchPage({
      query: 'talibn',
      filters: { region: 'RC SOUTH' },
      results: [],
      total: 0,
      page: 1,
      suggestions: ['taliban', '<x>'],
    });
    expect(html).toContain('href="search?region=RC+SOUTH&amp;q=taliban"');
    expect(html).toContain('&lt;x&gt;');
    expect(textOf(html, 'h2')).toBe('0 reports match talibn');
  });

  it('says there is nothing to show for an empty query', () => {
    const html = renderSearchPage({ query: '', filters: {}, results: [], total: 0, page: 1 });
    expect(textOf(html, 'title')).toBe('Search · Report Desk');
    expectOnlyOwnMarkup(html);
  });
});
