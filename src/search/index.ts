/**
 * The MiniSearch index over passages. Text is analysed once, by our own
 * tokenizer and glossary, into four fields so that ranking can prefer what the
 * user literally typed: exact words over stems, stems over glossary concepts,
 * and all of them over fuzzy (typo) matches, which MiniSearch weighs down itself.
 */
import MiniSearch, { type AsPlainObject, type Options, type Query, type SearchResult } from 'minisearch';
import type { Report } from '../corpus/model.ts';
import type { Glossary } from './glossary.ts';
import { toPassages, type Passage } from './passages.ts';
import type { ParsedQuery, QueryUnit } from './query.ts';
import { isIndexable, tokenize, type Token } from './text.ts';

const FIELDS = ['exact', 'stems', 'concepts', 'meta'] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Record<Field, number> = { exact: 3, meta: 2, stems: 1.5, concepts: 1.2 };

/** What a saved index must match to be reused: change the analysis or the fields, bump the format. */
export const INDEX_SIGNATURE = JSON.stringify({ format: 1, FIELDS, BOOST });

export interface Analysis {
  tokens: Token[];
  /** Concept ids with the token range that names each. */
  concepts: { id: string; from: number; to: number }[];
}

export function analyze(text: string, glossary: Glossary): Analysis {
  const tokens = tokenize(text, glossary.protectedTerms);
  return { tokens, concepts: glossary.find(tokens).map((m) => ({ id: m.concept.id, from: m.from, to: m.to })) };
}

export interface SearchIndex {
  reports: Map<string, Report>;
  passages: Passage[];
  glossary: Glossary;
  mini: MiniSearch<Passage>;
  /** How many passages hold each stem or concept: the rarity that weighs words in answers. */
  docFrequency: Map<string, number>;
  /** Every indexed word with the passages holding it, alphabetical: what query autocomplete offers. */
  vocabulary: [term: string, passages: number][];
}

const space = (s: string) => s.split(' ').filter(Boolean);

function fieldsOf(passage: Passage, report: Report, glossary: Glossary): Record<Field, string> {
  const { tokens, concepts } = analyze(passage.text, glossary);
  const words = tokens.filter(isIndexable);
  const meta = tokenize([report.title, report.type, ...report.places].join(' '), glossary.protectedTerms).filter(isIndexable);
  return {
    exact: words.map((t) => t.norm).join(' '),
    stems: words.map((t) => t.stem).join(' '),
    concepts: concepts.map((c) => c.id).join(' '),
    meta: meta.map((t) => t.norm).join(' '),
  };
}

// Fields arrive analysed (see fieldsOf), so MiniSearch only splits on spaces.
const miniOptions = (extractField?: Options<Passage>['extractField']): Options<Passage> => ({
  fields: [...FIELDS],
  storeFields: [],
  tokenize: space,
  processTerm: (term) => term,
  extractField,
  searchOptions: { tokenize: (s) => [s], processTerm: (s) => s },
});

export function buildIndex(reports: Report[], glossary: Glossary): SearchIndex {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const passages = toPassages(reports);
  const docFrequency = new Map<string, number>();
  const wordFrequency = new Map<string, number>();
  // MiniSearch asks for one field at a time: analyse each passage once, for all four.
  const analysed = new Map<number, Record<Field, string>>();
  const mini = new MiniSearch<Passage>(
    miniOptions((passage, field) => {
      if (field === 'id') return passage.id;
      let fields = analysed.get(passage.id);
      if (!fields) {
        fields = fieldsOf(passage, byId.get(passage.reportId)!, glossary);
        analysed.clear();
        analysed.set(passage.id, fields);
        for (const term of new Set([...space(fields.stems), ...space(fields.concepts)])) docFrequency.set(term, (docFrequency.get(term) ?? 0) + 1);
        for (const term of new Set(space(fields.exact))) wordFrequency.set(term, (wordFrequency.get(term) ?? 0) + 1);
      }
      return fields[field as Field];
    }),
  );
  mini.addAll(passages);
  const vocabulary = [...wordFrequency].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { reports: byId, passages, glossary, mini, docFrequency, vocabulary };
}

/** Everything of an index that is costly to rebuild, as plain data to save. */
export interface IndexSnapshot {
  passages: Passage[];
  docFrequency: [string, number][];
  vocabulary: [string, number][];
  mini: AsPlainObject;
}

export function snapshotIndex(index: SearchIndex): IndexSnapshot {
  return { passages: index.passages, docFrequency: [...index.docFrequency], vocabulary: index.vocabulary, mini: index.mini.toJSON() };
}

export function restoreIndex(reports: Report[], snapshot: IndexSnapshot, glossary: Glossary): SearchIndex {
  const mini = MiniSearch.loadJS<Passage>(snapshot.mini, miniOptions());
  if (mini.documentCount !== snapshot.passages.length) throw new Error(`saved index holds ${mini.documentCount} passages, expected ${snapshot.passages.length}`);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const orphan = snapshot.passages.find((p) => !byId.has(p.reportId));
  if (orphan) throw new Error(`saved index names report "${orphan.reportId}", which is not in it`);
  return { reports: byId, passages: snapshot.passages, glossary, mini, docFrequency: new Map(snapshot.docFrequency), vocabulary: snapshot.vocabulary };
}

/** The index terms a passage matched, by kind, for highlights and answers. */
export interface Matched {
  exact: Set<string>;
  stems: Set<string>;
  concepts: Set<string>;
}

export interface PassageHit {
  passage: Passage;
  score: number;
  /** Share of the query's units this passage matched, 0–1. */
  coverage: number;
  /** Holds every quoted phrase of the query, word for word. */
  phrase: boolean;
  matched: Matched;
}

/** Typos are forgiven in longer words only: in a four-letter acronym one letter is a different acronym. */
const fuzziness = (norm: string) => (norm.length >= 5 && !/\d/.test(norm) ? 0.2 : 0);

function unitQuery(unit: QueryUnit): Query {
  const queries: Query[] = [];
  for (const t of unit.tokens) {
    queries.push({ queries: [t.norm], fields: ['exact', 'meta'], fuzzy: fuzziness(t.norm), maxFuzzy: 2 });
    queries.push({ queries: [t.stem], fields: ['stems'] });
  }
  if (unit.conceptId) queries.push({ queries: [unit.conceptId], fields: ['concepts'] });
  return { queries, combineWith: 'OR' };
}

/** Which query units a hit matched: a concept unit counts when the concept or all its words matched. */
function unitMatched(unit: QueryUnit, result: SearchResult): boolean {
  const terms = new Set(result.queryTerms);
  if (unit.conceptId && terms.has(unit.conceptId)) return true;
  return unit.tokens.length > 0 && unit.tokens.every((t) => terms.has(t.norm) || terms.has(t.stem));
}

export function matchedTerms(result: SearchResult): Matched {
  const matched: Matched = { exact: new Set(), stems: new Set(), concepts: new Set() };
  for (const [term, fields] of Object.entries(result.match)) {
    if (fields.includes('exact')) matched.exact.add(term);
    if (fields.includes('stems')) matched.stems.add(term);
    if (fields.includes('concepts')) matched.concepts.add(term);
  }
  return matched;
}

export function hasPhrase(text: string, phrase: string[], glossary: Glossary): boolean {
  const words = tokenize(text, glossary.protectedTerms).map((t) => t.norm);
  return words.some((_, i) => phrase.every((w, k) => words[i + k] === w));
}

/**
 * Every passage matching any unit, best first: passages holding the quoted
 * phrases, then those matching more of the query, then by score.
 */
export function searchPassages(index: SearchIndex, query: ParsedQuery, keep?: (report: Report) => boolean): PassageHit[] {
  if (query.units.length === 0) return [];
  const filter = keep ? (r: SearchResult) => keep(index.reports.get(index.passages[r.id]!.reportId)!) : undefined;
  const results = index.mini.search({ queries: query.units.map(unitQuery), combineWith: 'OR' }, { filter, boost: BOOST });
  const hits = results.map((result): PassageHit => {
    const passage = index.passages[result.id]!;
    return {
      passage,
      score: result.score,
      coverage: query.units.filter((u) => unitMatched(u, result)).length / query.units.length,
      phrase: query.phrases.length > 0 && query.phrases.every((p) => hasPhrase(passage.text, p, index.glossary)),
      matched: matchedTerms(result),
    };
  });
  return hits.sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.coverage - a.coverage || b.score - a.score);
}
