/**
 * An export's rows: one per report, its citation fields first (what a
 * spreadsheet cites it by), then its facts and its words. CSV and JSON Lines
 * carry the same fields.
 */
import type { Report } from '../corpus/model.ts';
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
