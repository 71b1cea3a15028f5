/** How every renderer names where a report's words come from. */
import { basename } from 'node:path';
import { MONTH_NAMES } from '../corpus/calendar.ts';
import type { Report } from '../corpus/model.ts';
import type { Passage } from '../search/passages.ts';

/** "30 December 2007", "September 2008", or "undated". */
export function humanDate(date: string | null): string {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number?];
  return d ? `${d} ${MONTH_NAMES[m - 1]} ${y}` : `${MONTH_NAMES[m - 1]} ${y}`;
}

/**
 * `The Weekly Standard, "What the WikiLeaks…" by Thomas Joscelyn, 27 July 2010, ¶8`, or
 * `War Diary report 1029296 (tracking …), 2006-10-20 15:30:00, Enemy Action / Direct Fire, afg.csv line 12`
 */
export function citationText(report: Report): string {
  const c = report.citation;
  if (c.source === 'wardiary') {
    const tracking = c.trackingNumber ? ` (tracking ${c.trackingNumber})` : '';
    const what = [c.type, c.category].filter(Boolean).join(' / ');
    const when = [c.dateTime || 'undated', ...(what ? [what] : [])].join(', ');
    return `War Diary report ${c.reportKey}${tracking}, ${when}, ${basename(c.file)} line ${c.line}`;
  }
  const marks = c.paragraphs.length > 1 ? '¶¶' : '¶';
  return `${c.publication}, "${c.article}" by ${c.author}, ${humanDate(c.date)}, ${marks}${c.paragraphs.join(', ')}`;
}

/** What a passage is: the report's words, the article's words about it, or the article's own commentary. */
export function attribution(report: Report, passage?: Passage): string {
  if (report.kind === 'commentary') return 'Article commentary';
  const what = `${report.type}, ${humanDate(report.date)}`;
  return passage?.role === 'paraphrase' ? `The article on the ${what}` : capitalize(what);
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
