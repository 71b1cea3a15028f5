/**
 * Reports sharing rare phrases with a report, afgexplorer's way: runs of 3+
 * words that 2–9 reports hold. Found per call, from the index: each run of
 * three words of the report is looked up as the reports holding all its
 * indexed words (binary searches of their postings), and only those few are
 * read to see the words side by side. Nothing is counted ahead: every phrase
 * of 76,911 reports would be a second index.
 */
import type { Report } from '../corpus/model.ts';
import { FIELD, type SearchIndex } from '../search/index.ts';
import { isIndexable, tokenize, type Token } from '../search/text.ts';

/** A phrase is rare when this many reports hold it, this one included. */
export const RARE = { min: 2, max: 9 } as const;
const WORDS = 3;
/**
 * A run whose words together are in more reports than this is common enough
 * to skip unread; so is one whose rarest word is in more than WORD_CAP reports.
 */
const READ_CAP = 100;
const WORD_CAP = 5000;

export interface SharedPhrase {
  /** The phrase as this report writes it. */
  phrase: string;
  /** How many reports hold it, this one included (at most, for a phrase longer than three words). */
  reports: number;
  /** How many words it has. */
  words: number;
}

type Paragraph = { text: string; tokens: Token[] };

const paragraphsOf = (report: Report, index: SearchIndex): Paragraph[] =>
  [...report.quotes, ...report.paraphrase].map((text) => ({
    text,
    tokens: tokenize(text, index.glossary.protectedTerms),
  }));

/** A run of words (three unless told) as one key, the same in every report that holds it. */
const keyOf = (tokens: Token[], at: number, words = WORDS) =>
  tokens
    .slice(at, at + words)
    .map((t) => t.norm)
    .join(' ');

/** A run's indexed words by term id, rarest first: [] when one is in no report, null when not worth reading. */
function runIds(index: SearchIndex, words: Token[]): number[] | null {
  const { postings } = index;
  const ids: number[] = [];
  for (const t of words) {
    if (!isIndexable(t)) continue;
    const id = postings.id(t.norm);
    if (id === undefined) return [];
    ids.push(id);
  }
  // A run of stopwords ("at the time of") says nothing of what the report is about.
  if (ids.length < 2) return null;
  ids.sort((a, b) => postings.size(a, FIELD.exact) - postings.size(b, FIELD.exact));
  return postings.size(ids[0]!, FIELD.exact) > WORD_CAP ? null : ids;
}

/** The reports holding every indexed word of a run, or null when there are too many to read. */
function holdingAll(index: SearchIndex, words: Token[], self: number): number[] | null {
  const { postings } = index;
  const ids = runIds(index, words);
  if (!ids?.length) return ids;
  const found: number[] = [];
  let tooMany = false;
  postings.forEach(ids[0]!, FIELD.exact, (p) => {
    if (tooMany || p === self) return;
    if (ids.every((id, i) => i === 0 || postings.holds(id, FIELD.exact, p))) tooMany = found.push(p) > READ_CAP;
  });
  return tooMany ? null : found;
}

/** Each run of three words of a paragraph of the report at `self`. */
function* runsOf(index: SearchIndex, self: number) {
  for (const { tokens } of paragraphsOf(index.order[self]!, index)) {
    for (let at = 0; at + WORDS <= tokens.length; at++) yield tokens.slice(at, at + WORDS);
  }
}

/**
 * What finding the rare phrases of the report at `self` reads besides it, for a desk that fetches it first: the
 * exact-field lists of the terms (by id), and, with those lists, the reports whose text is read.
 */
export const phraseReads = {
  terms: (index: SearchIndex, self: number): Set<number> =>
    new Set([...runsOf(index, self)].flatMap((run) => runIds(index, run) ?? [])),
  reports: (index: SearchIndex, self: number): Set<number> =>
    new Set([...runsOf(index, self)].flatMap((run) => holdingAll(index, run, self) ?? [])),
};

/** Each paragraph of a report as its words, space-separated and space-ended: a phrase is in it when ` phrase ` is. */
const wordLines = (report: Report, index: SearchIndex) =>
  paragraphsOf(report, index).map(({ tokens }) => ` ${tokens.map((t) => t.norm).join(' ')} `);

/** Each rare run of the report (by paragraph and first word) with the other reports holding it. */
function rareRuns(index: SearchIndex, paragraphs: Paragraph[], self: number) {
  const lines = new Map<number, string[]>();
  const holds = (p: number, words: string) => {
    let of = lines.get(p);
    if (!of) lines.set(p, (of = wordLines(index.order[p]!, index)));
    return of.some((line) => line.includes(` ${words} `));
  };
  const runs: { paragraph: number; at: number; holders: number[] }[] = [];
  const seen = new Map<string, number[] | null>();
  paragraphs.forEach(({ tokens }, paragraph) => {
    for (let at = 0; at + WORDS <= tokens.length; at++) {
      const key = keyOf(tokens, at);
      if (!seen.has(key)) {
        const candidates = holdingAll(index, tokens.slice(at, at + WORDS), self);
        const holders = candidates?.filter((p) => holds(p, key)) ?? null;
        seen.set(key, holders && holders.length + 1 >= RARE.min && holders.length + 1 <= RARE.max ? holders : null);
      }
      const holders = seen.get(key);
      if (holders) runs.push({ paragraph, at, holders });
    }
  });
  return { runs, holds };
}

/**
 * The reports sharing rare phrases with the report at `self`, with the
 * phrases: overlapping runs shared with the same report are one longer phrase.
 */
export function sharedPhrases(index: SearchIndex, self: number): Map<number, SharedPhrase[]> {
  const paragraphs = paragraphsOf(index.order[self]!, index);
  const byReport = new Map<number, { paragraph: number; at: number; reports: number }[]>();
  const { runs: rare, holds } = rareRuns(index, paragraphs, self);
  for (const run of rare) {
    for (const p of run.holders) {
      const list = byReport.get(p) ?? [];
      list.push({ paragraph: run.paragraph, at: run.at, reports: run.holders.length + 1 });
      byReport.set(p, list);
    }
  }
  const shared = new Map<number, SharedPhrase[]>();
  for (const [p, runs] of byReport) {
    const phrases: SharedPhrase[] = [];
    let start = runs[0]!;
    let last = start;
    let reports = start.reports;
    const close = () => {
      const tokens = paragraphs[start.paragraph]!.tokens;
      const [from, to] = [tokens[start.at]!, tokens[last.at + WORDS - 1]!];
      const phrase = paragraphs[start.paragraph]!.text.slice(from.start, to.end);
      phrases.push({ phrase, reports, words: last.at - start.at + WORDS });
    };
    // Overlapping runs make one phrase when the other report holds it whole, not only its runs apart.
    const joined = (run: typeof start) =>
      run.paragraph === last.paragraph &&
      run.at === last.at + 1 &&
      holds(p, keyOf(paragraphs[start.paragraph]!.tokens, start.at, run.at + WORDS - start.at));
    for (const run of runs.slice(1)) {
      if (joined(run)) {
        last = run;
        reports = Math.min(reports, run.reports);
        continue;
      }
      close();
      [start, last, reports] = [run, run, run.reports];
    }
    close();
    // One phrase said once, however often the report repeats it.
    const distinct = [...new Map(phrases.map((s) => [s.phrase.toLowerCase(), s])).values()];
    shared.set(
      p,
      distinct.sort((a, b) => b.words - a.words),
    );
  }
  return shared;
}
