/**
 * An export's rows: one per report, its citation fields first (what a
 * spreadsheet cites it by), then its facts and its words. CSV and JSON Lines
 * carry the same fields.
 */
import { stringify } from 'csv-stringify/sync';
import type { Report } from '../corpus/model.ts';
import { FILTERS, type SearchFilters } from '../desk.ts';
import { casualtiesOf } from '../desk/orders.ts';
import { citationText } from './citation.ts';

export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_COLUMNS = [
  'id',
  'reportKey',
  'trackingNumber',
  'date',
  'dateTime',
  'type',
  'category',
  'region',
  'unit',
  'title',
  'latitude',
  'longitude',
  'mgrs',
  'casualties',
  'citation',
  'file',
  'line',
  'text',
] as const;
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

/**
 * Reports as CSV rows, the header first when asked. A cell that a spreadsheet
 * would run as a formula (starting with = + - @) gets a leading ', as OWASP advises.
 */
export const csvOf = (reports: Report[], header: boolean): string =>
  stringify(reports.map(exportRow), { header, columns: [...EXPORT_COLUMNS], escape_formulas: true });

export const jsonLinesOf = (reports: Report[]): string =>
  reports.map((r) => `${JSON.stringify(exportRow(r))}\n`).join('');

/** Text as one shell word, whatever it holds. */
const shellWord = (text: string) => (/^[\w.,/:-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** The command that exports a search whole, for where only part of it fits. */
export function exportCommand(query: string, filters: SearchFilters): string {
  const options = FILTERS.flatMap((f) => (filters[f] ? [`--${f} ${shellWord(filters[f])}`] : []));
  const words = query.trim() ? [shellWord(query.trim())] : [];
  return ['npx report-bot export', ...words, ...options, '--format csv > export.csv'].join(' ');
}

export function exportRow(r: Report): ExportRow {
  const c = r.citation;
  const d = r.details;
  const war = c.source === 'wardiary' ? c : undefined;
  return {
    id: r.id,
    reportKey: war?.reportKey ?? null,
    trackingNumber: war?.trackingNumber || null,
    date: r.date,
    dateTime: war?.dateTime || null,
    type: r.type,
    category: d?.category ?? null,
    region: d?.region ?? null,
    unit: d?.unit ?? null,
    title: r.title,
    latitude: d?.coordinates?.lat ?? null,
    longitude: d?.coordinates?.lon ?? null,
    mgrs: d?.mgrs ?? null,
    casualties: casualtiesOf(r) ?? null,
    citation: citationText(r),
    file: war?.file ?? r.origin.file,
    line: war?.line ?? r.origin.line,
    text: [...r.quotes, ...r.paraphrase].join('\n\n'),
  };
}
