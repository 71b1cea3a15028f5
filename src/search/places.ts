/**
 * Whether a word of a sentence is said as where: after "in", "at", "to"… (not a telling's or a firing's "on", nor the
 * "to" of "due to"), reached by a verb of arriving, after a place and a comma ("Konar, *Nuristan*"), a noun one can be
 * at and not a state ("in custody"), a word saying of which place a thing is ("*Iranian* C4"); and the places that are
 * not where the thing asked of was: people ("injuries to ISAF *troops*"), where others were ("the other 2x soldiers …
 * on *RCC*"). The kinds' reading of places (kinds.ts) asks these.
 */
import { participle, POSSESSIVES, wordsAt, type Word } from './nlp.ts';
import type { Lexicon } from './lexicon.ts';
import { actVerbs, alikeVerbs, type Question } from './question.ts';
import { endsReasonMarker } from './reasons.ts';
import { isTelling } from './tellers.ts';

export const LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'near',
  'into',
  'from',
  'toward',
  'towards',
  'inside',
  'outside',
  'ivo',
  'via',
  'onto',
  'on',
  'under',
  'beneath',
  'behind',
  'beside',
  'along',
  'across',
  'over',
]);

/** Words before a word of place, and after it, within which the thing asked about stands: "*explosives* of Iranian". */
const OF_ASKED: [number, number] = [3, 1];

/**
 * Whether a word of place says where the thing the question asks about is from: the question's word stands just before
 * it or after it ("explosives of *Iranian* provenance", "*Iranian* C4"), not elsewhere ("attacks on *Italian* troops").
 */
export const saysOfAsked = (words: Word[], i: number, asked: (w: Word) => boolean) =>
  words.slice(Math.max(0, i - OF_ASKED[0]), i + 1 + OF_ASKED[1]).some((w) => w !== words[i] && asked(w));

/**
 * Whether a word says of which place a thing is: an adjective, or a name tagged so, that WordNet relates to a named
 * place ("Iranian" to Iran). "Local" relates only to "a particular locality": a "7 year old *local* national" is from
 * some place the word does not name, which answers no "which village was he from?".
 */
export const isOfPlace = (word: Word, lexicon: Lexicon) =>
  (word.pos === 'ADJ' || word.pos === 'PROPN') && lexicon.ofPlace(word.text.toLowerCase(), true);

/**
 * Whether a place is said in a clause whose subject is "the other …", of a verb the question does not say ("The other
 * 2x soldiers … have been treated on *RCC*" for "where was the dead soldier sitting?"): it tells where others than
 * the one asked of were, and did something else. A question asking of others, or saying that act, is answered there.
 */
export function ofOthers(
  words: Word[],
  s: { start: number; end: number },
  { reading }: { reading?: Question['reading'] },
  lexicon: Lexicon,
): boolean {
  const [a] = wordsAt(words, s.start, s.end);
  const opens =
    words
      .slice(0, a)
      .map((w) => w.text === '.' || w.text === ';')
      .lastIndexOf(true) + 1;
  const verb = words.findIndex((w, k) => k >= opens && (w.pos === 'VERB' || w.pos === 'AUX'));
  const other = (w: Word) => w.lemma === 'other';
  if (!reading || reading.words.some(other) || !words.slice(opens, verb < 0 ? a : Math.min(verb, a)).some(other))
    return false;
  const asked = actVerbs(reading.words).map((w) => w.lemma);
  const alike = new Set([...asked, ...alikeVerbs(asked, lexicon)]);
  return !words.slice(opens, a).some((w) => w.pos === 'VERB' && alike.has(w.lemma));
}

/** Whether a name ending before a comma just before `i` follows "in", "at", "to"…: "went to Konar, *Nuristan*". */
export function placeBefore(words: Word[], i: number): boolean {
  // The whole name after a grid's comma, its words joined by hyphens: "42S VE 627 916, *POL-E KUMRI*".
  let named = i;
  while (
    named > i - NAME_WORDS &&
    ['PROPN', 'PUNCT'].includes(words[named - 1]?.pos ?? '') &&
    words[named - 1]?.text !== ','
  )
    named--;
  const grid = words[named - 1]?.text === ',' ? gridEndingAt(words, named - 2) : -1;
  if (grid >= 0 && words.slice(named, i).every((w) => w.pos === 'PROPN' || w.text === '-'))
    return !!locativeBefore(words, grid);
  if (words[i - 1]?.text !== ',') return false;
  let k = i - 2;
  while (words[k - 1]?.pos === 'PROPN') k--;
  return words[k]?.pos === 'PROPN' && !!locativeBefore(words, k);
}

/** How many words a place's name after a grid may run to. */
const NAME_WORDS = 4;

/**
 * A grid's zone ("42S", or "42" and "S"), 100 km square ("VE") and digits, or all of it as one word
 * ("42SVF8412258555"); or its band and square as one word after the zone's number, as the words of "42SWD" and
 * "41 SNV" are read alike ("42", "SWD").
 */
const ZONE = /^\d{1,2}[C-X]$/i;
const SQUARE = /^[A-Z]{2}$/i;
const DIGITS = /^\d{2,5}$/;
const WHOLE_GRID = /^\d{1,2}[C-X][A-Z]{2}\d{4,10}$/i;
const BAND_SQUARE = /^[C-X][A-Z]{2}$/i;
const ZONE_NUMBER = /^\d{1,2}$/;
/** All of a grid but its zone's number, as one word after it: the tagger splits "42SYD2960099000" as "42", "SYD…". */
const BAND_SQUARE_DIGITS = /^[C-X][A-Z]{2}(?:\d\d){2,5}$/i;

/**
 * The first word of the military grid reference ending at `end`, or -1: the War Diary places an event at one and
 * names the place after its comma ("hit a local boy at *42S VE 627 916*, POL-E KUMRI"), as "went to Konar, Nuristan"
 * names the province after the town.
 */
export function gridEndingAt(words: Word[], end: number): number {
  if (WHOLE_GRID.test(words[end]?.text ?? '')) return end;
  if (BAND_SQUARE_DIGITS.test(words[end]?.text ?? '') && ZONE_NUMBER.test(words[end - 1]?.text ?? '')) return end - 1;
  let k = end;
  while (k > end - 2 && DIGITS.test(words[k]?.text ?? '')) k--;
  if (k === end || !SQUARE.test(words[k]?.text ?? '')) return lettersJoinedEndingAt(words, end);
  if (ZONE.test(words[k - 1]?.text ?? '')) return k - 1;
  const split = /^[C-X]$/i.test(words[k - 1]?.text ?? '') && /^\d{1,2}$/.test(words[k - 2]?.text ?? '');
  return split ? k - 2 : -1;
}

/** A grid reference read: its zone and 100 km square ("42SVF"), its easting and northing digits ("84122", "58555"). */
interface Grid {
  square: string;
  east: string;
  north: string;
}

/**
 * A grid reference in a text, however spaced: its zone's number, band and square ("42S VF", "42SVF", "42 SWD"), then
 * its easting and northing apart ("84122 58555") or as one number ("8412258555").
 */
const GRID = /\b(\d{1,2}) ?([C-X]) ?([A-Z]{2}) ?(\d{3,5} \d{3,5}|\d{6,10})\b/g;

/** The fewest digits of easting or northing that name one spot, to a hundred metres, not a square around many. */
const SPOT_DIGITS = 3;

/**
 * The grid references a text names: "42S VF 84122 58555", "(42SVF8412258555)" and "42 SVF 84122 58555" are read
 * alike. Read from the text, not its words: the tagger splits a zone's number from the letters after it ("42",
 * "SVF8412258555"). Only digits that split evenly into easting and northing.
 */
function gridsOf(text: string): Grid[] {
  return [...text.matchAll(GRID)].flatMap(([, zone, band, square, digits = '']) => {
    const half = digits.length / 2;
    const [east = '', north = ''] = digits.includes(' ')
      ? digits.split(' ')
      : [digits.slice(0, half), digits.slice(half)];
    return east.length === north.length ? [{ square: `${zone}${band}${square}`, east, north }] : [];
  });
}

/**
 * Whether two grids name one spot: the same square, and the digits of the coarser the start of the finer's, as a grid
 * is written less precisely by cutting its digits ("42SVF841585" is the hundred metres holding "42S VF 84122 58555"),
 * to a hundred metres at least.
 */
const oneSpot = (a: Grid, b: Grid) => {
  const digits = Math.min(a.east.length, b.east.length);
  const cut = (g: Grid) => g.east.slice(0, digits) + g.north.slice(0, digits);
  return a.square === b.square && digits >= SPOT_DIGITS && cut(a) === cut(b);
};

/**
 * Whether a text names a spot an answer names by its grid reference: "AIM MORTAR FIRE ON HILL 432
 * (*42SVF8412258555*)" names the spot "2X ROCKET LAUNCHERS ARE LOCATED AT *42S VF 84122 58555*" does, in other spacing.
 */
export function namesGridOf(answer: string, text: string): boolean {
  const theirs = gridsOf(text);
  return gridsOf(answer).some((g) => theirs.some((t) => oneSpot(g, t)));
}

/** The first word of the grid reference whose last word is at `end`, or -1: its digits are read once, whole. */
export const wholeGridEndingAt = (words: Word[], end: number) =>
  DIGITS.test(words[end + 1]?.text ?? '') ? -1 : gridEndingAt(words, end);

/**
 * The first word of a grid written by its 100 km square alone, in capitals, and its easting and northing, ending at
 * `end`, or -1: the German reports place a thing within the zone they work in so ("BEL OMLT WERE AT POSITION *WF 092
 * 611*", "another TIC occurred at *VF 803 665*"). Not a word the tagger reads as no name ("AT 1943Z").
 */
export function squareGridEndingAt(words: Word[], end: number): number {
  const digits = DIGITS.test(words[end + 1]?.text ?? '') ? -1 : eastingNorthingEndingAt(words, end);
  const square = words[digits - 1];
  return digits > 0 && /^[A-Z]{2}$/.test(square!.text) && square!.pos === 'PROPN' ? digits - 1 : -1;
}

/**
 * The first word of a grid whose letters are written as one word ("crashed IVO *41SNU 4199887151*", "*42SWD 12345
 * 67890*", "shooting from … *41 SNV 602 588*"), or -1.
 */
function lettersJoinedEndingAt(words: Word[], end: number): number {
  const digits = eastingNorthingEndingAt(words, end);
  const banded = BAND_SQUARE.test(words[digits - 1]?.text ?? '') && ZONE_NUMBER.test(words[digits - 2]?.text ?? '');
  return digits >= 0 && banded ? digits - 2 : -1;
}

/**
 * The first word of a grid's easting and northing ending at `end`, or -1: two numbers of one length ("602 588"), or one
 * number of an even length of six digits or more ("4199887151"), each half as precise as the other. A date's numbers
 * are not so ("15 SEP 09", "12DEC 2008"), though its month reads as a band and a square.
 */
function eastingNorthingEndingAt(words: Word[], end: number): number {
  const [before, last] = [words[end - 1]?.text ?? '', words[end]?.text ?? ''];
  if (/^\d{3,5}$/.test(last) && /^\d+$/.test(before) && before.length === last.length) return end - 1;
  return /^\d{6,10}$/.test(last) && last.length % 2 === 0 ? end : -1;
}

/**
 * The first word of the grid reference ending at `end` when one is said after "at", "IVO", "near"…, or -1: "2X ROCKET
 * LAUNCHERS ARE LOCATED AT *42S VF 84122 58555*" says where, though none of its numbers and letters is a name. Only
 * the grid's last word, so its digits are read once, as one place. The word "grid" may name it first: "IVO *GRID 42SWD
 * 12345 67890*", "AT *GRID 42S UF 84000 55000*".
 */
export function gridPlaceEndingAt(words: Word[], end: number, text: string): number {
  const grid = wholeGridEndingAt(words, end);
  const first = words[grid - 1]?.lemma.toLowerCase() === 'grid' ? grid - 1 : grid;
  return grid >= 0 && locativeBefore(words, first, text) ? first : -1;
}

/**
 * The first word of the grid reference ending at `end` when it says where something came from, or -1: said after
 * "from", or after a colon giving the grid of the place a "from" names ("heard shooting from the estimated enemy pos:
 * *41 SNV 602 588*"), as the War Diary writes a label, a colon and its grid. Not one said after "at" or "IVO": that
 * places the event, where those fired at were.
 */
export function gridOriginEndingAt(words: Word[], end: number): number {
  const grid = wholeGridEndingAt(words, end);
  const first = words[grid - 1]?.lemma.toLowerCase() === 'grid' ? grid - 1 : grid;
  const named = words[first - 1]?.text === ':' ? labelStart(words, first - 2) : first;
  return grid >= 0 && words[prepositionOf(words, named)]?.lemma.toLowerCase() === 'from' ? first : -1;
}

/** How many words a grid's label may run to: "the estimated enemy pos". */
const LABEL_WORDS = 5;

/** The first word of the noun phrase ending at `end`: nouns, adjectives, participles ("the *estimated* enemy pos"). */
function labelStart(words: Word[], end: number): number {
  const naming = (w?: Word) => !!w && (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(w.pos) || participle(w));
  let k = end + 1;
  while (k > end + 1 - LABEL_WORDS && naming(words[k - 1])) k--;
  return k;
}

/** Whether the name at `i` is the subject of a verb right after it: "*Dr Amin* stayed". */
export function startsClause(words: Word[], i: number): boolean {
  let k = i;
  while (words[k]?.pos === 'PROPN') k++;
  return words[k]?.pos === 'VERB' || words[k]?.pos === 'AUX';
}

/** Words that may stand between "in", "at", "under"… and the place: "under *a small* bridge", "at *his* home". */
const BEFORE_PLACE = new Set(['DET', 'ADJ']);
const beforePlace = (w: Word) => BEFORE_PLACE.has(w.pos) || POSSESSIVES.has(w.text.toLowerCase());
/** How many such words may. */
export const BEFORE_PLACE_WORDS = 2;

/**
 * The "in", "at", "to"… a word follows directly or past an article and adjectives ("under a small bridge"); given the
 * sentence's `text`, not the "to" of a phrase of cause: "due *to* NAD MEDEVAC" opens a reason, not a place.
 */
export function locativeBefore(words: Word[], i: number, text?: string): string | undefined {
  const k = prepositionOf(words, i);
  const lemma = words[k]?.lemma ?? '';
  return LOCATIVE.has(lemma) && !(text && endsReasonMarker(text, words[k]!.end)) ? lemma : undefined;
}

/** The prepositions of being there at the end of a motion: "come_on" or "draw_near" (approach) say one is not yet. */
const ARRIVED = new Set(['at', 'in', 'into', 'to', 'onto']);

/**
 * The preposition a verb of motion right before a word says in itself: WordNet's first sense of "reach" is
 * "arrive_at", of "enter" "get_into", so what is reached or entered ("March group RED *reached PRT PEK*") is where, as
 * after "at".
 */
export function arrivedAt(words: Word[], i: number, lexicon: Lexicon): string | undefined {
  const verb = words[prepositionOf(words, i)];
  if (verb?.pos !== 'VERB') return undefined;
  const first = lexicon.senses(verb.lemma.toLowerCase(), 'verb', 1)[0];
  // Only a verb of motion: "conduct" is "carry_on", whose "on" says no place.
  const phrases = first?.lexname === 'verb.motion' ? first.words : [];
  return phrases.flatMap((p) => (p.includes('_') ? [p.split('_').at(-1)!] : [])).find((p) => ARRIVED.has(p));
}

/**
 * Whether the "on" a word follows is what a telling was about: "FF REPORTED *ON* A ROAD TRAFFIC ACCIDENT", "briefed on
 * the program", a verb WordNet files first as one of telling ("report", "brief", "comment") right before it; or what a
 * thought rests or dwells on, after a verb filed first as one of thinking: "a threat report *based on* an unidentified
 * source", "*focused on* the DUSTWUN situation", "*decided on*" say a ground or a subject, never where.
 */
export function onAbout(words: Word[], i: number, lexicon: Lexicon): boolean {
  const k = prepositionOf(words, i);
  const verb = words[k - 1]?.text.toLowerCase() ?? '';
  return lexicon
    .baseForms(verb, 'verb')
    .some((f) => isTelling(f.lemma, lexicon) || lexicon.filedUnder(f.lemma, 'verb') === 'verb.cognition');
}

/**
 * Whether "on" follows a verb of fighting said actively: "THE AAF PAX THAT *FIRED ON* THE BNTAC" names whom they fired
 * at, the target, not where. Said passively ("was attacked on Route Idaho"), "on" says where it was done.
 */
export function firedOn(words: Word[], i: number, lexicon: Lexicon): boolean {
  const k = prepositionOf(words, i);
  const verb = words[k - 1];
  if (verb?.pos !== 'VERB' || words[k - 2]?.pos === 'AUX') return false;
  return lexicon
    .baseForms(verb.text.toLowerCase(), 'verb')
    .some((f) => lexicon.filedUnder(f.lemma, 'verb') === 'verb.competition');
}

/** Where the preposition a word follows stands, directly or past an article and adjectives (locativeBefore). */
export function prepositionOf(words: Word[], i: number): number {
  let k = i - 1;
  while (k >= 0 && i - 1 - k < BEFORE_PLACE_WORDS && beforePlace(words[k]!)) k--;
  return k;
}

/**
 * Whether the "from" before a word is said within its sentence's subject, before a verb that takes a "from" of its own:
 * "A QRF *from TF 373* was launched from Kandahar" says whose the QRF is; where it came from is said after the verb.
 */
export function fromOfSubject(words: Word[], i: number): boolean {
  const k = prepositionOf(words, i);
  const verb = words.findIndex((w, j) => j > k && w.pos === 'VERB');
  return (
    verb > 0 && !words.slice(0, k).some((w) => w.pos === 'VERB') && words.slice(verb).some((w) => w.lemma === 'from')
  );
}

/** Whether the place a word names is where there was none of a thing: "(No engineers *on FB*)". */
export function noneThere(words: Word[], i: number): boolean {
  const k = prepositionOf(words, i);
  let j = k - 1;
  while (j >= 0 && (words[j]!.pos === 'NOUN' || words[j]!.pos === 'ADJ')) j--;
  return j < k - 1 && words[j]?.lemma.toLowerCase() === 'no';
}

/** WordNet's classes of the nouns one can be in, at or near. */
const SITES = new Set(['noun.location', 'noun.artifact', 'noun.object', 'noun.group']);
/** Senses of a noun that count for being a site: "compound" is a building only third. */
const SITE_SENSES = 3;

/** Whether a common noun can name where: one of its commonest senses is a place, a building or a thing. */
export const isSite = (word: Word, lexicon: Lexicon) =>
  lexicon
    .senses(word.lemma, 'noun')
    .slice(0, SITE_SENSES)
    .some((s) => SITES.has(s.lexname));

/** How many nouns may follow a compound's first noun to its head: "the *construction* area", "the *police* post". */
const COMPOUND_NOUNS = 2;

/**
 * Whether a common noun can name where (isSite), or opens a compound headed by one that can: "from nearby
 * *construction* area", "at the *shooting* range" say where, read by their head, as "from the area" does. Not a head
 * the question names (`asked`): "IVO *tgt* compound" is the compound asked of ("while searching a compound").
 */
export function namesSite(words: Word[], i: number, lexicon: Lexicon, asked: (w: Word) => boolean): boolean {
  return isSite(words[i]!, lexicon) || opensCompound(words, i, (w) => isSite(w, lexicon), asked);
}

/**
 * Whether the word at `i` opens a compound of at most COMPOUND_NOUNS more nouns whose head `heads` takes and the
 * question does not name (`asked`).
 */
function opensCompound(words: Word[], i: number, heads: (w: Word) => boolean, asked: (w: Word) => boolean): boolean {
  let head = i;
  while (words[head + 1]?.pos === 'NOUN') head++;
  return head > i && head - i <= COMPOUND_NOUNS && heads(words[head]!) && !asked(words[head]!);
}

/**
 * Whether a name the question gives opens a compound headed by a building or a post it does not name: "back in
 * *DARZAB* POLICE STATION" for "where did the units go back to after the Darzab firefight?". The name says only whose
 * or where the building is; the building is what the sentence adds, so the whole phrase says where. Not a region
 * ("Darzab district", "Darzab village"): WordNet files those as locations, and they restate the name's own place.
 */
export function opensBuilding(words: Word[], i: number, lexicon: Lexicon, asked: (w: Word) => boolean): boolean {
  const building = (w: Word) => lexicon.senses(w.lemma, 'noun')[0]?.lexname === 'noun.artifact';
  return words[i]?.pos === 'PROPN' && opensCompound(words, i, building, asked);
}

/** WordNet's classes of nouns for what one is in as a state, not a place: an act, a state, a branch of knowledge. */
const STATES = new Set(['noun.act', 'noun.state', 'noun.cognition']);

/**
 * Whether a noun said bare right after "in" is first a state or an act in WordNet ("currently *in surgery*", "in
 * custody"): it says what someone is undergoing, not where, though a rarer sense makes it a room.
 */
export const inState = (words: Word[], i: number, lexicon: Lexicon) =>
  words[i - 1]?.lemma === 'in' &&
  (STATES.has(lexicon.senses(words[i]!.lemma, 'noun')[0]?.lexname ?? '') || onlyGroupSite(words[i]!, lexicon));

/**
 * Whether a noun is a site only as a group of people or things, never as a place, a building or an object among its
 * commonest senses: said bare after "in" ("truck #3 *in convoy* from FOB SPERMAN", "in formation", "in column") it
 * says how they went together, not where.
 */
const onlyGroupSite = (word: Word, lexicon: Lexicon) =>
  lexicon
    .senses(word.lemma, 'noun')
    .slice(0, SITE_SENSES)
    .every((s) => !SITES.has(s.lexname) || s.lexname === 'noun.group');

/** Whether a common noun is first a place or a building in WordNet ("hospital", "area"), not a group or a thing. */
export const isPlaceFirst = (word: Word, lexicon: Lexicon) =>
  ['noun.location', 'noun.artifact'].includes(lexicon.senses(word.lemma, 'noun')[0]?.lexname ?? '');

/**
 * Words that make one preposition with the "to" after them ("*according to* Dr. Monavar", "*due to* the rate of fire",
 * "*prior to* the attack"): the phrase after it is a source, a cause or a time, not a place anything went to.
 */
const BEFORE_TO = new Set(['accord', 'according', 'due', 'owing', 'thanks', 'prior', 'contrary', 'subsequent']);

/** Whether a phrase follows a "to" that is part of a longer preposition (BEFORE_TO). */
export function afterComplexTo(words: Word[], span: { start: number; end: number }): boolean {
  const [a] = wordsAt(words, span.start, span.end);
  const to = words[a - 1]?.pos === 'DET' ? a - 2 : a - 1;
  return words[to]?.lemma.toLowerCase() === 'to' && BEFORE_TO.has(words[to - 1]?.lemma.toLowerCase() ?? '');
}

/**
 * Whether a phrase after "to", "at"… is headed by a word for people, a person or a body of troops, as WordNet files it
 * (the War Diary's capitals read as a name): "NO INJURIES TO ISAF *TROOPS*" says to whom, not where.
 */
export function headsPeople(inside: Word[], lexicon: Lexicon): boolean {
  const head = inside.at(-1)!.text.toLowerCase();
  return lexicon.isA(head, 'person') || lexicon.isA(head, 'military_unit');
}

/** What a spelled-out name may be and still be somewhere: a place, a building ("FOB (forward operating base)"). */
const WHERE_HEADS = ['location', 'structure', 'geographic_area', 'facility'];

/**
 * Whether a name is spelled out in the brackets after it as a thing WordNet knows and files as no place: "derived from
 * *HUMINT* (human intelligence)" names where a report came from, information, not where anyone was.
 */
export function spelledNotWhere(words: Word[], end: number, lexicon: Lexicon): boolean {
  const close = words.findIndex((w, k) => k > end && w.text === ')');
  if (words[end + 1]?.text !== '(' || close < end + 3) return false;
  const head = words[close - 1]!;
  if (head.pos !== 'NOUN' || !lexicon.senses(head.lemma, 'noun').length) return false;
  return !WHERE_HEADS.some((c) => lexicon.isA(head.lemma, c));
}
