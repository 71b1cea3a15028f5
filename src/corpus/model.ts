/**
 * The one report model every loader produces and everything downstream reads.
 * A "report" is an intelligence report quoted by a source; "commentary" is the
 * source's own words, searchable but never presented as a report.
 */

export type DatePrecision = 'day' | 'month' | 'none';

export type EntryKind = 'report' | 'commentary';

/** Where a report's words were published: an article quoting it, with paragraph numbers. */
export interface ArticleCitation {
  source: 'article';
  article: string;
  author: string;
  publication: string;
  /** YYYY-MM-DD */
  date: string;
  paragraphs: number[];
}

/** A row of the War Diary CSV: the report itself, cited by its key and where it was read. */
export interface WarDiaryCitation {
  source: 'wardiary';
  reportKey: string;
  trackingNumber: string;
  /** As the file gives it: `YYYY-MM-DD HH:MM:SS`, or less where less is known. */
  dateTime: string;
  type: string;
  category: string;
  file: string;
  line: number;
}

export type Citation = ArticleCitation | WarDiaryCitation;

/** Casualty counts as the War Diary columns give them. */
export interface Casualties {
  friendlyWia: number;
  friendlyKia: number;
  hostNationWia: number;
  hostNationKia: number;
  civilianWia: number;
  civilianKia: number;
  enemyWia: number;
  enemyKia: number;
  enemyDetained: number;
}

/** The fields War Diary users filter on; absent for reports quoted by an article. */
export interface ReportDetails {
  category?: string;
  region?: string;
  affiliation?: string;
  unit?: string;
  trackingNumber?: string;
  reportKey?: string;
  coordinates?: { lat: number; lon: number };
  mgrs?: string;
  casualties?: Casualties;
}

export interface Report {
  id: string;
  kind: EntryKind;
  /** `YYYY-MM-DD` for day precision, `YYYY-MM` for month precision, null when undated. */
  date: string | null;
  precision: DatePrecision;
  /** The report's type in its source's words ("threat report", "document"…); "commentary" for commentary. */
  type: string;
  title: string;
  places: string[];
  /** The report's own words, one quoted paragraph each, exactly as the source gives them. */
  quotes: string[];
  /** The source's own description of the report, verbatim; empty when it gives none. */
  paraphrase: string[];
  citation: Citation;
  details?: ReportDetails;
  /** File and line the report was read from, for error messages. */
  origin: { file: string; line: number };
}

/** A problem with a corpus file, always located so a person can fix it. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}
