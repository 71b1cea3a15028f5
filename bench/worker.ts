/**
 * One benchmark measurement in its own process, so heap and RSS figures do not
 * leak from one engine or size into another:
 *
 *   node --expose-gc --import tsx bench/worker.ts <job.json> <result.json>
 *
 * Jobs: `build` (import, index, save; the comparison engines also run the query
 * mix here), `reload` (start from the saved index in a fresh process; the desk
 * runs the query mix, autocomplete, /report and /ask here, as the bot would
 * after a restart) and `relevance` (the judged set over the real sample and the
 * article corpus). The result is written as JSON to the result file; the
 * process always exits, with code 1 on failure.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Desk, SearchRequest } from '../src/desk.ts';
import { importCorpus } from '../src/desk/postgres/import.ts';
import { connect } from '../src/desk/postgres/pool.ts';
import { openDatabaseDesk, openDesk, type Notes } from '../src/open.ts';
import { deskErrorText } from '../src/render/errors.ts';
import { boundOf, docOf, makeEngine, type Doc, type Engine } from './engines.ts';
import { JUDGED } from './judged.ts';
import {
  AUTOCOMPLETE,
  PAGE_SIZE,
  PAGED,
  pages,
  QUESTIONS,
  QUICK,
  quickMix,
  queryMix,
  REPORT_DATES,
  REPORT_KEYS,
  TRACKING_NUMBERS,
  WARMUP,
  type MixQuery,
} from './queries.ts';
import {
  emptyRun,
  isDesk,
  latencyOf,
  type EngineName,
  type LatencyGroup,
  type QueryTiming,
  type RelevanceResult,
  type RunResult,
} from './results.ts';

export interface Job {
  job: 'build' | 'reload' | 'relevance';
  engine: EngineName;
  size: number;
  /** The corpus: the CSV (build, reload), or the sample CSV and the article folder (relevance). */
  corpus: string[];
  /** A folder for this engine and size: the desk's cacheDir, the others' index file. */
  work: string;
  quick: boolean;
  /** The build could not save its index: the desk's second process builds again instead of reloading. */
  noSavedIndex?: boolean;
  /** The desk on PostgreSQL: the database it imports into and serves from (a throwaway cluster of bench/run.ts). */
  databaseUrl?: string;
}

const MB = 2 ** 20;
const say = (line: string) => process.stderr.write(`  [worker] ${line}\n`);

function memory() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc: heap figures need a collection first');
  gc();
  gc();
  const m = process.memoryUsage();
  return { heapMB: round(m.heapUsed / MB), rssMB: round(m.rss / MB) };
}

const peakRssMB = () => round(process.resourceUsage().maxRSS / 1024);
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const ms = (from: number) => round(performance.now() - from, 3);

/** Awaits only what is a promise, so a synchronous call is timed without a microtask in between. */
async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  let value = fn();
  if (value instanceof Promise) value = await value;
  return { value: value as T, ms: performance.now() - started };
}

/**
 * A turn of the event loop, as between two messages or clicks of a user: what
 * a desk does "while the user reads" (it prepares the next page) happens here.
 */
const pause = () => new Promise((resolve) => setImmediate(resolve));

const describeFilters = (m: MixQuery) =>
  (['from', 'to', 'type', 'category', 'region'] as const).flatMap((k) => (m[k] ? [`${k}=${m[k]}`] : [])).join(' ') ||
  undefined;

/** Groups the mix timings as the table shows them. */
function groupLatencies(run: RunResult, timings: QueryTiming[]) {
  const by = (pick: (t: QueryTiming) => boolean) => latencyOf(timings.filter(pick).map((t) => t.ms));
  run.latency.mix = by(() => true);
  for (const kind of ['common', 'rare', 'multi', 'glossary', 'date', 'typo', 'real', 'filters'] as const)
    run.latency[kind] = by((t) => t.kind === kind);
  run.latency.pages = by((t) => t.kind === 'page');
}

function mixFor(job: Job, engine: EngineName) {
  const mix = job.quick ? quickMix() : queryMix();
  // Filters with no words are the desk's alone.
  return isDesk(engine) ? mix : mix.filter((m) => m.kind !== 'filters');
}

// ---------------------------------------------------------------------------
// The desk
// ---------------------------------------------------------------------------

async function deskBuild(job: Job, run: RunResult) {
  let importEnd: number | undefined;
  let savedAt: number | undefined;
  const warnings: string[] = [];
  const log: Notes = {
    info: (fields, message) => {
      if (message === 'saved the index') savedAt = performance.now();
    },
    warn: (fields, message) => {
      if (message !== 'rows rejected; see the rejects file') warnings.push(`${message} ${JSON.stringify(fields)}`);
    },
  };
  const started = performance.now();
  const opened = await openDesk({
    corpus: job.corpus,
    cacheDir: job.work,
    allowRejects: true,
    rebuild: true,
    log,
    onProgress: (p) => {
      if (p.phase === 'build') importEnd ??= performance.now();
    },
  });
  const end = performance.now();
  run.startMs = round(end - started, 3);
  run.reports = opened.counts.imported;
  if (importEnd !== undefined) {
    run.importMs = round(importEnd - started, 3);
    run.buildMs = round((savedAt ?? end) - importEnd, 3);
  } else run.notes.push('openDesk reported no reading progress: import and build are not separated');
  run.notes.push(...warnings);
  if (savedAt === undefined)
    run.saveError = `the desk did not save its index: ${warnings.join('; ') || 'no reason logged'}`;
  // Whatever the desk saved in its cacheDir (the file's name and format are the desk's business).
  run.indexBytes = await folderBytes(job.work);
  Object.assign(run, memory());
  run.peakRssMB = peakRssMB();
  run.notes.push(
    `desk build: ${opened.counts.read} rows read, ${opened.counts.rejected} rejected; heap/RSS right after the build ${run.heapMB}/${run.rssMB} MB`,
  );
  // The figures "after load" are the reload's; keep the build's only in the note above.
  run.heapMB = run.rssMB = null;
}

async function folderBytes(dir: string): Promise<number | null> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const sizes = await Promise.all(
    names.map((n) =>
      stat(path.join(dir, n)).then(
        (s) => (s.isFile() ? s.size : 0),
        () => 0,
      ),
    ),
  );
  const total = sizes.reduce((a, b) => a + b, 0);
  return total > 0 ? total : null;
}

/**
 * Report keys spread evenly through the corpus by date, and a few tracking numbers, in any case:
 * read through the desk, as filters alone (every report from year 1 on) list reports newest first.
 */
async function pickKeys(desk: Desk, quick: boolean): Promise<string[]> {
  const listed = async (offset: number, limit: number) => {
    const found = await desk.search({ query: '', from: '0001', limit, offset });
    if (!found.ok) throw new Error(`desk.search could not list reports: ${found.error.code}`);
    return found;
  };
  const { total } = await listed(0, 1);
  if (!total) throw new Error('the desk lists no dated reports: cannot pick report keys');
  const wanted = quick ? QUICK.keys : REPORT_KEYS;
  const step = Math.max(1, Math.floor(total / wanted));
  const reports = [];
  for (let at = 0; at < total && reports.length < wanted; at += step)
    reports.push(...(await listed(at, 1)).results.map((h) => h.report));
  const keys = reports.map((r) => r.id);
  const tracking = (await listed(0, 100)).results.flatMap((h) => h.report.details?.trackingNumber ?? []);
  if (!quick) keys.push(...tracking.slice(0, TRACKING_NUMBERS), keys[0]!.toLowerCase(), 'NOT-A-REPORT-KEY');
  return keys;
}

async function deskReload(job: Job, run: RunResult) {
  const warnings: string[] = [];
  const log: Notes = {
    info: () => {},
    warn: (fields, message) => void warnings.push(`${message} ${JSON.stringify(fields)}`),
  };
  const started = performance.now();
  const opened = await openDesk({
    corpus: job.corpus,
    cacheDir: job.work,
    allowRejects: true,
    log,
    ...(job.noSavedIndex ? { cache: false } : {}),
  });
  if (job.noSavedIndex) {
    run.notes.push(
      `no saved index to reload (the build could not save it): this process built the desk again (${ms(started)} ms) and was measured after that build`,
    );
  } else {
    run.reloadMs = ms(started);
    if (!opened.fromCache)
      throw new Error(`the saved index was not used (rebuilt instead): ${warnings.join('; ') || 'no reason logged'}`);
  }
  const { desk } = opened;
  run.reports = opened.counts.imported;
  const mem = memory();
  run.heapMB = mem.heapMB;
  run.rssMB = mem.rssMB;
  if (!job.noSavedIndex) {
    run.reloadHeapMB = mem.heapMB;
    run.reloadRssMB = mem.rssMB;
  }
  await measureDesk(desk, job, run);
}

/** The query mix, pages, autocomplete, /report and /ask through a desk, as the bot calls it after a restart. */
async function measureDesk(desk: Desk, job: Job, run: RunResult) {
  const searchOnce = async (m: MixQuery) => {
    const request: SearchRequest = {
      query: m.query,
      from: m.from,
      to: m.to,
      type: m.type,
      category: m.category,
      region: m.region,
      limit: m.limit,
      offset: m.offset,
    };
    const { value, ms: took } = await timed(() => desk.search(request));
    if (!value.ok) throw new Error(`desk.search ${JSON.stringify(request)} failed: ${deskErrorText(value.error)}`);
    return { ms: took, total: value.total, shown: value.results.length, top: value.results[0]?.report.id ?? null };
  };
  for (const w of job.quick ? WARMUP.slice(0, 2) : WARMUP)
    await searchOnce({ kind: 'common', query: w, limit: 10, offset: 0 });

  const timings: QueryTiming[] = [];
  for (const m of mixFor(job, job.engine)) {
    const t = await searchOnce(m);
    timings.push({ kind: m.kind, query: m.query, filters: describeFilters(m), offset: m.offset, ...t });
    await pause();
  }
  groupLatencies(run, timings);
  run.queries = timings;
  // The same paged queries clicked through with no pause: nothing prepared (a page one larger than before, so nothing kept either).
  const noPause: number[] = [];
  for (const query of job.quick ? PAGED.slice(0, 1) : PAGED) {
    for (const m of pages(query, PAGE_SIZE + 1)) {
      const t = await searchOnce(m);
      if (m.kind === 'page') noPause.push(t.ms);
    }
  }
  run.latency.pagesNoPause = latencyOf(noPause);
  await pause();

  const samples = async (group: LatencyGroup, calls: [label: string, call: () => unknown][]) => {
    const times: number[] = [];
    for (const [label, call] of calls) {
      const took = (await timed(call)).ms;
      times.push(took);
      run.calls.push({ group, label, ms: Math.round(took * 1000) / 1000 });
    }
    run.latency[group] = latencyOf(times);
  };
  const auto = job.quick
    ? AUTOCOMPLETE.filter((_, i) => i % Math.ceil(AUTOCOMPLETE.length / QUICK.autocomplete) === 0)
    : AUTOCOMPLETE;
  await samples(
    'autocomplete',
    auto.map((a) => [`complete(${a.field}, "${a.typed}")`, () => desk.complete({ ...a, limit: 25 })]),
  );
  const dates = job.quick ? REPORT_DATES.slice(0, QUICK.dates) : REPORT_DATES;
  await samples(
    'reportDate',
    dates.map((d) => [
      d,
      async () => {
        const outcome = await desk.report(d);
        if (!outcome.ok) run.notes.push(`desk.report("${d}") refused it: ${deskErrorText(outcome.error)}`);
        return outcome;
      },
    ]),
  );
  const keys = await pickKeys(desk, job.quick);
  await samples(
    'reportKey',
    keys.map((k) => [k, () => desk.report(k)]),
  );
  const questions = job.quick ? QUESTIONS.slice(0, QUICK.questions) : QUESTIONS;
  await samples(
    'ask',
    questions.map((question) => [question, () => desk.ask(question)]),
  );
  run.notes.push(`report keys looked up: ${keys.slice(0, 3).join(', ')}… (${keys.length})`);
  run.rssAfterQueriesMB = memory().rssMB;
}

// ---------------------------------------------------------------------------
// The desk on PostgreSQL
// ---------------------------------------------------------------------------

/** `index` with a database: read (import), analyse (build), COPY into PostgreSQL (save); the whole is a first start. */
async function postgresBuild(job: Job, run: RunResult) {
  const db = connect(job.databaseUrl!, 1);
  const phases: Partial<Record<'read' | 'build' | 'copy', number>> = {};
  const started = performance.now();
  try {
    const done = await importCorpus(db, {
      corpus: job.corpus,
      allowRejects: true,
      force: true,
      onProgress: (p) => void (phases[p.phase === 'save' ? 'copy' : p.phase] ??= performance.now()),
    });
    const end = performance.now();
    run.reports = done.counts.imported;
    run.startMs = round(end - started, 3);
    const at = (phase: keyof typeof phases, or: number) => phases[phase] ?? or;
    run.importMs = round(at('build', end) - started, 3);
    run.buildMs = round(at('copy', end) - at('build', end), 3);
    run.saveMs = round(end - at('copy', end), 3);
    const size = await db.pool.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
    run.indexBytes = Number(size.rows[0]!.bytes);
    run.peakRssMB = peakRssMB();
    run.notes.push(
      `postgres import: ${done.counts.read} rows read, ${done.counts.rejected} rejected; ` +
        `read ${run.importMs} ms, analyse ${run.buildMs} ms, COPY ${run.saveMs} ms; database ${run.indexBytes} bytes`,
    );
  } finally {
    await db.close();
  }
}

/** A fresh process opens the desk on the database, as the bot on PostgreSQL does, and is measured as it serves. */
async function postgresReload(job: Job, run: RunResult) {
  const started = performance.now();
  const desk = openDatabaseDesk(job.databaseUrl!);
  try {
    const stats = await desk.stats();
    run.reloadMs = ms(started);
    run.reports = stats.reports + stats.commentary;
    const mem = memory();
    [run.heapMB, run.rssMB, run.reloadHeapMB, run.reloadRssMB] = [mem.heapMB, mem.rssMB, mem.heapMB, mem.rssMB];
    await measureDesk(desk, job, run);
  } finally {
    await desk.close();
  }
}

// ---------------------------------------------------------------------------
// The comparison engines
// ---------------------------------------------------------------------------

const PROBE = 'IED Kandahar';
const indexFile = (job: Job) => path.join(job.work, `${job.engine}-index.json`);

async function engineBuild(job: Job, run: RunResult, engine: Engine) {
  let started = performance.now();
  const corpus = await loadCorpus(job.corpus);
  run.importMs = ms(started);
  run.reports = corpus.reports.length;
  const docs: Doc[] = corpus.reports.map(docOf);
  started = performance.now();
  await engine.build(docs);
  run.buildMs = ms(started);
  // "After load": the index and the reports it was built from, as a bot would hold them to show results.
  Object.assign(run, memory());

  const page = (m: MixQuery) =>
    engine.search({
      query: m.query,
      from: boundOf(m.from, 'from'),
      to: boundOf(m.to, 'to'),
      limit: m.limit,
      offset: m.offset,
    });
  for (const w of job.quick ? WARMUP.slice(0, 2) : WARMUP)
    await page({ kind: 'common', query: w, limit: 10, offset: 0 });
  const timings: QueryTiming[] = [];
  for (const m of mixFor(job, job.engine)) {
    const { value, ms: took } = await timed(() => page(m));
    timings.push({
      kind: m.kind,
      query: m.query,
      filters: describeFilters(m),
      offset: m.offset,
      ms: took,
      total: value.total,
      shown: value.ids.length,
    });
    await pause();
  }
  groupLatencies(run, timings);
  run.queries = timings;

  run.peakRssMB = peakRssMB();
  // Saving can take the process down (V8 aborts on some strings too long for it): what was measured is kept first.
  run.saveError = 'the process died while saving the index';
  await writeFile(resultFile, JSON.stringify(run));
  run.saveError = null;
  started = performance.now();
  try {
    run.indexBytes = await engine.save(indexFile(job));
    run.saveMs = ms(started);
    run.startMs = round(run.importMs + run.buildMs + run.saveMs, 3);
    const probe = await engine.search({ query: PROBE, limit: 10, offset: 0 });
    await writeFile(path.join(job.work, `${job.engine}-probe.json`), JSON.stringify(probe.ids));
  } catch (error) {
    run.saveError = `saving the index failed: ${errorText(error)}`;
  }
  run.peakRssMB = peakRssMB();
}

async function engineReload(job: Job, run: RunResult, engine: Engine) {
  const started = performance.now();
  await engine.restore(indexFile(job));
  run.reloadMs = ms(started);
  const mem = memory();
  run.reloadHeapMB = mem.heapMB;
  run.reloadRssMB = mem.rssMB;
  const before = JSON.parse(await readFile(path.join(job.work, `${job.engine}-probe.json`), 'utf8')) as string[];
  const after = (await engine.search({ query: PROBE, limit: 10, offset: 0 })).ids;
  run.reloadFaithful = JSON.stringify(before) === JSON.stringify(after);
}

// ---------------------------------------------------------------------------
// Relevance
// ---------------------------------------------------------------------------

/** The desk the judged queries run on: in memory, or on PostgreSQL after importing the judged corpus there. */
async function judgedDesk(job: Job): Promise<Desk> {
  if (job.engine === 'desk') return (await openDesk({ corpus: job.corpus, cache: false, allowRejects: true })).desk;
  const db = connect(job.databaseUrl!, 1);
  await importCorpus(db, { corpus: job.corpus, allowRejects: true }).finally(() => db.close());
  return openDatabaseDesk(job.databaseUrl!);
}

async function relevance(job: Job): Promise<RelevanceResult> {
  let top10: (query: string) => Promise<string[]>;
  if (isDesk(job.engine)) {
    const desk = await judgedDesk(job);
    top10 = async (query) => {
      const outcome = await desk.search({ query, limit: 10 });
      if (!outcome.ok) throw new Error(`desk.search("${query}") failed: ${deskErrorText(outcome.error)}`);
      return outcome.results.map((h) => h.report.id);
    };
  } else {
    const engine = makeEngine(job.engine);
    await engine.build((await loadCorpus(job.corpus)).reports.map(docOf));
    top10 = async (query) => (await engine.search({ query, limit: 10, offset: 0 })).ids;
  }
  const queries: RelevanceResult['queries'] = [];
  for (const j of JUDGED) {
    const ids = await top10(j.query);
    const relevant = new Set(j.relevant);
    const rank = ids.findIndex((id) => relevant.has(id));
    queries.push({
      query: j.query,
      relevant: relevant.size,
      firstRelevantRank: rank < 0 ? null : rank + 1,
      foundInTop10: ids.filter((id) => relevant.has(id)).length,
      top10: ids,
    });
  }
  const mean = (xs: number[]) => Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 1000) / 1000;
  return {
    engine: job.engine,
    status: 'ok',
    error: null,
    mrr10: mean(queries.map((q) => (q.firstRelevantRank ? 1 / q.firstRelevantRank : 0))),
    recall10: mean(queries.map((q) => q.foundInTop10 / Math.min(10, q.relevant))),
    queries,
  };
}

// ---------------------------------------------------------------------------

async function main(jobFile: string, resultFile: string) {
  const job = JSON.parse(await readFile(jobFile, 'utf8')) as Job;
  say(`${job.job} ${job.engine}${job.job === 'relevance' ? '' : ` ${job.size.toLocaleString('en-US')}`}`);
  if (job.job === 'relevance') {
    let result: RelevanceResult;
    try {
      result = await relevance(job);
    } catch (error) {
      result = {
        engine: job.engine,
        status: 'failed',
        error: errorText(error),
        mrr10: null,
        recall10: null,
        queries: [],
      };
    }
    await writeFile(resultFile, JSON.stringify(result));
    return result.status === 'ok';
  }
  const run = emptyRun(job.engine, job.size);
  try {
    if (job.engine === 'desk') await (job.job === 'build' ? deskBuild : deskReload)(job, run);
    else if (job.engine === 'postgres') await (job.job === 'build' ? postgresBuild : postgresReload)(job, run);
    else await (job.job === 'build' ? engineBuild : engineReload)(job, run, makeEngine(job.engine));
  } catch (error) {
    run.status = 'failed';
    run.error = errorText(error);
  }
  await writeFile(resultFile, JSON.stringify(run));
  return run.status === 'ok';
}

const errorText = (error: unknown) =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);

const [jobFile, resultFile = ''] = process.argv.slice(2);
if (!jobFile || !resultFile) {
  process.stderr.write('usage: node --expose-gc --import tsx bench/worker.ts <job.json> <result.json>\n');
  process.exit(2);
}
process.on('unhandledRejection', (error) => {
  process.stderr.write(`worker: unhandled rejection: ${errorText(error)}\n`);
  process.exit(1);
});
main(jobFile, resultFile).then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    process.stderr.write(`worker: ${errorText(error)}\n`);
    process.exit(1);
  },
);
