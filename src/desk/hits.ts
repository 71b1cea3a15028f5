/** Hits as the desk shows them: a report with its best excerpt, or a whole report. */
import type { Report } from '../corpus/model.ts';
import { plainReport } from '../saved-reports.ts';
import type { Hit, HitNote } from '../desk.ts';
import {
  bestExcerpt,
  bestPassage,
  highlighter,
  indexWords,
  type Highlighter,
  type IndexWords,
} from '../search/excerpt.ts';
import { wordsWithStem, type Matched, type SearchIndex } from '../search/index.ts';
import type { Passage } from '../search/passages.ts';
import type { ReportHit } from '../search/rank.ts';
import { keptPassages } from './kept-passages.ts';

/** The words highlighters read of each index, kept: the same for every query (see IndexWords). */
const words = new WeakMap<SearchIndex, IndexWords>();

export function highlighterOf(index: SearchIndex, matched: Matched): Highlighter {
  let known = words.get(index);
  if (!known) words.set(index, (known = indexWords(index.glossary, (stem) => wordsWithStem(index, stem))));
  return highlighter(matched, index.glossary, known);
}

/**
 * A hit as shown: the passage of the report with the most matched words (or the one given), and its best excerpt.
 * The report is read once, and its passages cut from what was read (or found kept: see kept-passages.ts).
 */
export function hitOf(index: SearchIndex, h: ReportHit, highlight: Highlighter, passage?: Passage): Hit {
  const report = plainReport(h.report);
  const best = bestPassage(passage ? [passage] : keptPassages(index, h.position, report), highlight);
  return {
    report,
    // A copy: the passages kept are shared.
    passage: { ...best.passage },
    excerpt: bestExcerpt(best.passage.text, best.spans),
    score: Math.round(h.score * 1000) / 1000,
  };
}

/** A report listed whole, not matched: by id, by date, or by filters alone. */
export const wholeReport = (report: Report, note?: HitNote): Hit => ({
  report: plainReport(report),
  excerpt: { text: report.quotes.join(' … '), highlights: [] },
  score: 0,
  note,
});
