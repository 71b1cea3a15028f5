/**
 * A page per report: its whole text (which no Discord message can hold), its
 * fields, its citation, the query's words marked, and its related reports.
 */
import type { Casualties, Report } from '../corpus/model.ts';
import type { Span } from '../search/excerpt.ts';
import { attribution, citationText, humanDate } from './citation.ts';
import { esc, inline, marked, page, reportHref, searchHref } from './html.ts';

export interface RelatedReport {
  report: Report;
  /** Why it is related: "shares 'PRESSURE PLATE IED'", "same place, 2 h later". */
  reason: string;
}

export interface ReportPageInput {
  report: Report;
  /** The search that led here: its words are marked, and the page links back to it. */
  query?: string;
  /** Where the query's words stand in a paragraph of the report, as the desk matches them (stems, glossary). */
  highlight?: (text: string) => Span[];
  /** Absent: not looked for. Empty: looked for, none found. */
  related?: RelatedReport[];
  /** Where the pages are served (PUBLIC_URL), for the page's canonical address. */
  publicUrl?: string;
}

const CASUALTY_ROWS: [label: string, kia: keyof Casualties, wia: keyof Casualties][] = [
  ['Friendly', 'friendlyKia', 'friendlyWia'],
  ['Host nation', 'hostNationKia', 'hostNationWia'],
  ['Civilian', 'civilianKia', 'civilianWia'],
  ['Enemy', 'enemyKia', 'enemyWia'],
];

function casualtyTable(c: Casualties): string {
  const rows = CASUALTY_ROWS.map(
    ([label, kia, wia]) => `<tr><th scope="row">${label}</th><td>${c[kia]}</td><td>${c[wia]}</td></tr>`,
  );
  const caption = `Casualties as the report counts them; enemy detained: ${c.enemyDetained}`;
  return `<table><caption class="note">${caption}</caption>
<thead><tr><th scope="col">Side</th><th scope="col">Killed (KIA)</th><th scope="col">Wounded (WIA)</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
}

function dateField(r: Report): string {
  const c = r.citation;
  if (c.source === 'wardiary' && c.dateTime) return `${humanDate(r.date)} (${c.dateTime})`;
  return r.precision === 'month' ? `${humanDate(r.date)} (day not given)` : humanDate(r.date);
}

/** The report's fields that it has, as a definition list. */
function fields(r: Report): string {
  const d = r.details;
  const at = d?.coordinates;
  const rows: [string, string | undefined][] = [
    ['Date', dateField(r)],
    ['Type', r.type],
    ['Category', d?.category],
    ['Region', d?.region],
    ['Affiliation', d?.affiliation],
    ['Unit', d?.unit],
    ['Places', r.places.join(', ') || undefined],
    ['Coordinates', at ? `${at.lat.toFixed(4)}, ${at.lon.toFixed(4)}` : undefined],
    ['MGRS', d?.mgrs],
    ['Tracking number', d?.trackingNumber],
    ['Report key', d?.reportKey],
    ['Id', r.id],
  ];
  const items = rows.filter(([, v]) => v).map(([k, v]) => `<dt>${k}</dt><dd>${inline(v!)}</dd>`);
  return `<dl>${items.join('\n')}</dl>${d?.casualties ? casualtyTable(d.casualties) : ''}`;
}

function paragraphs(texts: string[], highlight?: (text: string) => Span[]): string {
  return texts.map((t) => `<p class="text">${marked(t, highlight?.(t))}</p>`).join('\n');
}

function relatedList(related: RelatedReport[], query?: string): string {
  if (related.length === 0) return '<p>No related reports found.</p>';
  const items = related.map(({ report: r, reason }) => {
    const when = r.date ? ` <span class="meta">(${esc(humanDate(r.date))})</span>` : '';
    const link = `<a href="${esc(reportHref(r.id, 'report', query))}">${inline(r.title)}</a>`;
    return `<li>${link}${when}: ${inline(reason)}</li>`;
  });
  return `<ul>${items.join('\n')}</ul>`;
}

/** A titled part of the page; `id` names its heading for assistive technology. */
const section = (id: string, heading: string, content: string) =>
  `<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>\n${content}</section>`;

export function renderReportPage({ report: r, query, highlight, related, publicUrl }: ReportPageInput): string {
  const q = query?.trim();
  const back = q ? `<p><a href="${esc(searchHref('report', { q }))}">← Search for ${inline(q)}</a></p>` : '';
  const sections = [
    section('fields', 'Fields', fields(r)),
    r.quotes.length
      ? section('text', r.kind === 'commentary' ? 'Text' : 'Report text', paragraphs(r.quotes, highlight))
      : '',
    r.paraphrase.length ? section('described', 'As the source describes it', paragraphs(r.paraphrase, highlight)) : '',
    section('citation', 'Citation', `<p><cite>${esc(citationText(r))}</cite></p>`),
    related ? section('related', 'Related reports', relatedList(related, q)) : '',
  ];
  const body = `<header>${back}<h1>${inline(r.title)}</h1>
<p class="meta">${esc(attribution(r))}</p></header>
<main>
${sections.filter(Boolean).join('\n')}
</main>`;
  return page(r.title, body, publicUrl && `${publicUrl}/reports/${encodeURIComponent(r.id)}`);
}
