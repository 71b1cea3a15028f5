/**
 * Where a sentence names something of the kind a question asks for: a person
 * or group, a place, a time, a quantity or a reason, each as the phrase that
 * would answer ("shortly after the new year", "seven Arabs and four
 * Iranians", "AL MANSOUR", "due to weather"). Found from wink's entities and
 * parts of speech, WordNet's classes of nouns, and the War Diary's own forms
 * of times and counts (DTGs, "1535Z", "3x").
 */
import type { Lexicon } from './lexicon.ts';
import { read, type Word } from './nlp.ts';
import { kindsOfNoun, type AnswerKind } from './question.ts';

export interface KindSpan {
  kind: AnswerKind;
  start: number;
  end: number;
}

const ENTITY_KIND: Record<string, AnswerKind> = {
  DATE: 'time', TIME: 'time', DURATION: 'time', CARDINAL: 'quantity', MONEY: 'quantity', PERCENT: 'quantity',
};
/** A date-time group ("201530Z", "311200ZOCT06") or a clock time ("1535Z", "2235L", "1150D*"). */
const WAR_DIARY_TIME = /^(\d{6}[A-Z]?([A-Z]{3}\d{2,4})?|\d{4}[ZDL])$/i;
/** "3x", "2X": a count, as the War Diary writes them. */
const WAR_DIARY_COUNT = /^\d+x$/i;
const LOCATIVE = new Set(['in', 'at', 'to', 'near', 'into', 'from', 'toward', 'towards', 'inside', 'outside', 'ivo', 'via', 'onto']);
const REASON_MARKERS = [/\bbecause\b/i, /\bdue to\b/i, /\bin order to\b/i, /\bIOT\b/, /\bso that\b/i, /\bas a result of\b/i, /\bsince\b/i, /\bwhen\b/i];
/** Words that may lead a time phrase: "shortly after the new year". */
const TIME_LEAD = new Set(['ADV', 'ADP', 'DET', 'ADJ']);

/** The kinds a word is of by itself (a name WordNet files as a place, a noun for people, a count…). */
function kindsOfWord(word: Word, lexicon: Lexicon): Set<AnswerKind> {
  const kinds = new Set<AnswerKind>();
  if (WAR_DIARY_TIME.test(word.text)) kinds.add('time');
  if (word.pos === 'NUM' || WAR_DIARY_COUNT.test(word.text)) kinds.add('quantity');
  if (word.pos === 'NOUN' || word.pos === 'PROPN') {
    for (const kind of kindsOfNoun(lexicon, word.lemma, 2)) kinds.add(kind);
    // Names WordNet does not know are people, groups or units ("AL MANSOUR", "TF Titan", "ANP").
    if (word.pos === 'PROPN' && !kinds.has('place') && !kinds.has('time')) kinds.add('agent');
  }
  return kinds;
}

/** Grows a span over the words around it that belong to the same phrase. */
function phraseOf(words: Word[], first: number, last: number, kind: AnswerKind): [number, number] {
  let a = first;
  let b = last;
  if (kind === 'time') while (a > 0 && first - a < 4 && TIME_LEAD.has(words[a - 1]!.pos)) a--;
  const joins = (i: number) => {
    const w = words[i];
    if (!w) return false;
    if (['NOUN', 'PROPN', 'NUM'].includes(w.pos) || (kind === 'quantity' && w.pos === 'SYM')) return true;
    // "seven Arabs and four Iranians", "amount of money"
    const after = words[i + 1];
    return !!after && ((w.pos === 'CCONJ' && after.pos === 'NUM') || (w.lemma === 'of' && kind === 'quantity' && after.pos === 'NOUN'));
  };
  while (b + 1 < words.length && b - last < 6 && joins(b + 1)) b++;
  if (kind === 'quantity') while (a > 0 && words[a - 1]!.pos === 'ADJ') a--;
  while (b > a && ['CCONJ', 'ADP'].includes(words[b]!.pos)) b--;
  return [a, b];
}

/**
 * The phrases of `text` that are of one of the `kinds`, leaving out those
 * the question already names (`asked`: its words' stems, tested on each word).
 */
export function kindSpans(text: string, kinds: Set<AnswerKind>, lexicon: Lexicon, asked: (word: Word) => boolean): KindSpan[] {
  if (!kinds.size) return [];
  const spans: KindSpan[] = [];
  if (kinds.has('reason')) {
    for (const marker of REASON_MARKERS) {
      const m = marker.exec(text);
      if (m) spans.push({ kind: 'reason', start: m.index, end: text.length });
    }
  }
  const { words, entities } = read(text);
  const indexOf = (offset: number) => words.findIndex((w) => w.start >= offset);
  for (const e of entities) {
    const kind = ENTITY_KIND[e.type];
    if (!kind || !kinds.has(kind)) continue;
    const first = indexOf(e.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < words.length && words[last + 1]!.end <= e.end) last++;
    spans.push(spanOf(words, first, last, kind));
  }
  words.forEach((w, i) => {
    if (asked(w)) return;
    const of = kindsOfWord(w, lexicon);
    // Whatever else it is, a noun after "in", "at", "to", "near"… names where.
    if (LOCATIVE.has(words[i - 1]?.lemma ?? '') && (w.pos === 'NOUN' || w.pos === 'PROPN')) of.add('place');
    for (const kind of of) {
      if (!kinds.has(kind)) continue;
      spans.push(spanOf(words, i, i, kind));
    }
  });
  return spans.filter((s) => !words.filter((w) => w.start >= s.start && w.end <= s.end).every(asked));
}

function spanOf(words: Word[], first: number, last: number, kind: AnswerKind): KindSpan {
  const [a, b] = phraseOf(words, first, last, kind);
  return { kind, start: words[a]!.start, end: words[b]!.end };
}
