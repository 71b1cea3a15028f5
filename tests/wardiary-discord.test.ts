/**
 * A War Diary report in Discord (pure rendering): the longest real summary is
 * paged so that every page fits Discord's limits and the pages together hold
 * the whole text; the facts users filter on are shown as fields.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIButtonComponentWithCustomId, APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Report } from '../src/corpus/model.ts';
import { rowToReport } from '../src/corpus/wardiary.ts';
import { WARDIARY_COLUMNS as COLUMNS } from '../src/corpus/wardiary-columns.ts';
import { citationText } from '../src/render/citation.ts';
import { MAX_CUSTOM_ID, parseCustomId } from '../src/render/custom-id.ts';
import { LIMITS, renderFullReport, reportEmbed, safe, type Reply } from '../src/render/discord.ts';
import { mashupReports, writeMashupCsv } from './fixtures/mashup.ts';

let dir: string;
let reports: Report[];
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wardiary-discord-'));
  const csv = path.join(dir, 'mashup.csv');
  await writeMashupCsv(csv);
  ({ reports } = await loadCorpus([csv], { cwd: dir }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What Discord counts toward an embed's 6,000 characters. */
const embedSize = (e: APIEmbed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.author?.name.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

const buttons = (reply: Reply) =>
  (reply.components ?? [])
    .flatMap((row) => row.components)
    .filter((c): c is APIButtonComponentWithCustomId => 'custom_id' in c && c.type === 2);

/** Text as a reader sees it in Discord: escapes read left to right, quote marks, zero-width spaces and all whitespace removed. */
const letters = (text: string) =>
  text
    .replace(/\u200b/g, '')
    .replace(/(^|\n)> ?/g, ' ')
    .replace(/\\([^\sA-Za-z0-9])/g, '$1')
    .replace(/\s+/g, '');
/** The report's words as the renderer writes them, before paging (each quote escaped and marked as a quote). */
const escapedWords = (r: Report) => r.quotes.map((q) => `> ${safe(q)}`).join('\n> \n');
const noSpace = (text: string) => text.replace(/\s+/g, '');

function checkLimits(reply: Reply) {
  expect(reply.embeds).toHaveLength(1);
  const embed = reply.embeds![0]!;
  expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
  expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.title);
  expect(embed.footer!.text.length).toBeLessThanOrEqual(LIMITS.footer);
  for (const f of embed.fields ?? []) {
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(embed.fields!.length).toBeLessThanOrEqual(25);
  expect(embedSize(embed)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  for (const b of buttons(reply)) expect(b.custom_id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
  return embed;
}

/** Every page of a report, following the ▶ button from page 1 as a user would. */
function allPages(report: Report): Reply[] {
  const pages: Reply[] = [];
  let page = 1;
  for (;;) {
    const reply = renderFullReport(report, page);
    pages.push(reply);
    const next = buttons(reply).find((b) => b.label?.includes('Next'));
    if (!next || next.disabled) return pages;
    const action = parseCustomId(next.custom_id);
    expect(action).toEqual({ kind: 'full-report', id: report.id, page: page + 1 });
    page++;
    expect(page).toBeLessThan(100);
  }
}

describe('the longest real War Diary summary in Discord', () => {
  const longest = () => reports.reduce((a, b) => (b.quotes.join('').length > a.quotes.join('').length ? b : a));

  it('is the 22,000-character report of the sample', () => {
    const r = longest();
    expect(r.id).toBe('36261792-F927-5439-D51D126F3051823D');
    expect(r.quotes.join('\n').length).toBeGreaterThan(21_000);
    expect(mashupReports().find((s) => s.key === r.id)!.summary.length).toBeGreaterThan(22_000);
  });

  it('is paged: every page fits Discord, buttons page through, and the pages hold the whole text', () => {
    const r = longest();
    const pages = allPages(r);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const descriptions = pages.map((p, i) => {
      const embed = checkLimits(p);
      expect(embed.footer!.text).toMatch(new RegExp(`^Page ${i + 1}/${pages.length} · ${r.id} · `));
      const [prev, next] = buttons(p);
      expect(prev!.disabled).toBe(i === 0);
      expect(next!.disabled).toBe(i === pages.length - 1);
      return embed.description!;
    });
    // Each page is different, and nothing is cut: no page ends with the "…" of a clipped text.
    expect(new Set(descriptions).size).toBe(pages.length);
    for (const d of descriptions) expect(d.endsWith('…')).toBe(false);
    // Together, the pages are the whole escaped text, in order, nothing lost or repeated.
    expect(noSpace(descriptions.join(''))).toBe(noSpace(escapedWords(r)));
  });

  it('reads, once Discord applies the escapes, exactly as the report is written, runs of asterisks included', () => {
    const r = longest();
    const text = allPages(r)
      .map((p) => p.embeds![0]!.description!)
      .join('\n');
    expect(letters(text)).toBe(letters(r.quotes.join('\n')));
  });

  it('answers a page number past the end with the last page', () => {
    const r = longest();
    const last = allPages(r).length;
    expect(renderFullReport(r, 999).embeds![0]!.description).toBe(renderFullReport(r, last).embeds![0]!.description);
    expect(renderFullReport(r, 0).embeds![0]!.description).toBe(renderFullReport(r, 1).embeds![0]!.description);
  });

  it('shows a short report on one page, without page buttons: only Related', () => {
    const short = reports.find((r) => r.id === '1029296')!;
    const reply = renderFullReport(short);
    checkLimits(reply);
    expect(buttons(reply).map((b) => [b.label, b.custom_id])).toEqual([['Related', 'rel:1029296']]);
    expect(letters(reply.embeds![0]!.description!)).toBe(letters(short.quotes.join('\n')));
    expect(reply.embeds![0]!.footer!.text).not.toMatch(/^Page /);
  });

  it('keeps every report of the sample inside the limits, and every text whole across its pages', () => {
    let readsAsWritten = 0;
    for (const r of reports) {
      const pages = allPages(r);
      const text = pages.map((p) => checkLimits(p).description!).join('');
      expect(noSpace(text), r.id).toBe(noSpace(escapedWords(r)));
      if (letters(text) === letters(r.quotes.join('\n'))) readsAsWritten++;
    }
    expect(readsAsWritten).toBe(reports.length);
  });

  it('pages a long report whose id is as long as ids may be (90 characters)', () => {
    const long = { ...longest(), id: 'K'.repeat(90) };
    const pages = allPages(long);
    expect(noSpace(pages.map((p) => p.embeds![0]!.description!).join(''))).toBe(noSpace(escapedWords(long)));
  });
});

describe('the facts of a War Diary report as embed fields', () => {
  const row = (values: Partial<Record<(typeof COLUMNS)[number], string>>) => {
    const base: Record<string, string> = {
      ReportKey: 'E186C164-27C5-5EBD-1770-F4DFDA925175',
      DateOccurred: '2008-07-20 16:15:00',
      Type: 'Enemy Action',
      Category: 'IED Explosion',
      TrackingNumber: '20080720161542SQR1234567890',
      Title: '(ENEMY ACTION) IED EXPLOSION RPT TF KANDAHAR',
      Summary: 'AT 201615Z JUL 08 AN IED STRUCK A CF PATROL.',
      Region: 'RC SOUTH',
      UnitName: 'TF KANDAHAR',
      FriendlyWIA: '2',
      FriendlyKIA: '1',
      HostNationWIA: '0',
      HostNationKIA: '0',
      CivilianWIA: '3',
      CivilianKIA: '0',
      EnemyWIA: '0',
      EnemyKIA: '4',
      EnemyDetained: '1',
      Latitude: '31.6',
      Longitude: '65.7',
    };
    const result = rowToReport(
      COLUMNS.map((c) => values[c] ?? base[c] ?? '<null value>'),
      'afg.csv',
      12,
    );
    if (!('report' in result)) throw new Error(result.reject.reason);
    return result.report;
  };
  const fieldsOf = (embed: APIEmbed) => Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));

  it('shows category, region, unit and casualties when the row gives them', () => {
    const r = row({});
    const embed = reportEmbed(r);
    const fields = fieldsOf(embed);
    expect(fields).toMatchObject({
      Type: 'Enemy Action',
      Date: '2008-07-20 16:15:00',
      Category: 'IED Explosion',
      Region: 'RC SOUTH',
      Unit: 'TF KANDAHAR',
    });
    // The renderer joins the lines with newlines, but safe() collapses them to spaces: all on one line in Discord.
    expect(fields.Casualties!.replace(/\s+/g, ' ')).toBe(
      'Friendly: 1 killed, 2 wounded Civilian: 0 killed, 3 wounded Enemy: 4 killed, 0 wounded Enemy detained: 1',
    );
    expect(embed.footer!.text).toBe(`${r.id} · ${citationText(r)}`);
    expect(embed.footer!.text).toContain(
      'War Diary report E186C164-27C5-5EBD-1770-F4DFDA925175 (tracking 20080720161542SQR1234567890), 2008-07-20 16:15:00, Enemy Action / IED Explosion, afg.csv line 12',
    );
    checkLimits({ embeds: [embed] });
    checkLimits(renderFullReport(r));
    expect(fieldsOf(renderFullReport(r).embeds![0]!)).toEqual(fields);
  });

  it('leaves out the fields the row does not give', () => {
    const r = row({
      Category: '<null value>',
      Region: '',
      UnitName: '<null value>',
      ReportingUnit: '<null value>',
      FriendlyWIA: '0',
      FriendlyKIA: '0',
      CivilianWIA: '0',
      EnemyKIA: '0',
      EnemyDetained: '0',
    });
    expect(Object.keys(fieldsOf(reportEmbed(r)))).toEqual(['Type', 'Date']);
  });

  it('dates a month-precision report to the month, saying the day is not given, and an undated one as undated', () => {
    const tf3 = reports.find((r) => r.id === '1029296')!;
    expect(fieldsOf(reportEmbed(tf3))).toMatchObject({ Date: 'October 2006 (day not given)', Unit: 'TF31' });
    const ger = reports.find((r) => r.id === 'GER-0001')!;
    expect(fieldsOf(reportEmbed(ger)).Date).toBe('undated');
  });

  it('escapes report text so it cannot format or ping', () => {
    const r = row({ Summary: '**BOLD** @everyone _x_ `code` <@123>' });
    const description = reportEmbed(r).description!;
    expect(description).not.toContain('**BOLD**');
    expect(description).not.toContain('@everyone');
    expect(letters(description)).toBe(letters('**BOLD** @everyone _x_ `code` <@123>'));
  });
});
