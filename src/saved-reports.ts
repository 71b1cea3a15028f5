/**
 * The reports of a saved index as the desk holds them: one small object per report, each field made from the
 * columns (see columns.ts) only when read. Read back whole, the War Diary's reports were 1.2 million objects and
 * strings, and collecting them was half of a reload; the desk reads few of them (a page of hits, a report asked for)
 * and a few fields of all (dates, ids).
 *
 * Fields are getters on the prototype, which structured clone, JSON, spread and Object.keys do not see: a report
 * leaving the desk is handed out plain (`plainReport`), and JSON.stringify gets it plain too (`toJSON`). The columns
 * are a private field, which a clone leaves behind rather than copy.
 */
import type { ColumnReader } from './columns.ts';
import type { Citation, DatePrecision, EntryKind, Report, ReportDetails } from './corpus/model.ts';

export class SavedReport implements Report {
  readonly #rows: ColumnReader;
  readonly #position: number;
  // What the desk reads of every report, again and again (sorting by date, finding by id), kept once read.
  #id?: string;
  #kind?: EntryKind;
  #date?: string | null;

  constructor(rows: ColumnReader, position: number) {
    this.#rows = rows;
    this.#position = position;
  }

  #field<T>(key: keyof Report): T {
    return this.#rows.field(this.#position, key) as T;
  }

  get id(): string {
    return (this.#id ??= this.#field('id'));
  }
  get kind(): EntryKind {
    return (this.#kind ??= this.#field('kind'));
  }
  get date(): string | null {
    return this.#date !== undefined ? this.#date : (this.#date = this.#field('date'));
  }
  get precision(): DatePrecision {
    return this.#field('precision');
  }
  get type(): string {
    return this.#field('type');
  }
  get title(): string {
    return this.#field('title');
  }
  get places(): string[] {
    return this.#field('places');
  }
  get quotes(): string[] {
    return this.#field('quotes');
  }
  get paraphrase(): string[] {
    return this.#field('paraphrase');
  }
  get citation(): Citation {
    return this.#field('citation');
  }
  get details(): ReportDetails | undefined {
    return this.#field('details');
  }
  get origin(): { file: string; line: number } {
    return this.#field('origin');
  }

  /** One of its details, without making the others. */
  detail<K extends keyof ReportDetails>(key: K): ReportDetails[K] {
    return this.#rows.field(this.#position, 'details', key) as ReportDetails[K];
  }

  /** The report as plain data, made anew: what the desk hands out. */
  toJSON(): Report {
    return this.#rows.item(this.#position) as Report;
  }
}

/** The reports the columns hold, each read only when asked. */
export const savedReports = (rows: ColumnReader): Report[] =>
  Array.from({ length: rows.count }, (_, p) => new SavedReport(rows, p));

/** A report as plain data, as it leaves the desk: to another thread, to JSON, to a renderer. */
export const plainReport = (report: Report): Report => (report instanceof SavedReport ? report.toJSON() : report);

/** One of a report's details (undefined without them): read alone from a saved report, as walks of every report do. */
export const detailOf = <K extends keyof ReportDetails>(report: Report, key: K): ReportDetails[K] =>
  report instanceof SavedReport ? report.detail(key) : report.details?.[key];
