/**
 * Where a sentence gives a reason, as "why" asks for one: a word or phrase of cause or purpose ("because", "due to",
 * "in order to", "for fear of", "in response to", "caused by"), or an infinitive of purpose after a clause ("the
 * helicopters turned south *to avoid* the fire"). English says cause and purpose with a closed set of such words, as
 * it says place with its prepositions; the War Diary adds its shorthand ("IOT" in order to, "D/T" due to).
 */
import { PEOPLE_FILES, SENSE_DECAY, type Lexicon } from './lexicon.ts';
import { MOTION, tellsMovement } from './destinations.ts';
import { isIngForm, read, type Word } from './nlp.ts';
import { phrasalAt } from './question.ts';
import { endsClause, IN_PHRASE, phraseStart } from './slots.ts';

/** Words and phrases that open a cause, not an aim or a time ("IOT", "when"): what a thing is known from, groundsOf. */
const CAUSES = [
  /\bbecause\b/i,
  /\bdue to\b/i,
  /\bas (?:a )?result of\b/i,
  /\bowing to\b/i,
  /\bon account of\b/i,
  /\bthanks to\b/i,
];

/** Whether a text states a cause in one of the words English says it with ("ACCIDENT HAPPENED *BECAUSE* …"). */
export const statesCause = (text: string): boolean => CAUSES.some((marker) => marker.test(text));

/** WordNet's files of nouns naming something that happened: "accident", "incident" (event), "attack" (act). */
const EVENT_FILES = new Set(['noun.event', 'noun.act']);

/**
 * Whether a sentence states the cause of an event it names as its subject: "*ACCIDENT* HAPPENED *BECAUSE* THE ROAD
 * BROKE AWAY." In the report the question points to, such a noun is the report's own event, whatever verb the question
 * tells it with ("why did the Wolf *overturn*"): the subject is the last noun before the clause's verb, the clause the
 * one a marker of cause (CAUSES) follows.
 */
export function causesEvent(text: string, lexicon: Lexicon): boolean {
  const { words } = read(text);
  const at = words.findIndex((w) => causeOpening(text, w.start) !== undefined);
  if (at < 0) return false;
  let opens = at;
  while (opens > 0 && words[opens - 1]!.pos !== 'PUNCT' && !BINDS.has(words[opens - 1]!.pos)) opens--;
  const verb = words.findIndex((w, k) => k >= opens && k < at && (w.pos === 'VERB' || w.pos === 'AUX'));
  const subject = words
    .slice(opens, verb < 0 ? opens : verb)
    .reverse()
    .find((w) => w.pos === 'NOUN');
  return !!subject && EVENT_FILES.has(lexicon.filedUnder(subject.lemma, 'noun') ?? '');
}

/** Words and phrases that open a cause or a purpose: what follows them is the reason. */
const REASON_MARKERS = [
  ...CAUSES,
  /\bin order (?:not )?to\b/i,
  /\bIOT\b/,
  /\bso that\b/i,
  /\bsince\b/i,
  // Not the War Diary's field name ("WHEN: 122200ZJUN08"), which opens no clause.
  /\bwhen\b(?!:)/i,
  /\bfor (?:lack|want) of\b/i,
  /\b(?:for|out of) fear (?:of|that)\b/i,
  /\bin (?:an? )?(?:effort|attempt|bid) to\b/i,
  /\bso as (?:not )?to\b/i,
  /\bin (?:response|reply|reaction|retaliation|revenge|reprisal) (?:to|for)\b/i,
  /\b(?:caused|prompted|triggered) by\b/i,
  /\bD\/T\b/,
  // "as" after a comma and before a subject pronoun opens a clause of cause, as "since" does: "leaving behind the IED
  // components, *as they did not want* to have them"; not "as" of likeness ("such as", "as well as"), which no comma
  // and pronoun frame.
  /(?<=,\s*)\bas\b(?=\s+(?:they|he|she|it|we|there)\b)/i,
];

/**
 * Whether a phrase of cause ends at `offset`: the "to" of "due to", "owing to", "thanks to" opens a reason ("Due to
 * *NAD MEDEVAC*"), not where something went or was.
 */
export const endsReasonMarker = (text: string, offset: number): boolean =>
  MARKER_ENDS.some((marker) => marker.test(text.slice(0, offset)));
/** Each marker, as it ends a text. */
const MARKER_ENDS = REASON_MARKERS.map((marker) => new RegExp(`(?:${marker.source})$`, marker.flags));

/**
 * The marker of cause a text opens with at `offset` ("*due to* trail of blood"), if it opens with one: one list of
 * causes for the reasons "why" asks and the grounds "how did they know" asks (kinds.ts groundsOf).
 */
export const causeOpening = (text: string, offset: number): string | undefined =>
  CAUSE_OPENINGS.map((marker) => marker.exec(text.slice(offset))?.[0]).find((m) => m !== undefined);
/** Each marker of cause, as it opens a text. */
const CAUSE_OPENINGS = CAUSES.map((marker) => new RegExp(`^(?:${marker.source})`, marker.flags));

/**
 * Verbs whose infinitive after a clause can only tell its aim: to keep a thing from happening or to make sure of it.
 * A bare infinitive of any verb may complete a noun instead ("in charge *to carry out* attacks", "permission *to
 * leave*"): measured on the judged set, reading every one as a purpose quoted a wrong reason.
 */
const AIMS = ['avoid', 'prevent', 'ensure'];
/** How close WordNet must bring a verb to one of AIMS to aim as it does: a synonym of its two commonest senses. */
const AIMS_LIKE = 0.55;
/** Words an infinitive completes rather than gives a purpose to: "wanted *to* go", "able *to* go", "has *to* go". */
const COMPLETED = new Set(['VERB', 'AUX', 'ADJ', 'PART', 'ADP', 'SCONJ']);

/** Where a text says something: from one offset to another. */
interface Range {
  start: number;
  end: number;
}

/**
 * A reason a text gives, and where it names apart what the reason brought about and of whom it is said, when it does
 * (degreeCauses).
 */
export interface ReasonSpan extends Range {
  causes?: { act: Range; of: Range };
}

/** Words that open a clause: its subject follows. */
const BINDS = new Set(['CCONJ', 'SCONJ']);

/**
 * The reasons a text gives, each from the word that opens it to the end of the text: each surely a reason. `going`: the
 * question asks why someone goes (goingAsked), whose purpose any infinitive after the going may say.
 */
export function reasonSpans(
  text: string,
  words: Word[],
  lexicon: Lexicon,
  going = false,
  acts: Set<string> = new Set(),
): ReasonSpan[] {
  const spans: ReasonSpan[] = [];
  for (const marker of REASON_MARKERS) {
    const m = marker.exec(text);
    if (m && !onlyWhen(text, words, m)) spans.push({ start: m.index, end: text.length });
  }
  // "…turned south *to avoid* the fire", "…host a press conference *to prevent* negative messages": "to" and a verb of
  // aim after a clause that has its verb, not after a word the infinitive completes; when going is asked, any verb
  // after a going or its means ("awaiting a *flight* to attend HAJJ").
  const aims = (verb: Word) =>
    AIMS.includes(verb.lemma) ||
    lexicon.related(verb.lemma, 'verb').some((r) => AIMS.includes(r.word) && r.weight >= AIMS_LIKE);
  words.forEach((w, i) => {
    const [before, verb] = [words[i - 1], words[i + 1]];
    if (w.lemma !== 'to' || verb?.pos !== 'VERB' || !before || COMPLETED.has(before.pos)) return;
    const ahead = words.slice(0, i);
    if (ahead.some((b) => b.pos === 'VERB') && ((going && tellsMovement(ahead, lexicon)) || aims(verb)))
      spans.push({ start: w.start, end: text.length });
  });
  spans.push(...degreeCauses(words), ...purposesFor(words, lexicon), ...operationsAimed(words, lexicon));
  spans.push(...actsAimed(text, words, acts, lexicon));
  return spans;
}

/**
 * WordNet's frames of a verb taking an infinitive as its complement: "Somebody ----s somebody to INFINITIVE", "…
 * somebody INFINITIVE", "… to INFINITIVE", "… INFINITIVE", "Something ----s INFINITIVE".
 */
const INFINITIVE_FRAMES = new Set([24, 25, 28, 32, 35]);
/** How many of a verb's commonest senses are read for an infinitive it takes. */
const COMPLEMENT_SENSES = 3;

/**
 * "Why did the JTAC ask for both sides of the ridgeline to be engaged?": "Stryker 30N asked OD and HAWG to
 * *engage both sides of the ridgeline to provide suppressive fires* for incoming MEDEVAC". An infinitive right after
 * the act "why" asks of, told in the question's own verb (`acts`) and what it was done to or when, says what the act
 * was for, as English gives an act's purpose. Only the question's act: after any verb, an infinitive may complete a
 * noun instead ("in charge to carry out attacks", AIMS). Not after a verb taking an infinitive as its complement
 * ("*asked* OD *to engage*": what was asked is no reason for asking), which WordNet's frames tell; only after a noun, a
 * name or an adverb closing the act's phrase, not after a word the infinitive completes ("able *to*").
 */
function actsAimed(text: string, words: Word[], acts: Set<string>, lexicon: Lexicon): ReasonSpan[] {
  const complemented = (verb: Word) =>
    lexicon
      .senses(verb.lemma, 'verb')
      .slice(0, COMPLEMENT_SENSES)
      .some((s) => s.frames.some((f) => INFINITIVE_FRAMES.has(f)));
  return words.flatMap((w, i): ReasonSpan[] => {
    if (w.lemma !== 'to' || words[i + 1]?.pos !== 'VERB' || !AIMED_AFTER.has(words[i - 1]?.pos ?? '')) return [];
    let k = i - 1;
    while (k >= 0 && words[k]!.pos !== 'VERB' && !/^[.;!?]$/.test(words[k]!.text)) k--;
    const verb = words[k];
    if (verb?.pos !== 'VERB' || !acts.has(verb.lemma.toLowerCase()) || complemented(verb)) return [];
    return [{ start: w.start, end: text.length }];
  });
}
/** The words closing an act's phrase before an infinitive of its purpose: "the ridgeline *to*", "TOMORROW *TO*". */
const AIMED_AFTER = new Set(['NOUN', 'PROPN', 'ADV', 'NUM']);

/** Whether the noun at `k` opens its phrase with a determiner, past its modifiers: "*a* 5 day mission". */
const determined = (words: Word[], k: number) => words[phraseStart(words, k) - 1]?.pos === 'DET';

/** WordNet's word for an undertaking sent out to do a thing, whose kinds the reports name ("mission", "raid"). */
const OPERATION = 'military_operation';

/**
 * "During *a operation* DEU QRF *to pick up* an old Rusian tank", "on *a mission to assess* the road": an infinitive
 * after a military operation, across the names of who carried it out, says what the operation was for, as an operation
 * is sent to do a thing. Only in a phrase opened by a determiner, which makes the noun an operation had ("in charge to
 * carry out attacks" names no charge made); the purpose runs to the end of its clause.
 */
function operationsAimed(words: Word[], lexicon: Lexicon): ReasonSpan[] {
  const operation = (w: Word) =>
    w.pos === 'NOUN' &&
    (lexicon.isA(w.lemma.toLowerCase(), OPERATION) ||
      lexicon.senses(w.lemma.toLowerCase(), 'noun').some((s) => s.words.includes(OPERATION)));
  return words.flatMap((w, i): ReasonSpan[] => {
    if (w.lemma !== 'to' || words[i + 1]?.pos !== 'VERB') return [];
    let k = i - 1;
    while (words[k]?.pos === 'PROPN') k--;
    if (!words[k] || !operation(words[k]!) || !determined(words, k)) return [];
    let last = i + 1;
    while (words[last + 1] && words[last + 1]!.text !== ',' && !endsClause(words[last + 1]!)) last++;
    return [{ start: w.start, end: words[last]!.end }];
  });
}

/** WordNet's files of nouns that, after "for", say what an act was done for: an act ("for *treatment*") or a motive. */
const PURPOSE_FILES = new Set(['noun.act', 'noun.motive']);
/** How many words a phrase after "for" may run to. */
const FOR_WORDS = 4;

/**
 * "…DROP OFF A LN AT FOB SHANK *FOR MEDICAL ATTENTION*", "evacuated *for treatment*", "closed *for security reasons*":
 * "for" after a clause with its verb, and a noun phrase ending in a noun of an act or a motive, says what the act was
 * done for, as an infinitive of purpose does. Not one naming someone first ("for the patrol", a group, is whom it was
 * for), a time ("for 2 hours") or a thing ("searched for weapons"), which WordNet files elsewhere.
 */
function purposesFor(words: Word[], lexicon: Lexicon): ReasonSpan[] {
  const purpose = (noun: Word) => {
    const files = lexicon
      .senses(noun.lemma.toLowerCase(), 'noun')
      .slice(0, SENSE_DECAY.length)
      .map((s) => s.lexname);
    return !!files.length && !PEOPLE_FILES.has(files[0]!) && files.some((f) => PURPOSE_FILES.has(f));
  };
  return words.flatMap((w, i): ReasonSpan[] => {
    // Right after its verb, "for" completes it ("asked *for* help", "implicated *for* the killing"), as a preposition
    // a verb takes does; a purpose stands after what the act was done to or where ("DROP OFF A LN AT FOB SHANK *FOR*").
    if (w.lemma.toLowerCase() !== 'for' || w.pos !== 'ADP' || words[i - 1]?.pos === 'VERB') return [];
    let last = i;
    while (last < i + FOR_WORDS && words[last + 1] && IN_PHRASE.has(words[last + 1]!.pos)) last++;
    const sentence = words.slice(0, i);
    const opens = sentence.map((b) => /^[.;!?]$/.test(b.text)).lastIndexOf(true) + 1;
    const acted = sentence.slice(opens).some((b) => b.pos === 'VERB');
    return acted && last > i && words[last]!.pos === 'NOUN' && purpose(words[last]!)
      ? [{ start: w.start, end: words[last]!.end }]
      : [];
  });
}

/**
 * Whether a "why" question asks why someone goes ("why is the governor *going* away?"): one goes somewhere to do
 * something, and the reports say it in an infinitive after the going or its means ("in Kabul awaiting a flight *to
 * attend HAJJ*"), of any verb, not only one of aim. A verb of motion said with its particle is one too ("why did the
 * OMLT *pull out* of the fight?", pull_out filed under motion though "pull" alone is not): the report tells it in one
 * word ("THE OMLT WITHDREW FROM THE FIGHT … *TO SET UP A CORDON*").
 */
export const goingAsked = (question: Word[], lexicon: Lexicon) =>
  question[0]?.lemma === 'why' &&
  question.some(
    (w, i) =>
      w.pos === 'VERB' &&
      [w.lemma, phrasalAt(question, i, lexicon)?.together].some((v) => v && lexicon.filedUnder(v, 'verb') === MOTION),
  );

/**
 * Whether a "when" clause only says the time of the clause before it: set against it by "than" ("more in attendance
 * today *than when* we addressed the same group"), or breaking into an act under way ("were in the process of
 * emplacing an IED *when* they detected the CF convoy"), as English tells an act interrupted.
 */
function onlyWhen(text: string, words: Word[], match: RegExpExecArray): boolean {
  if (match[0].toLowerCase() !== 'when') return false;
  const before = text.slice(0, match.index);
  return (
    THAN_END.test(before) || IN_PROCESS.test(before.split(/[.;!?]\s/).at(-1) ?? before) || goingOn(words, match.index)
  );
}

/**
 * Whether the clause before the "when" at `at` is in the progressive, "be" and a verb in "-ing" ("were *emplacing*"),
 * not any word in "-ing" after "was" ("was *nothing*", "was *morning*").
 */
function goingOn(words: Word[], at: number): boolean {
  let k = words.findIndex((w) => w.start >= at) - 1;
  for (; k > 0 && !/^[.;!?]$/.test(words[k]!.text); k--)
    if (
      words[k - 1]!.pos === 'AUX' &&
      words[k - 1]!.lemma === 'be' &&
      words[k]!.pos === 'VERB' &&
      isIngForm(words[k]!.text)
    )
      return true;
  return false;
}
/** "than" right before a "when". */
const THAN_END = /\bthan\s*$/i;
/** A clause telling an act under way in words: "was *in the process of*". */
const IN_PROCESS = /\b(?:was|were|is|are)\s+in the (?:process|middle) of\b/i;

/**
 * "The workers were *so anxious to get home* that they had to leave", "the fire was *so heavy* that the patrol
 * withdrew": "so" before an adjective or adverb, and a "that" after it in the same sentence, says a degree great enough
 * to bring about what the "that" clause tells — the phrase from "so" to "that" is its cause, the clause after "that"
 * what it caused, and the clause before "so" what has that degree: the reason of that act only, said of that one
 * (`causes`). (Without the "that" it is only a degree or a link: "so many", "so the ANP went back".)
 */
function degreeCauses(words: Word[]): ReasonSpan[] {
  const spans: ReasonSpan[] = [];
  words.forEach((w, i) => {
    if (w.lemma !== 'so' || !['ADJ', 'ADV'].includes(words[i + 1]?.pos ?? '')) return;
    const stop = words.findIndex((r, k) => k > i && r.pos === 'PUNCT' && r.text !== ',');
    const end = stop < 0 ? words.length : stop;
    const that = words.findIndex((r, k) => k > i + 1 && k < end && r.lemma === 'that');
    if (that < 0) return;
    let opens = i - 1;
    while (opens >= 0 && words[opens]!.pos !== 'PUNCT' && !BINDS.has(words[opens]!.pos)) opens--;
    const act = { start: words[that]!.start, end: words[end - 1]!.end };
    const of = { start: words[opens + 1]!.start, end: w.start };
    spans.push({ start: w.start, end: words[that - 1]!.end, causes: { act, of } });
  });
  return spans;
}

/**
 * "Why *couldn't* the ANA hit back?", "why *didn't* they stop?": asked why an act failed or was not done, a sentence
 * telling the attempt gives the reason in a clause after "but" ("…fired two rounds back, *but the fire position was out
 * of range*"), or after a "however" opening a clause of its own ("A second POO site was acquired; *however, was out of
 * FOB Orgun-E 120mm range*"). English sets what thwarted an act against it so. From "but" or "however" to the end,
 * after a clause with its verb; only for a question denying its act (asksFailure), as "but" otherwise only sets two
 * things side by side.
 */
export function thwartedSpans(text: string, words: Word[]): ReasonSpan[] {
  return words.flatMap((w, i) =>
    setsAgainst(words, i) && words.slice(0, i).some((b) => b.pos === 'VERB')
      ? [{ start: w.start, end: text.length }]
      : [],
  );
}

/** Whether the word at `i` sets a clause against the one before: "but", or "however" after a stop or a comma. */
const setsAgainst = (words: Word[], i: number) =>
  (words[i]!.lemma === 'but' && words[i]!.pos === 'CCONJ') ||
  (words[i]!.lemma === 'however' && words[i - 1]?.pos === 'PUNCT');

/** Whether a "why" question denies its act: "why *couldn't*…", "why *didn't*…", "why was it *not*…". */
export const asksFailure = (question: Word[]) =>
  question[0]?.lemma === 'why' && question.slice(1, 4).some((w) => w.lemma === 'not' || w.text.toLowerCase() === "n't");
