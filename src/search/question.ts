/**
 * Reading a question: which wh-word it asks with, what kind of answer that
 * expects (a person or group, a place, a time, a quantity, a reason), the noun
 * that names what is asked for ("which *unit*", "what *size*": the answer need
 * not repeat it), and how much each of its words says about what is asked.
 */
import type { Lexicon, WordClass } from './lexicon.ts';
import { read, type Reading, type Word } from './nlp.ts';
import type { QueryUnit } from './query.ts';

export type AnswerKind = 'agent' | 'place' | 'time' | 'quantity' | 'reason';

export interface Question {
  /** The wh-word as asked, lowercased; null for a yes/no question or a request. */
  wh: string | null;
  /** The kinds of answer the question expects; empty when any will do ("what happened?"). */
  expects: Set<AnswerKind>;
  /**
   * Whether the kind must be there: "who", "when", "where", "how many" name
   * it; "which X" and "what X" only hint at it through X.
   */
  strict: boolean;
  /** Offsets in the question of the noun naming what is asked for. */
  focus?: { start: number; end: number };
  reading: Reading;
}

const WH = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);
const HOW_MUCH = new Set(['many', 'much', 'long', 'far', 'old', 'big', 'large', 'few', 'tall', 'heavy', 'high', 'deep', 'wide', 'close', 'often']);
/** WordNet's classes of nouns, as the kinds of answer they ask for. */
const KIND_OF_LEXNAME: Record<string, AnswerKind> = {
  'noun.person': 'agent',
  'noun.group': 'agent',
  'noun.location': 'place',
  'noun.time': 'time',
  'noun.quantity': 'quantity',
  'noun.possession': 'quantity',
  'noun.attribute': 'quantity',
  'noun.motive': 'reason',
};
const KIND_WORDS = new Set(['kind', 'type', 'sort', 'form', 'sorts', 'kinds', 'types']);
/** Senses of a focus noun that count: "unit" is first a measure, but also a group of people; "force" is a group fifth. */
const FOCUS_SENSES = 5;

const WORD_CLASS: Record<string, WordClass> = { NOUN: 'noun', PROPN: 'noun', VERB: 'verb', ADJ: 'adj', ADV: 'adv' };
export const wordClassOf = (word: Word | undefined): WordClass | undefined => (word ? WORD_CLASS[word.pos] : undefined);

/** The kinds of answer a noun asks for, from the classes WordNet files its commonest senses under. */
export function kindsOfNoun(lexicon: Lexicon, lemma: string, senses = FOCUS_SENSES): Set<AnswerKind> {
  const kinds = new Set<AnswerKind>();
  for (const s of lexicon.senses(lemma, 'noun').slice(0, senses)) {
    const kind = KIND_OF_LEXNAME[s.lexname];
    if (kind) kinds.add(kind);
  }
  return kinds;
}

/** The noun a "what"/"which" question names: "which unit…", "what was the value of…". */
function focusAfter(words: Word[], at: number): Word | undefined {
  for (let i = at + 1; i < words.length; i++) {
    const w = words[i]!;
    // "What kind of car": the car is what is asked about.
    if (w.pos === 'NOUN' && !(KIND_WORDS.has(w.lemma) && words[i + 1]?.lemma === 'of')) return w;
    if (w.pos === 'NOUN' || w.lemma === 'of') continue;
    // "What was the value": past the copula and its article, not past another verb.
    if (w.pos === 'AUX' && w.lemma === 'be' && i === at + 1) continue;
    if (!['DET', 'ADJ', 'PROPN', 'NUM', 'ADV', 'CCONJ'].includes(w.pos)) return undefined;
  }
  return undefined;
}

export function readQuestion(text: string, lexicon: Lexicon): Question {
  const reading = read(text);
  const { words } = reading;
  const at = words.findIndex((w) => WH.has(w.lemma) || WH.has(w.text.toLowerCase()));
  const none = { wh: null, expects: new Set<AnswerKind>(), strict: false, reading };
  if (at < 0) return none;
  const wh = words[at]!.text.toLowerCase();
  const next = words[at + 1];
  const is = (...kinds: AnswerKind[]) => ({ wh, expects: new Set(kinds), strict: true, reading });
  if (wh === 'who' || wh === 'whom' || wh === 'whose') return is('agent');
  if (wh === 'when') return is('time');
  if (wh === 'where') return is('place');
  if (wh === 'why') return is('reason');
  if (wh === 'how') {
    const asked = next?.text.toLowerCase() ?? '';
    if (asked === 'long') return is('time', 'quantity');
    if (asked === 'often') return { ...none, wh };
    return HOW_MUCH.has(asked) || next?.pos === 'ADJ' ? is('quantity') : { ...none, wh };
  }
  const focus = focusAfter(words, at);
  if (!focus) return { ...none, wh };
  return { wh, expects: kindsOfNoun(lexicon, focus.lemma), strict: false, focus: { start: focus.start, end: focus.end }, reading };
}

/** Parts of speech that say less than a name or a noun; words that only join others ("through", "of") say nothing. */
const ROLE_OF_POS: Record<string, number> = { ADJ: 0.8, ADV: 0.4, ADP: 0, PART: 0, DET: 0, PRON: 0, CCONJ: 0, SCONJ: 0, INTJ: 0 };
/** Verbs that carry little of what is asked: "When will the shipment come?" is about the shipment. */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'go', 'come', 'make', 'take', 'happen', 'give', 'put', 'keep', 'say', 'tell', 'know']);

/**
 * How much a unit of the question says about what is asked, 0–1, from the
 * part of speech of its words: names and nouns most, light verbs least; the
 * focus noun a little (the answer need not repeat it).
 */
export function roleOf(question: Question, unit: QueryUnit): number {
  if (unit.conceptId) return 1;
  const token = unit.tokens[0]!;
  if (question.focus && token.start < question.focus.end && token.end > question.focus.start) return 0.3;
  const word = question.reading.words.find((w) => w.start <= token.start && w.end >= token.end);
  if (!word) return 1;
  if (word.pos === 'VERB' || word.pos === 'AUX') return LIGHT_VERBS.has(word.lemma) ? 0.25 : 0.7;
  return ROLE_OF_POS[word.pos] ?? 1;
}
