/**
 * The glossary: things the reports name in several ways (acronyms, aliases,
 * transliterations). Used at indexing and at query time alike, so any form
 * finds every other: each is recorded as the same concept.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { normalize, tokenize, type Token } from './text.ts';

export const DEFAULT_GLOSSARY = fileURLToPath(new URL('./glossary.yaml', import.meta.url));

export interface Concept {
  id: string;
  name: string;
  forms: string[];
}

export interface ConceptMatch {
  concept: Concept;
  /** Token range [from, to) that names it. */
  from: number;
  to: number;
}

/** A form of a concept as the stems of its words. */
export interface Form {
  stems: string[];
  concept: Concept;
}

export interface Glossary {
  concepts: Concept[];
  /** Acronyms, which must never be stemmed ("IED" is not a form of "i"). */
  protectedTerms: ReadonlySet<string>;
  find(tokens: readonly Pick<Token, 'stem'>[]): ConceptMatch[];
  /**
   * The forms whose first word has this stem, longest first: those `find` tries where a word with that stem stands.
   * Every stem that begins a form is a key.
   */
  formsByFirstStem: ReadonlyMap<string, readonly Form[]>;
  byId(id: string): Concept | undefined;
}

const slug = (name: string) =>
  normalize(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

export function loadGlossary(path = DEFAULT_GLOSSARY): Glossary {
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`glossary ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`glossary ${path}: expected a list of entries with "name" and "forms"`);
  const concepts = data.map((entry: unknown, i): Concept => {
    const { name, forms } = (entry ?? {}) as { name?: unknown; forms?: unknown };
    if (
      typeof name !== 'string' ||
      !name.trim() ||
      !Array.isArray(forms) ||
      forms.some((f) => typeof f !== 'string' && typeof f !== 'number')
    ) {
      throw new Error(`glossary ${path}: entry ${i + 1} needs a "name" and a list of "forms"`);
    }
    return { id: slug(name), name: name.trim(), forms: [name.trim(), ...forms.map(String)] };
  });
  return buildGlossary(concepts);
}

export function buildGlossary(concepts: Concept[]): Glossary {
  // An acronym is a one-word form written in capitals: protect it and, written with a small "s", its plural
  // ("TBs"). A capital S is the acronym's own letter: "INS" is no plural of "in".
  const protectedTerms = new Set<string>();
  for (const c of concepts) {
    for (const form of c.forms) {
      if (/^[A-Z][A-Za-z]*[A-Z]s?$/.test(form) && form.length <= 8)
        protectedTerms.add(normalize(form.replace(/s$/, ''))).add(normalize(form));
    }
  }
  const byFirstStem = new Map<string, Form[]>();
  for (const concept of concepts) {
    for (const form of concept.forms) {
      const stems = tokenize(form, protectedTerms).map((t) => t.stem);
      if (!stems.length) continue;
      const list = byFirstStem.get(stems[0]!) ?? [];
      list.push({ stems, concept });
      byFirstStem.set(stems[0]!, list);
    }
  }
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const ids = new Map(concepts.map((c) => [c.id, c]));

  return {
    concepts,
    protectedTerms,
    formsByFirstStem: byFirstStem,
    byId: (id) => ids.get(id),
    // Leftmost-longest, non-overlapping: "Afghan National Police" is the police, not also Afghanistan.
    find(tokens) {
      const found: ConceptMatch[] = [];
      for (let i = 0; i < tokens.length;) {
        const candidates = byFirstStem.get(tokens[i]!.stem) ?? [];
        const hit = candidates.find(({ stems }) => stems.every((s, k) => tokens[i + k]?.stem === s));
        if (hit) {
          found.push({ concept: hit.concept, from: i, to: i + hit.stems.length });
          i += hit.stems.length;
        } else i += 1;
      }
      return found;
    },
  };
}
