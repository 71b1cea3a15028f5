import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Report } from '../src/corpus/model.ts';
import { SHIPPED_CORPUS } from '../src/open.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The article's text is not ours to ship: where it lies beside the repository the quotes are checked against it,
// elsewhere (a user's clone) that one test skips and says so.
const SEED = resolve(repoRoot, '../shared/seed/weekly-standard-2010-07-27-iran-al-qaeda.txt');
const seedPresent = existsSync(SEED);

const PAGE_CHROME = [
  'Widget tooltip',
  'Single Page Print',
  'Larger Text Smaller Text',
  'Recent Blog Posts',
  'Old covers',
  'Browse 20 Years',
  'The Weekly Standard Archives',
  'senior fellow at the Foundation',
];

let reports: Report[];
const byId = (id: string) => {
  const report = reports.find((r) => r.id === id);
  if (!report) throw new Error(`no report ${id}`);
  return report;
};

beforeAll(async () => {
  const corpus = await loadCorpus([SHIPPED_CORPUS]);
  expect(corpus.problems).toEqual([]);
  reports = corpus.reports;
});

describe('the shipped corpus', () => {
  it.skipIf(!seedPresent)(
    `quotes the article verbatim: every quote and paraphrase paragraph is in the seed text${seedPresent ? '' : ` (skipped: ${SEED} is missing)`}`,
    () => {
      // The corpus collapses each paragraph's whitespace; so does this comparison, and nothing else.
      const article = readFileSync(SEED, 'utf8').replace(/\s+/g, ' ');
      const missing: string[] = [];
      for (const report of reports) {
        for (const paragraph of [...report.quotes, ...report.paraphrase]) {
          if (!article.includes(paragraph)) missing.push(`${report.id}: ${paragraph.slice(0, 80)}`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it.skipIf(!seedPresent)('cites the article paragraph each quote and paraphrase comes from', () => {
    // The article's paragraphs, numbered from the first after the page header to the last before the author's bio.
    const blocks = readFileSync(SEED, 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const first = blocks.findIndex((b) => b.includes('Single Page Print')) + 1;
    const last = blocks.findIndex((b) => b.includes('is a senior fellow'));
    expect(first).toBeGreaterThan(0);
    const paragraphs = blocks.slice(first, last);
    expect(paragraphs).toHaveLength(13);
    for (const report of reports) {
      const { citation } = report;
      if (citation.source !== 'article') throw new Error(`${report.id} is not cited from the article`);
      const cited = citation.paragraphs.map((n) => paragraphs[n - 1] ?? '').join(' ');
      for (const text of [...report.quotes, ...report.paraphrase])
        expect(cited, `${report.id}: ${text.slice(0, 40)}`).toContain(text);
    }
  });

  it('holds six reports and five commentary paragraphs, all from the same article', () => {
    expect(reports.filter((r) => r.kind === 'report')).toHaveLength(6);
    expect(reports.filter((r) => r.kind === 'commentary')).toHaveLength(5);
    for (const r of reports) {
      expect(r.citation).toMatchObject({
        source: 'article',
        article: 'What the WikiLeaks Documents Say About Iran-al Qaeda',
        author: 'Thomas Joscelyn',
        publication: 'The Weekly Standard',
        date: '2010-07-27',
      });
    }
  });

  it('leaves the North Korea report undated, as the article does', () => {
    expect(byId('ws-north-korea-weapons-deal')).toMatchObject({ kind: 'report', date: null, precision: 'none' });
  });

  it('dates the September 2008 report to the month only', () => {
    expect(byId('ws-2008-09-arabs-and-iranians-in-herat')).toMatchObject({ date: '2008-09', precision: 'month' });
  });

  it('dates the other reports to the day the article gives', () => {
    const dated = reports.filter((r) => r.kind === 'report' && r.precision === 'day').map((r) => [r.id, r.date]);
    expect(dated.sort()).toEqual([
      ['ws-2006-06-03-iranian-agents', '2006-06-03'],
      ['ws-2006-10-20-transports-to-teheran', '2006-10-20'],
      ['ws-2007-04-22-iranian-weapons-kandahar', '2007-04-22'],
      ['ws-2007-12-30-iranian-c4', '2007-12-30'],
    ]);
  });

  it('keeps the article’s commentary as commentary: undated, typed commentary, never a report', () => {
    const commentary = reports.filter((r) => r.id.startsWith('ws-commentary-'));
    expect(commentary.map((r) => r.id).sort()).toEqual([
      'ws-commentary-02',
      'ws-commentary-07',
      'ws-commentary-09',
      'ws-commentary-12',
      'ws-commentary-13',
    ]);
    for (const r of commentary)
      expect(r).toMatchObject({
        kind: 'commentary',
        type: 'commentary',
        date: null,
        precision: 'none',
        paraphrase: [],
      });
  });

  it('has no page chrome in any entry', () => {
    for (const r of reports) {
      const all = [r.title, r.type, ...r.places, ...r.quotes, ...r.paraphrase].join('\n');
      for (const chrome of PAGE_CHROME) expect(all, `${r.id} holds "${chrome}"`).not.toContain(chrome);
    }
  });

  it('keeps the reports’ own spellings (TB, HIG, TEHERAN, LashKarGah, SEPAH-E-PASDARAN)', () => {
    expect(byId('ws-2006-06-03-iranian-agents').quotes.join(' ')).toContain('HIG and TB members');
    expect(byId('ws-2006-10-20-transports-to-teheran').quotes.join(' ')).toContain('TEHERAN');
    expect(byId('ws-2007-12-30-iranian-c4').quotes.join(' ')).toContain('LashKarGah');
    expect(byId('ws-2008-09-arabs-and-iranians-in-herat').quotes.join(' ')).toContain('SEPAH-E-PASDARAN');
  });
});
