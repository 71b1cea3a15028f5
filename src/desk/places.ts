/** Where the matches of a query happened, for the map: a point per placed report, and how many have no place. */
import type { MatchRequest, Outcome, Places } from '../desk.ts';
import type { SearchIndex } from '../search/index.ts';
import type { Matcher } from './matches.ts';
import { pointOf, type Point } from './place.ts';

export function placer(index: SearchIndex, matches: Matcher) {
  return (request: MatchRequest): Outcome<Places> => {
    const found = matches(request, 'oldest');
    if (!found.ok) return found;
    const { query, filters, positions } = found.matches;
    const points: Point[] = [];
    for (const p of positions) {
      const details = index.order[p]!.details;
      const point = details ? pointOf(details) : null;
      if (point) points.push(point);
    }
    const total = positions.length;
    return { ok: true, query: query.text, filters, total, points, withoutPlace: total - points.length };
  };
}
