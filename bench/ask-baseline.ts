/**
 * Records what the answerer as it was before issue 11 (commit f97e6e3) says to
 * each judged question, into bench/ask-baseline.json, so `npm run eval:ask`
 * can print it beside today's without keeping the old answerer as code.
 *
 *   node --import tsx bench/ask-baseline.ts
 *
 * Run once, or again after adding questions: it unpacks that commit into
 * bench/.baseline/ (ignored by git), borrows this checkout's node_modules, and
 * asks every question of a desk over the same two corpora.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeMashupCsv } from '../tests/fixtures/mashup.ts';
import { ASK_CASES } from './ask-judged.ts';
import { PROBE_SET } from './ask-probes.ts';

export const BASELINE_COMMIT = 'f97e6e3';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tree = path.join(root, 'bench/.baseline');
const out = path.join(root, 'bench/ask-baseline.json');
/** The judged questions and the probes (eval:ask --probes). */
const asked = [...ASK_CASES, ...PROBE_SET];

rmSync(tree, { recursive: true, force: true });
mkdirSync(tree, { recursive: true });
execFileSync('sh', ['-c', `git archive ${BASELINE_COMMIT} | tar -x -C "${tree}"`], { cwd: root });
if (!existsSync(path.join(tree, 'node_modules')))
  symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
await writeMashupCsv(path.join(tree, 'mashup.csv'));

// The old desk answers in its own tree: only its answers come back, as JSON on stdout.
const script = `
import { openDesk } from './src/open.ts';
const questions = JSON.parse(process.argv[1]);
const { desk } = await openDesk({ corpus: ['mashup.csv', 'corpus'], cache: false, allowRejects: true });
const answers = questions.map((q) => {
  const o = desk.ask(q);
  return o.ok && o.answer ? { report: o.answer.report.id, text: o.answer.text } : null;
});
console.log(JSON.stringify(answers));
`;
const stdout = execFileSync(
  process.execPath,
  ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(asked.map((c) => c.question))],
  {
    cwd: tree,
    maxBuffer: 64 * 1024 * 1024,
  },
);
const answers = JSON.parse(stdout.toString()) as ({ report: string; text: string } | null)[];
const recorded = Object.fromEntries(asked.map((c, i) => [c.question, answers[i] ?? null]));
writeFileSync(out, `${JSON.stringify({ commit: BASELINE_COMMIT, answers: recorded }, null, 1)}\n`);
console.log(`recorded ${answers.length} answers of ${BASELINE_COMMIT} in ${path.relative(root, out)}`);
