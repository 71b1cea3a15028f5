/** Related reports: those sharing rare phrases with a report, and those at its place within hours, each with why. */
import type { Report } from '../corpus/model.ts';
import type { Outcome, Reason, Related } from '../desk.ts';
import { plainReport } from '../saved-reports.ts';
import type { SearchIndex } from '../search/index.ts';
import { sharedPhrases, type SharedPhrase } from './related-phrases.ts';
import { nearReports, type NearReport } from './related-places.ts';

/** At most this many of each kind: a reader follows a few, not a hundred. */
export const MAX_RELATED = 10;
/** Phrases named per related report. */
const PHRASES_SHOWN = 3;

export function relater(index: SearchIndex, byKey: (text: string) => Report | undefined) {
  const near = nearReports(index.order);
  const positionOf = new Map<Report, number>();
  return (id: string): Outcome<Related> => {
    const report = index.reports.get(id) ?? byKey(id.trim());
    if (!report) return { ok: false, error: { code: 'unknown_report', id } };
    if (!positionOf.size) index.order.forEach((r, p) => positionOf.set(r, p));
    const self = positionOf.get(report)!;
    const reasons = reasonsOf(near(self), sharedPhrases(index, self));
    const related = [...reasons].map(([p, why]) => ({ report: plainReport(index.order[p]!), reasons: why }));
    return { ok: true, report: plainReport(report), related };
  };
}

/** Why each related report is related, by position: the nearest in time first, then those sharing the most words. */
export function reasonsOf(near: NearReport[], phrases: Map<number, SharedPhrase[]>): Map<number, Reason[]> {
  const reasons = new Map<number, Reason[]>();
  const add = (p: number, reason: Reason) => reasons.set(p, [...(reasons.get(p) ?? []), reason]);
  for (const { position, hours, km } of near.slice(0, MAX_RELATED)) {
    add(position, { kind: 'place', hours: Math.round(hours * 10) / 10, km: Math.round(km * 100) / 100 });
  }
  // The reports sharing the most words of rare phrases first.
  const shared = [...phrases]
    .map(([p, said]) => ({ p, said, words: said.reduce((n, s) => n + s.words, 0) }))
    .sort((a, b) => b.words - a.words || a.p - b.p)
    .slice(0, MAX_RELATED);
  for (const { p, said } of shared) {
    for (const s of said.slice(0, PHRASES_SHOWN)) add(p, { kind: 'phrase', phrase: s.phrase, reports: s.reports });
  }
  return reasons;
}
