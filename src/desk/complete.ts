/**
 * Completion as a user types, from data counted once per corpus: it must
 * answer at once (Discord gives autocomplete 3 s and no deferral). The data
 * is plain, so a desk on a thread of its own hands it over to be answered
 * where users are (see bot/desk-thread.ts).
 */
import type { Completion, CompletionRequest, Counted, Facet } from '../desk.ts';
import type { SearchIndex } from '../search/index.ts';
import { normalize } from '../search/text.ts';
import { lowerBound } from '../sorted.ts';

export interface CompletionData {
  /** Days and months holding reports, newest first. */
  dates: Required<Completion>[];
  facets: Record<Facet, Counted[]>;
  /** Every indexed word with the reports holding it, alphabetical. */
  words: [word: string, reports: number][];
  /** The glossary's concepts by name, with the reports naming them. */
  concepts: Counted[];
}

const DEFAULT_LIMIT = 25;
/** A query this long is not completed: a completion could not be shown whole. */
const MAX_TYPED = 90;

/** The data completion reads, from the days holding reports (oldest first, as the desk counts them). */
export function completionData(days: Counted[], facets: Record<Facet, Counted[]>, index: SearchIndex): CompletionData {
  const months = new Map<string, number>();
  for (const { value, count } of days) months.set(value.slice(0, 7), (months.get(value.slice(0, 7)) ?? 0) + count);
  const dates = [
    ...days.filter((d) => d.value.length === 10).map((d) => ({ ...d, month: false })),
    ...[...months].map(([value, count]) => ({ value, count, month: true })),
  ].sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
  const concepts = index.glossary.concepts.map((c) => ({ value: c.name, count: index.docFrequency.get(c.id) ?? 0 }));
  return { dates, facets, words: index.vocabulary, concepts };
}

/** Dates and months that hold reports, beginning as typed; with nothing typed, the most recent. */
function completeDate(data: CompletionData, typed: string, limit: number): Completion[] {
  const prefix = typed.trim();
  const found: Completion[] = [];
  for (const d of data.dates) {
    if (found.length === limit) break;
    if (d.value.startsWith(prefix)) found.push(d);
  }
  return found;
}

/** The letters and digits the text ends with: the word being typed. */
const lastWordOf = (text: string) => /([\p{L}\p{N}]*)$/u.exec(text)?.[1] ?? '';

/** The word being typed, normalized: the words completing it begin with it (a desk may read only those). */
export const typedWord = (typed: string): string => normalize(lastWordOf(typed));

/** The typed query with its last word completed from the index's words (commonest first), then concepts. */
function completeWords(data: CompletionData, typed: string, limit: number): Completion[] {
  const text = typed.replace(/\s+/g, ' ').trimStart();
  if (text.length > MAX_TYPED) return [];
  const last = lastWordOf(text);
  const stem = normalize(last);
  const head = text.slice(0, text.length - last.length);
  if (!stem) return text.trim() ? [{ value: text.trim() }] : [];
  const { words, concepts } = data;
  const matches: Counted[] = [];
  for (let i = lowerBound(words, stem, ([word]) => word); i < words.length && words[i]![0].startsWith(stem); i++) {
    matches.push({ value: words[i]![0], count: words[i]![1] });
  }
  matches.sort((a, b) => b.count - a.count);
  const named = concepts.filter((c) => normalize(c.value).startsWith(stem));
  const seen = new Set<string>();
  return [...matches.slice(0, limit), ...named]
    .filter((c) => !seen.has(c.value) && seen.add(c.value))
    .slice(0, limit)
    .map((c) => ({ value: head + c.value, count: c.count }));
}

/** Values of a filter present in the corpus that contain what is typed, commonest first. */
function completeFacet(values: Counted[], typed: string, limit: number): Completion[] {
  const want = typed.trim().toLowerCase();
  return values.filter((f) => f.value.toLowerCase().includes(want)).slice(0, limit);
}

export function completer(data: CompletionData): (request: CompletionRequest) => Completion[] {
  return ({ field, typed, limit = DEFAULT_LIMIT }) => {
    const text = String(typed);
    if (field === 'date') return completeDate(data, text, limit);
    if (field === 'words') return completeWords(data, text, limit);
    return completeFacet(data.facets[field], text, limit);
  };
}
