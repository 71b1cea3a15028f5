/**
 * The bot under load: the real discord.js client (createBot + client.login)
 * with the full-size synthetic corpus (the desk on its own thread, opened from
 * its saved index, as npm start runs it),
 * against the strict fake Discord receiving `--rate` interactions a second for
 * `--seconds`: /search with common and rare terms and with dates, page buttons
 * on earlier results, autocomplete, /report by date and by key, /ask.
 *
 *   npm run bench:load -- [--rate 50] [--seconds 60] [--reports 76911] [--users 200] [--out FILE]
 *   npm run bench:load -- --mode http     # two instances in HTTP mode behind nginx at 200/s (bench/load-http.ts)
 *
 * This process is the bot and nothing else: the fake Discord and the driver
 * run in a child process (bench/load-fake.ts), so the bot's event loop and RSS
 * are measured without the fake's work in them. The saved index is built, when
 * missing, by another child before the bot opens it, so the bot's RSS is that
 * of a start from the saved index. Reports how many interactions were answered,
 * how many missed Discord's 3-second deadline (10062, or no answer within 3 s),
 * the latency from dispatch to callback and to the reply the user sees, and the
 * bot process's RSS and event-loop delay; writes JSON next to the bench results.
 */
import { fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { Events } from 'discord.js';
import { createBot } from '../src/bot/bot.ts';
import { deployCommands } from '../src/bot/deploy.ts';
import { readConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { openDeskThread } from '../src/bot/desk-thread.ts';
import type { Desk } from '../src/desk.ts';
import { openDatabaseDesk, openDesk } from '../src/open.ts';
import { BENCH_DIR, DATA_DIR, ensureWardiary, REPO_DIR, RESULTS_DIR, SEED } from './data.ts';
import {
  applicationKeys,
  buildBot,
  REST_MS,
  rssMB,
  sampleRss,
  startInstance,
  startProxy,
  stopInstance,
  type Instance,
} from './load-http.ts';
import { TOKEN, type FakeResult, type LoadPlan } from './load-shared.ts';
import type { Latency } from './results.ts';

interface LoadOptions {
  mode: 'gateway' | 'http';
  rate: number;
  seconds: number;
  reports: number;
  users: number;
  out?: string;
  /** HTTP mode on the report database: both instances share it (issue 14). */
  database?: string;
  prepareOnly: boolean;
}

export interface LoadReport {
  version: 1;
  startedAt: string;
  options: Omit<LoadOptions, 'out' | 'prepareOnly' | 'mode'>;
  layout: string;
  desk: { reports: number; openMs: number; fromCache: boolean; rssAfterOpenMB: number };
  fake: FakeResult;
  bot: {
    rssEndMB: number;
    rssMaxMB: number;
    /** The main thread's heap (discord.js); the desk's thread has a heap of its own, inside the RSS. */
    heapEndMB: number;
    /** The bot's event-loop delay during the load (ms). */
    eventLoopDelay: { p50: number; p99: number; max: number; mean: number };
    loggedErrors: number;
    loggedWarnings: number;
  };
  summary: string;
}

const say = (line: string) => process.stderr.write(`${line}\n`);
/** The event-loop monitor samples every millisecond; what it records includes that interval, which is taken off. */
const LOOP_RESOLUTION_MS = 1;
const delay = (ns: number) => Math.max(0, Math.round((ns / 1e6 - LOOP_RESOLUTION_MS) * 100) / 100);
const MB = 2 ** 20;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const mode = (s: string): LoadOptions['mode'] => {
  if (s === 'gateway' || s === 'http') return s;
  throw new InvalidArgumentError('must be gateway or http');
};
const positive = (s: string) => {
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${s}" is not a positive number`);
  return n;
};

function parseArgs(argv: string[]): LoadOptions {
  const program = new Command()
    .name('bench:load')
    .description('The real bot against the fake Discord, at a steady rate of interactions.')
    .option('--mode <mode>', 'gateway (one bot, the websocket) or http (two instances behind nginx)', mode, 'gateway')
    .option('--rate <n>', 'interactions a second (default 50; 200 in http mode)', positive)
    .option('--seconds <n>', 'how long to send them', positive, 60)
    .option('--reports <n>', 'synthetic corpus size', (s) => Math.round(positive(s)), 76_911)
    .option(
      '--users <n>',
      'distinct users sending commands (the bot has a per-user cooldown of 2 s; default: 4 s of traffic, at least 200)',
      (s) => Math.round(positive(s)),
    )
    .option('--database <url>', 'http mode: both instances serve from this report database (imported beforehand)')
    .option('--out <file>', 'write the JSON here (default bench/results/load-<timestamp>.json and load-latest.json)')
    .option('--prepare-only', 'build the saved index if missing, then exit (used internally)')
    .allowExcessArguments(false)
    .showHelpAfterError();
  program.parse(argv, { from: 'user' });
  type Opts = Omit<LoadOptions, 'rate' | 'users' | 'prepareOnly'> & {
    rate?: number;
    users?: number;
    prepareOnly?: true;
  };
  const o = program.opts<Opts>();
  const { seconds, reports, out, database } = o;
  const rate = o.rate ?? (o.mode === 'http' ? 200 : 50);
  const users = o.users ?? Math.max(200, rate * 4);
  return { mode: o.mode, rate, seconds, reports, users, out, database, prepareOnly: !!o.prepareOnly };
}

const cacheDirFor = (reports: number) => path.join(DATA_DIR, `cache-${reports}`);

/** Builds the saved index in a child process when it is missing, so this process only ever loads it. */
async function prepare(options: LoadOptions, csv: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--prepare-only', '--reports', String(options.reports)],
    {
      cwd: REPO_DIR,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`preparing the saved index for ${csv} failed (exit ${code})`);
}

async function prepareOnly(options: LoadOptions) {
  const csv = await ensureWardiary(options.reports, SEED, DATA_DIR, say);
  const started = performance.now();
  const opened = await openDesk({
    corpus: [csv],
    cacheDir: cacheDirFor(options.reports),
    allowRejects: true,
    log: { info: (_f, m) => say(`  prepare: ${m}`), warn: (_f, m) => say(`  prepare: ${m}`) },
  });
  say(
    `  prepare: desk ready (${opened.fromCache ? 'saved index' : 'built and saved'}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

function pct(l: Latency | null) {
  return l
    ? `p50 ${l.p50.toFixed(0)} ms · p95 ${l.p95.toFixed(0)} ms · p99 ${l.p99.toFixed(0)} ms · max ${l.max.toFixed(0)} ms`
    : '—';
}

/** Per kind of interaction: sent, answered, missed, deferred, latencies. */
function kindTable(f: FakeResult): string[] {
  return [
    'kind            sent  answered  missed  deferred  callback p50 / p99 / max (ms)   reply seen p50 / p99 / max (ms)',
    ...Object.entries(f.byKind).map(([kind, k]) => {
      const l = (x: Latency | null) => (x ? `${x.p50.toFixed(0)} / ${x.p99.toFixed(0)} / ${x.max.toFixed(0)}` : '—');
      return `${kind.padEnd(14)} ${String(k.dispatched).padStart(5)} ${String(k.answered).padStart(9)} ${String(k.missedDeadline).padStart(7)} ${String(k.deferred).padStart(9)}  ${l(k.ack).padStart(28)}   ${l(k.complete).padStart(30)}`;
    }),
  ];
}

function summarize(r: LoadReport): string {
  const f = r.fake;
  const lines = [
    `Bot under load — ${r.startedAt} — ${r.options.rate}/s for ${r.options.seconds} s, ${r.desk.reports.toLocaleString('en-US')} reports (desk from ${r.desk.fromCache ? 'the saved index' : 'a fresh build'}, opened in ${(r.desk.openMs / 1000).toFixed(1)} s)`,
    r.layout,
    `dispatched ${f.dispatched}, answered ${f.answered}, missed the 3 s deadline ${f.missedDeadline} (${((100 * f.missedDeadline) / Math.max(1, f.dispatched)).toFixed(1)} %), deferred ${f.deferred}`,
    `dispatch → callback: ${pct(f.ack)}`,
    `dispatch → reply seen: ${pct(f.complete)}`,
    `bot RSS: ${r.bot.rssEndMB} MB at the end (max ${r.bot.rssMaxMB} MB; ${r.desk.rssAfterOpenMB} MB after opening the desk, both threads); main-thread heap ${r.bot.heapEndMB} MB`,
    `bot event-loop delay: p50 ${r.bot.eventLoopDelay.p50} ms · p99 ${r.bot.eventLoopDelay.p99} ms · max ${r.bot.eventLoopDelay.max} ms`,
    `rejected requests: ${f.rejectedRequests} ${JSON.stringify(f.errorCodes)}; bot log: ${r.bot.loggedErrors} errors, ${r.bot.loggedWarnings} warnings; driver lag ${pct(f.dispatchLagMs)}`,
    '',
    ...kindTable(f),
  ];
  if (f.pageFallbacks)
    lines.push(`(${f.pageFallbacks} page clicks had no earlier result to page yet and were sent as /search)`);
  return lines.join('\n');
}

/** Writes the report as JSON (to --out, or stamped and as load-latest.json beside the other results). */
async function writeReport(report: { summary: string }, out: string | undefined, startedAt: string) {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  const written: string[] = [];
  if (out) {
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, text);
    written.push(out);
  } else {
    await mkdir(RESULTS_DIR, { recursive: true });
    const stamped = path.join(RESULTS_DIR, `load-${startedAt.replace(/[:.]/g, '-')}.json`);
    await writeFile(stamped, text);
    await writeFile(path.join(RESULTS_DIR, 'load-latest.json'), text);
    written.push(stamped, path.join(RESULTS_DIR, 'load-latest.json'));
  }
  process.stdout.write(
    `\n${report.summary}\n\nJSON: ${written.map((f) => path.relative(process.cwd(), f) || f).join(', ')}\n`,
  );
}

/** The fake Discord and its driver in a child process (bench/load-fake.ts), and a way to await its messages. */
function startFakeChild() {
  say('starting the fake Discord (child process)…');
  const fake = fork(path.join(BENCH_DIR, 'load-fake.ts'), [], {
    cwd: REPO_DIR,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages: { type: string; [k: string]: unknown }[] = [];
  const waiters: (() => void)[] = [];
  fake.on('message', (m: { type: string }) => {
    if (m.type === 'progress') say(`  … ${JSON.stringify(m)}`);
    messages.push(m);
    waiters.splice(0).forEach((w) => w());
  });
  const next = async (type: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.find((m) => m.type === type || m.type === 'error');
      if (found) {
        if (found.type === 'error') throw new Error(`fake Discord: ${String(found.error)}`);
        messages.splice(messages.indexOf(found), 1);
        return found;
      }
      if (Date.now() > deadline) throw new Error(`no "${type}" from the fake Discord in ${timeoutMs / 1000} s`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 1000);
      });
    }
  };
  return { fake, next, exited: once(fake, 'exit') };
}

/** Days and keys to ask /report about, from the corpus itself: fifty days spread over it, the first report of each. */
async function daysAndKeys(desk: Pick<Desk, 'complete' | 'report'>) {
  const dates = await desk.complete({ field: 'date', typed: '', limit: Number.MAX_SAFE_INTEGER });
  const days = dates
    .filter((d) => !d.month)
    .reverse()
    .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 50)) === 0)
    .map((d) => d.value);
  const keys: string[] = [];
  for (const day of days) {
    const found = await desk.report(day, { limit: 1 });
    if (found.ok && found.results[0]) keys.push(found.results[0].report.id);
  }
  return { days, keys };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.prepareOnly) return prepareOnly(options);
  const startedAt = new Date().toISOString();
  if (options.mode === 'http' && options.database) {
    // The instances serve the report database: its own desk names the days and keys, and nothing is built in memory.
    const desk = openDatabaseDesk(options.database);
    try {
      const { reports } = await desk.stats();
      return await runHttp(options, startedAt, { ...(await daysAndKeys(desk)), reports });
    } finally {
      await desk.close();
    }
  }
  const csv = await ensureWardiary(options.reports, SEED, DATA_DIR, say);
  await prepare(options, csv);

  say('opening the desk on its thread from the saved index, as npm start does…');
  let started = performance.now();
  const thread = await openDeskThread(
    { open: { corpus: [csv], cacheDir: cacheDirFor(options.reports), allowRejects: true } },
    { info: () => {}, warn: (_f, m) => say(`  desk: ${m}`), error: (_f, m) => say(`  desk: ${m}`) },
  );
  const openMs = performance.now() - started;
  if (!thread.fromCache)
    say('warning: the saved index was not used; the desk was built in this process, which inflates its RSS');
  const { desk } = thread;
  const rssAfterOpenMB = round(process.memoryUsage().rss / MB);

  const { days, keys } = await daysAndKeys(desk);

  if (options.mode === 'http') {
    // The instances open the desk themselves: this one was only for the days and keys.
    await thread.close();
    return runHttp(options, startedAt, { days, keys, reports: thread.counts.imported });
  }
  const { fake, next, exited } = startFakeChild();

  let client: ReturnType<typeof createBot> | undefined;
  try {
    const { apiBase, applicationId } = (await next('started', 30_000)) as unknown as {
      apiBase: string;
      applicationId: string;
    };
    await deployCommands({ token: TOKEN, clientId: applicationId, apiBase });
    let loggedErrors = 0;
    let loggedWarnings = 0;
    const logger = createLogger('warn', [TOKEN], {
      write: (line: string) => {
        const level = (JSON.parse(line) as { level: number }).level;
        if (level >= 50) loggedErrors++;
        else if (level >= 40) loggedWarnings++;
        if (loggedErrors + loggedWarnings <= 5) process.stderr.write(`  bot log: ${line}`);
      },
    });
    const config = readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: apiBase });
    client = createBot(desk, config, logger);
    const ready = once(client, Events.ClientReady);
    await client.login(TOKEN);
    await ready;
    say(`bot ready; sending ${options.rate}/s for ${options.seconds} s…`);

    const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    loop.enable();
    let rssMax = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      rssMax = Math.max(rssMax, process.memoryUsage().rss);
    }, 250);
    const plan: LoadPlan = {
      rate: options.rate,
      seconds: options.seconds,
      seed: SEED,
      users: options.users,
      keys,
      days,
    };
    fake.send({ type: 'go', plan });
    started = performance.now();
    const { result } = (await next('result', options.seconds * 1000 + 120_000)) as unknown as { result: FakeResult };
    clearInterval(sampler);
    loop.disable();
    const mem = process.memoryUsage();
    rssMax = Math.max(rssMax, mem.rss);

    const report: LoadReport = {
      version: 1,
      startedAt,
      options: { rate: options.rate, seconds: options.seconds, reports: options.reports, users: options.users },
      layout:
        'bot alone in this process (discord.js client on the main thread, the desk on its own thread, as npm start); fake Discord + driver in a child process (bench/load-fake.ts), ' +
        "so the fake's work does not run on the bot's event loop and is not in its RSS. Commands come from " +
        `${options.users} users in turn; the bot's settings are the defaults (per-user cooldown 2 s).`,
      desk: { reports: thread.counts.imported, openMs: round(openMs, 0), fromCache: thread.fromCache, rssAfterOpenMB },
      fake: result,
      bot: {
        rssEndMB: round(mem.rss / MB),
        rssMaxMB: round(rssMax / MB),
        heapEndMB: round(mem.heapUsed / MB),
        eventLoopDelay: {
          p50: delay(loop.percentile(50)),
          p99: delay(loop.percentile(99)),
          max: delay(loop.max),
          mean: delay(loop.mean),
        },
        loggedErrors,
        loggedWarnings,
      },
      summary: '',
    };
    report.summary = summarize(report);
    await writeReport(report, options.out, startedAt);
  } finally {
    await client?.destroy().catch(() => undefined);
    await thread.close();
    if (fake.exitCode === null) fake.kill();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
}

interface HttpLoadReport {
  version: 1;
  mode: 'http';
  startedAt: string;
  options: Omit<LoadOptions, 'out' | 'prepareOnly' | 'mode'>;
  layout: string;
  reports: number;
  fake: FakeResult;
  instances: { name: string; rss: Instance['rss']; loggedErrors: number; loggedWarnings: number }[];
  summary: string;
}

/** HTTP mode: two instances behind nginx, the fake Discord POSTing signed interactions to it (see load-http.ts). */
async function runHttp(
  options: LoadOptions,
  startedAt: string,
  corpus: { days: string[]; keys: string[]; reports: number },
) {
  const { database } = options;
  // On the report database the instances read no corpus: none is generated for them.
  const served = database
    ? { database }
    : { csv: await ensureWardiary(options.reports, SEED, DATA_DIR), cacheDir: cacheDirFor(options.reports) };
  const { fake, next, exited } = startFakeChild();
  const instances: Instance[] = [];
  let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
  try {
    const { apiBase, applicationId } = (await next('started', 30_000)) as unknown as {
      apiBase: string;
      applicationId: string;
    };
    await deployCommands({ token: TOKEN, clientId: applicationId, apiBase });
    const keys = applicationKeys();
    const settings = { ...served, apiBase, publicKeyHex: keys.publicKeyHex };
    say(
      `starting two instances in HTTP mode (as npm start), ${database ? 'on the report database' : 'from the saved index'}…`,
    );
    await buildBot();
    for (const name of ['instance 1', 'instance 2']) instances.push(await startInstance(name, settings, say));
    proxy = await startProxy(instances.map((i) => i.port));
    say(`nginx round robin at ${proxy.url}; ${REST_MS / 1000} s idle, then RSS at rest…`);
    await sleep(REST_MS);
    for (const i of instances) i.rss.restMB = await rssMB(i);
    say(`sending ${options.rate}/s for ${options.seconds} s…`);
    const stopSampling = sampleRss(instances);
    const { days } = corpus;
    const plan: LoadPlan = {
      rate: options.rate,
      seconds: options.seconds,
      seed: SEED,
      users: options.users,
      keys: corpus.keys,
      days,
      http: { url: proxy.url, privateKeyPem: keys.privateKeyPem },
    };
    fake.send({ type: 'go', plan });
    const { result } = (await next('result', options.seconds * 1000 + 120_000)) as unknown as { result: FakeResult };
    stopSampling();
    for (const i of instances) i.rss.endMB = await rssMB(i);
    await sleep(REST_MS);
    for (const i of instances) i.rss.restAfterMB = await rssMB(i);
    const report: HttpLoadReport = {
      version: 1,
      mode: 'http',
      startedAt,
      options: { rate: options.rate, seconds: options.seconds, reports: options.reports, users: options.users },
      layout:
        'two instances of the bot (npm start with INTERACTIONS_MODE=http, each one process: fastify on the main thread, ' +
        (database
          ? 'the desk on its own thread, on the one report database both share) behind nginx'
          : 'the desk on its own thread, opened from the saved index) behind nginx') +
        ' (round robin, keepalive); the fake ' +
        'Discord and its driver in a child process, POSTing signed interactions to nginx and taking the webhook edits. ' +
        `Commands come from ${options.users} users in turn; the bots' settings are the defaults (per-user cooldown 2 s).`,
      reports: corpus.reports,
      fake: result,
      instances: instances.map((i) => ({
        name: i.name,
        rss: i.rss,
        loggedErrors: i.errors,
        loggedWarnings: i.warnings,
      })),
      summary: '',
    };
    report.summary = summarizeHttp(report);
    await writeReport(report, options.out, startedAt);
  } finally {
    await proxy?.stop();
    await Promise.all(instances.map(stopInstance));
    if (fake.exitCode === null) fake.kill();
    await Promise.race([exited, sleep(5000)]);
  }
}

function summarizeHttp(r: HttpLoadReport): string {
  const f = r.fake;
  // Over HTTP an interaction has one response: one answered past 3 s is refused (10062); one with none is lost.
  const late = f.errorCodes['10062'] ?? 0;
  const lost = f.dispatched - f.answered - late;
  return [
    `HTTP mode under load — ${r.startedAt} — ${r.options.rate}/s for ${r.options.seconds} s, ${r.reports.toLocaleString('en-US')} reports`,
    r.layout,
    `sent ${f.dispatched}, answered in time ${f.answered} (deferred ${f.deferred}), late (answered past 3 s) ${late}, lost (no answer) ${lost}`,
    `sent → response: ${pct(f.ack)}`,
    `sent → reply seen: ${pct(f.complete)}`,
    ...r.instances.map(
      (i) =>
        `${i.name} RSS (whole process tree): ${i.rss.restMB} MB at rest, ${i.rss.peakMB} MB at peak under load, ` +
        `${i.rss.endMB} MB at the end, ${i.rss.restAfterMB} MB at rest after; log: ${i.loggedErrors} errors, ${i.loggedWarnings} warnings`,
    ),
    `rejected requests: ${f.rejectedRequests} ${JSON.stringify(f.errorCodes)}; driver lag ${pct(f.dispatchLagMs)}`,
    '',
    ...kindTable(f),
  ].join('\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    say(`bench:load: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
