/**
 * How report text becomes terms. The same analysis runs on indexed text and on
 * queries, so what a user types meets what a report says on equal terms.
 */
import { stemmer } from 'stemmer';
import { HASH_START, hashStep } from './word-table.ts';

export interface Token {
  /** Offsets into the original text, for highlights. */
  start: number;
  end: number;
  /** Lowercased, diacritics removed: "Tehrān" → "tehran". */
  norm: string;
  /** Porter stem of `norm`, or `norm` itself where stemming would mangle it. */
  stem: string;
}

/**
 * Words too common to search by; kept in the text, left out of the index. An auxiliary's negated contraction is one
 * of them: a word splits at its apostrophe, and "couldn't" leaves "couldn", the auxiliary, not a word the question
 * is about ("why *couldn't* the ANA hit back?"). So is the whole word chat types without the apostrophe ("why
 * *couldnt* the log support guys get the mp dingo out", "the one prisoner who *wasnt* there"): read as a word no
 * report writes, it was the question's rarest, its main word. Those that are words of their own are left out: "won"
 * (won't), "haven" (a safe haven), "isn" (a detainee's ISN), "cant" and "wont".
 */
export const STOPWORDS = new Set(
  `
    a an and are as at be been but by for from had has have he her his i if in into is it its of on or our she
    so such than that the their them then there these they this those to was were which while will with would
    you your also any can could did do does done how may me my no not now only out over should some up us we
    what when where who whom why aren couldn didn doesn hadn hasn mustn needn shouldn wasn weren wouldn
    arent couldnt didnt doesnt dont hadnt hasnt havent isnt mustnt neednt shouldnt wasnt werent wouldnt
  `
    .trim()
    .split(/\s+/),
);

export function normalize(word: string): string {
  // Most report words are plain ASCII: no accents to strip.
  return ASCII_TEXT.test(word) ? word.toLowerCase() : stripAccents(word);
}

const stripAccents = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Irregular verb forms, to their base: "Where did Hekmatyar go?" is answered
 * by "Hekmatyar went to Konar", and "fled" finds "flee". Porter leaves them
 * apart. Forms that are also other words are left out: "left" (a side),
 * "saw" (a machine gun), "wound", "ground", "bit", "lay", "sat", "rose", and
 * nouns whose plural would part from them ("thoughts", "spokes", "feds",
 * "droves", "felts"); "shot" keeps its plural, "shots", with it.
 */
const IRREGULAR = new Map(
  `
    went:go gone:go goes:go came:come fled:flee fought:fight brought:bring caught:catch found:find sent:send
    spent:spend built:build bought:buy sold:sell told:tell said:say paid:pay made:make took:take taken:take
    gave:give given:give ran:run held:hold kept:keep met:meet shot:shoot shots:shoot struck:strike threw:throw
    thrown:throw blew:blow blown:blow flew:fly flown:fly driven:drive rode:ride ridden:ride fell:fall
    fallen:fall hid:hide hidden:hide stole:steal stolen:steal spoken:speak broke:break broken:break
    chose:choose chosen:choose froze:freeze frozen:freeze wrote:write written:write began:begin begun:begin
    knew:know known:know grew:grow grown:grow drew:draw drawn:draw seen:see lost:lose led:lead bled:bleed
    sought:seek taught:teach understood:understand stood:stand slept:sleep woke:wake woken:wake wore:wear
    worn:wear tore:tear torn:tear swore:swear sworn:swear arose:arise arisen:arise forgot:forget
    forgotten:forget got:get gotten:get ate:eat eaten:eat dealt:deal meant:mean heard:hear shook:shake
    shaken:shake dug:dig hung:hang sank:sink sunk:sink withdrew:withdraw withdrawn:withdraw overran:overrun
    undertook:undertake undertaken:undertake
  `
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** The base form of an irregular verb's form ("flown" → "fly"), which WordNet's rules of endings do not undo. */
export const irregularBase = (norm: string): string | undefined => IRREGULAR.get(norm);

/** A doubled last consonant before "-ed" or "-ing": "flip*pe*d", "hit*ti*ng", "transfer*re*d". */
const DOUBLED = /([bdgklmnprtvz])\1(?:ed|ing)$/;

/**
 * The base a verb's form in "-ed" or "-ing" has where English spelling changed it, which WordNet's rules of endings
 * do not undo (its exception lists would): a doubled last consonant ("transfer*red*" → transfer, "flip*ped*" → flip)
 * or a "y" turned "i" ("worr*ied*" → worry). Ask it only of a form those rules find no base for: "kil*led*" is "kill".
 */
export function respelledBase(norm: string): string | undefined {
  const doubled = DOUBLED.exec(norm);
  if (doubled) return norm.slice(0, doubled.index + 1);
  return norm.endsWith('ied') ? `${norm.slice(0, -3)}y` : undefined;
}

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
  return stemmer(norm);
}

/** Stems by word for each set of protected terms: the War Diary repeats some 100,000 words 20 million times. */
const stemsBySet = new WeakMap<ReadonlySet<string>, Map<string, string>>();
export function stemmerFor(protectedTerms: ReadonlySet<string>): (norm: string) => string {
  let known = stemsBySet.get(protectedTerms);
  if (!known) stemsBySet.set(protectedTerms, (known = new Map()));
  const memo = known;
  return (norm) => {
    let stem = memo.get(norm);
    if (stem === undefined) {
      stem = stemOf(norm, protectedTerms);
      if (memo.size < 500_000) memo.set(norm, stem);
    }
    return stem;
  };
}

/** ASCII letters and digits by character code: most characters are tested without a regular expression. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => Number(/[A-Za-z0-9]/.test(String.fromCharCode(c))));
const WORD_CHAR = /[\p{L}\p{N}]/uy;

/** How many UTF-16 units the letter or digit at `at` takes (0: not one), for characters past ASCII. */
function wordCharWidth(text: string, at: number): number {
  WORD_CHAR.lastIndex = at;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - at : 0;
}

const NO_TERMS: ReadonlySet<string> = new Set();
const ASCII_TEXT = /^[\x00-\x7f]*$/;

/**
 * The words of `text`: maximal runs of letters and digits (\p{L}, \p{N}),
 * scanned by character code: indexing reads every word of every report.
 */
export function tokenize(text: string, protectedTerms: ReadonlySet<string> = NO_TERMS): Token[] {
  const stem = stemmerFor(protectedTerms);
  const tokens: Token[] = [];
  scanWords(text, (norm, start, end) =>
    tokens.push({ start, end, norm, stem: stem(acronymPlural(text, start, end) ? norm.slice(0, -1) : norm) }),
  );
  return tokens;
}

/**
 * Whether the word at `text[start, end)` is an acronym's plural, capitals and a small "s" ("MPs", "RPGs", "POWs"):
 * its stem is the acronym's, as a report writes "DEU MP Training Coy" of the MPs; a glossary acronym is so stemmed
 * already (stemOf). A capital S is the acronym's own letter ("INS").
 */
export function acronymPlural(text: string, start: number, end: number): boolean {
  return text.charCodeAt(end - 1) === 115 && ACRONYM_PLURAL.test(text.slice(start, end));
}
const ACRONYM_PLURAL = /^[A-Z]{2,7}s$/;

/** Hears each word of `text` as tokenize finds it, normalised, with its offsets: no token made, no stem looked up. */
export function scanWords(text: string, visit: (norm: string, start: number, end: number) => void): void {
  // Plain ASCII text (most reports) is lowercased once, and its words cut from that.
  const lower = ASCII_TEXT.test(text) ? text.toLowerCase() : undefined;
  const n = text.length;
  for (let i = 0; i < n;) {
    const first = text.charCodeAt(i);
    const width = first < 128 ? ASCII_WORD[first]! : wordCharWidth(text, i);
    if (!width) {
      i++;
      continue;
    }
    const start = i;
    let ascii = first < 128;
    for (i += width; i < n;) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (!ASCII_WORD[c]) break;
        i++;
      } else {
        const w = wordCharWidth(text, i);
        if (!w) break;
        ascii = false;
        i += w;
      }
    }
    const norm = lower
      ? lower.slice(start, i)
      : ascii
        ? text.slice(start, i).toLowerCase()
        : stripAccents(text.slice(start, i));
    if (norm) visit(norm, start, i);
  }
}

/** Text of ASCII characters only, the War Diary's usual case: scanPlainWords reads its words. */
export const isAsciiText = (text: string): boolean => ASCII_TEXT.test(text);

/**
 * The words of ASCII text as scanWords finds them, by their offsets into `lower` (the text lowercased: each word's
 * norm is `lower.slice(start, end)`), each with its hash (see word-table.ts): no string is made for a word.
 */
export function scanPlainWords(lower: string, visit: (start: number, end: number, hash: number) => void): void {
  const n = lower.length;
  for (let i = 0; i < n;) {
    if (!ASCII_WORD[lower.charCodeAt(i)]) {
      i++;
      continue;
    }
    const start = i;
    let hash = HASH_START;
    for (let c = lower.charCodeAt(i); i < n && ASCII_WORD[c]; c = lower.charCodeAt(++i)) hash = hashStep(hash, c);
    visit(start, i, hash);
  }
}

/** A token worth indexing: not a stopword, and not a lone letter ("e" of "Hezb-e-Islami"). */
export function isIndexable(token: Pick<Token, 'norm'>): boolean {
  return (token.norm.length > 1 || /\d/.test(token.norm)) && !STOPWORDS.has(token.norm);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Where ICU's sentence segments of `text` begin; its rules keep "U.S. and" whole. */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (const s of segmenter.segment(text)) starts.push(s.index);
  return starts;
}

/**
 * Abbreviations a sentence does not end at, though a capital follows: ICU
 * breaks "the U.S. SOLDIER" and "Dr. Amin" (its suppression lists are not
 * in Node's build). Matched on the last word, case ignored. A container's
 * size comes before it: "2x 5 Gal. Jugs of HME" counts the jugs.
 */
export const ABBREVIATED =
  'dr|mr|mrs|ms|gen|col|lt|ltc|maj|capt|cpt|sgt|ssg|sfc|cpl|pvt|spc|adm|gov|sen|st|mt|no|nos|' +
  'approx|vic|est|ref|fig|vs|gal|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const ABBREVIATION = new RegExp(`^(?:(?:[A-Za-z]\\.){2,}|(?:[A-Za-z]|${ABBREVIATED})\\.)$`, 'i');
const isLetterOrDot = (c: number) => c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether the sentence at `text[start, end)` ends with an abbreviation: a word of its own (after a space, a
 * parenthesis or nothing) of letters and dots. Only the run of letters and dots it ends with is read: an expression
 * anchored at the end of the whole sentence was tried at each of its characters, a fifth of the time cutting a long
 * report into passages.
 */
function endsAbbreviated(text: string, start: number, end: number): boolean {
  let from = end;
  while (from > start && isLetterOrDot(text.charCodeAt(from - 1))) from--;
  if (from > start && !/[\s(]/.test(text[from - 1]!)) return false;
  return ABBREVIATION.test(text.slice(from, end));
}

/**
 * Whether the segment at `start` opens with the unit of a calibre whose bore ended the segment before: the War Diary
 * writes a .50 calibre "50. CAL.", and ICU breaks after "50." as before a sentence.
 */
const calibreUnitAt = (text: string, start: number) =>
  // A segment's first character is read first: no string is made for the many that open otherwise.
  (text.charCodeAt(start) | 32) === 99 &&
  /^cal\b/i.test(text.slice(start, start + 4)) &&
  /\d\.\s*$/.test(text.slice(Math.max(0, start - 4), start));

/** ASCII white space by character code; past ASCII, what `trim` takes for white space (\s: the same characters). */
const ASCII_SPACE = Uint8Array.from({ length: 128 }, (_, c) => Number(/\s/.test(String.fromCharCode(c))));
const isSpace = (c: number) => (c < 128 ? ASCII_SPACE[c] === 1 : /\s/.test(String.fromCharCode(c)));

/**
 * Where the sentences of `text` begin and end, flat (`[start, end, start, end…]`), from where ICU's segments begin
 * (found anew, or as saved with the index): each segment without the white space it ends with, none left that is
 * white space alone, and a segment after an abbreviation joined back. Offsets only: cutting a report into passages
 * makes a string for each passage, not one for each sentence as well.
 */
export function sentenceSpans(text: string, starts: ArrayLike<number> = sentenceStarts(text)): number[] {
  const out: number[] = [];
  let joinNext = false;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    let end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) continue;
    if ((joinNext || calibreUnitAt(text, start)) && out.length) out[out.length - 1] = end;
    else out.push(start, end);
    joinNext = endsAbbreviated(text, start, end);
  }
  return out;
}

/** Sentences with their offsets (see sentenceSpans). */
export function sentences(
  text: string,
  starts: ArrayLike<number> = sentenceStarts(text),
): { start: number; end: number; text: string }[] {
  const spans = sentenceSpans(text, starts);
  const out: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}
