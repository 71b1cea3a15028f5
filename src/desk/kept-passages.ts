/**
 * The passages of the reports excerpted lately, kept: a report is cut into passages again each time a hit shows it
 * (its texts read from the saved columns, its long paragraphs split at their sentences), and a quarter of the hits of
 * a run of searches show a report shown shortly before. Kept by position, with the report they were cut from: a
 * report read anew (a desk on a database fetches them) is cut anew.
 *
 * A slot a position (its low bits), the last report cut there kept: a report shown again soon finds its passages
 * unless another of the same slot was shown in between. A least-recently-used cache of as many kept about the same,
 * but its bookkeeping was 6 % of a first page's excerpts over the bench's queries, paid mostly for reports never
 * shown again.
 */
import type { Report } from '../corpus/model.ts';
import { passagesAt, type SearchIndex } from '../search/index.ts';
import type { Passage } from '../search/passages.ts';

/** Reports whose passages are kept, a power of two: a few thousand hits, a few MB of text at War Diary size. */
const SLOTS = 2048;

interface Cut {
  position: number;
  report: Report;
  passages: readonly Passage[];
}

const kept = new WeakMap<SearchIndex, (Cut | undefined)[]>();

/**
 * The passages of `report`, the report at `position` (`plain`: the same report as plain data, read once already).
 * Shared between calls: not to be changed.
 */
export function keptPassages(index: SearchIndex, position: number, plain?: Report): readonly Passage[] {
  let cuts = kept.get(index);
  if (!cuts) kept.set(index, (cuts = new Array<Cut | undefined>(SLOTS).fill(undefined)));
  const report = index.order[position]!;
  const slot = position & (SLOTS - 1);
  const cut = cuts[slot];
  if (cut?.position === position && cut.report === report) return cut.passages;
  const passages = passagesAt(index, position, plain ?? report);
  cuts[slot] = { position, report, passages };
  return passages;
}
