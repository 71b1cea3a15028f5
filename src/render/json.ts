/** The --json interface: one object per command, a stable shape scripts rely on. */
import type { Corpus } from '../corpus/load.ts';
import type { Problem } from '../corpus/model.ts';
import type {
  AskResults,
  Hit,
  Places,
  RandomPick,
  Related,
  ReportResults,
  SearchResults,
  Stats,
  Timeline,
} from '../desk.ts';
import { citationText } from './citation.ts';
import { NOTE_TEXT } from './errors.ts';
import { reasonText } from './reasons.ts';

export interface JsonHit {
  id: string;
  date: string | null;
  datePrecision: 'day' | 'month' | 'none';
  type: string;
  title: string;
  excerpt: string;
  highlights: [number, number][];
  citation: string;
  score: number;
  note?: string;
}

export function jsonHit(hit: Hit): JsonHit {
  const r = hit.report;
  return {
    id: r.id,
    date: r.date,
    datePrecision: r.precision,
    type: r.type,
    title: r.title,
    excerpt: hit.excerpt.text,
    highlights: hit.excerpt.highlights,
    citation: citationText(r),
    score: hit.score,
    ...(hit.note ? { note: NOTE_TEXT[hit.note] } : {}),
  };
}

export const searchJson = (r: SearchResults) => ({
  command: 'search',
  query: r.query,
  filters: r.filters,
  total: r.total,
  results: r.results.map(jsonHit),
  corrected: r.corrected,
  outsideFilters: r.outsideFilters,
  suggestions: r.suggestions,
});

export const reportJson = (r: ReportResults) => ({
  command: 'report',
  query: r.query,
  matchedAs: r.matchedAs.kind === 'id' ? 'id' : r.matchedAs.date.precision,
  total: r.total,
  results: r.results.map(jsonHit),
  nearest: r.nearest.map((h) => ({ ...jsonHit(h), side: h.side })),
  suggestions: [] as string[],
});

/**
 * The answer quotes the corpus: `span` marks the words that answer within
 * `text`, `confidence` is "answer" or "likely". Without an answer, `results`
 * are the closest passages (`closest: true`), or empty when nothing relates.
 */
export const askJson = (r: AskResults) => ({
  command: 'ask',
  query: r.query,
  corrected: r.corrected,
  answer: r.answer && {
    text: r.answer.text,
    span: r.answer.span ?? null,
    confidence: r.answer.confidence,
    id: r.answer.report.id,
    citation: citationText(r.answer.report),
  },
  closest: !r.answer && r.results.length > 0,
  results: r.results.map(jsonHit),
  suggestions: [] as string[],
});

export const statsJson = (s: Stats) => ({ command: 'stats', ...s });

export const validateJson = (v: { counts: Corpus['counts']; problems: Problem[] }) => ({
  command: 'validate',
  valid: v.problems.length === 0,
  counts: v.counts,
  problems: v.problems.map(({ file, line, message }) => ({ file, line, message })),
});

export const indexJson = (i: {
  counts: Corpus['counts'];
  passages: number;
  savedTo?: string;
  /** With a report database: which (host:port/database), the import served, and whether this run made it. */
  database?: string;
  importId?: number;
  imported?: boolean;
}) => ({
  command: 'index',
  ...i,
});

/** The buckets sum to `total - undated`; `out` is the picture written, when one was. */
export const timelineJson = (t: Timeline, out?: string) => ({
  command: 'timeline',
  query: t.query,
  filters: t.filters,
  total: t.total,
  by: t.by,
  buckets: t.buckets,
  undated: t.undated,
  monthOnly: t.monthOnly,
  ...(out ? { out } : {}),
});

export const mapJson = (p: Places, out?: string) => ({
  command: 'map',
  query: p.query,
  filters: p.filters,
  total: p.total,
  placed: p.points.length,
  withoutPlace: p.withoutPlace,
  ...(out ? { out } : {}),
});

/** Each related report with its reasons as data (`kind`, `phrase` or `hours` and `km`) and in words. */
export const relatedJson = (r: Related) => ({
  command: 'related',
  id: r.report.id,
  citation: citationText(r.report),
  results: r.related.map(({ report, reasons }) => ({
    ...jsonHit({ report, excerpt: { text: report.quotes.join(' … '), highlights: [] }, score: 0 }),
    reasons: reasons.map((reason) => ({ ...reason, text: reasonText(reason) })),
  })),
});

export const randomJson = (r: RandomPick) => ({
  command: 'random',
  query: r.query,
  filters: r.filters,
  total: r.total,
  results: r.hit ? [jsonHit(r.hit)] : [],
});

/** Any error, the desk's or the command line's, as the one object a failed --json run prints. */
export const errorJson = (e: { code: string; message: string }) => ({ error: { code: e.code, message: e.message } });
