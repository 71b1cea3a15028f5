/**
 * Terminal text: highlighted excerpts, a citation under each, readable
 * without colour too, wrapped to the terminal's width under their indent.
 */
import pc from 'picocolors';
import wrapAnsi from 'wrap-ansi';
import type { AskResults, Hit, RandomPick, Related, ReportResults, SearchResults, Stats } from '../desk.ts';
import { attribution, citationText, humanDate } from './citation.ts';
import { NOTE_TEXT } from './errors.ts';
import { CONFIDENCE_LABEL, markSpans, NO_ANSWER } from './highlight.ts';
import { reasonsText } from './reasons.ts';
import { correctedQuery, filtersText, quoted } from './wording.ts';

/** How text is laid out: the terminal's width in columns, or none (not a terminal: lines are left whole). */
export interface Layout {
  width?: number;
}

const INDENT = '   ';

/** Text under an indent, each paragraph wrapped to the width left. */
function indented(text: string, layout: Layout): string {
  const room = layout.width ? Math.max(20, layout.width - INDENT.length) : undefined;
  const wrapped = room ? wrapAnsi(text, room, { hard: true }) : text;
  return wrapped.replace(/^/gm, INDENT);
}

export function hitText(hit: Hit, n: number | undefined, layout: Layout = {}): string {
  const r = hit.report;
  const head = `${n === undefined ? '' : `${n}. `}${pc.bold(r.title)}`;
  const meta = pc.dim(`${attribution(r, hit.passage)} · ${r.id}${hit.note ? ` · ${NOTE_TEXT[hit.note]}` : ''}`);
  const excerpt = `“${markSpans(hit.excerpt.text, hit.excerpt.highlights, (s) => pc.bold(pc.yellow(s)))}”`;
  return [
    head,
    indented(meta, layout),
    indented(excerpt, layout),
    indented(pc.dim(`— ${citationText(r)}`), layout),
  ].join('\n');
}

/** " (from 2008-01, category "IED Explosion")", or nothing without filters. */
const inFilters = (r: SearchResults) => (filtersText(r.filters) ? ` (${filtersText(r.filters)})` : '');

function searchHeader(r: SearchResults, shown: string): string {
  const count = `${r.total} report${r.total === 1 ? '' : 's'}`;
  // Filters alone: the reports they keep, newest first.
  if (!r.query) return `${count}${inFilters(r)}, newest first (showing ${shown}):`;
  return `${count} match ${quoted(r.query)}${inFilters(r)} (showing ${shown}):`;
}

function noMatch(r: SearchResults): string {
  const lines = [`${r.query ? `No reports match ${quoted(r.query)}` : 'No reports'}${inFilters(r)}.`];
  if (r.outsideFilters)
    lines.push(
      `${r.outsideFilters} ${r.outsideFilters === 1 ? 'report matches' : 'reports match'} without the filters: ` +
        'widen or drop them.',
    );
  if (r.suggestions.length) lines.push(`Did you mean: ${r.suggestions.map((s) => pc.bold(s)).join(', ')}?`);
  return lines.join('\n');
}

/** "Showing results for "kandahar" (no report has "kandahr")", when a typo was read as a near word. */
const correctionText = (r: Pick<SearchResults, 'query' | 'corrected'>, lead: string): string[] =>
  r.corrected.length
    ? [
        `${lead} ${pc.bold(quoted(correctedQuery(r)))} ` +
          `(no report has ${r.corrected.map((c) => `"${c.typed}"`).join(', ')}).`,
      ]
    : [];

export function searchText(r: SearchResults, layout: Layout & { offset?: number } = {}): string {
  if (r.results.length === 0) return noMatch(r);
  const offset = layout.offset ?? 0;
  const corrected = correctionText(r, 'Showing results for');
  const header = searchHeader(r, `${offset + 1}–${offset + r.results.length} of ${r.total}`);
  return [...corrected, header, ...r.results.map((h, i) => hitText(h, offset + i + 1, layout))].join('\n\n');
}

export function reportText(r: ReportResults, layout: Layout = {}): string {
  if (r.results.length) {
    const label = r.matchedAs.kind === 'id' ? r.query : r.matchedAs.date.label;
    const showing = r.results.length < r.total ? ` (showing ${r.offset + 1}–${r.offset + r.results.length})` : '';
    return [
      `${r.total} report${r.total === 1 ? '' : 's'} for ${label}${showing}:`,
      ...r.results.map((h, i) => hitText(h, r.offset + i + 1, layout)),
    ].join('\n\n');
  }
  const label = r.matchedAs.kind === 'date' ? r.matchedAs.date.label : r.query;
  const nearest = r.nearest.map(
    (h) => `${pc.bold(h.side === 'before' ? 'Before:' : 'After:')} ${hitText(h, undefined, layout)}`,
  );
  return [`No reports dated ${label}.${nearest.length ? ' The nearest dated reports:' : ''}`, ...nearest].join('\n\n');
}

export function askText(r: AskResults, layout: Layout = {}): string {
  if (!r.answer && !r.results.length) return `Nothing in the corpus relates to ${quoted(r.query)}.`;
  const readAs = correctionText(r, 'Answering');
  if (!r.answer) return [...readAs, NO_ANSWER, ...r.results.map((h, i) => hitText(h, i + 1, layout))].join('\n\n');
  const [first, ...rest] = r.results;
  const { text, span, confidence, report, passage } = r.answer;
  const quote = span ? markSpans(text, [span], (s) => pc.bold(pc.yellow(s))) : text;
  const source = pc.dim(`— ${attribution(report, passage)}; ${citationText(report)}`);
  const lines = [
    ...readAs.flatMap((line) => [line, '']),
    pc.bold(CONFIDENCE_LABEL[confidence]),
    indented(`“${quote}”`, layout),
    indented(source, layout),
  ];
  if (first) lines.push('', hitText(first, undefined, layout));
  if (rest.length)
    lines.push('', pc.bold('Supporting'), '', rest.map((h, i) => hitText(h, i + 1, layout)).join('\n\n'));
  return lines.join('\n');
}

const counted = (items: { name: string; count: number }[]) => items.map((x) => `${x.name} (${x.count})`).join(', ');

export function statsText(s: Stats, layout: Layout = {}): string {
  const range = s.dateRange ? `${humanDate(s.dateRange.first)} to ${humanDate(s.dateRange.last)}` : 'no dated reports';
  const facets: [string, { name: string; count: number }[]][] = [
    ['Types', s.types.map((t) => ({ name: t.type, count: t.count }))],
    ['Categories', s.categories.map((c) => ({ name: c.category, count: c.count }))],
    ['Regions', s.regions.map((r) => ({ name: r.region, count: r.count }))],
  ];
  return [
    `${s.reports} reports (${s.undated} undated), ${s.commentary} commentary paragraphs, ${s.passages} passages`,
    `Dates: ${range}`,
    ...facets
      .filter(([, items]) => items.length)
      .flatMap(([label, items]) => [`${label} (${items.length}):`, indented(counted(items), layout)]),
    `Sources:`,
    ...s.sources.map((x) => `${INDENT}${x.source}: ${x.count} entries`),
  ].join('\n');
}

export function relatedText(r: Related, layout: Layout = {}): string {
  const head = `${pc.bold(r.report.title)} · ${r.report.id}`;
  if (!r.related.length)
    return `${head}\nNo related reports: no rare phrase shared, nothing at its place within 6 hours.`;
  const items = r.related.map(({ report, reasons }, i) => {
    const why = indented(pc.yellow(reasonsText(reasons)), layout);
    const meta = indented(pc.dim(`${attribution(report)} · ${report.id}`), layout);
    return `${i + 1}. ${pc.bold(report.title)}\n${meta}\n${why}`;
  });
  return [`${r.related.length} reports related to ${head}:`, ...items].join('\n\n');
}

export function randomText(r: RandomPick, layout: Layout = {}): string {
  const within = filtersText(r.filters) ? ` (${filtersText(r.filters)})` : '';
  if (!r.hit) return `No reports${r.query ? ` match ${quoted(r.query)}` : ''}${within}.`;
  const among = `${r.total} report${r.total === 1 ? '' : 's'}${within}`;
  return `A random report of ${among}:\n\n${hitText(r.hit, undefined, layout)}`;
}
