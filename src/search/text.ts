/**
 * How report text becomes terms. The same analysis runs on indexed text and on
 * queries, so what a user types meets what a report says on equal terms.
 */
import { stemmer } from 'stemmer';

export interface Token {
  /** Offsets into the original text, for highlights. */
  start: number;
  end: number;
  /** Lowercased, diacritics removed: "Tehrān" → "tehran". */
  norm: string;
  /** Porter stem of `norm`, or `norm` itself where stemming would mangle it. */
  stem: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words too common to search by; kept in the text, left out of the index. */
export const STOPWORDS = new Set(
  ('a an and are as at be been but by for from had has have he her his i if in into is it its of on or our she so such ' +
    'than that the their them then there these they this those to was were which while will with would you your ' +
    'also any can could did do does done how may me my no not now only out over should some up us we what when where who whom why').split(' '),
);

export function normalize(word: string): string {
  // Most report words are plain ASCII: no accents to strip.
  return /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Porter stems, remembered: the War Diary repeats a vocabulary of some 100,000 words 20 million times. */
const stems = new Map<string, string>();
const porter = (word: string) => {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size < 500_000) stems.set(word, stem);
  }
  return stem;
};

/**
 * Irregular verb forms, to their base: "Where did Hekmatyar go?" is answered
 * by "Hekmatyar went to Konar", and "fled" finds "flee". Porter leaves them
 * apart. Forms that are also other words are left out: "left" (a side),
 * "saw" (a machine gun), "wound", "ground", "bit", "lay", "sat", "rose", and
 * nouns whose plural would part from them ("thoughts", "spokes", "feds",
 * "droves", "felts"); "shot" keeps its plural, "shots", with it.
 */
const IRREGULAR = new Map(
  (
    'went:go gone:go goes:go came:come fled:flee fought:fight brought:bring caught:catch found:find sent:send spent:spend ' +
    'built:build bought:buy sold:sell told:tell said:say paid:pay made:make took:take taken:take gave:give given:give ' +
    'ran:run held:hold kept:keep met:meet shot:shoot shots:shoot struck:strike threw:throw thrown:throw blew:blow ' +
    'blown:blow flew:fly flown:fly driven:drive rode:ride ridden:ride fell:fall fallen:fall hid:hide hidden:hide ' +
    'stole:steal stolen:steal spoken:speak broke:break broken:break chose:choose chosen:choose froze:freeze frozen:freeze ' +
    'wrote:write written:write began:begin begun:begin knew:know known:know grew:grow grown:grow drew:draw drawn:draw ' +
    'seen:see lost:lose led:lead bled:bleed sought:seek taught:teach understood:understand stood:stand slept:sleep ' +
    'woke:wake woken:wake wore:wear worn:wear tore:tear torn:tear swore:swear sworn:swear arose:arise arisen:arise ' +
    'forgot:forget forgotten:forget got:get gotten:get ate:eat eaten:eat dealt:deal meant:mean heard:hear shook:shake ' +
    'shaken:shake dug:dig hung:hang sank:sink sunk:sink withdrew:withdraw withdrawn:withdraw overran:overrun ' +
    'undertook:undertake undertaken:undertake'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Stems long plain words only: Porter turns acronyms such as "IED" into "i",
 * and numbers or codes ("c4", "201530z") have no morphology.
 */
export function stemOf(norm: string, protectedTerms: ReadonlySet<string>): string {
  // "TBs", "CFs": the plural of an acronym is the acronym.
  if (norm.endsWith('s') && protectedTerms.has(norm.slice(0, -1))) return norm.slice(0, -1);
  if (protectedTerms.has(norm)) return norm;
  const base = IRREGULAR.get(norm);
  if (base) return stemOf(base, protectedTerms);
  if (norm.length < 4 || /\d/.test(norm)) return norm;
  return porter(norm);
}

export function tokenize(text: string, protectedTerms: ReadonlySet<string> = new Set()): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = normalize(m[0]);
    if (!norm) continue;
    tokens.push({ start: m.index, end: m.index + m[0].length, norm, stem: stemOf(norm, protectedTerms) });
  }
  return tokens;
}

/** A token worth indexing: not a stopword, and not a lone letter ("e" of "Hezb-e-Islami"). */
export function isIndexable(token: Token): boolean {
  return (token.norm.length > 1 || /\d/.test(token.norm)) && !STOPWORDS.has(token.norm);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Abbreviations a sentence does not end at, though a capital follows: ICU
 * breaks "the U.S. SOLDIER" and "Dr. Amin" (its suppression lists are not
 * in Node's build). Matched on the last word, case ignored.
 */
const ABBREVIATION = /(?:^|[\s(])(?:(?:[A-Za-z]\.){2,}|(?:[A-Za-z]|dr|mr|mrs|ms|gen|col|lt|ltc|maj|capt|cpt|sgt|ssg|sfc|cpl|pvt|spc|adm|gov|sen|st|mt|no|nos|approx|vic|est|ref|fig|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.)$/i;

/** Sentences with their offsets; ICU's rules keep "U.S. and" whole, and a few abbreviations are joined back. */
export function sentences(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let joinNext = false;
  for (const s of segmenter.segment(text)) {
    const trimmed = s.segment.trimEnd();
    if (!trimmed.trim()) continue;
    const last = out.at(-1);
    if (joinNext && last) {
      last.end = s.index + trimmed.length;
      last.text = text.slice(last.start, last.end);
    } else out.push({ start: s.index, end: s.index + trimmed.length, text: trimmed });
    joinNext = ABBREVIATION.test(trimmed);
  }
  return out;
}
