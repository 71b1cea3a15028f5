/** What each desk error code and each note of a hit says, in the words every renderer uses. */
import { MONTH_NAMES } from '../corpus/calendar.ts';
import { FILTERS, type Counted, type DeskError, type HitNote } from '../desk.ts';
import { ACCEPTED_DATE_FORMS, type DateProblem } from '../search/dates.ts';

export const NOTE_TEXT: Record<HitNote, string> = { day_not_given: 'same month, day not given' };

export function dateProblemText(problem: DateProblem): string {
  switch (problem.kind) {
    case 'empty':
      return `Give a date: ${ACCEPTED_DATE_FORMS}.`;
    case 'unreadable':
      return `"${problem.raw}" is not a date I can read. Try ${ACCEPTED_DATE_FORMS}.`;
    case 'month':
      return `"${problem.raw}" has month ${problem.month}: months run from 1 to 12.`;
    case 'day': {
      const { raw, year, month, days } = problem;
      return `"${raw}" is not a real day: ${MONTH_NAMES[month - 1]} ${year} has ${days} days.`;
    }
    case 'time':
      return `"${problem.raw}" has time ${problem.time}: times run from 00:00 to 23:59:59.`;
    case 'dtg_time':
      return `"${problem.raw}" has time ${problem.time}: a DTG's time runs from 0000 to 2359.`;
  }
}

/** A filter value no report has, and the values nearest to it in spelling. */
function unknownFilterText(filter: string, given: string, nearest: Counted[]): string {
  if (!nearest.length) return `No report has a ${filter}: drop the ${filter} filter.`;
  const shown = given.length > 60 ? `${Array.from(given).slice(0, 60).join('')}…` : given;
  const list = nearest.map((v) => `"${v.value}" (${v.count})`).join(', ');
  return `No report has the ${filter} "${shown}". The nearest ${filter} values: ${list}.`;
}

function dateErrorText(error: Extract<DeskError, { code: 'invalid_date' }>): string {
  if (error.problem.kind === 'empty' && error.idAccepted) return `Give a date or a report id: ${ACCEPTED_DATE_FORMS}.`;
  return `${error.filter ? `${error.filter}: ` : ''}${dateProblemText(error.problem)}`;
}

/** Input quoted back, cut so a huge value cannot flood the answer. */
const clipped = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export function deskErrorText(error: DeskError): string {
  switch (error.code) {
    case 'empty_query':
      return error.asked === 'ask'
        ? 'Ask a question with some words in it, e.g. "Who went to North Korea?"'
        : `Give some words to search for, or a filter (${FILTERS.join(', ')}).`;
    case 'invalid_limit':
      if (error.field === 'offset') return 'offset must be a whole number from 0.';
      return `limit must be a whole number from 1 to ${error.max}${error.field === 'page' ? ', offset from 0' : ''}.`;
    case 'invalid_date':
      return dateErrorText(error);
    case 'invalid_range':
      return `from (${error.from}) is after to (${error.to}).`;
    case 'unknown_filter':
      return unknownFilterText(error.filter, error.given, error.nearest);
    case 'invalid_sort':
      return `sort must be one of ${error.valid.join(', ')} (not "${clipped(error.given)}").`;
    case 'invalid_unit':
      return `by must be one of ${error.valid.join(', ')} (not "${clipped(error.given)}").`;
    case 'too_many_bars':
      return (
        `${error.bars.toLocaleString('en-US')} bars by ${error.by} is more than a chart can show ` +
        `(${error.max.toLocaleString('en-US')}): count by a longer unit, or narrow the dates.`
      );
    case 'unknown_report':
      return `No report has the id "${clipped(error.id)}": give a report id, report key or tracking number.`;
    case 'busy':
      return 'The desk is busy answering others: try again in a few seconds.';
    case 'database_unavailable':
      return 'The report database is unavailable, try again shortly.';
  }
}
