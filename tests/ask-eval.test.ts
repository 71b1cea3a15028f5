/**
 * The answerer on its judged questions (bench/ask-judged.ts, `npm run eval:ask`):
 * a regression fails here. Issue 11's targets (≥ 90 % right, ≤ 3 % wrong, ≥ 90 %
 * of the unanswerable declined) are not met yet: the floors below are today's
 * figures, raised as the answerer improves, never lowered.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASK_CASES, FIRST_SET, TABLE } from '../bench/ask-judged.ts';
import { SECOND_SET } from '../bench/ask-judged-second.ts';
import { THIRD_SET } from '../bench/ask-judged-third.ts';
import { FOURTH_SET } from '../bench/ask-judged-fourth.ts';
import { PROBE_SET } from '../bench/ask-probes.ts';
import { evaluate, judge, tally, type Judged } from '../bench/eval-ask.ts';
import type { Desk } from '../src/desk.ts';
import { createDesk } from '../src/desk/memory.ts';
import { openDesk, openIndex, SHIPPED_CORPUS } from '../src/open.ts';
import { deskErrorText } from '../src/render/errors.ts';
import { answerQuestion, questionSearch } from '../src/search/answer.ts';
import { parseQuery } from '../src/search/query.ts';
import type { SearchIndex } from '../src/search/index.ts';
import { mashupReports, writeMashupCsv } from './fixtures/mashup.ts';

let dir: string;
let both: Desk;
let bothIndex: SearchIndex;
let article: Desk;
let judged: Judged[];
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ask-eval-'));
  const csv = path.join(dir, 'mashup.csv');
  await writeMashupCsv(csv);
  ({ index: bothIndex } = await openIndex({ corpus: [csv, SHIPPED_CORPUS], cache: false, allowRejects: true }));
  both = createDesk(bothIndex);
  ({ desk: article } = await openDesk({ corpus: [SHIPPED_CORPUS], cache: false }));
  judged = await evaluate(both);
  // It answers 184 questions: beside other suites on a busy 2-core machine that has passed 30 s.
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A question answered over the article and the War Diary sample, read as the answerer reads it. */
const answerOf = (question: string) => answerQuestion(bothIndex, parseQuery(question, bothIndex.glossary));

describe('the judged set', () => {
  it('has at least 80 questions, 15 the corpora cannot answer, and a held-out part', () => {
    expect(FIRST_SET.length + SECOND_SET.length + THIRD_SET.length + FOURTH_SET.length).toBe(ASK_CASES.length);
    expect(ASK_CASES.length).toBeGreaterThanOrEqual(80);
    expect(ASK_CASES.filter((c) => !c.reports.length).length).toBeGreaterThanOrEqual(15);
    expect(ASK_CASES.filter((c) => c.holdout).length).toBeGreaterThanOrEqual(15);
    expect(new Set(ASK_CASES.map((c) => c.question)).size).toBe(ASK_CASES.length);
  });

  it('judges against words the reports really hold, in one of their sentences or two adjacent ones', () => {
    const texts = new Map<string, string>([
      ...mashupReports().map((r) => [r.key, r.summary.replace(/&amp;/g, '&').replace(/\s+/g, ' ')] as [string, string]),
      ...bothIndex.order.map(
        (r) => [r.id, [...r.quotes, ...r.paraphrase].join(' ').replace(/\s+/g, ' ')] as [string, string],
      ),
    ]);
    for (const c of [...ASK_CASES, ...PROBE_SET].filter((k) => k.reports.length)) {
      const answerable = c.reports.some((id) => judge(c, { report: id, text: texts.get(id) ?? '' }, false) === 'right');
      expect(answerable, c.question).toBe(true);
    }
  });
});

describe('the answerer on the judged set', () => {
  it('does better than before issue 11, and holds today’s figures', () => {
    const now = tally(judged);
    const before = tally(judged.map((j) => ({ case: j.case, outcome: j.baseline })));
    expect(now.right).toBeGreaterThan(before.right);
    expect(now.wrong).toBeLessThanOrEqual(before.wrong);
    expect(now.right).toBeGreaterThanOrEqual(325);
    expect(now.wrong).toBeLessThanOrEqual(7);
    expect(now.declined).toBeGreaterThanOrEqual(63);
    // The answer comes first, quoted or as the first closest passage, for 338 of the 384 answerable questions (a quote
    // moves a question from one count to the other).
    const answeredRight = now.right - now.declined;
    expect(answeredRight + now.closestHolding).toBeGreaterThanOrEqual(338);
  });

  it("marks the answer's own words in most right quotes that mark words (bold in Discord)", () => {
    // Judged loosely (bench/eval-ask.ts marksAnswer): a judged phrase holds the marked words, or they hold it.
    expect(judged.filter((j) => j.marks).length).toBeGreaterThanOrEqual(229);
  });

  it('leaves no answerable question at a dead end: an answer or the closest passages', () => {
    for (const j of judged.filter((k) => k.case.reports.length)) expect(j.outcome, j.case.question).not.toBe('silent');
  });
});

describe('the glossary in the question', () => {
  /** The words a question's word is bridged to, as the answerer searches them. */
  const bridges = (question: string, word: string) =>
    questionSearch(bothIndex, parseQuery(question, bothIndex.glossary))
      .query.units.find((u) => u.tokens[0]!.norm === word)!
      .related!.map((r) => r.norm);
  it('bridges a plain word to the kinds the glossary names by it: "bomb" to IED and VBIED, "killed" to EKIA', () => {
    expect(bridges('Where had the bomb been hidden?', 'bomb')).toEqual(expect.arrayContaining(['ied', 'vbied']));
    expect(bridges('Who killed them?', 'killed')).toContain('ekia');
  });

  it("reads a participle said as a state as WordNet's adjective, and a bridged word in the glossary's other forms", () => {
    // "Got hurt" is wounded (the War Diary's WIA), not the verb's commonest sense, to ache.
    expect(bridges('Who got hurt in the attack?', 'hurt')).toEqual(expect.arrayContaining(['wounded', 'wia']));
    // "Died" is what "kill" causes: the War Diary writes KIA.
    expect(bridges('How many villagers died?', 'died')).toEqual(expect.arrayContaining(['kill', 'kia']));
    // A name asked in two words that the War Diary writes in one ("YAYAKHEL Shura").
    expect(bridges('Who was let go in Yaya Khel?', 'yaya')).toContain('yayakhel');
    expect(bridges('Who was let go in Yaya Khel?', 'khel')).toContain('yayakhel');
  });

  it('bridges to the form the reports hold when they hold the lemma only inflected ("tie" as "tied")', () => {
    // The stemmer cuts "tied" to "ti" but leaves the lemma "tie" whole.
    expect(bridges('who were the seven arabs in herat linked to?', 'linked')).toContain('tied');
  });

  it("reads the asker's words for the War Diary's forms: a Humvee its M1114, an Afghan cop its ANP", () => {
    const concepts = (question: string) =>
      parseQuery(question, bothIndex.glossary).units.flatMap((u) => (u.conceptId ? [u.conceptId] : []));
    const pairs: [string, string][] = [
      ['Why did the Humvee tip over?', 'Why did the M1114 tip over?'],
      ['Who shot the Afghan cop?', 'Who shot the ANP?'],
      ['Who was sent back to Guantanamo?', 'Who was sent back to GTMO?'],
      ['Where was the cyclist evacuated to?', 'Where was the cyclist evacd to?'],
    ];
    for (const [asked, written] of pairs) {
      expect(concepts(asked), asked).toHaveLength(1);
      expect(concepts(asked), asked).toEqual(concepts(written));
    }
  });

  it('counts what a "how many" question asks in the glossary\'s words for it too ("3X INS" for insurgents)', () => {
    const { question } = questionSearch(
      bothIndex,
      parseQuery('How many insurgents did the NDS arrest?', bothIndex.glossary),
    );
    expect([...question.measure!]).toEqual(expect.arrayContaining(['insurgents', 'ins']));
  });
});

describe('how sure', () => {
  it('says which check declined a sentence it found: a yes/no question asks for no kind of answer', () => {
    const asked = answerOf('Did the weapons deal collapse?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('asks-no-kind');
  });

  it('quotes a sentence saying all a yes/no or "how" question says, and declines one saying only part', async () => {
    const how = await both.ask('How are the Iranians helping the group?');
    expect(how.ok && how.answer?.text).toContain('through intelligence');
    // "The seven Arabs are tied with AL MANSOUR…" holds the Arabs and Herat, but nothing of the Revolutionary Guards.
    const guards = answerOf('Were the Revolutionary Guards involved with the Arabs fighting in Kandahar?');
    expect([guards.answer, guards.declined]).toEqual([null, 'asks-no-kind']);
    // "How often" asks a frequency, not how a thing is done.
    const often = answerOf('How often do Iranian weapons turn up?');
    expect(often.answer).toBeNull();
  });

  it('answers "which X were in Y?" with what Y consisted of, and not from a sentence naming nothing Y held', async () => {
    const patrol = await both.ask('Which vehicles were in the German patrol attacked on LOC Pluto?');
    expect(patrol.ok && patrol.answer && patrol.answer.text.slice(...patrol.answer.span!)).toBe('1 FENNEK and 1 DINGO');
    const convoy = await both.ask('Which vehicles were in the convoy to Tehran?');
    expect(convoy.ok && convoy.answer).toBeFalsy();
  });

  it('answers "what did X do with Y?" with what the sentence after says X did, not with what the question says', async () => {
    const outcome = await both.ask('What did the construction workers do with the UXO they found near the PRT?');
    expect(outcome.ok && outcome.answer && outcome.answer.text.slice(...outcome.answer.span!)).toBe(
      'brought it to the northern gate and marked it with stones',
    );
  });

  it('quotes a short sentence whose answer stands beside the one question word it holds, its report holding the rest', async () => {
    const outcome = await both.ask('Who is looking into the killings in Shingar?');
    expect(outcome.ok && outcome.answer && [outcome.answer.text, outcome.answer.confidence]).toEqual([
      'ANP are investigating.',
      'likely',
    ]);
  });
});

describe("a report's sentences telling what the answer is about", () => {
  it("do not rival a likely answer that names what is asked next to the question's words", async () => {
    // "…found 1x 107mm rocket … in the backyard of a resident of Qisilabad" holds more of the question, but no answer.
    const outcome = await both.ask('What did the man in Qisilabad want in exchange for the rockets in his backyard?');
    expect(
      outcome.ok && outcome.answer && [outcome.answer.text.slice(...outcome.answer.span!), outcome.answer.confidence],
    ).toEqual(['timber', 'likely']);
  });

  it('still rival when the report lacks a name the question gives, or a "how much" is answered by no number', () => {
    const { answer, declined } = answerOf('What were the Arabs in Kandahar supposed to do?');
    expect([answer, declined]).toEqual([null, 'lead']);
    // No sum of money at all: a capitalised word is none, though WordNet files it among qualities.
    expect(answerOf('How much money did Aziz Ullah get for the suicide bomber?').answer).toBeNull();
  });
});

describe('a "which X" answer saying it is an X', () => {
  it('is not rivalled by a phrase only possibly one, its report naming the place the question gives', () => {
    // "FF are pulled back to ATHE KHAN KHWAJEH" names a place, not a border; the report holds Meng Derakht, not the
    // sentence, which holds the rest of what the question says.
    const outcome = answerOf(
      'Toward which border did the insurgents withdraw after attacking the police near Meng Derakht?',
    );
    expect(outcome.answer && outcome.answer.text.slice(...outcome.answer.span!)).toBe('TURKMENISTAN border');
  });

  it('is still rivalled when it is the rival that says it is an X', () => {
    // "…to come to LashKarGah City" names a city; the best sentence's "Bermel District" does not say it is one.
    const asked = answerOf('Which city were the bombers supposed to strike?');
    expect([asked.answer, asked.declined]).toEqual([null, 'other-report']);
  });

  it('needs the sentence to hold enough of the question besides the names its report holds', () => {
    // The Herat report names Al Mansour; its sentences hold little of the question but the name.
    const asked = answerOf('Where was Al Mansour, the bin Laden deputy, hiding in 2008?');
    expect([asked.answer, asked.declined]).toEqual([null, 'share']);
    // The report of Laswanday says nothing of compensation: no sentence of it names a sum of money.
    const paid = answerOf('How much compensation did the families in Laswanday get for the Objective Wolf deaths?');
    expect([paid.answer, paid.declined]).toEqual([null, 'names-no-kind']);
  });
});

describe('rivals from other reports', () => {
  it('are none when the best sentence says the main word and they, with their reports, do not', async () => {
    // Other reports of detainees brought to Bagram by TF 373 never say Guantanamo, the question's rarest word.
    const outcome = await both.ask(
      'Which detainee brought to Bagram by TF 3-73 had already been released from Guantanamo once?',
    );
    expect(outcome.ok && outcome.answer?.text).toContain('0831 Re-capture from prior GTMO Release');
  });

  it('are none when they say nothing of a noun the best sentence says, and nothing it does not', async () => {
    // "…bombers were tasked by Taliban/Al-Qaeda leaders to come to LashKarGah City" says nothing of anyone wounded.
    const outcome = await both.ask('Where were wounded Taliban taken by the Iranians?');
    expect(outcome.ok && outcome.answer && outcome.answer.text.slice(...outcome.answer.span!)).toBe('TEHERAN');
  });

  it('still block when they say every noun of the question the best sentence says', () => {
    // Other reports of detainees at Bagram say as much of the question, each with a count of its own.
    const asked = answerOf('How many detainees broke out of Bagram?');
    expect([asked.answer, asked.declined]).toEqual([null, 'other-report']);
  });

  it('still block when they say a noun the best sentence says, if only by a loose bridge', () => {
    // "Two Iranian agents … infiltrated Afghanistan" counts Iranians too, and a loose bridge of Herat: another story.
    const asked = answerOf('How many Iranian weapons were seized in Herat?');
    expect([asked.answer, asked.declined]).toEqual([null, 'other-report']);
  });

  it('still block when each says a noun of the question the other does not', () => {
    // "NDS agent … on actionable Intel" says no Iranian; the Iranian agents' report names no commander.
    const asked = answerOf('Who was the commander of the Iranian agents?');
    expect([asked.answer, asked.declined]).toEqual([null, 'other-report']);
  });

  it('are none when they name no answer a "how often" must have and their reports tell no more of the question', () => {
    // The Kandahar report holds Iranian weapons in Afghanistan too, but says nothing of how often: no other answer.
    const outcome = answerOf('How often are Iranian arms found in Afghanistan?');
    expect(outcome.answer?.text).toContain('Iranian arms are regularly discovered inside Afghanistan');
  });

  it('still block when their report holds a noun or name of the question that the best sentence’s lacks', () => {
    // The Kandahar report names no count, but it is the story of the Iranian weapons found in Kandahar.
    const asked = answerOf('How many Iranian weapons were discovered in Kandahar?');
    expect([asked.answer, asked.declined]).toEqual([null, 'other-report']);
  });

  it('are none when they name the same answer in another form of its words', () => {
    // "…suicide attacks on high level officials and Coalition forces" names the best's "[coalition force] members".
    const outcome = answerOf('Which forces were the terrorist attacks mainly aimed at?');
    expect(outcome.answer?.text).toContain('American forces');
  });

  it('are none when their reports hold the main word only by a word of its gloss', () => {
    // A PRT shura's report says "political" and "activities", words of WordNet's gloss of "terrorist", never the word.
    const outcome = answerOf('Which forces were the terrorist attacks mainly aimed at?');
    expect(outcome.answer?.report.id).toBe('ws-2006-06-03-iranian-agents');
  });

  it('still block when their report says the main word by a close synonym', () => {
    // The Bergdahl report's "TRADE BETWEEN THE U.S. AND TALIBAN" is WordNet's synonym of "deal": another deal, whose
    // terms ("15 OF THEIR TALIBAN BROTHERS … AND SOME MONEY") may be what "how much" asks.
    const asked = answerOf('How much money was the weapons deal?');
    expect([asked.answer, asked.declined]).toEqual([null, 'other-report']);
  });
});

describe('candidate reports of a long question', () => {
  const rareWords = (question: string) =>
    questionSearch(bothIndex, parseQuery(question, bothIndex.glossary)).rare?.units.map((u) =>
      u.tokens.map((t) => t.norm).join(' '),
    );

  it('are also found by its two rarest nouns, names or verbs that carry meaning, when it has more', () => {
    const long = 'how many kids died in the suicide car bomb attack on the German patrol from Kunduz?';
    expect(rareWords(long)).toEqual(['kids', 'suicide car bomb']);
    // Two words that say what is asked are the question's own words: nothing rarer to look for.
    expect(rareWords('Who went to North Korea?')).toBeUndefined();
  });

  it('reach the report that answers, ranked below those holding more of its common words', async () => {
    const outcome = await both.ask(
      'how many kids died in the suicide car bomb attack on the German patrol from Kunduz?',
    );
    expect(outcome.ok && outcome.answer?.report.id).toBe('GER-0023');
    expect(outcome.ok && outcome.answer?.text).toContain('5 killed LN (children)');
  });
});

describe('dates as asked', () => {
  it('finds a War Diary report by the month and year a question names, though it writes them as "211517ZNOV06"', async () => {
    const outcome = await both.ask('Where was a bomb found inside a girls school in November 2006?');
    expect(outcome.ok && outcome.answer?.text).toContain('girl');
  });
});

describe("issue 11's table, over the article corpus", () => {
  it('quotes all six as their answer ("evacuated to" by its report\'s "transports for injured people to TEHERAN")', async () => {
    const quoted = [];
    for (const c of TABLE) {
      const outcome = await article.ask(c.question);
      if (
        outcome.ok &&
        outcome.answer &&
        judge(c, { report: outcome.answer.report.id, text: outcome.answer.text }, false) === 'right'
      )
        quoted.push(c.question);
    }
    expect(quoted.length, quoted.join('\n')).toBe(TABLE.length);
  });

  it.each([
    ['what was the boy riding near Pol-e Khumri?', [{ typed: 'Khumri', read: 'kumri' }]],
    ['how many cases of dushka ammo were in the cache?', [{ typed: 'dushka', read: 'dshka' }]],
    // "Whose" asks and "horses" is English as written: the War Diary's near words ("whole", "houses") are not meant.
    ['Whose troops are the Arabs targeting?', []],
    ['Were any horses killed?', []],
  ])('reads "%s" with %j', async (question, corrected) => {
    const outcome = await both.ask(question);
    expect(outcome.ok && outcome.corrected).toEqual(corrected);
  });

  it.each(TABLE.map((c) => [c.question, c] as const))(
    '"%s" gets the sentence on its right first: quoted, or as the closest passage',
    async (_q, c) => {
      const outcome = await article.ask(c.question);
      if (!outcome.ok) throw new Error(deskErrorText(outcome.error));
      const { answer, results } = outcome;
      const first = answer
        ? { report: answer.report.id, text: answer.text }
        : { report: results[0]!.report.id, text: results[0]!.passage!.text };
      expect(judge(c, first, false)).toBe('right');
    },
  );
});

describe("issue 11's table: the words marked as the answer", () => {
  it.each([
    ['What was the value of the weapons deal?', 'undetermined amount of money'],
    ['Where were casualties evacuated to?', 'TEHERAN'],
    ['What were the odds the C4 came from Iran?', '92% probability'],
    // Not "seven Arabs": "which" picks one out, it does not count ("figure" is first a numeral in WordNet).
    ['Which al Qaeda figure are the Herat Arabs connected with?', 'MANSOUR'],
    ['What size was the group seen near Herat?', 'seven Arabs and four Iranians'],
    ['When will the shipment from North Korea come?', 'shortly after the new year'],
  ])('"%s" marks "%s"', async (question, marked) => {
    const outcome = await article.ask(question);
    const answer = outcome.ok ? outcome.answer : null;
    expect(answer?.span && answer.text.slice(...answer.span)).toBe(marked);
  });
});

describe('verbs of two words', () => {
  it('finds a sentence saying the asked act by a verb of two words, and still declines one not saying the rest', () => {
    // "Delivered" is bridged to WordNet's "hand_over", which the report writes as "handed over".
    const ask = (q: string) => answerOf(q).answer;
    expect(ask('Who were the BMP-1 rockets delivered to in Kunduz?')?.text).toContain('handed over to PRT KDZ HUMINT');
    expect(ask('Who were the BMP-1 rockets delivered to in Herat?')).toBeNull();
  });
});

describe("the question's main word", () => {
  it('is the rarest word some report holds: a word no report holds in any form is the asker’s wording', () => {
    // No report says "unearthed": the Kandahar report, saying the weapons were found there, answers all the same.
    const asked = answerOf('Where were the Iranian-made weapons unearthed?');
    expect([asked.answer?.report.id, asked.answer?.text]).toEqual([
      'ws-2007-04-22-iranian-weapons-kandahar',
      expect.stringContaining('found in Kandahar'),
    ]);
  });

  it('counts a word no report holds little as missing in a clause saying which one is meant, its report naming all', () => {
    // "Coworker" is nowhere: the report says "5x ANP officers (one identified as Nimitullah) brought a wounded ANP officer".
    const asked = answerOf('What was the name of the policeman who brought his wounded coworker to the Kamdesh PRT?');
    expect(asked.answer && asked.answer.text.slice(...asked.answer.span!)).toBe('Nimitullah');
    // The same clause naming a place the report does not: another story.
    const kunduz = answerOf(
      'What was the name of the policeman who brought his wounded coworker to the PRT in Kunduz?',
    );
    expect([kunduz.answer, kunduz.declined]).toEqual([null, 'missing-nouns']);
  });

  it('still declines when the word no report holds is what the question asks about', () => {
    // No report says "nephew" or "retire": Dr Amin's and Hekmatyar's reports say nothing of either.
    expect(answerOf('Who was the nephew of Dr Amin?').answer).toBeNull();
    expect(answerOf('When did Hekmatyar retire?').answer).toBeNull();
    // Nor is "taken", the only word some report holds, what the question is about: no report says "cyclist".
    expect(answerOf('Where was the cyclist taken?').answer).toBeNull();
  });
});

describe('"who is the X?"', () => {
  it('is answered by the name a sentence gives the role, not by a name standing elsewhere in a sentence saying it', () => {
    // "The Ministry of Foreign Affairs (MFA) wants … the June visit of the Iranian President" holds more of the question.
    const asked = answerOf('Who is the Iranian president?');
    expect(asked.answer && asked.answer.text.slice(...asked.answer.span!)).toBe('Mahmoud Ahmadinejad');
  });

  it('is not answered by the role itself: "Taliban/Al-Qaeda leaders" does not say who leads the Taliban', () => {
    const asked = answerOf('Who is the leader of the Taliban?');
    expect(asked.answer).toBeNull();
  });
});

describe('"who VERBed X?"', () => {
  it('is not answered by the one it was done to: "LN driver was wounded" does not say who shot the NDS employee', () => {
    const asked = answerOf('Who shot the NDS employee?');
    const wounded = asked.considered.find((c) => c.text.includes('LN driver was wounded'));
    expect(wounded).toBeDefined();
    expect(wounded?.kind).toBeUndefined();
    expect(asked.answer).toBeNull();
  });

  it('is answered by the doer after "by", though WordNet files "persons" under no kind', () => {
    const asked = answerOf('Who was the language assistant attacked by?');
    expect(asked.answer && asked.answer.text.slice(...asked.answer.span!)).toBe('3x persons');
  });
});

describe('a yes/no question said in the sentence’s own words', () => {
  it('is answered by a sentence whose verb WordNet files under the question’s: to cooperate is to work', () => {
    const asked = answerOf('Is Iranian intelligence working with al Qaeda?');
    expect(asked.answer?.text).toContain('Iranian intelligence is cooperating with al Qaeda');
  });

  it('is still declined when the sentence says another act of the same subject', () => {
    const asked = answerOf('Is Iranian intelligence fighting with al Qaeda?');
    expect([asked.answer, asked.declined]).toEqual([null, 'asks-no-kind']);
  });

  it('is stated by the sentence’s own words, not by the sentences around it', () => {
    // The Bergdahl report's prisoner "TRADE" is a deal, but only sentences after it say "ARM": it states no weapons deal.
    expect(answerOf('Did the weapons deal go through?').answer?.text).toBe(
      'The deal was closed for an undetermined amount of money.',
    );
  });

  it('asking whether someone said anything about a matter, is stated by their saying so of the sentence before', () => {
    const said = 'Have US military officials said anything about Iranian weapons showing up in Afghanistan?';
    expect(answerOf(said).answer?.text).toBe('American military officials have repeatedly said so.');
    // The sentence before says the weapons turn up in Afghanistan, not in Pakistan.
    expect(answerOf(said.replace('Afghanistan', 'Pakistan')).answer).toBeNull();
  });

  it('asking whether two are connected ("involved with"), is stated by any verb relating them, a group for its people', () => {
    // "[the group]" is the Arabs its report names; the participle "spotted in Herat" only says which Arabs.
    const involved = answerOf('Were the Revolutionary Guards involved with the Arabs spotted in Herat?');
    expect(involved.answer?.text).toContain('SEPAH-E-PASDARAN and they are supporting [the group]');
    // Fighting is no connection WordNet knows: "actions" holds its stem but no verb of the sentence says it.
    for (const asked of [
      'Were the Revolutionary Guards fighting the Arabs spotted in Herat?',
      'Were the Revolutionary Guards involved with the Arabs spotted in Kandahar?',
    ])
      expect([answerOf(asked).answer, answerOf(asked).declined], asked).toEqual([null, 'asks-no-kind']);
  });

  it('is answered by the sentence stating it, which only another sentence stating it rivals', () => {
    // Sentences of its report holding more of its words ("…messages from Qari Nejat … in Tagab valley") state nothing.
    expect(answerOf('Is Nejat moving between Tagab and Kohi Safi?').answer?.text).toContain(
      'Nejat continues to move between Tagab Vallet and the Kohi Safi District',
    );
    for (const asked of [
      'Is Nejat moving between Tagab and Kandahar?',
      'Did the Iran weapons deal actually go through?',
    ])
      expect([answerOf(asked).answer, answerOf(asked).declined], asked).toEqual([null, 'asks-no-kind']);
  });

  it('is stated of a subject its report says which of: "MEDEVAC 08-31B approved" in the report of the Kamdesh ANP', () => {
    expect(answerOf('Was the medevac for the ANP in Kamdesh approved?').answer?.text).toBe('MEDEVAC 08-31B approved.');
    for (const asked of [
      'Was the medevac for the ANP in Kunduz approved?',
      'Was the medevac for the ANP in Kamdesh denied?',
    ])
      expect([answerOf(asked).answer, answerOf(asked).declined], asked).toEqual([null, 'asks-no-kind']);
  });
});

describe('a verb saying only how far an act went ("trying to", "supposed to")', () => {
  it('leaves the act to the verb after it: a rival meeting only "trying" (by "tests") answers nothing', () => {
    const asked = answerOf('What were the Iranian spies trying to get ordinary Afghans to do?');
    expect(asked.answer?.text).toContain('making propaganda');
    // "Want them to do": the wanting is no more the act than the trying.
    expect(answerOf('What did the Iranian spies want ordinary Afghans to do?').answer?.text).toContain('propaganda');
  });

  it('still declines when no sentence says the act asked', () => {
    const asked = answerOf('What were the Iranian spies trying to sell to ordinary Afghans?');
    expect(asked.answer).toBeNull();
    // "Bermel District" and "an ied strike" stand in two sentences: the place is not where the strike was aimed.
    const strike = answerOf('Which city were the bombers supposed to strike?');
    expect(strike.answer?.text ?? '').not.toContain('Bermel');
  });
});

describe('"why" answered by the reasons report prose gives', () => {
  it.each([
    ['Why did the shooter engage the Coalition aircraft?', 'in response to AWT gun runs'],
    ['Why was the BV 206S out of order?', 'CAUSED BY WEAPON EFFECTS'],
    ['Why should CF in Kabul host a press conference?', 'to prevent negative messages'],
    // Not the report's "WHEN: 122200ZJUN08" header, which names no reason.
    ['Why did the MH-47s turn south?', 'to avoid the probable DShK fire'],
  ])('"%s" is answered with "%s"', (question, reason) => {
    const { answer } = answerOf(question);
    expect(answer && answer.text.slice(...answer.span!)).toContain(reason);
  });

  it('reads a modal as saying how sure, not what was done: "why might" asks why', () => {
    const { answer } = answerOf('Why might the IED cell be weakened?');
    expect(answer && answer.text.slice(...answer.span!)).toContain('as a result of this operation');
    expect(answerOf('Why might the IED cell be strengthened?').answer).toBeNull();
  });

  it('still declines a sentence whose infinitive completes a noun: "in charge to carry out" gives no reason', () => {
    const asked = answerOf('Why did the Arabs in Herat carry out suicide attacks?');
    expect([asked.answer, asked.declined]).toEqual([null, 'names-no-kind']);
  });
});

describe('a "how many" question counting what its verb says', () => {
  it('is answered by the count of a sentence saying the act, in the War Diary\'s acronym for it ("4x EKIA")', () => {
    const { answer } = answerOf('How many enemy fighters did TF Titan kill near the overwatch position?');
    expect(answer?.text).toMatch(/\dx EKIA/);
  });

  it('is not answered by the count of the killed when it asks of another act', () => {
    const { answer } = answerOf('How many enemy fighters did TF Titan see near the overwatch position?');
    expect(answer?.text ?? '').not.toMatch(/EKIA/);
  });
});
