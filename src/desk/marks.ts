/** A query's words in a report shown whole: each paragraph's spans, found as search finds them (stems, glossary). */
import type { Marks, Outcome } from '../desk.ts';
import { highlightSpans } from '../search/excerpt.ts';
import type { SearchIndex } from '../search/index.ts';
import { parseQuery } from '../search/query.ts';
import { matchedFor } from '../search/rank.ts';

export function marker(index: SearchIndex) {
  return (id: string, query: string): Outcome<Marks> => {
    const report = index.reports.get(id);
    if (!report) return { ok: false, error: { code: 'unknown_report', id } };
    const matched = matchedFor(index, parseQuery(query, index.glossary));
    const spans = (texts: string[]) => texts.map((text) => highlightSpans(text, matched, index.glossary));
    return { ok: true, quotes: spans(report.quotes), paraphrase: spans(report.paraphrase) };
  };
}
