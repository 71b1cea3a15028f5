/**
 * Reports become passages: each quoted paragraph, each paraphrase and each
 * commentary paragraph, split at sentence boundaries so no passage is much
 * longer than an excerpt can show. The index matches whole reports; passages
 * are what a result quotes and what the answerer reads, sentence by sentence.
 */
import type { Report } from '../corpus/model.ts';
import { sentenceSpans, sentenceStarts } from './text.ts';

export type PassageRole = 'quote' | 'paraphrase' | 'commentary';

export interface Passage {
  /** Position among its report's passages. */
  id: number;
  reportId: string;
  role: PassageRole;
  text: string;
  /** Its first or last word may be part of a word cut in two: cut where a long sentence had no space to cut at. */
  cut?: true;
}

export const MAX_PASSAGE = 600;

export interface Chunk {
  text: string;
  cut?: true;
}

/**
 * Packs whole sentences into chunks of at most `max` characters; a longer
 * sentence is cut at spaces, or anywhere where it has none. `starts`: where
 * the sentences begin, when known.
 */
export function splitText(text: string, max = MAX_PASSAGE, starts?: ArrayLike<number>): Chunk[] {
  // Most paragraphs fit whole: no need to find their sentences.
  if (text.length <= max) {
    const trimmed = text.trim();
    return trimmed ? [{ text: trimmed }] : [];
  }
  const chunks: Chunk[] = [];
  // The current chunk: `text[from, to)` while it is a slice of the paragraph (sentences one space apart), made a
  // string only when flushed; else `joined`, a string of its own (from -1).
  let from = -1;
  let to = -1;
  let joined = '';
  /** The current chunk begins where a word may have been cut. */
  let cutBefore = false;
  const length = () => (from >= 0 ? to - from : joined.length);
  const push = (chunk: string, cut: boolean) => chunks.push(cut ? { text: chunk, cut } : { text: chunk });
  const flush = () => {
    const current = from >= 0 ? text.slice(from, to) : joined;
    if (current.trim()) push(current.trim(), cutBefore);
    from = to = -1;
    joined = '';
    cutBefore = false;
  };
  const spans = sentenceSpans(text, starts);
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    if (length() && length() + 1 + (end - start) > max) flush();
    if (end - start <= max) {
      if (!length()) from = start;
      else if (from < 0 || start !== to + 1 || text.charCodeAt(start - 1) !== 32) {
        joined = `${from >= 0 ? text.slice(from, to) : joined} ${text.slice(start, end)}`;
        from = -1;
      }
      to = end;
      continue;
    }
    flush();
    let rest = text.slice(start, end);
    while (rest.length > max) {
      const space = rest.lastIndexOf(' ', max);
      const at = space > max / 2 ? space : max;
      push(rest.slice(0, at).trim(), cutBefore || at === max);
      cutBefore = at === max;
      rest = rest.slice(at).trim();
    }
    joined = rest;
  }
  flush();
  return chunks;
}

/** A report's text as passages are cut from it. */
type Paragraphs = Pick<Report, 'quotes' | 'paraphrase'>;

export const paragraphsOf = (report: Paragraphs) => [...report.quotes, ...report.paraphrase];

/**
 * Where the sentences of a report's paragraphs longer than a passage begin, in
 * paragraph order: finding them is most of the cost of cutting passages (ICU
 * takes microseconds a sentence), so the index finds them once and keeps them.
 */
export function sentenceStartsOf(report: Paragraphs): number[][] {
  return paragraphsOf(report).flatMap((text) => (text.length > MAX_PASSAGE ? [sentenceStarts(text)] : []));
}

/**
 * How many passages toPassages makes of a report, without making them: most paragraphs fit in one, and the index
 * counts the passages of every report.
 */
export function countPassages(report: Paragraphs, starts?: ArrayLike<number>[]): number {
  let count = 0;
  let long = 0;
  for (const paragraph of paragraphsOf(report)) {
    if (paragraph.length > MAX_PASSAGE) count += splitText(paragraph, MAX_PASSAGE, starts?.[long++]).length;
    else if (paragraph.trim()) count++;
  }
  return count;
}

/** A report's passages; `starts` (see sentenceStartsOf) spares looking for sentences again. */
export function toPassages(report: Report, starts?: ArrayLike<number>[]): Passage[] {
  const passages: Passage[] = [];
  const long = addPassages(
    passages,
    report,
    report.kind === 'commentary' ? 'commentary' : 'quote',
    report.quotes,
    starts,
  );
  addPassages(passages, report, 'paraphrase', report.paraphrase, starts, long);
  return passages;
}

/**
 * Adds the passages of `paragraphs` to `passages`; `long`: how many long paragraphs came before (their sentence starts
 * are `starts[0..long)`), and returned counting these. A function of its own, and each passage written out rather than
 * spread from its chunk: a closure made at each call and a spread building each passage a property at a time were a
 * sixth of a page's excerpts.
 */
function addPassages(
  passages: Passage[],
  { id: reportId }: Report,
  role: PassageRole,
  paragraphs: string[],
  starts: ArrayLike<number>[] | undefined,
  long = 0,
): number {
  for (const paragraph of paragraphs) {
    // Most paragraphs are a passage whole (see splitText), made here without a chunk in between.
    if (paragraph.length <= MAX_PASSAGE) {
      const text = paragraph.trim();
      if (text) passages.push({ id: passages.length, reportId, role, text });
      continue;
    }
    for (const { text, cut } of splitText(paragraph, MAX_PASSAGE, starts?.[long++])) {
      const id = passages.length;
      passages.push(cut ? { id, reportId, role, text, cut } : { id, reportId, role, text });
    }
  }
  return long;
}
