/**
 * Where a query's words and concepts stand in plain ASCII text, in one scan of its words: what highlightSpans
 * finds, without making a token (a string, a stem looked up) for every word. Reading each word of a passage whole
 * was most of the cost of a page's excerpts wherever the query named a concept ("IED", "troops in contact"): a
 * passage holding the first word of one of its names cannot be bounded without knowing which names it holds.
 */
import type { Span } from './excerpt.ts';
import type { Form } from './glossary.ts';
import { scanPlainWords } from './text.ts';
import type { WordTable } from './word-table.ts';

/** A word of the reports that can begin a concept's name, with the forms it can begin (longest first). */
export interface Starter {
  word: string;
  forms: readonly Form[];
}

export interface PlainMarks {
  /** The words to mark: matched exactly, or by their stem. */
  words: WordTable<{ word: string }>;
  /** Every word with a stem that begins a concept's form, with those forms: see Glossary.find. */
  starters: WordTable<Starter>;
  /** The concepts whose names are marked. */
  concepts: ReadonlySet<string>;
  stem: (norm: string) => string;
}

/**
 * highlightSpans of ASCII text: the words to mark, and the names of the concepts to mark as Glossary.find finds
 * them (leftmost, longest, none overlapping). find tries forms only where a word may begin one: stepping from one
 * such word to the next, past those a name found before covers, finds the same names.
 */
export function plainSpans(text: string, marks: PlainMarks): Span[] {
  const lower = text.toLowerCase();
  const starts: number[] = [];
  const ends: number[] = [];
  const spans: Span[] = [];
  const begins: { at: number; forms: readonly Form[] }[] = [];
  scanPlainWords(lower, (start, end, hash) => {
    if (marks.words.find(lower, start, end, hash)) spans.push([start, end]);
    const starter = marks.starters.find(lower, start, end, hash);
    if (starter) begins.push({ at: starts.length, forms: starter.forms });
    starts.push(start);
    ends.push(end);
  });
  const stemAt = (i: number) => (i < starts.length ? marks.stem(lower.slice(starts[i], ends[i])) : undefined);
  let reach = 0;
  for (const { at, forms } of begins) {
    if (at < reach) continue;
    const form = forms.find(({ stems }) => stems.every((s, k) => k === 0 || stemAt(at + k) === s));
    if (!form) continue;
    reach = at + form.stems.length;
    if (marks.concepts.has(form.concept.id)) spans.push([starts[at]!, ends[reach - 1]!]);
  }
  return mergeSpans(spans);
}

/** Spans in text order, those that overlap or touch made one. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}
