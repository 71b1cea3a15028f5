/**
 * The report and search pages in a real headless Chromium (Debian's package,
 * driven by playwright-core), served over loopback with scripts turned off:
 * the text is there, headings go in order, text is readable against its
 * background (WCAG AA, 4.5:1), the query's words are marked. A hostile
 * report's page, with scripts on, runs nothing.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Desk } from '../src/desk.ts';
import { createDesk } from '../src/desk/memory.ts';
import { openIndex, SHIPPED_CORPUS } from '../src/open.ts';
import { deskErrorText } from '../src/render/errors.ts';
import { renderReportPage } from '../src/render/report-page.ts';
import { renderSearchPage } from '../src/render/search-page.ts';
import { highlightSpans } from '../src/search/excerpt.ts';
import { parseQuery } from '../src/search/query.ts';
import { matchedFor } from '../src/search/rank.ts';
import type { SearchIndex } from '../src/search/index.ts';
import { HOSTILE_QUERY, HOSTILE_QUOTES, HOSTILE_TITLE, hostileReport } from './fixtures/hostile-report.ts';
import { writeMashupCsv } from './fixtures/mashup.ts';
import type { FastifyInstance } from 'fastify';
import { pageServer } from '../src/web/server.ts';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`pages-browser: ${CHROMIUM} is missing, skipped: apt-get install -y chromium`);

/** The flags a closed network and a root user need (docs: /work/.library/env/machines/node.md). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let dir: string;
let desk: Desk;
let index: SearchIndex;
let server: Server;
let base: string;
let quiet: BrowserContext;
let scripted: BrowserContext;
/** The real pages, as `report-bot serve` serves them. */
let served: FastifyInstance;
let live: string;
const pages = new Map<string, string>();

/** The query's words in a paragraph, found as the desk finds them (stems, glossary). */
function highlighterFor(query: string) {
  const parsed = parseQuery(query, index.glossary);
  const matched = matchedFor(index, parsed);
  return (text: string) => highlightSpans(text, matched, index.glossary);
}

function serve(): Promise<string> {
  server = createServer((req, res) => {
    const html = pages.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? 'not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

beforeAll(async () => {
  if (!HAVE_CHROMIUM) return;
  dir = await mkdtemp(path.join(tmpdir(), 'pages-browser-'));
  const csv = path.join(dir, 'mashup.csv');
  await writeMashupCsv(csv);
  ({ index } = await openIndex({ corpus: [csv, SHIPPED_CORPUS], cache: false, allowRejects: true }));
  desk = createDesk(index);
  base = await serve();
  served = pageServer(desk, 'https://reports.example.org');
  live = await served.listen({ port: 0, host: '127.0.0.1' });
  const launch = (name: string, javaScriptEnabled: boolean) =>
    chromium.launchPersistentContext(path.join(dir, name), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      javaScriptEnabled,
    });
  [quiet, scripted] = await Promise.all([launch('profile-quiet', false), launch('profile-scripted', true)]);
}, 60_000);

afterAll(async () => {
  await Promise.all([quiet?.close(), scripted?.close(), served?.close()]);
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** WCAG 2 relative luminance of "rgb(r, g, b)". */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** Every piece of text on the page with its colour and the background it is painted on. */
function textColours(page: Page) {
  return page.evaluate(() => {
    const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    const out: { text: string; color: string; background: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement!;
      if (!node.textContent?.trim() || el.closest('style, title')) continue;
      let background = 'rgb(255, 255, 255)';
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (!transparent(bg)) {
          background = bg;
          break;
        }
      }
      out.push({ text: node.textContent.trim().slice(0, 40), color: getComputedStyle(el).color, background });
    }
    return out;
  });
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${base}${url}`);
  expect(response?.status()).toBe(200);
  return page;
}

/** What every page must pass: no script, headings in order, readable text. */
async function expectSoundPage(page: Page) {
  expect(await page.locator('script').count()).toBe(0);
  const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach(
    (level, i) => i > 0 && expect(level, `heading ${i} skips a level`).toBeLessThanOrEqual(levels[i - 1]! + 1),
  );
  const colours = await textColours(page);
  expect(colours.length).toBeGreaterThan(0);
  const unreadable = colours.filter((c) => contrast(c.color, c.background) < 4.5);
  expect(unreadable).toEqual([]);
}

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A sound page showing the report's words whole, with "IED" marked as the desk matches it. */
async function expectReportWithIed(page: Page, report: { quotes: string[] }) {
  await expectSoundPage(page);
  const main = normal(await page.locator('main').innerText());
  for (const q of report.quotes) expect(main).toContain(normal(q));
  const marks = await page.locator('mark').allInnerTexts();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(m.toLowerCase()).toMatch(/ied|improvised explosive device/);
}

describe.skipIf(!HAVE_CHROMIUM)(
  'report and search pages in Chromium (skipped without it: apt-get install -y chromium)',
  () => {
    it('shows a real War Diary report whole, with the query marked, readable without scripts', async () => {
      const query = 'IED';
      const found = await desk.search({ query, limit: 5 });
      if (!found.ok) throw new Error(deskErrorText(found.error));
      const [first, ...others] = found.results;
      const report = first!.report;
      const url = `/reports/${encodeURIComponent(report.id)}?q=${query}`;
      pages.set(
        url,
        renderReportPage({
          report,
          query,
          highlight: highlighterFor(query),
          related: others.map((h) => ({ report: h.report, reason: 'same place, 2 h later' })),
        }),
      );
      const page = await open(quiet, url);
      await expectReportWithIed(page, report);
      expect(await page.locator('section:has(h2#related) li a').count()).toBe(others.length);
      await page.close();
    });

    it('lists search results with marked excerpts and working links', async () => {
      const query = 'Iranian C4';
      const found = await desk.search({ query, limit: 10 });
      if (!found.ok) throw new Error(deskErrorText(found.error));
      pages.set(
        `/search?q=${encodeURIComponent(query)}`,
        renderSearchPage({ query, filters: {}, results: found.results, total: found.total, page: 1 }),
      );
      const report = found.results[0]!.report;
      pages.set(
        `/reports/${encodeURIComponent(report.id)}?q=${encodeURIComponent(query)}`,
        renderReportPage({ report, query }),
      );
      const page = await open(quiet, `/search?q=${encodeURIComponent(query)}`);
      await expectSoundPage(page);
      expect(await page.locator('ol.results > li').count()).toBe(found.results.length);
      expect((await page.locator('mark').allInnerTexts()).map((m) => m.toLowerCase())).toEqual(
        expect.arrayContaining(['c4']),
      );
      await page.locator('ol.results a').first().click();
      expect(normal(await page.locator('h1').innerText())).toBe(normal(report.title));
      await page.close();
    });

    // Laying out its 84 KB paragraph (a 40,000-letter word) takes Chromium seconds, many more under the suite's load.
    it('shows a hostile report as text and runs none of it, even with scripts on', async () => {
      const report = hostileReport();
      const url = '/reports/hostile';
      pages.set(url, renderReportPage({ report, query: HOSTILE_QUERY, related: [{ report, reason: '<b>x</b>' }] }));
      const page = await scripted.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${base}${url}`);
      await expectSoundPage(page);
      expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
      expect(await page.locator('img, svg, iframe, b, i, u, s').count()).toBe(0);
      const texts = await page.locator('p.text').allTextContents();
      expect(texts.slice(0, 2)).toEqual(HOSTILE_QUOTES.slice(0, 2));
      expect(texts[3]).toHaveLength(HOSTILE_QUOTES[3]!.length);
      // The direction override in the title and the second paragraph reorders nothing outside them.
      expect(await page.locator('dt').first().textContent()).toBe('Date');
      expect(dialogs).toEqual([]);
      await page.close();
    }, 60_000);
  },
);

describe.skipIf(!HAVE_CHROMIUM)('the pages report-bot serve serves, in Chromium', () => {
  async function visit(url: string, status = 200): Promise<Page> {
    const page = await quiet.newPage();
    const response = await page.goto(`${live}${url}`);
    expect(response?.status(), url).toBe(status);
    return page;
  }

  it('a War Diary report: its text whole, the query marked, related reports with why, its canonical address', async () => {
    const found = await desk.search({ query: 'IED', limit: 20 });
    if (!found.ok) throw new Error(deskErrorText(found.error));
    const withRelated = [];
    for (const h of found.results) {
      const related = await desk.related(h.report.id);
      if (related.ok && related.related.length) withRelated.push({ report: h.report, related: related.related });
    }
    const { report, related } = withRelated[0]!;
    const page = await visit(`/reports/${encodeURIComponent(report.id)}?q=IED`);
    await expectReportWithIed(page, report);
    const items = await page.locator('section:has(h2#related) li').allInnerTexts();
    expect(items).toHaveLength(related.length);
    for (const item of items) expect(item).toMatch(/(shares '.+'|same place)/);
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(
      `https://reports.example.org/reports/${encodeURIComponent(report.id)}`,
    );
    await page.locator('section:has(h2#related) li a').first().click();
    expect(normal(await page.locator('h1').innerText())).toBe(normal(related[0]!.report.title));
    await page.close();
  });

  it('search: the form keeps the words, filters and order; results link to their pages', async () => {
    const page = await visit('/search?q=Iranian&sort=oldest&type=threat');
    await expectSoundPage(page);
    expect(await page.locator('select[name=sort]').inputValue()).toBe('oldest');
    expect(await page.locator('input[name=type]').inputValue()).toBe('threat');
    const links = page.locator('ol.results a');
    expect(await links.count()).toBeGreaterThan(0);
    await links.first().click();
    expect(await page.locator('h1').count()).toBe(1);
    expect(page.url()).toContain('/reports/');
    await page.close();
  });

  // One test a page: under the whole suite's load on 2 cores, the eight in one test once ran past a minute.
  it.each([
    ['an unknown report', 404, '/reports/no-such-report'],
    ['a flag emoji for a report', 404, '/reports/%F0%9F%87%AE%F0%9F%87%B7'],
    ['an unknown address', 404, '/nowhere/at/all'],
    ['an unknown sort', 400, '/search?q=IED&sort=size'],
    ['a 600-character query', 400, `/search?q=${'x'.repeat(600)}`],
    ['a repeated query', 400, '/search?q=a&q=b'],
    ['page 0', 400, '/search?q=IED&page=0'],
    ['a misspelt category', 400, '/search?q=IED&category=IED%20Explodsion'],
  ] as const)('%s is a %i page, readable and linking back to search', async (_, status, url) => {
    const page = await visit(url, status);
    await expectSoundPage(page);
    await page.locator('main a').click();
    expect(new URL(page.url()).pathname).toBe('/search');
    await page.close();
  });
});
