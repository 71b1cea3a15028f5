/**
 * Whether a sentence is an order's release marking stating what a yes/no question asks: whether a nation may have it
 * ("is frago 68 cleared for the brits?", "can the dutch see change 1 to frago 156?"). The War Diary marks each order
 * with its classification and the nations it is released to, all of them, in their three-letter codes: "FRAGO 68 to
 * OPORD 05-08 is SECRET//REL TO USA, CAN, DEU, FRA, NLD, NOR, NZL, and UAE". The list says yes for a nation it holds
 * and no for one it leaves out; it says so only of the order it marks, so the question's names must be that order's.
 */
import { NATION_OF } from './demonym.ts';
import type { Glossary } from './glossary.ts';
import type { Lexicon } from './lexicon.ts';
import type { Word } from './nlp.ts';
import type { Question } from './question.ts';
import { tokenize } from './text.ts';

/** The release marking after a classification: "SECRET//REL TO USA, AUS, and UAE". */
const MARKING = /\/\/\s*REL\s+(?:TO|to)\s+([A-Z]{3}(?:,?\s+(?:and\s+)?[A-Z]{3})*)/;
/** A nation's code as the marking writes it: "GBR". */
const CODE = /^[A-Z]{3}$/;
/** Words that carry no name and no act: "*is* frago 68 cleared *for the* brits". */
const FUNCTION_WORDS = new Set(['AUX', 'DET', 'ADP', 'PART', 'PUNCT', 'PRON', 'CCONJ', 'SCONJ']);

/**
 * The code of the nation a word names, by its glossary entry ("brits": "GBR"), or by that of the nation WordNet relates
 * its adjective to ("dutch": the Netherlands, "NLD").
 */
function codeOf(word: Word, glossary: Glossary, words: Lexicon): string | undefined {
  const text = word.text.toLowerCase();
  const names = new Set([text]);
  for (const r of words.related(text, 'adj')) if (r.weight >= NATION_OF) names.add(r.word.replace(/_/g, ' '));
  const concept = glossary.concepts.find((c) => c.forms.some((f) => names.has(f.toLowerCase())));
  return concept?.forms.find((f) => CODE.test(f));
}

/**
 * The code of the nation each word names (codeOf), a nation named in words of its own ("the *United Arab Emirates*")
 * coded once, by the glossary's form of its whole name: no one of its words names it. Its other words are left out.
 */
function codedWords(
  content: Word[],
  glossary: Glossary,
  words: Lexicon,
): { content: Word[]; coded: (string | undefined)[] } {
  const coded = content.map((w) => codeOf(w, glossary, words));
  const tokens = content.map((w) => tokenize(w.text, glossary.protectedTerms)[0] ?? { stem: '' });
  const within = new Set<number>();
  for (const { concept, from, to } of glossary.find(tokens)) {
    const code = to - from > 1 ? concept.forms.find((f) => CODE.test(f)) : undefined;
    if (!code) continue;
    coded[from] = code;
    for (let k = from + 1; k < to; k++) within.add(k);
  }
  const kept = (_: unknown, k: number) => !within.has(k);
  return { content: content.filter(kept), coded: coded.filter(kept) };
}

/**
 * The words of what a marking marks, and of its own name before the order it belongs to: "*Change 1 to FRAGO 156* to
 * OPORD 05-08 is SECRET". A question naming FRAGO 156 asks of no change to it.
 */
function markedOrder(before: string): { words: Set<string>; name: string[] } {
  const words = before.toLowerCase().split(/[^a-z0-9-]+/);
  const parent = words.lastIndexOf('to');
  const name = words.slice(0, parent < 0 ? words.length : parent).filter((w) => w && w !== 'to');
  return { words: new Set(words), name };
}

/**
 * What the sentence's marking says of the question's nation: the span of its code, or of the whole list leaving it
 * out; none when the sentence is no marking of the order the question names. The question names only the order (each
 * of its names the marked order's, and each word of the order's own name), one nation, and at most a verb or an
 * adjective asking whether it may have it.
 */
export function releaseSpan(
  question: Question,
  text: string,
  glossary: Glossary,
  words: Lexicon,
): [number, number] | undefined {
  const marking = MARKING.exec(text);
  if (question.wh !== null || !marking) return undefined;
  const order = markedOrder(text.slice(0, marking.index));
  const asked = new Set(question.reading.words.map((w) => w.text.toLowerCase()));
  if (!order.name.every((w) => asked.has(w))) return undefined;
  const { content, coded } = codedWords(
    question.reading.words.filter((w) => !FUNCTION_WORDS.has(w.pos)),
    glossary,
    words,
  );
  const codes = coded.filter((code) => code !== undefined);
  const rest = content.filter((w, i) => !coded[i] && !order.words.has(w.text.toLowerCase()));
  const named = content.length - codes.length - rest.length;
  if (codes.length !== 1 || !named || rest.length > 1 || rest.some((w) => w.pos !== 'VERB' && w.pos !== 'ADJ')) {
    return undefined;
  }
  const list = marking[1]!;
  const from = marking.index + marking[0].length - list.length;
  const at = list.split(/[\s,]+/).includes(codes[0]!) ? list.search(new RegExp(`\\b${codes[0]}\\b`)) : -1;
  if (at >= 0) return [from + at, from + at + 3];
  return [marking.index + marking[0].indexOf('REL'), from + list.length];
}

/**
 * Whether a sentence is a release marking of orders the question names none of, by any number of their names ("FRAGO
 * *156*", "OPORD *05-08*"): a marking says only how secret its order is, who may have it and which order it changes
 * or belongs to, so it tells nothing else of a nation it lists ("what is the capital of Australia?" is not answered
 * by "FRAGO 203 to OPORD 05-08 is SECRET//REL to USA, AUS, …").
 */
export function marksUnasked(question: Question, text: string): boolean {
  const marking = MARKING.exec(text);
  if (!marking) return false;
  const asked = new Set(question.reading.words.map((w) => w.text.toLowerCase()));
  return ![...markedOrder(text.slice(0, marking.index)).words].some((w) => /\d/.test(w) && asked.has(w));
}
