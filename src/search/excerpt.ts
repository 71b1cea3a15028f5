/** Excerpts: a short window of a passage around what matched, with the matched spans. */
import type { Glossary } from './glossary.ts';
import { analyze, type Matched } from './index.ts';
import { mergeSpans, plainSpans, type PlainMarks, type Starter } from './plain-spans.ts';
import { isAsciiText, STOPWORDS, stemmerFor, tokenize } from './text.ts';
import { hashOf, WordTable } from './word-table.ts';

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
  const spans: Span[] = tokens
    .filter((t) => matched.exact.has(t.norm) || matched.stems.has(t.stem))
    .map((t) => [t.start, t.end]);
  for (const c of concepts) if (matched.concepts.has(c.id)) spans.push([tokens[c.from]!.start, tokens[c.to - 1]!.end]);
  return mergeSpans(spans);
}

/**
 * Where a query's matched words stand in a text: `spans` is highlightSpans;
 * `bound` is how many spans the text can hold at most, found cheaply, with the
 * spans themselves when that is all it takes.
 */
export interface Highlighter {
  spans(text: string, cut?: boolean): Span[];
  /** highlightSpans itself: for a text whose bound came without its spans (a text not cut). */
  exact(text: string): Span[];
  /** `cut`: a passage that may begin or end with part of a word (see Passage), which the index does not hold. */
  bound(text: string, cut?: boolean): Bound;
  /** The bound of each of a report's passages, found in one search of them all. */
  bounds(passages: readonly { text: string; cut?: boolean }[]): Bound[];
}

export interface Bound {
  most: number;
  spans?: Span[];
}

const stopwordStems = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
/** The stopwords by their stem, found once for a glossary's protected terms. */
function stopwordsByStem(protectedTerms: ReadonlySet<string>): Map<string, string[]> {
  let byStem = stopwordStems.get(protectedTerms);
  if (!byStem) {
    const stem = stemmerFor(protectedTerms);
    byStem = new Map();
    for (const w of STOPWORDS) byStem.set(stem(w), [...(byStem.get(stem(w)) ?? []), w]);
    stopwordStems.set(protectedTerms, byStem);
  }
  return byStem;
}

const isPlainWord = (word: string) => /^[a-z0-9]+$/.test(word);

/**
 * The words of a text that can have a stem: those of the reports with it, and those outside the index (stopwords, and
 * a lone letter, its own stem).
 */
function spellingsOf(glossary: Glossary, wordsWithStem: (stem: string) => string[]): (stem: string) => string[] {
  const stopwords = stopwordsByStem(glossary.protectedTerms);
  return (s) => [...wordsWithStem(s), ...(stopwords.get(s) ?? []), ...(s.length === 1 ? [s] : [])];
}

/** What a highlighter reads of an index's words: the same for every query, kept with the index (see highlighterOf). */
export interface IndexWords {
  /** The words of a text that can have this stem (see spellingsOf). */
  spellings(stem: string): string[];
  /** Every word of the reports that can begin a concept's name, with the forms it can begin; found when first asked. */
  starters(): WordTable<Starter>;
  /** The words that can begin one of this concept's names (its forms' first stems among them). */
  firsts(conceptId: string): readonly string[];
}

/** The words a highlighter reads, for an index whose words with a stem are `wordsWithStem`. */
export function indexWords(glossary: Glossary, wordsWithStem: (stem: string) => string[]): IndexWords {
  const spellings = spellingsOf(glossary, wordsWithStem);
  let starters: WordTable<Starter> | undefined;
  // By concept: a glossary's few dozen, each name's first word stemmed once rather than at each query.
  const firsts = new Map<string, string[]>();
  return {
    spellings,
    starters: () => (starters ??= conceptStarters(glossary, spellings)),
    firsts(id) {
      let found = firsts.get(id);
      if (!found) {
        const forms = glossary.byId(id)?.forms ?? [];
        const stems = forms.map((form) => tokenize(form, glossary.protectedTerms)[0]?.stem ?? '');
        firsts.set(id, (found = [...new Set(stems.flatMap((stem) => [stem, ...spellings(stem)]))]));
      }
      return found;
    },
  };
}

/** Every word of the reports that can begin a concept's name (its stem begins a form), with the forms it can begin. */
function conceptStarters(glossary: Glossary, spellings: (stem: string) => string[]): WordTable<Starter> {
  const stem = stemmerFor(glossary.protectedTerms);
  // A word has one stem: it begins the forms of that stem only, and is listed once.
  return WordTable.of(
    [...glossary.formsByFirstStem].flatMap(([first, forms]) =>
      [...new Set([first, ...spellings(first)])]
        .filter((word) => isPlainWord(word) && stem(word) === first)
        .map((word) => ({ word, forms })),
    ),
  );
}

/**
 * highlightSpans for the passages of a page of results, at a fraction of the
 * cost: a passage of plain ASCII is scanned once for the only words that can
 * be marked (the matched words, and every word of the reports whose stem was
 * matched: see IndexWords); most passages of a long report hold none. Where a
 * passage holds the first word of a matched concept's name, or anything but
 * ASCII, each of its words is read as highlightSpans reads them.
 */
export function highlighter(matched: Matched, glossary: Glossary, known: IndexWords): Highlighter {
  const words = new Set([...matched.exact, ...[...matched.stems].flatMap((stem) => known.spellings(stem))]);
  const firsts = new Set([...matched.concepts].flatMap((id) => known.firsts(id)));
  const needles = [...new Set([...words, ...firsts])].filter(isPlainWord);
  const find = finderOf(needles);
  let marks: PlainMarks | undefined;
  const plainMarks = (): PlainMarks => {
    if (marks) return marks;
    const marked = WordTable.of([...words].filter(isPlainWord).map((word) => ({ word })));
    const stem = stemmerFor(glossary.protectedTerms);
    return (marks = { words: marked, starters: known.starters(), concepts: matched.concepts, stem });
  };
  // Each word of a text read: in one scan where the text is plain ASCII, no word cut in two; else by highlightSpans.
  const readSpans = (text: string) => highlightSpans(text, matched, glossary);
  const exact = (text: string) => (isAsciiText(text) ? plainSpans(text, plainMarks()) : readSpans(text));
  // Without a concept, no span is one's first word: a common word's many spans are not each cut out to be told so.
  const isFirst = firsts.size
    ? (text: string, [start, end]: Span) => firsts.has(text.slice(start, end).toLowerCase())
    : () => false;
  return {
    spans: (text, cut) => bound(text, cut).spans ?? exact(text),
    exact,
    bound,
    bounds,
  };

  // Each span holds a needle of its own: a word marked, or the first word of a concept's name.
  function bound(text: string, cut = false): Bound {
    const spans = cut ? undefined : find(text);
    if (!spans) {
      const read = readSpans(text);
      return { most: read.length, spans: read };
    }
    const concept = spans.some((span) => isFirst(text, span));
    return concept ? { most: spans.length } : { most: spans.length, spans };
  }

  /**
   * bound of each passage. Each is searched alone: a search reads its text once (its characters told ASCII or not,
   * its words looked up), makes no string but for a word that may be a needle, and compiles nothing; searching a
   * report's passages joined a line apart, once, saved nothing more than the joining, lowercasing and testing cost.
   */
  function bounds(passages: readonly { text: string; cut?: boolean }[]): Bound[] {
    return passages.map((p) => bound(p.text, p.cut));
  }
}

/**
 * Up to this many needles, a text is searched for each in turn (indexOf, on the text in lower case); past it, its
 * words are read once and each looked up among them. Short needles stand inside many longer words ("ied" in every
 * "carried", "cf" in "cfs"), where indexOf stops and starts again: over the bench's pages of ten War Diary reports, two
 * or more needles cost two to four times as much searched in turn.
 */
const FEW_NEEDLES = 1;

/**
 * Past this many characters of a query's passages read, the rest are searched with one expression of its needles.
 * The engine compiles each query's expression anew (some 45 µs with its first runs) and then runs it five times as
 * fast as the word scan: over the bench's first pages of common words, glossary phrases, dates and 2–3 terms, a page
 * of under 6,000 characters (most) was searched sooner by the scan alone, one of 12,000 or more always sooner by the
 * expression (30,000 and more, as the best reports of a common word often are: 0.92 → 0.25 ms).
 */
const EXPRESSION_AFTER = 8000;

/** The word scan (or indexOf) first, the expression past EXPRESSION_AFTER characters: the same spans either way. */
function finderOf(needles: string[]): Finder {
  const scan = needles.length <= FEW_NEEDLES ? searchEach(needles) : searchWords(needles);
  let read = 0;
  let expression: Finder | undefined;
  return (text) => {
    if (expression) return expression(text);
    read += text.length;
    if (read > EXPRESSION_AFTER && needles.length) expression = searchExpression(needles);
    return scan(text);
  };
}

/** The needles as one expression: each a whole run of letters and digits, case folded (they are plain words). */
function searchExpression(needles: string[]): Finder {
  const pattern = new RegExp(`(?<![A-Za-z0-9])(?:${needles.join('|')})(?![A-Za-z0-9])`, 'gi');
  return (text) => {
    if (!isAsciiText(text)) return undefined;
    const spans: Span[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push([m.index, m.index + m[0].length]);
    return spans;
  };
}

/**
 * Where a text of ASCII characters holds a word of its own (a whole run of letters and digits) that is one of
 * `needles`; undefined for a text holding any other character, to be read word by word (see highlightSpans).
 */
type Finder = (text: string) => Span[] | undefined;

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

function searchEach(needles: string[]): Finder {
  return (text) => {
    if (!isAsciiText(text)) return undefined;
    if (!needles.length) return [];
    const lower = text.toLowerCase();
    const spans: Span[] = [];
    for (const needle of needles) {
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (at > 0 && isWordCode(lower.charCodeAt(at - 1))) continue;
        if (end < lower.length && isWordCode(lower.charCodeAt(end))) continue;
        spans.push([at, end]);
      }
    }
    // Needles are whole words: no two spans overlap, and in text order they are what one scan would find.
    return spans.sort((a, b) => a[0] - b[0]);
  };
}

/**
 * Each word of the text (a whole run of letters and digits) looked up among the needles, those that cannot be one
 * passed over first: most words of a text are not as long as any needle, or begin with a letter none begins with.
 * The text is read as it is, its letters' case folded by hand (ASCII: a letter's lower case is its code | 0x20, a
 * digit's code has that bit already): only a word that may be a needle is cut out and lowercased.
 */
function searchWords(needles: string[]): Finder {
  const table = WordTable.of(needles.map((word) => ({ word })));
  const begins = new Uint8Array(128);
  for (const needle of needles) begins[needle.charCodeAt(0)] = 1;
  const lengths = needles.map((needle) => needle.length);
  const [shortest, longest] = [Math.min(...lengths), Math.max(...lengths)];
  return (text) => {
    const spans: Span[] = [];
    for (let i = 0, n = text.length; i < n;) {
      const first = text.charCodeAt(i++);
      if (first >= 128) return undefined;
      if (!isWordCode(first)) continue;
      const start = i - 1;
      for (let c = text.charCodeAt(i); i < n && isWordCode(c); c = text.charCodeAt(++i));
      if (i < n && text.charCodeAt(i) >= 128) return undefined;
      if (i - start < shortest || i - start > longest || !begins[first | 0x20]) continue;
      const word = text.slice(start, i).toLowerCase();
      if (table.find(word, 0, word.length, hashOf(word))) spans.push([start, i]);
    }
    return spans;
  };
}

/**
 * The passage with the most spans (the first of equals) and its spans. Passages
 * are read most promising first, and one that could not have more spans than
 * the best so far is never read word by word.
 */
export function bestPassage<P extends { text: string; cut?: boolean }>(
  passages: readonly P[],
  highlight: Highlighter,
): { passage: P; spans: Span[] } {
  const bounds = highlight.bounds(passages);
  const order = passages.map((_, i) => i).sort((a, b) => bounds[b]!.most - bounds[a]!.most || a - b);
  let best = { at: order[0]!, spans: undefined as Span[] | undefined };
  for (const i of order) {
    const found = best.spans?.length ?? -1;
    if (bounds[i]!.most < found || (bounds[i]!.most === found && i > best.at)) continue;
    const spans = bounds[i]!.spans ?? highlight.exact(passages[i]!.text);
    if (spans.length > found || (spans.length === found && i < best.at)) best = { at: i, spans };
  }
  return { passage: passages[best.at]!, spans: best.spans ?? [] };
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
  const highlights = spans.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Span => [s + shift, e + shift]);
  return { text: lead + body + (end < text.length ? '…' : ''), highlights };
}
