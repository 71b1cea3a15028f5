/** Terminal text: highlighted excerpts, a citation under each, readable without colour too. */
import pc from 'picocolors';
import type { AskResults, DeskError, Hit, ReportResults, SearchResults, Stats } from '../desk.ts';
import { attribution, citationText, humanDate } from './citation.ts';
import { CONFIDENCE_LABEL, markSpans, NO_ANSWER } from './highlight.ts';

const indent = (text: string, by = '   ') => text.replace(/^/gm, by);

export function hitText(hit: Hit, n?: number): string {
  const r = hit.report;
  const head = `${n === undefined ? '' : `${n}. `}${pc.bold(r.title)}`;
  const meta = pc.dim(`${attribution(r, hit.passage)} · ${r.id}${hit.note ? ` · ${hit.note}` : ''}`);
  const excerpt = `“${markSpans(hit.excerpt.text, hit.excerpt.highlights, (s) => pc.bold(pc.yellow(s)))}”`;
  return [head, indent(meta), indent(excerpt), indent(pc.dim(`— ${citationText(r)}`))].join('\n');
}

export function searchText(r: SearchResults, offset = 0): string {
  if (r.results.length === 0) {
    const hints = r.suggestions.length ? `\nDid you mean: ${r.suggestions.map((s) => pc.bold(s)).join(', ')}?` : '';
    return `No reports match "${r.query}".${hints}`;
  }
  const shown = `${offset + 1}–${offset + r.results.length} of ${r.total}`;
  return [`${r.total} report${r.total === 1 ? '' : 's'} match "${r.query}" (showing ${shown}):`, ...r.results.map((h, i) => hitText(h, offset + i + 1))].join('\n\n');
}

export function reportText(r: ReportResults): string {
  if (r.results.length) {
    const label = r.matchedAs.kind === 'id' ? r.query : r.matchedAs.date.label;
    const showing = r.results.length < r.total ? ` (showing ${r.offset + 1}–${r.offset + r.results.length})` : '';
    return [`${r.total} report${r.total === 1 ? '' : 's'} for ${label}${showing}:`, ...r.results.map((h, i) => hitText(h, r.offset + i + 1))].join('\n\n');
  }
  const label = r.matchedAs.kind === 'date' ? r.matchedAs.date.label : r.query;
  const nearest = r.nearest.length ? `\nNearest dated reports:\n\n${r.nearest.map((h) => hitText(h)).join('\n\n')}` : '';
  return `No reports dated ${label}.${nearest}`;
}

export function askText(r: AskResults): string {
  if (!r.answer && !r.results.length) return `Nothing in the corpus relates to "${r.query}".`;
  if (!r.answer) return [`${NO_ANSWER}`, ...r.results.map((h, i) => hitText(h, i + 1))].join('\n\n');
  const [first, ...rest] = r.results;
  const { text, span, confidence, report, passage } = r.answer;
  const quote = span ? markSpans(text, [span], (s) => pc.bold(pc.yellow(s))) : text;
  const lines = [pc.bold(CONFIDENCE_LABEL[confidence]), indent(`“${quote}”`), indent(pc.dim(`— ${attribution(report, passage)}; ${citationText(report)}`))];
  if (first) lines.push('', hitText(first));
  if (rest.length) lines.push('', pc.bold('Supporting'), '', rest.map((h, i) => hitText(h, i + 1)).join('\n\n'));
  return lines.join('\n');
}

export function statsText(s: Stats): string {
  const range = s.dateRange ? `${humanDate(s.dateRange.first)} to ${humanDate(s.dateRange.last)}` : 'no dated reports';
  return [
    `${s.reports} reports (${s.undated} undated), ${s.commentary} commentary paragraphs, ${s.passages} passages`,
    `Dates: ${range}`,
    `Types: ${s.types.map((t) => `${t.type} (${t.count})`).join(', ')}`,
    `Sources:`,
    ...s.sources.map((x) => `  ${x.source}: ${x.count} entries`),
  ].join('\n');
}

export const errorText = (e: DeskError) => e.message;
