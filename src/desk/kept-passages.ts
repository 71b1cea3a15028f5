/**
 * The passages of the reports excerpted lately, kept: a report is cut into passages again each time a hit shows it
 * (its texts read from the saved columns, its long paragraphs split at their sentences), and a quarter of the hits of
 * a run of searches show a report shown shortly before. Kept by position, with the report they were cut from: a
 * report read anew (a desk on a database fetches them) is cut anew.
 */
import { LRUCache } from 'lru-cache';
import type { Report } from '../corpus/model.ts';
import { passagesAt, type SearchIndex } from '../search/index.ts';
import type { Passage } from '../search/passages.ts';

/** Reports whose passages are kept: a few thousand hits, a few MB of text at War Diary size. */
const KEPT_REPORTS = 2000;

interface Cut {
  report: Report;
  passages: readonly Passage[];
}

const kept = new WeakMap<SearchIndex, LRUCache<number, Cut>>();

/**
 * The passages of `report`, the report at `position` (`plain`: the same report as plain data, read once already).
 * Shared between calls: not to be changed.
 */
export function keptPassages(index: SearchIndex, position: number, plain?: Report): readonly Passage[] {
  let cuts = kept.get(index);
  if (!cuts) kept.set(index, (cuts = new LRUCache({ max: KEPT_REPORTS })));
  const report = index.order[position]!;
  const cut = cuts.get(position);
  if (cut?.report === report) return cut.passages;
  const passages = passagesAt(index, position, plain ?? report);
  cuts.set(position, { report, passages });
  return passages;
}
