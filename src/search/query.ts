/**
 * What a user typed becomes a structured query: the words to look for, grouped
 * into units (a glossary concept spanning several words is one unit), and the
 * quoted phrases. Any string is a valid query; what cannot be searched is dropped.
 */
import { cleanText } from '../corpus/unicode.ts';
import type { Glossary } from './glossary.ts';
import { stemmer } from 'stemmer';
import type { Related } from './lexicon.ts';
import { isIndexable, stemOf, tokenize, type Token } from './text.ts';

/** One thing the user asked for: a word, or a glossary concept named by one or more words. */
export interface QueryUnit {
  tokens: Token[];
  conceptId?: string;
  /**
   * Words a lexicon bridges a one-word unit to ("wounded" → "injured"), each
   * weighted in (0, 1): matched, they count below the word itself and its concept.
   */
  related?: { norm: string; stem: string; weight: number }[];
}

export interface ParsedQuery {
  text: string;
  units: QueryUnit[];
  /** Quoted phrases, as sequences of normalized words. */
  phrases: string[][];
}

/** Longer queries are cut: nobody means the 65th word, and every word costs a lookup. */
export const MAX_QUERY_TOKENS = 32;
export const MAX_QUERY_CHARS = 2000;

export function parseQuery(input: string, glossary: Glossary): ParsedQuery {
  // Cleaned as stored text was (NFC, no invisible characters); cut by characters, not UTF-16 units,
  // so an emoji is never halved.
  const text = Array.from(cleanText(input.slice(0, 2 * MAX_QUERY_CHARS)))
    .slice(0, MAX_QUERY_CHARS)
    .join('')
    .trim();
  const phrases = [...text.matchAll(/["“”«»]([^"“”«»]+)["“”«»]/g)]
    .map((m) => tokenize(m[1]!, glossary.protectedTerms).map((t) => t.norm))
    .filter((p) => p.length > 1);
  const tokens = tokenize(text, glossary.protectedTerms).slice(0, MAX_QUERY_TOKENS);
  const units: QueryUnit[] = [];
  let i = 0;
  for (const match of glossary.find(tokens)) {
    for (; i < match.from; i++) if (isIndexable(tokens[i]!)) units.push({ tokens: [tokens[i]!] });
    units.push({ tokens: tokens.slice(match.from, match.to).filter(isIndexable), conceptId: match.concept.id });
    i = match.to;
  }
  for (; i < tokens.length; i++) if (isIndexable(tokens[i]!)) units.push({ tokens: [tokens[i]!] });
  // The same word twice adds nothing but weight.
  const seen = new Set<string>();
  return {
    text,
    phrases,
    units: units.filter((u) => {
      const key = u.conceptId ?? u.tokens[0]!.norm;
      return !seen.has(key) && seen.add(key);
    }),
  };
}

/**
 * A bridged word's stem. stemOf leaves three-letter words as they are, for
 * acronyms; WordNet's lemmas are plain words, and "tie" must meet "tied" (Porter's "ti").
 */
export const relatedStem = (word: string, glossary: Glossary) =>
  word.length === 3 && !glossary.protectedTerms.has(word) ? stemmer(word) : stemOf(word, glossary.protectedTerms);

/** Bridged words kept per unit, closest first: each is one more term to look up. */
export const MAX_RELATED = 8;

/**
 * The query with each one-word unit bridged to the words `relatedOf` gives
 * (see lexicon.ts), those the corpus holds (`known`, by stem) and that are
 * not already the unit's own word or another unit of the query.
 */
export function withRelated(
  query: ParsedQuery,
  glossary: Glossary,
  relatedOf: (unit: QueryUnit) => Related[],
  known: (stem: string) => boolean,
): ParsedQuery {
  const own = new Set(query.units.flatMap((u) => u.tokens.map((t) => t.stem)));
  const units = query.units.map((unit): QueryUnit => {
    if (unit.tokens.length !== 1) return unit;
    const related = relatedOf(unit)
      .map((r) => ({ norm: r.word, stem: relatedStem(r.word, glossary), weight: r.weight }))
      .filter((r, i, all) => !own.has(r.stem) && known(r.stem) && all.findIndex((o) => o.stem === r.stem) === i)
      .slice(0, MAX_RELATED);
    return related.length ? { ...unit, related } : unit;
  });
  return { ...query, units };
}
