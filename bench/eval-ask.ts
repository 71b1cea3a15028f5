/**
 * `npm run eval:ask`: the answerer on the judged questions (bench/ask-judged.ts),
 * over one desk holding the article corpus and the real War Diary sample,
 * beside the answerer as it was before issue 11 (bench/ask-baseline.json).
 *
 * Each question comes out right (the quote is from a report that answers it
 * and holds what it must; for a question the corpora cannot answer, anything
 * but a quote), wrong (a quote that is not the answer), closest (no quote, the
 * closest passages) or silent (nothing); a right quote marking words as the
 * answer, whether they are the answer's (`marksAnswer`). `--all` prints every question
 * but the held-out ones, which `--held-out` adds (their totals are what is read);
 * `--probes` adds the probe questions the answerer was developed on (bench/ask-probes.ts), outside the totals;
 * `--gates`, for each question given the closest passages, which of the
 * answerer's checks declined to quote the sentence it found first;
 * `--ranks` prints, for each answerable question not answered right, where its
 * report ranked among those found and its sentence among those weighed last,
 * and the sentence that came first.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AskResults, Desk } from '../src/desk.ts';
import { createDesk } from '../src/desk/memory.ts';
import { openIndex, SHIPPED_CORPUS } from '../src/open.ts';
import { answerQuestion, correctedQuestion } from '../src/search/answer.ts';
import type { SearchIndex } from '../src/search/index.ts';
import { writeMashupCsv } from '../tests/fixtures/mashup.ts';
import { ASK_CASES, FIRST_SET, type AskCase } from './ask-judged.ts';
import { SECOND_SET } from './ask-judged-second.ts';
import { THIRD_SET } from './ask-judged-third.ts';
import { FOURTH_SET } from './ask-judged-fourth.ts';
import { PROBE_SET } from './ask-probes.ts';

export type Outcome = 'right' | 'wrong' | 'closest' | 'silent';

export interface Judged {
  case: AskCase;
  outcome: Outcome;
  /** What was quoted, when something was. */
  quoted?: { report: string; text: string };
  /** Without a quote, whether the first closest passage holds the answer all the same. */
  closestHolds?: boolean;
  /** For a right quote, whether the words it marks as the answer are the answer's (`marksAnswer`). */
  marks?: boolean;
  baseline: Outcome;
}

/** A quote is the answer when a report that answers gave it and it holds what it must. */
export function judge(c: AskCase, quoted: { report: string; text: string } | null, closest: boolean): Outcome {
  if (!quoted) return closest ? 'closest' : 'silent';
  if (!c.reports.includes(quoted.report)) return 'wrong';
  const text = quoted.text.toLowerCase();
  const held = c.holds.every((h) => formsOf(h).some((s) => text.includes(s)));
  return held ? 'right' : 'wrong';
}

/**
 * Whether the words a quote marks are the answer's: one of the question's `holds` has a form the marked words hold, or
 * that holds them ("MANSOUR" in "tied with AL MANSOUR").
 */
export function marksAnswer(c: AskCase, marked: string): boolean {
  const words = marked.toLowerCase();
  return c.holds.some((h) => formsOf(h).some((s) => words.includes(s) || s.includes(words)));
}

/** The forms a judged phrase may take, lower case: one, or any of several. */
const formsOf = (h: AskCase['holds'][number]) => (Array.isArray(h) ? h : [h]).map((s) => s.toLowerCase());

/** For a question the corpora cannot answer, declining is right. */
export const isRight = (j: { case: AskCase; outcome: Outcome }) =>
  j.outcome === 'right' || (!j.case.reports.length && j.outcome !== 'wrong');

const BASELINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'ask-baseline.json');

export async function evaluate(desk: Pick<Desk, 'ask'>, cases = ASK_CASES): Promise<Judged[]> {
  const recorded = (
    JSON.parse(readFileSync(BASELINE, 'utf8')) as { answers: Record<string, { report: string; text: string } | null> }
  ).answers;
  const outcomes = await Promise.all(cases.map((c) => desk.ask(c.question)));
  return cases.map((c, i) => {
    const result = outcomes[i]!;
    const r: AskResults | undefined = result.ok ? result : undefined;
    const quoted = r?.answer ? { report: r.answer.report.id, text: r.answer.text } : null;
    const old = recorded[c.question];
    if (old === undefined)
      throw new Error(`no baseline answer recorded for "${c.question}": run bench/ask-baseline.ts`);
    const first = !quoted && r?.results[0];
    const closestHolds =
      !!first &&
      judge(c, { report: first.report.id, text: first.passage?.text ?? first.excerpt.text }, false) === 'right';
    const outcome = judge(c, quoted, (r?.results.length ?? 0) > 0);
    const span = r?.answer?.span;
    return {
      case: c,
      outcome,
      // A quote marking no words (a yes/no question's) is not counted.
      marks: outcome === 'right' && span ? marksAnswer(c, r.answer!.text.slice(...span)) : undefined,
      quoted: quoted ?? undefined,
      closestHolds,
      baseline: judge(c, old, false),
    };
  });
}

export interface Tally {
  questions: number;
  right: number;
  wrong: number;
  closest: number;
  silent: number;
  /** Of the questions the corpora cannot answer, how many got no quote. */
  unanswerable: number;
  declined: number;
  /** Of those given the closest passages, how many had the answer in the first one. */
  closestHolding: number;
}

export function tally(judged: { case: AskCase; outcome: Outcome; closestHolds?: boolean }[]): Tally {
  const count = (o: Outcome) => judged.filter((j) => j.outcome === o).length;
  const unanswerable = judged.filter((j) => !j.case.reports.length);
  return {
    questions: judged.length,
    right: judged.filter(isRight).length,
    wrong: count('wrong'),
    closest: count('closest'),
    silent: count('silent'),
    unanswerable: unanswerable.length,
    declined: unanswerable.filter((j) => j.outcome !== 'wrong').length,
    closestHolding: judged.filter((j) => j.outcome === 'closest' && j.closestHolds).length,
  };
}

/**
 * Which check declined each question given the closest passages, those whose first passage holds the answer apart: a
 * check declining many of those is too strict, or misses a bridge to the report's words.
 */
function gates(index: SearchIndex, judged: Judged[]): string {
  const declined = judged.filter((j) => j.outcome === 'closest');
  const byGate = new Map<string, Judged[]>();
  for (const j of declined) {
    const gate = answerQuestion(index, correctedQuestion(index, j.case.question).query).declined ?? 'none found';
    byGate.set(gate, [...(byGate.get(gate) ?? []), j]);
  }
  const lines = [`\ngate | closest (answer first) | of which held out`];
  for (const [gate, js] of [...byGate].sort((a, b) => b[1].length - a[1].length)) {
    const first = js.filter((j) => j.closestHolds);
    lines.push(`${gate} | ${js.length} (${first.length}) | ${first.filter((j) => j.case.holdout).length}`);
    // Held-out questions are counted in the row above, never listed: reading them would make them tuned on.
    for (const j of first.filter((k) => !k.case.holdout)) lines.push(`  ${gate}: ${j.case.question}`);
  }
  return lines.join('\n');
}

const pct = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(0) : '—'} %`;

function table(rows: [string, Tally, Tally][]): string {
  const lines = [
    ['', 'questions', 'right', 'wrong', 'closest (answer first)', 'silent', 'unanswerable declined'].join(' | '),
  ];
  for (const [label, now, then] of rows) {
    for (const [who, t] of [
      ['now', now],
      ['baseline', then],
    ] as const) {
      lines.push(
        [
          `${label} (${who})`,
          t.questions,
          `${t.right} (${pct(t.right, t.questions)})`,
          `${t.wrong} (${pct(t.wrong, t.questions)})`,
          `${t.closest} (${t.closestHolding})`,
          t.silent,
          `${t.declined}/${t.unanswerable}`,
        ].join(' | '),
      );
    }
  }
  return lines.join('\n');
}

/**
 * Where a question's answer stood when the answerer chose: its report's rank among those found (0 first; -1 not
 * found), its sentence's among the sentences weighed last (-1 not among them), and the sentence weighed first.
 */
function ranks(index: SearchIndex, c: AskCase) {
  const { hits, considered } = answerQuestion(index, correctedQuestion(index, c.question).query);
  const report = hits.findIndex((h) => c.reports.includes(h.report.id));
  const sentence = considered.findIndex((s) => judge(c, { report: s.report.id, text: s.text }, false) === 'right');
  const shown = (s: (typeof considered)[number] | undefined) =>
    s ? `${s.report.id} ${s.score.toFixed(3)}${s.kind ? ` [${s.kind}]` : ''} “${s.text.slice(0, 120)}”` : 'none';
  console.log(`\n${c.question}\n  report ${report}, sentence ${sentence} of ${considered.length}`);
  if (sentence !== 0) console.log(`  first: ${shown(considered[0])}\n  right: ${shown(considered[sentence])}`);
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'eval-ask-'));
  try {
    const csv = path.join(dir, 'mashup.csv');
    await writeMashupCsv(csv);
    const { index } = await openIndex({ corpus: [csv, SHIPPED_CORPUS], cache: false, allowRejects: true });
    const probing = process.argv.includes('--probes');
    const both = await evaluate(createDesk(index), probing ? [...ASK_CASES, ...PROBE_SET] : ASK_CASES);
    const judged = both.slice(0, ASK_CASES.length);
    const probes = both.slice(ASK_CASES.length);
    const part = (keep: (c: AskCase) => boolean, among = judged): [Tally, Tally] => [
      tally(among.filter((j) => keep(j.case))),
      tally(among.filter((j) => keep(j.case)).map((j) => ({ case: j.case, outcome: j.baseline }))),
    ];
    const inSet = (set: AskCase[]) => (c: AskCase) => set.includes(c);
    console.log(
      table([
        ['all', ...part(() => true)],
        ['first set', ...part(inSet(FIRST_SET))],
        ['second set', ...part(inSet(SECOND_SET))],
        ['third set', ...part(inSet(THIRD_SET))],
        ['fourth set', ...part(inSet(FOURTH_SET))],
        ['developed on', ...part((c) => !c.holdout)],
        ['held out', ...part((c) => !!c.holdout)],
        ...(probing ? [['probes (not in all)', ...part(() => true, probes)] as [string, Tally, Tally]] : []),
      ]),
    );
    const marking = judged.filter((j) => j.marks !== undefined);
    const marked = marking.filter((j) => j.marks);
    console.log(
      `\nquoted right marking words: ${marking.length}; the answer's words marked in ${marked.length} (${pct(marked.length, marking.length)})`,
    );
    const all = process.argv.includes('--all');
    // Held-out questions are checked by their totals only: their lines are shown only when asked for by name.
    const shown = (j: Judged) => !j.case.holdout || process.argv.includes('--held-out');
    for (const j of [...judged, ...probes].filter(shown)) {
      if (!all && isRight(j) && j.marks !== false) continue;
      const said = j.quoted
        ? `${j.quoted.report}: “${j.quoted.text}”${j.marks === false ? ' (marks other words)' : ''}`
        : '';
      console.log(
        `\n[${j.outcome}${j.case.holdout ? ', held out' : ''}; baseline ${j.baseline}] ${j.case.question}\n  ${said}`,
      );
    }
    if (process.argv.includes('--gates')) console.log(gates(index, judged));
    if (process.argv.includes('--ranks'))
      for (const j of judged.filter(shown)) if (!isRight(j) && j.case.reports.length) ranks(index, j.case);
    const t = tally(judged);
    console.log(
      `\ntargets: right ${pct(t.right, t.questions)} (≥ 90 %), wrong ${pct(t.wrong, t.questions)} (≤ 3 %), unanswerable declined ${pct(t.declined, t.unanswerable)} (≥ 90 %)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
