/**
 * The extractive answerer: the sentence of the corpus that best answers a
 * question, quoted exactly as it stands. It never writes text of its own; when
 * no sentence covers enough of the question, there is no answer.
 */
import type { Report } from '../corpus/model.ts';
import { analyze, passagesAt, type SearchIndex } from './index.ts';
import type { Passage, PassageRole } from './passages.ts';
import type { ParsedQuery, QueryUnit } from './query.ts';
import { searchReports, type ReportHit } from './rank.ts';
import { sentences, tokenize } from './text.ts';

export interface Answer {
  text: string;
  report: Report;
  passage: Passage;
}

/** Share of the question's weight a sentence must cover to count as an answer. */
const MIN_COVERAGE = 0.6;
/** The report's own words answer best; the article's words about it next; its opinions last. */
const ROLE_WEIGHT: Record<PassageRole, number> = { quote: 1, paraphrase: 0.95, commentary: 0.8 };
const CANDIDATE_REPORTS = 30;

/** Rare words say more about what is asked than common ones (inverse document frequency). */
function unitWeight(index: SearchIndex, unit: QueryUnit): number {
  const keys = unit.conceptId ? [unit.conceptId] : unit.tokens.map((t) => t.stem);
  const df = Math.max(...keys.map((k) => index.docFrequency.get(k) ?? 0));
  return Math.log(1 + (index.reports.size + 1) / (df + 0.5));
}

/** The weight of the question's units a text covers: each by its concept, or by the stems of all its words. */
function coveredWeight(index: SearchIndex, text: string, units: QueryUnit[], weights: number[]): number {
  const { tokens, concepts } = analyze(text, index.glossary);
  const stems = new Set(tokens.map((t) => t.stem));
  const ids = new Set(concepts.map((c) => c.id));
  return units.reduce((sum, unit, i) => {
    const covered = (unit.conceptId !== undefined && ids.has(unit.conceptId)) || (unit.tokens.length > 0 && unit.tokens.every((t) => stems.has(t.stem)));
    return sum + (covered ? weights[i]! : 0);
  }, 0);
}

/**
 * The most of the question's weight any sentence of a text could cover: a unit
 * counts when its words, or all the words of one of its concept's forms, are
 * anywhere in the text. A bound, not a match: concepts are found leftmost-
 * longest, so a sentence alone may name one its passage does not.
 */
function coverableWeight(stems: Set<string>, units: QueryUnit[], forms: string[][][], weights: number[]): number {
  return units.reduce((sum, unit, i) => {
    const coverable = (unit.tokens.length > 0 && unit.tokens.every((t) => stems.has(t.stem))) || forms[i]!.some((form) => form.every((s) => stems.has(s)));
    return sum + (coverable ? weights[i]! : 0);
  }, 0);
}

export function answerQuestion(index: SearchIndex, query: ParsedQuery): { answer: Answer | null; hits: ReportHit[] } {
  const { hits } = searchReports(index, query, { limit: CANDIDATE_REPORTS });
  const weights = query.units.map((u) => unitWeight(index, u));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return { answer: null, hits };
  const { glossary } = index;
  const forms = query.units.map((u) => (u.conceptId ? (glossary.byId(u.conceptId)?.forms ?? []).map((f) => tokenize(f, glossary.protectedTerms).map((t) => t.stem)) : []));
  let best: { answer: Answer; rank: number } | null = null;
  for (const hit of hits) {
    for (const passage of passagesAt(index, hit.position)) {
      // Most passages cannot answer: their sentences are never looked for.
      const stems = new Set(tokenize(passage.text, glossary.protectedTerms).map((t) => t.stem));
      if (coverableWeight(stems, query.units, forms, weights) < MIN_COVERAGE * total) continue;
      for (const s of sentences(passage.text)) {
        const coverage = coveredWeight(index, s.text, query.units, weights) / total;
        // Among sentences covering as much, the shorter one says it more plainly.
        const rank = coverage * ROLE_WEIGHT[passage.role] - s.text.length / 100_000;
        if (coverage >= MIN_COVERAGE && (!best || rank > best.rank)) best = { answer: { text: s.text, report: hit.report, passage }, rank };
      }
    }
  }
  return { answer: best?.answer ?? null, hits };
}
