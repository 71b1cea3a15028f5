import { basename } from 'node:path';
import type { Report } from './model.ts';

/** The source a report comes from, for counts: the article, or the War Diary file. */
export function sourceLabel(report: Report): string {
  const c = report.citation;
  return c.source === 'wardiary' ? `War Diary (${basename(c.file)})` : `${c.publication}, "${c.article}" (${c.date})`;
}
