/**
 * The words people wrap a question in when they ask a bot or a channel: "can you tell me *who went to North Korea*",
 * "any idea *why the patrol stopped*", "quick q: *where was the IED found*", "*who fired first*, do you know?". They
 * address the asker's listener and say the asking (a verb or noun WordNet files under communication or cognition:
 * tell, know, wonder, find out; idea, question), never what is asked: the wh-clause they wrap is the question. Read
 * with them, "idea" or "know" would be words the answer must hold and the wh-word would not open the question. A
 * request naming the kind asked ("name the person who…", "list the weapons…") is read as the which-question it is.
 */
import type { Lexicon } from './lexicon.ts';
import { pastTags, read, type Word } from './nlp.ts';
import { isWhWord, kindsOfNoun } from './question.ts';

/** The lexicographer files of asking and knowing: "tell", "ask", "find out"; "know", "wonder"; "idea", "question". */
const SAYING = new Set(['verb.communication', 'verb.cognition', 'noun.communication', 'noun.cognition']);
/** Who a frame speaks of: the asker, the listener, anyone in the channel ("does *anyone* know"). */
const SPEAKERS = new Set(['i', 'me', 'you', 'u', 'we', 'us', 'anyone', 'anybody', 'someone', 'somebody', 'everyone']);
/** Words of no content a frame holds besides: "*can* you *please* tell me", "*any* idea", "*quick* q:", "*hey*,". */
const FRAMING = new Set(['AUX', 'DET', 'ADJ', 'ADV', 'INTJ', 'PUNCT', 'PART', 'CCONJ']);

/** "I'm": the tagger reads the contraction as a name. */
const speaker = (w: Word) => SPEAKERS.has(w.text.toLowerCase().split(/[’']/)[0]!);

/** A verb or noun of asking or knowing, a verb with its particle read as one ("find *out*"). */
function saysAsking(words: Word[], i: number, lexicon: Lexicon): boolean {
  const w = words[i]!;
  if (w.pos === 'NOUN') return SAYING.has(lexicon.filedUnder(w.lemma, 'noun') ?? '');
  if (w.pos !== 'VERB') return false;
  const particle = words[i + 1]?.pos === 'ADP' ? lexicon.filedUnder(`${w.lemma}_${words[i + 1]!.lemma}`, 'verb') : '';
  return SAYING.has(particle || (lexicon.filedUnder(w.lemma, 'verb') ?? ''));
}

/**
 * Whether words (a span of the question) only frame it: each is a speaker, a word of no content, a word of asking
 * (its particle with it), or a verb taking the next act as its infinitive ("*need* to know", "*trying* to find out");
 * and one at least asks, or greets ("hey,").
 */
function frames(words: Word[], lexicon: Lexicon): boolean {
  let asks = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (saysAsking(words, i, lexicon)) {
      asks = true;
      if (words[i + 1]?.pos === 'ADP') i++;
    } else if (w.pos === 'INTJ') asks = true;
    else if (!speaker(w) && !FRAMING.has(w.pos) && !(w.pos === 'VERB' && words[i + 1]?.lemma === 'to')) return false;
  }
  return asks;
}

/** Verbs of asking filed so in their first sense: the tagger reads "name", "list" opening a request as nouns. */
const asksBy = (w: Word | undefined, lexicon: Lexicon) =>
  !!w && SAYING.has(lexicon.filedUnder(w.text.toLowerCase(), 'verb') ?? '');

/** The words of a noun phrase naming a kind: "the *Afghan army vehicles*". */
const NAMING = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Where the words naming the kind start, past its determiners ("all *the* weapons"). */
const named = (words: Word[], det: number): number => (words[det + 1]?.pos === 'DET' ? named(words, det + 1) : det + 1);

/** Relative pronouns after the noun a request names: "who" asks who, "that" and "which" which of the kind. */
const RELATIVES = new Set(['who', 'that', 'which']);

/**
 * Verbs a request opens with besides those of asking: the asker's wanting, or a giving to them ("(I) *need* the grid of
 * the IED", "*give* me the time…"). WordNet files them under states, feelings and possession, among many others.
 */
const REQUESTING = new Set(['need', 'want', 'give', 'gimme']);

/** Where the words after a request's verb start ("tell *me* the…", "I need *the*…"); -1 when it opens no request. */
function requestVerb(words: Word[], lexicon: Lexicon): number {
  const verb = words[0] && speaker(words[0]) ? 1 : 0;
  const w = words[verb];
  return (!!w && REQUESTING.has(w.lemma)) || (verb === 0 && asksBy(w, lexicon)) ? verb + 1 : -1;
}

/** The wh-word asking what a noun does when it asks only a time or only a place: "the *time*" asks when. */
function whOfNoun(noun: Word | undefined, lexicon: Lexicon): string | undefined {
  if (noun?.pos !== 'NOUN') return undefined;
  const kinds = kindsOfNoun(lexicon, noun.lemma);
  if (kinds.has('time') !== kinds.has('place')) return kinds.has('time') ? 'when' : 'where';
  return undefined;
}

/** The words of a clause's subject: "the time *the QRF* left". */
const SUBJECT = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/**
 * A request for the time or the place of an act the clause after it tells ("need the time EOD got to the mortar",
 * "give me the spot the truck flipped") asks when or where it was: the noun's clause, its subject and verb, is the
 * question.
 */
function whenOrWhere(question: string, words: Word[], det: number, lexicon: Lexicon): string | undefined {
  const noun = named(words, det);
  const wh = whOfNoun(words[noun], lexicon);
  const clause = words[noun + 1]?.lemma === 'that' ? noun + 2 : noun + 1;
  const verb = pastTags(words, clause, SUBJECT);
  if (!wh || verb === clause || !['VERB', 'AUX'].includes(words[verb]?.pos ?? '')) return undefined;
  return `${wh} ${question.slice(words[clause]!.start)}`;
}

/**
 * A request naming the kind asked ("name the person who went to North Korea", "list the weapons found in the cache",
 * "tell me the unit that hit the IED") asks what a "which" question does: which of that kind. Its relative clause
 * with "who" asks who did it, as "who went to North Korea?" does.
 */
function requested(question: string, words: Word[], lexicon: Lexicon): string | undefined {
  let det = requestVerb(words, lexicon);
  if (det < 0) return undefined;
  while (words[det] && speaker(words[det]!)) det++;
  // "Tell me *which* unit…" wraps a question of its own.
  if (words[det]?.pos !== 'DET' || isWhWord(words[det]!.text)) return undefined;
  let head = det;
  while (NAMING.has(words[head + 1]?.pos ?? '')) head++;
  const relative = words[head + 1];
  const asked = whenOrWhere(question, words, det, lexicon);
  if (asked) return asked;
  if (words[head]!.pos !== 'NOUN') return undefined;
  if (relative?.lemma === 'who') return question.slice(relative.start);
  const kind = question.slice(words[named(words, det)]!.start, words[head]!.end);
  const rest = RELATIVES.has(relative?.lemma ?? '') ? words[head + 2] : relative;
  return `which ${kind}${rest ? ` ${question.slice(rest.start)}` : ''}`;
}

/** The question a frame wraps: the wh-clause, without the words before it or the tail after its last comma. */
export function unframed(question: string, lexicon: Lexicon): string {
  const { words } = read(question);
  const request = requested(question, words, lexicon);
  if (request) return request;
  const at = words.findIndex((w) => isWhWord(w.text));
  if (at < 0) return question;
  const comma = words.map((w) => w.text).lastIndexOf(',');
  const tail = comma > at && frames(words.slice(comma + 1), lexicon) ? comma : words.length;
  const head = at > 0 && frames(words.slice(0, at), lexicon) ? at : 0;
  if (head === 0 && tail === words.length) return question;
  if (tail === words.length) return question.slice(words[head]!.start);
  return `${question.slice(words[head]!.start, words[tail]!.start).trim()}${question.trim().endsWith('?') ? '?' : ''}`;
}
