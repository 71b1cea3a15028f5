/** Excerpts: a short window of a passage around what matched, with the matched spans. */
import type { Glossary } from './glossary.ts';
import { analyze, type Matched } from './index.ts';
import { STOPWORDS, stemmerFor, tokenize } from './text.ts';

export type Span = [start: number, end: number];

export interface Excerpt {
  text: string;
  /** [start, end) offsets into `text` of the matched words. */
  highlights: Span[];
}

export const EXCERPT_MAX = 300;

/** Where in `text` the matched terms stand: words by exact form or stem, concepts by their whole name. */
export function highlightSpans(text: string, matched: Matched, glossary: Glossary): Span[] {
  const { tokens, concepts } = analyze(text, glossary);
  const spans: Span[] = tokens.filter((t) => matched.exact.has(t.norm) || matched.stems.has(t.stem)).map((t) => [t.start, t.end]);
  for (const c of concepts) if (matched.concepts.has(c.id)) spans.push([tokens[c.from]!.start, tokens[c.to - 1]!.end]);
  return mergeSpans(spans);
}

const ASCII = /^[\x00-\x7f]*$/;
/** A run of letters this long may be a word cut in two where a passage was cut, which the index does not hold. */
const LONG_RUN = /[A-Za-z0-9]{64}/;

/**
 * highlightSpans for every passage of a page of results, at a fraction of the
 * cost: a passage of plain ASCII is scanned once for the only words that can
 * be marked (the matched words, and every word of the reports whose stem was
 * matched: `wordsWithStem`), most passages of a long report hold none and are
 * done. A passage holding the first word of a matched concept's name, or
 * anything but ASCII, is analysed word by word as highlightSpans does.
 */
export function highlighter(matched: Matched, glossary: Glossary, wordsWithStem: (stem: string) => string[]): (text: string) => Span[] {
  const stem = stemmerFor(glossary.protectedTerms);
  // Words outside the index with these stems: stopwords, and a lone letter (its own stem).
  const unindexed = (s: string) => [...[...STOPWORDS].filter((w) => stem(w) === s), ...(s.length === 1 ? [s] : [])];
  const words = new Set([...matched.exact, ...[...matched.stems].flatMap((s) => [...wordsWithStem(s), ...unindexed(s)])]);
  const firstStems = [...matched.concepts].flatMap((id) => (glossary.byId(id)?.forms ?? []).map((form) => tokenize(form, glossary.protectedTerms)[0]?.stem ?? ''));
  const firsts = new Set(firstStems.flatMap((s) => [s, ...wordsWithStem(s), ...unindexed(s)]));
  const needles = [...words, ...firsts].filter((w) => /^[a-z0-9]+$/.test(w));
  const pattern = needles.length ? new RegExp(`(?<![A-Za-z0-9])(?:${needles.join('|')})(?![A-Za-z0-9])`, 'gi') : undefined;
  return (text) => {
    if (!ASCII.test(text) || LONG_RUN.test(text)) return highlightSpans(text, matched, glossary);
    const spans: Span[] = [];
    for (const m of pattern ? text.matchAll(pattern) : []) {
      const word = m[0].toLowerCase();
      if (firsts.has(word)) return highlightSpans(text, matched, glossary);
      spans.push([m.index, m.index + word.length]);
    }
    return spans;
  };
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/**
 * The window of at most `max` characters holding the most matched spans,
 * cut at word boundaries, with "…" where the text goes on.
 */
export function bestExcerpt(text: string, spans: Span[], max = EXCERPT_MAX): Excerpt {
  if (text.length <= max) return { text, highlights: spans.filter(([s, e]) => s >= 0 && e <= text.length) };
  const room = max - 2; // two ellipses at most
  let best = { start: 0, count: 0, width: 0 };
  for (let i = 0; i < spans.length; i++) {
    let j = i;
    while (j + 1 < spans.length && spans[j + 1]![1] - spans[i]![0] <= room) j++;
    const count = j - i + 1;
    if (count > best.count) best = { start: spans[i]![0], count, width: spans[j]![1] - spans[i]![0] };
  }
  // Centre the cluster, leaving some lead-in context.
  let start = Math.max(0, Math.min(best.start - Math.floor((room - best.width) / 3), text.length - room));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < best.start ? space + 1 : start;
  }
  let end = Math.min(text.length, start + room);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const body = text.slice(start, end);
  const lead = start > 0 ? '…' : '';
  const shift = lead.length - start;
  const highlights = spans
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Span => [s + shift, e + shift]);
  return { text: lead + body + (end < text.length ? '…' : ''), highlights };
}
