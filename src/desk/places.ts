/** Where the matches of a query happened, for the map: a point per placed report, and how many have no place. */
import type { MatchRequest, Outcome, Places } from '../desk.ts';
import type { SearchIndex } from '../search/index.ts';
import type { MatchList, Matcher } from './matches.ts';
import { pointOf, type Point } from './place.ts';

/** The points of the matches in their order, `pointAt` giving each match's (null: it has none). */
export function placesOf({ query, filters, positions }: MatchList, pointAt: (p: number) => Point | null | undefined) {
  const points: Point[] = [];
  for (const p of positions) {
    const point = pointAt(p);
    if (point) points.push(point);
  }
  const total = positions.length;
  return { ok: true as const, query: query.text, filters, total, points, withoutPlace: total - points.length };
}

export function placer(index: SearchIndex, matches: Matcher) {
  return (request: MatchRequest): Outcome<Places> => {
    const found = matches(request, 'oldest');
    if (!found.ok) return found;
    return placesOf(found.matches, (p) => {
      const details = index.order[p]!.details;
      return details ? pointOf(details) : null;
    });
  };
}
