/** A report picked at random among the matches, every one as likely: for browsing the corpus. */
import { randomInt } from 'node:crypto';
import type { MatchRequest, Outcome, RandomPick } from '../desk.ts';
import type { SearchIndex } from '../search/index.ts';
import { wholeReport } from './hits.ts';
import type { Matcher } from './matches.ts';

export function picker(index: SearchIndex, matches: Matcher) {
  return (request: MatchRequest): Outcome<RandomPick> => {
    const found = matches(request, 'oldest');
    if (!found.ok) return found;
    const { query, filters, positions } = found.matches;
    // Reports only: the article's commentary is searchable, but it is not a report to browse.
    const reports = positions.filter((p) => index.order[p]!.kind === 'report');
    const hit = reports.length ? wholeReport(index.order[reports[randomInt(reports.length)]!]!) : null;
    return { ok: true, query: query.text, filters, total: reports.length, hit };
  };
}
