/**
 * The concepts a question spells out in its own words. The War Diary writes "4x EKIA" where a question asks how many
 * enemy fighters were *killed*: EKIA is "enemy killed", so a sentence saying it says "enemy" and "killed" as plainly as
 * one writing them out.
 */
import type { Glossary } from './glossary.ts';
import { distance } from 'fastest-levenshtein';
import { isIndexable, tokenize } from './text.ts';

const formsBy = new WeakMap<Glossary, Map<string, string[][]>>();

/** Each concept's forms of two words or more, as their words' stems, by concept id, read once per glossary. */
function formsOfWords(glossary: Glossary): Map<string, string[][]> {
  let found = formsBy.get(glossary);
  if (found) return found;
  found = new Map();
  for (const concept of glossary.concepts) {
    const forms = concept.forms
      .map((f) => tokenize(f, glossary.protectedTerms).filter(isIndexable))
      .filter((tokens) => tokens.length > 1)
      .map((tokens) => tokens.map((t) => t.stem));
    if (forms.length) found.set(concept.id, forms);
  }
  formsBy.set(glossary, found);
  return found;
}

/** A word of the question as spelledBy reads it: its words' stems, and the concept it names, if any. */
export interface AskedWord {
  stems: string[];
  conceptId?: string;
}

/**
 * The concepts one of whose forms the question says word for word, each word by a word of its own, in two words or
 * more, with the stems the forms spell ("how many enemy fighters did they *kill*" spells EKIA's "enemy killed"). A
 * concept the question names itself ("car bomb") is its own word, not spelled; nor is a form the question says only
 * in part: "Afghan" is in "Afghan National Police", but a question about Afghans is not about the police.
 */
export function spelledBy(asked: AskedWord[], glossary: Glossary): Map<string, Set<string>> {
  const named = new Set(asked.flatMap((a) => (a.conceptId ? [a.conceptId] : [])));
  const spelled = new Map<string, Set<string>>();
  for (const [id, forms] of formsOfWords(glossary)) {
    if (named.has(id)) continue;
    for (const form of forms) {
      const by = form.map((stem) => asked.findIndex((a) => a.stems.length === 1 && a.stems[0] === stem));
      if (by.some((k) => k < 0) || new Set(by).size < 2) continue;
      spelled.set(id, new Set([...(spelled.get(id) ?? []), ...form]));
    }
  }
  return spelled;
}

/** How long a name must be for a spelling one letter off to be read as it: a shorter one is nearer too many words. */
const SPELLED_NEAR = 5;

/**
 * Whether a report writes a name of the question, as it is or misspelt by one letter: the War Diary writes "TF Paldin"
 * for TF Paladin.
 */
export function spellsName(written: string, name: string): boolean {
  const a = written.toLowerCase();
  const b = name.toLowerCase();
  return a === b || (b.length >= SPELLED_NEAR && distance(a, b) <= 1);
}
