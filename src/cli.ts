/**
 * The desk from a terminal: `report-bot
 * search|report|ask|timeline|map|related|random|export|serve|stats|validate|index|deploy`.
 */
import 'dotenv/config';
import { Command, InvalidArgumentError } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { asFailure, EXIT, Failure, isHelpOrVersion, report } from './cli-failure.ts';
import {
  corpusSettings,
  databaseUrl,
  discordSettings,
  publicSettings,
  readSettings,
  serviceSettings,
  type CorpusSettings,
} from './config.ts';
import { loadCorpus } from './corpus/load.ts';
import { formatProblem } from './corpus/problems.ts';
import { writeFile } from 'node:fs/promises';
import { FILTERS, SORTS, TIME_UNITS, type Desk, type Filter, type MatchRequest, type Outcome } from './desk.ts';
import { exportAll } from './desk/export-all.ts';
import { importCorpus } from './desk/postgres/import.ts';
import { connect, databaseName } from './desk/postgres/pool.ts';
import { openDatabaseDesk, openDesk, SHIPPED_CORPUS, type Notes, type Opened } from './open.ts';
import { progressReporter, type ProgressReporter } from './progress.ts';
import { deskErrorText } from './render/errors.ts';
import { csvOf, EXPORT_FORMATS, jsonLinesOf, type ExportFormat } from './render/export-rows.ts';
import {
  askJson,
  indexJson,
  mapJson,
  randomJson,
  relatedJson,
  reportJson,
  searchJson,
  statsJson,
  timelineJson,
  validateJson,
} from './render/json.ts';
import { pictureTitle } from './render/picture-title.ts';
import { askText, randomText, relatedText, reportText, searchText, statsText } from './render/terminal.ts';

interface GlobalOptions {
  corpus?: string[];
  database?: string;
  allowRejects?: boolean;
  cache: boolean;
  cacheDir?: string;
  verbose?: boolean;
}

/** --json anywhere before `--`: known before parsing, so even a parse error answers in JSON. */
const ARGS = process.argv.slice(2);
const JSON_OUTPUT = ARGS.slice(0, ARGS.includes('--') ? ARGS.indexOf('--') : undefined).includes('--json');

function whole(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max)
      throw new InvalidArgumentError(
        `must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`,
      );
    return n;
  };
}

/** One of a fixed list of values, named in the error. */
function oneOf<T extends string>(values: readonly T[]) {
  return (value: string): T => {
    const v = value.trim().toLowerCase();
    if (!(values as readonly string[]).includes(v))
      throw new InvalidArgumentError(`must be one of ${values.join(', ')}`);
    return v as T;
  };
}

function snowflake(value: string): string {
  if (!/^\d{15,21}$/.test(value.trim()))
    throw new InvalidArgumentError('must be a server id, a number of 15–21 digits');
  return value.trim();
}

/** Text is wrapped to a terminal's width; piped, lines stay whole unless COLUMNS says otherwise. */
const terminalWidth = () => (process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS) || undefined);

/** `--corpus a.csv --corpus b,c`: every use adds, and commas separate, as in REPORT_CORPUS. */
function collectPaths(value: string, previous: string[] = []): string[] {
  const paths = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!paths.length) throw new InvalidArgumentError('name a corpus file or folder');
  return [...previous, ...paths];
}

/**
 * The report database's URL: --database, else REPORT_DATABASE_URL. Checked here rather than by commander, whose
 * message would repeat the URL, and a URL may hold a password.
 */
function database(): string | undefined {
  const given = globals().database;
  if (given === undefined) return env().REPORT_DATABASE_URL;
  const parsed = databaseUrl.safeParse(given);
  if (!parsed.success)
    throw new Failure('invalid_argument', `--database: ${parsed.error.issues[0]!.message}`, EXIT.usage);
  return parsed.data;
}

/**
 * Prints an outcome as text or JSON; the desk's refusal of bad input is a usage failure, the report database being
 * away a failure to finish that names it.
 */
async function print<T>(outcome: Promise<Outcome<T>>, asJson: (r: T) => object, asText: (r: T) => string) {
  const done = await accepted(outcome);
  console.log(JSON_OUTPUT ? JSON.stringify(asJson(done)) : asText(done));
}

/** What each filter's option says in --help. */
const FILTER_HELP: Record<Filter, [value: string, help: string]> = {
  from: ['date', 'only reports on or after this date'],
  to: ['date', 'only reports on or before this date'],
  type: ['type', 'only reports of this type, e.g. "threat report"'],
  category: ['category', 'only reports of this category, e.g. "IED Explosion"'],
  region: ['region', 'only reports of this region, e.g. "RC SOUTH"'],
};

const program = new Command('report-bot')
  .description('Report Desk: search, look up and question a corpus of intelligence reports, with citations')
  .version(pkg.version)
  .option(
    '--corpus <paths>',
    'corpus files or folders, comma-separated or repeated: .md, War Diary .csv, .jsonl ' +
      '(default: $REPORT_CORPUS or the shipped corpus)',
    collectPaths,
  )
  .option(
    '--database <url>',
    'serve (and with index, import into) this PostgreSQL database (default: $REPORT_DATABASE_URL; none: in memory)',
  )
  .option('--allow-rejects', 'serve a corpus even when some rows could not be read (they are still reported)')
  .option('--no-cache', 'neither read nor write the saved index')
  .option('--cache-dir <dir>', 'where the saved index lives (default: $INDEX_CACHE_DIR or next to the corpus)')
  .option('-v, --verbose', 'say what happens: saved index used or rebuilt, import progress')
  .exitOverride()
  // With --json, stdout carries the one error object: commander's own words (and the help after them) would repeat it.
  .configureOutput({ writeErr: (text) => !JSON_OUTPUT && process.stderr.write(text) })
  .showHelpAfterError('(report-bot --help shows every command and option)');

program.addHelpText(
  'after',
  `
Examples:
  report-bot search "Iranian C4"
  report-bot search '"Iranian C4"' --json                   a quoted phrase ranks first
  report-bot report 2007-12-30
  report-bot ask "Who went to North Korea?"
  report-bot search IED --sort casualties                   most casualties (KIA + WIA) first
  report-bot timeline IED --by month --out ied.png          a bar chart of the matches over time
  report-bot export IED --region "RC SOUTH" > ied.csv       every match as CSV, one row per report
  report-bot --corpus wd.csv index                          import a War Diary CSV and save its index
  report-bot --corpus wd.csv search IED --category "IED Explosion" --from 2008-01
  report-bot --corpus a.csv --corpus b.csv stats            several files (or --corpus a.csv,b.csv)

Exit codes: 0 done, 1 invalid corpus, 2 usage or bad input, 3 could not finish (index not saved, Discord, other).
With --json, every error prints one {"error":{"code","message"}} object on stdout.`,
);

const globals = () => program.opts<GlobalOptions>();
let settings: CorpusSettings | undefined;
const env = () => (settings ??= readSettings(corpusSettings));
const corpusPaths = () => globals().corpus ?? (env().REPORT_CORPUS.length ? env().REPORT_CORPUS : [SHIPPED_CORPUS]);

/** Notes on stderr (above any progress bar), so --json output on stdout stays one object. */
function notes(verbose: boolean, progress: () => ProgressReporter | undefined): Notes {
  const line = (fields: object, message: string) => {
    const details = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(' ');
    const text = `report-bot: ${message}${details ? ` (${details})` : ''}`;
    const bars = progress();
    if (bars) bars.log(text);
    else console.error(text);
  };
  return { info: (f, m) => verbose && line(f, m), warn: line };
}

async function open(rebuild = false): Promise<Opened> {
  const g = globals();
  const loud = Boolean(g.verbose) || rebuild;
  let progress: ProgressReporter | undefined;
  const log = notes(loud, () => progress);
  progress = progressReporter(log);
  try {
    return await openDesk({
      corpus: corpusPaths(),
      cache: g.cache,
      // The bot reads INDEX_CACHE_DIR too: `index` must save where the bot will look.
      cacheDir: g.cacheDir ?? env().INDEX_CACHE_DIR,
      rebuild,
      allowRejects: g.allowRejects || env().ALLOW_REJECTS,
      log,
      onProgress: loud ? progress.onProgress : undefined,
    });
  } finally {
    progress.done();
    progress = undefined;
  }
}

/** Runs a command on the desk: the report database's when one is set (closed after), else the corpus in memory. */
async function withDesk(work: (desk: Desk) => Promise<void>): Promise<void> {
  const url = database();
  if (!url) return work((await open()).desk);
  const desk = openDatabaseDesk(url, 1);
  try {
    await work(desk);
  } finally {
    await desk.close();
  }
}

type Filtered = Record<Filter, string | undefined>;

/** The words and filters of a command line as the desk takes them. */
const matchRequest = (words: string[], o: Filtered): MatchRequest => ({
  query: words.join(' '),
  ...Object.fromEntries(FILTERS.map((filter) => [filter, o[filter]])),
});

/** Adds the search filters to a command, in the desk's order. */
function withFilters(command: Command): Command {
  for (const filter of FILTERS) command.option(`--${filter} <${FILTER_HELP[filter][0]}>`, FILTER_HELP[filter][1]);
  return command;
}

/** An outcome's value; the desk's refusal of bad input a usage failure, the report database away one naming it. */
async function accepted<T>(outcome: Promise<Outcome<T>>): Promise<T> {
  const done = await outcome;
  if (!done.ok && done.error.code === 'database_unavailable') {
    const message = `the report database ${done.error.database} is unavailable, try again shortly.`;
    throw new Failure(done.error.code, message, EXIT.failed);
  }
  if (!done.ok) throw new Failure(done.error.code, deskErrorText(done.error), EXIT.usage);
  return done;
}

/** Writes a picture where --out says, or says why it could not. */
async function writePicture(out: string, png: Buffer) {
  await writeFile(out, png).catch((error: NodeJS.ErrnoException) => {
    throw new Failure('output_not_written', `could not write ${out}: ${error.code ?? error.message}`, EXIT.failed);
  });
}

/** The sources of the corpus, as a picture's subtitle names them. */
const corpusLabel = async (d: Desk) => (await d.stats()).sources.map((s) => s.source);

const search = program
  .command('search')
  .description('keyword search; quote a phrase to rank it first; filters alone list reports newest first')
  .argument('[query...]', 'words to search for');
withFilters(search);
search
  .option('--limit <n>', 'how many results (1–100)', whole(1, 100), 10)
  .option('--sort <order>', `${SORTS.join('|')} (casualties: KIA + WIA, most first)`, oneOf(SORTS), 'relevance')
  .option('--json', 'print one JSON object')
  .action(async (words: string[], o: Filtered & { limit: number; sort: string }) => {
    const request = { ...matchRequest(words, o), limit: o.limit, sort: o.sort };
    await withDesk((desk) => print(desk.search(request), searchJson, (r) => searchText(r, { width: terminalWidth() })));
  });

program
  .command('report')
  .description('reports of a date (2007-12-30, Dec 2007, 2007…), or one report by id, report key or tracking number')
  .argument('<date-or-id...>')
  .option('--limit <n>', 'how many reports (1–100)', whole(1, 100), 20)
  .option('--offset <n>', 'skip this many first', whole(0), 0)
  .option('--json', 'print one JSON object')
  .action(async (words: string[], o) => {
    await withDesk((desk) => {
      const outcome = desk.report(words.join(' '), { limit: o.limit, offset: o.offset });
      return print(outcome, reportJson, (r) => reportText(r, { width: terminalWidth() }));
    });
  });

program
  .command('ask')
  .description('a plain-English question, answered by quoting the corpus')
  .argument('<question...>')
  .option('--json', 'print one JSON object')
  .action(async (words: string[]) =>
    withDesk((desk) => print(desk.ask(words.join(' ')), askJson, (r) => askText(r, { width: terminalWidth() }))),
  );

withFilters(
  program
    .command('timeline')
    .description('a bar chart of the matching reports over time, as a PNG; --json gives its buckets')
    .argument('[query...]', 'words to search for (none: every report the filters keep)'),
)
  .option('--by <unit>', `${TIME_UNITS.join('|')} (default: the finest that stays readable)`, oneOf(TIME_UNITS))
  .option('--out <file.png>', 'where to write the picture')
  .option('--json', 'print one JSON object: the buckets { start, count }, summing to the total')
  .action(async (words: string[], o: Filtered & { by?: string; out?: string }) => {
    if (!o.out && !JSON_OUTPUT) throw new Failure('missing_argument', 'give --out F.png (or --json)', EXIT.usage);
    await withDesk(async (d) => {
      const t = await accepted(d.timeline({ ...matchRequest(words, o), by: o.by }));
      if (o.out) {
        const titles = pictureTitle('timeline', t.query, t.filters, await corpusLabel(d));
        // Loaded when drawn: vega-lite loaded first breaks the loading of discord.js (deploy) after it.
        const { renderTimelinePng } = await import('./render/timeline.ts');
        await writePicture(o.out, await renderTimelinePng({ ...titles, ...t }));
      }
      if (JSON_OUTPUT) return console.log(JSON.stringify(timelineJson(t, o.out)));
      const counted = t.total - t.undated;
      console.log(`Wrote ${o.out}: ${counted} of ${t.total} matching reports by ${t.by}, ${t.buckets.length} bars.`);
    });
  });

withFilters(
  program
    .command('map')
    .description('a map of where the matching reports happened, as a PNG: points, or density when there are many')
    .argument('[query...]', 'words to search for (none: every report the filters keep)'),
)
  .option('--out <file.png>', 'where to write the picture')
  .option('--json', 'print one JSON object: how many were placed and how many have no place')
  .action(async (words: string[], o: Filtered & { out?: string }) => {
    if (!o.out && !JSON_OUTPUT) throw new Failure('missing_argument', 'give --out F.png (or --json)', EXIT.usage);
    await withDesk(async (d) => {
      const p = await accepted(d.places(matchRequest(words, o)));
      if (o.out) {
        const titles = pictureTitle('map', p.query, p.filters, await corpusLabel(d));
        const { renderMapPng } = await import('./render/map.ts');
        await writePicture(o.out, await renderMapPng({ ...titles, points: p.points, withoutPlace: p.withoutPlace }));
      }
      if (JSON_OUTPUT) return console.log(JSON.stringify(mapJson(p, o.out)));
      const { points, total, withoutPlace } = p;
      console.log(
        `Wrote ${o.out}: ${points.length} of ${total} matching reports placed, ${withoutPlace} without a place.`,
      );
    });
  });

program
  .command('related')
  .description('reports sharing rare phrases with a report, and reports at its place within 6 hours, each with why')
  .argument('<id>', 'a report id, report key or tracking number')
  .option('--json', 'print one JSON object')
  .action(async (id: string) =>
    withDesk((desk) => print(desk.related(id), relatedJson, (r) => relatedText(r, { width: terminalWidth() }))),
  );

withFilters(
  program
    .command('random')
    .description('one report picked at random among those the filters (and words) keep')
    .argument('[query...]', 'words the report must match'),
)
  .option('--json', 'print one JSON object')
  .action(async (words: string[], o: Filtered) =>
    withDesk((desk) =>
      print(desk.random(matchRequest(words, o)), randomJson, (r) => randomText(r, { width: terminalWidth() })),
    ),
  );

withFilters(
  program
    .command('export')
    .description('every matching report to stdout, one row each with its citation fields, streamed')
    .argument('[query...]', 'words to search for (none: every report the filters keep)'),
)
  .option('--format <format>', EXPORT_FORMATS.join('|'), oneOf(EXPORT_FORMATS), 'csv')
  .option('--sort <order>', `${SORTS.join('|')} (default oldest)`, oneOf(SORTS), 'oldest')
  .option('--json', 'a failure as one JSON object (the rows are the output either way)')
  .action(async (words: string[], o: Filtered & { format: ExportFormat; sort: string }) => {
    await withDesk(async (desk) => {
      let first = true;
      for await (const page of exportAll(desk, { ...matchRequest(words, o), sort: o.sort })) {
        const { reports } = await accepted(Promise.resolve(page));
        await written(o.format === 'jsonl' ? jsonLinesOf(reports) : csvOf(reports, first));
        first = false;
      }
    });
  });

program
  .command('serve')
  .description('serve the report pages (a page per report, and search) over HTTP until stopped')
  .option('--port <n>', 'the port to listen on (0: any free one)', whole(0, 65535), 8080)
  .option('--host <address>', 'the address to listen on (0.0.0.0: every interface)', '127.0.0.1')
  .action(async (o: { port: number; host: string }) => {
    const { PUBLIC_URL } = readSettings(publicSettings);
    const { pageServer } = await import('./web/server.ts');
    // Serving until stopped: the report database's desk (its pool, as the bot's) or the corpus in memory.
    const url = database();
    const app = pageServer(url ? openDatabaseDesk(url) : (await open()).desk, PUBLIC_URL);
    const address = await app.listen({ port: o.port, host: o.host }).catch((error: NodeJS.ErrnoException) => {
      throw new Failure(
        'not_listening',
        `could not listen on ${o.host}:${o.port}: ${error.code ?? error.message}`,
        EXIT.failed,
      );
    });
    console.log(`Serving the report pages at ${address}/search (Ctrl+C stops).`);
    const stop = () => void app.close().then(() => process.exit(0));
    process.once('SIGINT', stop).once('SIGTERM', stop);
  });

program
  .command('stats')
  .description('what the corpus holds: reports, dates, types, categories, regions, sources')
  .option('--json', 'print one JSON object')
  .action(async () =>
    withDesk(async (desk) => {
      const stats = await desk.stats();
      console.log(JSON_OUTPUT ? JSON.stringify(statsJson(stats)) : statsText(stats, { width: terminalWidth() }));
    }),
  );

program
  .command('validate')
  .description('check every corpus file and list every problem with file and line (exit 1 when there is one)')
  .argument('[path...]', 'files or folders (default: the configured corpus)')
  .option('--json', 'print one JSON object: valid, counts, problems')
  .action(async (paths: string[]) => {
    const { counts, problems } = await loadCorpus(paths.length ? paths : corpusPaths());
    if (problems.length) process.exitCode = EXIT.invalidCorpus;
    if (JSON_OUTPUT) return console.log(JSON.stringify(validateJson({ counts, problems })));
    for (const p of problems) console.error(formatProblem(p));
    const summary = `${counts.read} read, ${counts.imported} valid, ${counts.rejected} rejected`;
    if (problems.length) console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'}: ${summary}.`);
    else console.log(`OK: ${summary}.`);
  });

program
  .command('index')
  .description('import the corpus, build the index and save it (next to the corpus, or --cache-dir) for fast starts')
  .option('--json', 'print one JSON object: counts, passages, where the index was saved')
  .action(async () => {
    if (database()) return importInto(database()!);
    if (!globals().cache) throw new Failure('usage', 'index saves the index: drop --no-cache', EXIT.usage);
    const opened = await open(true);
    const { counts, problems, saved } = opened;
    if (saved && 'error' in saved)
      throw new Failure('index_not_saved', `the index was built but could not be saved: ${saved.error}`, EXIT.failed);
    const { passages } = await opened.desk.stats();
    if (JSON_OUTPUT) return console.log(JSON.stringify(indexJson({ counts, passages, savedTo: saved?.path })));
    for (const p of problems.slice(0, 20)) console.error(formatProblem(p));
    if (problems.length > 20) console.error(`… and ${problems.length - 20} more problems`);
    console.log(
      `Read ${counts.read}, imported ${counts.imported}, rejected ${counts.rejected}; ` +
        `${passages} passages indexed; saved to ${saved?.path}.`,
    );
  });

/** `index` with a report database: imports the corpus into it, unless it holds this corpus already. */
async function importInto(url: string) {
  const g = globals();
  const log = notes(true, () => progress);
  const progress = progressReporter(log);
  const db = connect(url, 1);
  try {
    const allowRejects = g.allowRejects || env().ALLOW_REJECTS;
    const options = { corpus: corpusPaths(), allowRejects, log, onProgress: progress.onProgress };
    const { imported, importId, counts, problems, passages } = await importCorpus(db, options);
    progress.done();
    const into = { database: databaseName(url), importId, imported };
    if (JSON_OUTPUT) return console.log(JSON.stringify(indexJson({ counts, passages, ...into })));
    for (const p of problems.slice(0, 20)) console.error(formatProblem(p));
    if (problems.length > 20) console.error(`… and ${problems.length - 20} more problems`);
    const done = imported ? `imported into ${into.database}` : `${into.database} already holds them, nothing to do`;
    console.log(
      `Read ${counts.read}, imported ${counts.imported}, rejected ${counts.rejected}; ` +
        `${passages} passages indexed; ${done} (import ${importId}).`,
    );
  } finally {
    progress.done();
    await db.close();
  }
}

program
  .command('deploy')
  .description('register the slash commands with Discord (DISCORD_TOKEN and DISCORD_CLIENT_ID from .env)')
  .option(
    '--guild <id>',
    'register in one server (instant; for development) instead of globally (default: $DISCORD_GUILD_ID)',
    snowflake,
  )
  .action(async (o: { guild?: string }) => {
    const config = readSettings(discordSettings.extend(serviceSettings.shape).extend(publicSettings.shape));
    const guildId = o.guild ?? config.DISCORD_GUILD_ID;
    if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) {
      throw new Failure(
        'missing_settings',
        'deploy needs DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example).',
        EXIT.usage,
      );
    }
    // discord.js is loaded only by the commands that talk to Discord.
    const { deployCommands } = await import('./bot/deploy.ts');
    const { DiscordUnavailable } = await import('./bot/discord-check.ts');
    const target = {
      token: config.DISCORD_TOKEN,
      clientId: config.DISCORD_CLIENT_ID,
      guildId,
      apiBase: config.DISCORD_API_BASE,
    };
    const registered = await deployCommands(target).catch((error: unknown) => {
      throw error instanceof DiscordUnavailable ? new Failure(error.code, error.message, EXIT.failed) : error;
    });
    console.log(
      `Registered ${registered.length} commands ` +
        `${guildId ? `in server ${guildId}` : 'globally (may take up to an hour to appear)'}:`,
    );
    for (const c of registered) console.log(`  ${c.name} (${c.id})`);
    console.log(portalNote(config));
  });

/** What the portal's Interactions Endpoint URL must say in each mode: Discord sends interactions there if set. */
function portalNote({ INTERACTIONS_MODE: mode, PUBLIC_URL: url }: { INTERACTIONS_MODE: string; PUBLIC_URL?: string }) {
  const where = 'Developer portal → your application → General Information → Interactions Endpoint URL';
  if (mode === 'gateway') return `Gateway mode: leave the ${where} empty (if set, Discord sends interactions there).`;
  // Discord checks the address with a PING when it is saved: the bot must be running and reachable then.
  const running = 'the bot must be running: Discord checks it with a PING';
  if (!url) {
    const address = "the bot's public address followed by /interactions";
    return `HTTP mode: set the ${where} to ${address} (${running}); set PUBLIC_URL to have it printed here.`;
  }
  // PUBLIC_URL + /interactions, whether or not PUBLIC_URL has a path or ends in a slash.
  const endpoint = new URL('interactions', url.replace(/\/*$/, '/')).href;
  return `HTTP mode: set the ${where} to\n  ${endpoint}\n(${running}).`;
}

/** Writes to stdout, waiting while the reader is behind: an export of the whole corpus never piles up in memory. */
function written(text: string): Promise<void> {
  return new Promise((resolve) => (process.stdout.write(text) ? resolve() : process.stdout.once('drain', resolve)));
}

// A reader that stops early (`| head`) closes the pipe: that ends the export, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync();
} catch (error) {
  if (!isHelpOrVersion(error)) report(asFailure(error), JSON_OUTPUT);
}
