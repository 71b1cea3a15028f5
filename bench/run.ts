/**
 * The benchmark: Report Desk against MiniSearch, FlexSearch and Orama on the
 * same synthetic War Diary corpora and the same query mix, each (engine, size)
 * measured in child processes of its own (bench/worker.ts). Prints the tables
 * and writes them with every figure as JSON.
 *
 *   npm run bench -- [--sizes 10000,76911,250000] [--engines desk,minisearch,flexsearch,orama] [--quick] [--out FILE]
 *
 * Without --out the JSON goes to bench/results/<timestamp>.json and bench/results/latest.json.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { ARTICLE_CORPUS, BENCH_DIR, ensureMashup, ensureWardiary, REPO_DIR, RESULTS_DIR, SEED } from './data.ts';
import { ENGINE_OPTIONS } from './engines.ts';
import { JUDGED } from './judged.ts';
import {
  AUTOCOMPLETE,
  QUESTIONS,
  QUICK,
  quickMix,
  queryMix,
  REPORT_DATES,
  REPORT_KEYS,
  TRACKING_NUMBERS,
} from './queries.ts';
import {
  emptyRun,
  ENGINES,
  isDesk,
  topAgreement,
  type BenchReport,
  type EngineName,
  type RelevanceResult,
  type RunResult,
} from './results.ts';
import { relevanceTable, scalingTable, sizeTable, TARGET_SIZE, targetsOf, targetsTable } from './table.ts';
import type { Job } from './worker.ts';
import { startCluster } from '../tests/postgres-cluster.ts';

export const DEFAULT_SIZES = [10_000, 76_911, 250_000];
export const QUICK_SIZE = 2_000;

export interface BenchOptions {
  sizes: number[];
  engines: EngineName[];
  quick: boolean;
  out?: string;
  timeoutMinutes: number;
  maxHeapMB: number;
  /** Where the synthetic CSVs are kept (default bench/.data). */
  dataDir?: string;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

function parseList<T>(parse: (s: string) => T) {
  return (value: string) =>
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map(parse);
}

const parseSize = (s: string) => {
  const n = Number(s.replace(/[_]/g, ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`"${s}" is not a number of reports`);
  return n;
};
const parseEngine = (s: string): EngineName => {
  if (!(ENGINES as readonly string[]).includes(s))
    throw new InvalidArgumentError(`"${s}" is not one of ${ENGINES.join(', ')}`);
  return s as EngineName;
};
const parsePositive = (s: string) => {
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${s}" is not a positive number`);
  return n;
};

export function parseArgs(argv: string[]): BenchOptions {
  const program = new Command()
    .name('bench')
    .description('Benchmark Report Desk against MiniSearch, FlexSearch and Orama on synthetic War Diary corpora.')
    .option(
      '--sizes <list>',
      `corpus sizes, comma-separated (default ${DEFAULT_SIZES.join(',')})`,
      parseList(parseSize),
    )
    .option('--engines <list>', `engines, comma-separated (default ${ENGINES.join(',')})`, parseList(parseEngine))
    .option('--quick', `smoke run: ${QUICK_SIZE.toLocaleString('en-US')} reports and a short query mix`)
    .option('--out <file>', 'write the JSON here (instead of bench/results/<timestamp>.json and latest.json)')
    .option('--timeout-min <minutes>', 'per child process', parsePositive, 15)
    .option('--max-heap-mb <mb>', "children's --max-old-space-size", parsePositive, 12_288)
    .option('--data-dir <dir>', 'where the synthetic CSVs are cached (default bench/.data)')
    .allowExcessArguments(false)
    .showHelpAfterError();
  program.parse(argv, { from: 'user' });
  type Opts = {
    sizes?: number[];
    engines?: EngineName[];
    quick?: boolean;
    out?: string;
    timeoutMin: number;
    maxHeapMb: number;
  };
  const o = program.opts<Opts & { dataDir?: string }>();
  const quick = !!o.quick;
  return {
    sizes: o.sizes?.length ? o.sizes : quick ? [QUICK_SIZE] : DEFAULT_SIZES,
    engines: o.engines?.length ? [...new Set(o.engines)] : [...ENGINES],
    quick,
    out: o.out,
    timeoutMinutes: o.timeoutMin,
    maxHeapMB: o.maxHeapMb,
    dataDir: o.dataDir,
  };
}

const WORKER = path.join(BENCH_DIR, 'worker.ts');

/** What to stop and remove if the run is interrupted (Ctrl-C, SIGTERM): the running child and the temporary folders. */
const live = { children: new Set<ReturnType<typeof spawn>>(), dirs: new Set<string>() };
let interrupted = false;
function onSignal(signal: NodeJS.Signals) {
  if (interrupted) return;
  interrupted = true;
  process.stderr.write(`\nbench: ${signal}: stopping the child and removing temporary files\n`);
  for (const child of live.children) child.kill('SIGKILL');
  Promise.all([...live.dirs].map((d) => rm(d, { recursive: true, force: true }))).finally(() => process.exit(130));
}

/** Runs one job in a child process; never hangs: past the timeout the child is killed and the job reported as a timeout. */
async function runChild<T>(
  job: Job,
  options: BenchOptions,
  fallback: (status: 'failed' | 'timeout', error: string) => T,
): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-job-'));
  const jobFile = path.join(dir, 'job.json');
  const resultFile = path.join(dir, 'result.json');
  await writeFile(jobFile, JSON.stringify(job));
  const args = [
    '--expose-gc',
    // As bin/start-bot.sh runs the bot: V8's background threads leave a core to the one answering.
    `--v8-pool-size=${Math.max(1, os.availableParallelism() - 1)}`,
    `--max-old-space-size=${options.maxHeapMB}`,
    '--import',
    'tsx',
    WORKER,
    jobFile,
    resultFile,
  ];
  const started = performance.now();
  live.dirs.add(dir);
  const child = spawn(process.execPath, args, {
    cwd: REPO_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  live.children.add(child);
  let tail = '';
  const keep = (chunk: Buffer) => {
    process.stderr.write(chunk);
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMinutes * 60_000);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('error', (error) => {
      tail += `\n${error.message}`;
      resolve({ code: null, signal: null });
    });
    child.on('exit', (c, s) => resolve({ code: c, signal: s }));
  });
  clearTimeout(timer);
  live.children.delete(child);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  try {
    if (timedOut) {
      say(
        `  ${job.job} ${job.engine}${job.job === 'relevance' ? '' : ` ${job.size}`}: TIMEOUT after ${options.timeoutMinutes} min; killed`,
      );
      return fallback('timeout', `no result after ${options.timeoutMinutes} min; killed`);
    }
    try {
      const result = JSON.parse(await readFile(resultFile, 'utf8')) as T;
      say(
        `  ${job.job} ${job.engine}${job.job === 'relevance' ? '' : ` ${job.size}`}: ${code === 0 ? 'done' : 'failed'} in ${seconds} s`,
      );
      if (code !== 0 && (result as { notes?: string[] }).notes) {
        // A partial result (written before a step that took the process down): say how it ended.
        const why = signal ? `killed by ${signal}` : `exited with code ${code}`;
        (result as { notes: string[] }).notes.push(
          `the child ${why}: ${tail.trim().split('\n').slice(-6).join(' | ')}`.slice(0, 1500),
        );
      }
      return result;
    } catch {
      const why = signal ? `killed by ${signal}` : `exited with code ${code}`;
      say(
        `  ${job.job} ${job.engine}${job.job === 'relevance' ? '' : ` ${job.size}`}: FAILED (${why}) after ${seconds} s`,
      );
      const lastLines = tail.trim().split('\n').slice(-6).join(' | ');
      return fallback('failed', `the child ${why} without a result (out of memory?): ${lastLines}`.slice(0, 2000));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    live.dirs.delete(dir);
  }
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const startedAt = new Date();
  const work = await mkdtemp(path.join(os.tmpdir(), 'report-desk-bench-'));
  live.dirs.add(work);
  const runs: RunResult[] = [];
  const relevance: RelevanceResult[] = [];
  // The desk on PostgreSQL imports into a throwaway cluster of this machine, one database per size.
  const cluster = options.engines.includes('postgres') ? await startCluster() : undefined;
  const databaseFor = async (engine: EngineName, name: string) =>
    engine === 'postgres' ? { databaseUrl: await cluster!.database(name) } : {};
  try {
    for (const size of options.sizes) {
      const csv = await ensureWardiary(size, SEED, options.dataDir, say);
      say(`\n== ${size.toLocaleString('en-US')} reports`);
      for (const engine of options.engines) {
        const dir = path.join(work, `${engine}-${size}`);
        await mkdir(dir, { recursive: true });
        const job: Job = {
          job: 'build',
          engine,
          size,
          corpus: [csv],
          work: dir,
          quick: options.quick,
          ...(await databaseFor(engine, `size_${size}`)),
        };
        const failed = (status: 'failed' | 'timeout', error: string) => ({ ...emptyRun(engine, size), status, error });
        const built = await runChild<RunResult>(job, options, failed);
        if (built.status !== 'ok') runs.push(built);
        else if (built.saveError && engine !== 'desk') {
          built.notes.push('no reload: the index was not saved');
          runs.push(built);
        } else {
          // Without a saved index the desk's second process builds again, to measure its queries all the same.
          const reloaded = await runChild<RunResult>(
            { ...job, job: 'reload', noSavedIndex: !!built.saveError },
            options,
            failed,
          );
          runs.push(merge(built, reloaded));
        }
        // The saved indexes of big corpora take gigabytes of /tmp: drop each once measured.
        await rm(dir, { recursive: true, force: true });
      }
    }
    say('\n== relevance (judged set: the real sample and the article corpus)');
    const mashup = await ensureMashup(options.dataDir);
    for (const engine of options.engines) {
      const corpus = [mashup, ARTICLE_CORPUS];
      const job: Job = {
        job: 'relevance',
        engine,
        size: 0,
        corpus,
        work,
        quick: options.quick,
        ...(await databaseFor(engine, 'judged')),
      };
      relevance.push(
        await runChild<RelevanceResult>(job, options, (status, error) => ({
          engine,
          status,
          error,
          mrr10: null,
          recall10: null,
          queries: [],
        })),
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
    live.dirs.delete(work);
    await cluster?.stop();
  }
  for (const run of runs) {
    if (run.engine !== 'postgres') continue;
    const desk = runs.find((r) => r.engine === 'desk' && r.size === run.size && r.status === 'ok');
    run.topAgreement = topAgreement(desk, run);
    if (run.topAgreement !== null) say(`top-result agreement, postgres vs desk at ${run.size}: ${run.topAgreement}`);
  }

  const targetSize = options.sizes.includes(TARGET_SIZE)
    ? TARGET_SIZE
    : options.sizes.length && options.engines.includes('desk')
      ? Math.max(...options.sizes)
      : null;
  const targets = targetsOf(runs, relevance, targetSize);
  const mix = options.quick ? quickMix() : queryMix();
  const byKind: Record<string, number> = {};
  for (const m of mix) byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
  const report: BenchReport = {
    version: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      totalMemoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    },
    options: {
      sizes: options.sizes,
      engines: options.engines,
      quick: options.quick,
      seed: SEED,
      timeoutMinutes: options.timeoutMinutes,
      maxHeapMB: options.maxHeapMB,
    },
    mix: {
      queries: mix.length,
      byKind,
      autocomplete: options.quick ? QUICK.autocomplete : AUTOCOMPLETE.length,
      reportDates: options.quick ? QUICK.dates : REPORT_DATES.length,
      reportKeys: options.quick ? QUICK.keys : REPORT_KEYS + TRACKING_NUMBERS + 2,
      questions: options.quick ? QUICK.questions : QUESTIONS.length,
      judged: JUDGED.length,
    },
    engineOptions: ENGINE_OPTIONS,
    runs,
    relevance,
    targets,
    targetSize,
    table: '',
  };
  report.table = render(report);
  return report;
}

/** The build child's figures completed by the reload child's; a failed reload fails the run but keeps what was measured. */
function merge(built: RunResult, reloaded: RunResult): RunResult {
  const merged: RunResult = { ...built, notes: [...built.notes, ...reloaded.notes] };
  const fromReload = ['reloadMs', 'reloadHeapMB', 'reloadRssMB', 'rssAfterQueriesMB', 'reloadFaithful'] as const;
  for (const key of fromReload) (merged as unknown as Record<string, unknown>)[key] = reloaded[key];
  if (isDesk(built.engine)) {
    // The desks are measured as they serve: after a reload.
    merged.heapMB = reloaded.heapMB;
    merged.rssMB = reloaded.rssMB;
    merged.latency = reloaded.latency;
    merged.queries = reloaded.queries;
    merged.calls = reloaded.calls;
  }
  if (reloaded.status !== 'ok') {
    merged.status = reloaded.status;
    merged.error = `reload: ${reloaded.error}`;
  }
  if (merged.reloadFaithful === false)
    merged.notes.push('the reloaded index answered the probe query differently from the one that was saved');
  return merged;
}

export function render(report: BenchReport): string {
  const { sizes, engines } = report.options;
  const parts = [
    `Report Desk benchmark — ${report.startedAt} — Node ${report.machine.node}, ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.totalMemoryGB} GB` +
      `${report.options.quick ? ' — QUICK smoke run' : ''}`,
    `Query mix: ${report.mix.queries} queries (${Object.entries(report.mix.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}); ` +
      `autocomplete ${report.mix.autocomplete}, /report by date ${report.mix.reportDates}, by key ${report.mix.reportKeys}, /ask ${report.mix.questions}. ` +
      `desk÷X is the desk's figure over X's: below 1, the desk is faster or smaller. "—": not measured or not applicable.`,
    ...sizes.map((s) => sizeTable(s, report.runs, engines)),
    '* RSS after reload: the desk holds reports, passages and index; the other engines reload their index only (no report texts), so it is not a like-for-like figure.',
  ];
  if (sizes.length > 1)
    parts.push(
      `Scaling (value at each size; growth from one size to the next)\n${scalingTable(sizes, report.runs, engines)}`,
    );
  parts.push(
    `Relevance: ${report.mix.judged} judged queries over the real sample (307 War Diary summaries) and the article corpus\n${relevanceTable(report.relevance)}`,
  );
  parts.push(targetsTable(report.targets, report.targetSize));
  return parts.join('\n\n');
}

export async function writeReport(report: BenchReport, out?: string): Promise<string[]> {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (out) {
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, text);
    return [out];
  }
  await mkdir(RESULTS_DIR, { recursive: true });
  const stamped = path.join(RESULTS_DIR, `${report.startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(stamped, text);
  await writeFile(path.join(RESULTS_DIR, 'latest.json'), text);
  return [stamped, path.join(RESULTS_DIR, 'latest.json')];
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  say(
    `bench: sizes ${options.sizes.join(', ')}; engines ${options.engines.join(', ')}${options.quick ? '; quick' : ''}`,
  );
  const report = await runBench(options);
  const written = await writeReport(report, options.out);
  process.stdout.write(
    `\n${report.table}\n\nJSON: ${written.map((f) => path.relative(process.cwd(), f) || f).join(', ')}\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
