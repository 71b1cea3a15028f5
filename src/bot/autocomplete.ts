/** Autocomplete answers, from memory at once: Discord gives them 3 s and no deferral. */
import type { Facet } from '../desk.ts';
import { normalize } from '../search/text.ts';
import { lowerBound } from '../sorted.ts';
import type { BotDesk } from './replies.ts';

/** Autocomplete reads only what the bot holds in memory. */
type Lookup = Pick<BotDesk, 'dates' | 'index' | 'facet'>;

export interface Choice {
  name: string;
  value: string;
}

const MAX_CHOICES = 25;
const cut = (s: string) => (s.length <= 100 ? s : `${s.slice(0, 99)}…`);
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Every date and month holding reports, newest first, made once per corpus. */
const dateCandidates = new WeakMap<object, Choice[]>();

/** Dates and months that hold reports, matching what is typed; with nothing typed, the most recent. */
export function dateChoices(desk: Lookup, typed: string): Choice[] {
  let candidates = dateCandidates.get(desk.index);
  if (!candidates) {
    const months = new Map<string, number>();
    for (const { date, count } of desk.dates()) months.set(date.slice(0, 7), (months.get(date.slice(0, 7)) ?? 0) + count);
    const days = desk.dates().filter((d) => d.date.length === 10);
    candidates = [
      ...days.map((d) => ({ value: d.date, name: `${d.date} — ${plural(d.count, 'report')}` })),
      ...[...months].map(([m, n]) => ({ value: m, name: `${m} — ${plural(n, 'report')} that month` })),
    ].sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
    dateCandidates.set(desk.index, candidates);
  }
  const prefix = typed.trim();
  const found: Choice[] = [];
  for (const c of candidates) {
    if (c.value.startsWith(prefix)) found.push(c);
    if (found.length === MAX_CHOICES) break;
  }
  return found;
}

/** The typed query with its last word completed from the index's words, commonest first. */
export function queryChoices(desk: Lookup, typed: string): Choice[] {
  const text = typed.replace(/\s+/g, ' ').trimStart();
  if (text.length > 90) return [];
  const m = /([\p{L}\p{N}]*)$/u.exec(text);
  const stem = normalize(m?.[1] ?? '');
  const head = text.slice(0, text.length - (m?.[1]?.length ?? 0));
  if (!stem) return text.trim() ? [{ name: cut(text.trim()), value: cut(text.trim()) }] : [];
  const vocabulary = desk.index.vocabulary;
  const matches: [string, number][] = [];
  for (let i = lowerBound(vocabulary, stem, ([word]) => word); i < vocabulary.length && vocabulary[i]![0].startsWith(stem); i++) matches.push(vocabulary[i]!);
  matches.sort((a, b) => b[1] - a[1]);
  const concepts = desk.index.glossary.concepts.filter((c) => normalize(c.name).startsWith(stem)).map((c) => c.name);
  const words = [...new Set([...matches.slice(0, MAX_CHOICES).map(([w]) => w), ...concepts])];
  return words.slice(0, MAX_CHOICES).map((w) => ({ name: cut(head + w), value: cut(head + w) }));
}

/** Values of a filter present in the corpus (type, category, region), with their counts. */
export function facetChoices(desk: Lookup, facet: Facet, typed: string): Choice[] {
  const want = typed.trim().toLowerCase();
  return desk
    .facet(facet)
    .filter((f) => f.value.toLowerCase().includes(want))
    .slice(0, MAX_CHOICES)
    .map((f) => ({ name: cut(`${f.value} — ${plural(f.count, 'report')}`), value: cut(f.value) }));
}
