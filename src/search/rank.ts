/**
 * Ranking: each query unit is searched with MiniSearch on its own and kept in
 * compact arrays, then units are combined by report position. MiniSearch scores
 * every report holding a term, which is what makes "IED" or "Kandahar" costly
 * in the War Diary; kept per unit, the cost is paid once per term, not once
 * per query and page. A warm-up pays it ahead for the corpus's commonest terms.
 */
import { LRUCache } from 'lru-cache';
import type { Report } from '../corpus/model.ts';
import { unitQuery, type Matched, type SearchIndex } from './index.ts';
import { parseQuery, type ParsedQuery, type QueryUnit } from './query.ts';
import { tokenize } from './text.ts';

/** One unit's matches: report positions, their scores, and whether each holds the whole unit. */
interface UnitResult {
  positions: Int32Array;
  scores: Float64Array;
  /**
   * How fully each report matches the unit: 2 when it names it (the concept, or
   * the word), 1 when it holds a phrase's words apart, 0 when only some of them.
   */
  credit: Uint8Array;
  /** Index words the unit matched, typos included: what to highlight. */
  words: Set<string>;
  /** Whether some report holds a word as typed (or its stem, or the concept), not only near spellings of it. */
  typed: boolean;
}

export interface ReportHit {
  report: Report;
  score: number;
  /** Share of the query's units this report matched, 0–1. */
  coverage: number;
  /** Holds every quoted phrase of the query, word for word. */
  phrase: boolean;
}

const unitKey = (u: QueryUnit) => `${u.conceptId ?? ''}|${u.tokens.map((t) => t.norm).join(' ')}|${u.related?.map((r) => r.norm).join(' ') ?? ''}`;

/** Unit results kept, bounded by the reports they list (about 17 bytes each). */
const caches = new WeakMap<SearchIndex, LRUCache<string, UnitResult>>();
const cacheOf = (index: SearchIndex) => {
  let cache = caches.get(index);
  if (!cache) {
    cache = new LRUCache<string, UnitResult>({ maxSize: 8_000_000, sizeCalculation: (r) => Math.max(1, r.positions.length) });
    caches.set(index, cache);
  }
  return cache;
};

/** A unit's matches, searched once and kept. */
export function searchUnit(index: SearchIndex, unit: QueryUnit): UnitResult {
  const key = unitKey(unit);
  const cache = cacheOf(index);
  const cached = cache.get(key);
  if (cached) return cached;
  const results = index.mini.search(unitQuery(unit));
  const positions = new Int32Array(results.length);
  const scores = new Float64Array(results.length);
  const credit = new Uint8Array(results.length);
  const words = new Set<string>();
  let typed = false;
  results.forEach((r, i) => {
    positions[i] = index.position.get(r.id)!;
    scores[i] = r.score;
    const terms = r.queryTerms;
    const allWords = unit.tokens.length > 0 && unit.tokens.every((t) => terms.includes(t.norm) || terms.includes(t.stem));
    // A concept named by several words is a phrase: its words apart are only half of it.
    const named = (unit.conceptId !== undefined && terms.includes(unit.conceptId)) || (allWords && unit.tokens.length === 1);
    credit[i] = named ? 2 : allWords ? 1 : 0;
    // queryTerms names what was asked, also when only a near spelling matched; r.terms names what the report holds.
    typed ||= unit.tokens.some((t) => r.terms.includes(t.norm) || r.terms.includes(t.stem));
    for (const [term, fields] of Object.entries(r.match)) if (fields.includes('exact')) words.add(term);
  });
  const result = { positions, scores, credit, words, typed };
  cache.set(key, result);
  return result;
}

/** What the query's units match, for highlighting any shown report. */
export function matchedFor(index: SearchIndex, query: ParsedQuery): Matched {
  const matched: Matched = { exact: new Set(), stems: new Set(), concepts: new Set() };
  for (const unit of query.units) {
    for (const w of searchUnit(index, unit).words) matched.exact.add(w);
    for (const t of unit.tokens) matched.stems.add(t.stem);
    if (unit.conceptId) matched.concepts.add(unit.conceptId);
  }
  return matched;
}

function hasPhrase(report: Report, phrase: string[], index: SearchIndex): boolean {
  return [...report.quotes, ...report.paraphrase].some((text) => {
    const words = tokenize(text, index.glossary.protectedTerms).map((t) => t.norm);
    return words.some((_, i) => phrase.every((w, k) => words[i + k] === w));
  });
}

/** How many of the best hits are checked for quoted phrases: reading text is the costly part. */
const PHRASE_WINDOW = 200;


/**
 * Every report matching any unit, best first: those holding the quoted phrases,
 * then those matching more of the query, then by score.
 */
export function searchReports(index: SearchIndex, query: ParsedQuery, keep?: (report: Report) => boolean): ReportHit[] {
  const units = query.units;
  if (units.length === 0) return [];
  const score = new Float64Array(index.order.length);
  const credit = new Uint16Array(index.order.length);
  const touched: number[] = [];
  for (const unit of units) {
    const r = searchUnit(index, unit);
    for (let i = 0; i < r.positions.length; i++) {
      const p = r.positions[i]!;
      if (score[p] === 0) touched.push(p);
      score[p] = score[p]! + r.scores[i]!;
      credit[p] = credit[p]! + r.credit[i]!;
    }
  }
  const kept = keep ? touched.filter((p) => keep(index.order[p]!)) : touched;
  kept.sort((a, b) => credit[b]! - credit[a]! || score[b]! - score[a]!);
  const full = 2 * units.length;
  const hits = kept.map((p): ReportHit => ({ report: index.order[p]!, score: score[p]!, coverage: credit[p]! / full, phrase: false }));
  if (query.phrases.length) {
    const head = hits.slice(0, PHRASE_WINDOW);
    for (const h of head) h.phrase = query.phrases.every((phrase) => hasPhrase(h.report, phrase, index));
    head.sort((a, b) => Number(b.phrase) - Number(a.phrase));
    hits.splice(0, head.length, ...head);
  }
  return hits;
}

/**
 * Searches the corpus's commonest words and concepts ahead of users, a slice
 * at a time so the event loop stays free between slices. Returns when done,
 * or when `signal` aborts.
 */
export async function warmUp(index: SearchIndex, options: { share?: number; signal?: AbortSignal } = {}): Promise<number> {
  const threshold = Math.max(50, (options.share ?? 0.005) * index.order.length);
  // What users type: the common words, and every form of the common concepts ("IED", "roadside bomb").
  const forms = index.glossary.concepts.filter((c) => (index.docFrequency.get(c.id) ?? 0) >= threshold).flatMap((c) => c.forms);
  const words = index.vocabulary.filter(([, n]) => n >= threshold).map(([word]) => word);
  let done = 0;
  for (const text of [...forms, ...words]) {
    if (options.signal?.aborted) break;
    for (const unit of parseQuery(text, index.glossary).units) searchUnit(index, unit);
    done++;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return done;
}
