/** The desk from a terminal: `report-bot search|report|ask|stats|validate|index|deploy`. */
import 'dotenv/config';
import { Command, InvalidArgumentError } from 'commander';
import { formatProblem, loadCorpus } from './corpus/load.ts';
import type { DeskError, Outcome } from './desk.ts';
import { CorpusInvalid, openDesk, SHIPPED_CORPUS, type Notes, type Opened } from './open.ts';
import { progressReporter } from './progress.ts';
import { askJson, errorJson, reportJson, searchJson, statsJson } from './render/json.ts';
import { askText, errorText, reportText, searchText, statsText } from './render/terminal.ts';

const EXIT_BAD_INPUT = 2;
const EXIT_INVALID_CORPUS = 1;

interface GlobalOptions {
  corpus?: string[];
  allowRejects?: boolean;
  cache: boolean;
  cacheDir?: string;
  verbose?: boolean;
}

function whole(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('must be a whole number');
  return n;
}

/** Terminal notes on stderr, so --json output on stdout stays one object. */
const notes = (verbose: boolean): Notes => {
  const line = (fields: object, message: string) => {
    const details = Object.entries(fields).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
    console.error(`report-bot: ${message}${details ? ` (${details})` : ''}`);
  };
  return { info: (f, m) => verbose && line(f, m), warn: line };
};

/** Prints an outcome as text or JSON; bad input exits 2. */
function print<T>(outcome: Outcome<T>, json: boolean | undefined, asJson: (r: T) => object, asText: (r: T) => string): void {
  if (!outcome.ok) {
    const e: DeskError = outcome.error;
    if (json) console.log(JSON.stringify(errorJson(e)));
    else console.error(errorText(e));
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  console.log(json ? JSON.stringify(asJson(outcome)) : asText(outcome));
}

const program = new Command('report-bot')
  .description('Report Desk: search, look up and question a corpus of intelligence reports, with citations')
  .option('--corpus <path...>', 'corpus files or folders: .md, War Diary .csv, .jsonl (default: $REPORT_CORPUS or the shipped corpus)')
  .option('--allow-rejects', 'serve a corpus even when some rows could not be read (they are still reported)')
  .option('--no-cache', 'neither read nor write the saved index')
  .option('--cache-dir <dir>', 'where the saved index lives (default: $INDEX_CACHE_DIR or next to the corpus)')
  .option('-v, --verbose', 'say what happens: saved index used or rebuilt, import progress')
  .showHelpAfterError();

const globals = () => program.opts<GlobalOptions>();
const corpusPaths = () => globals().corpus ?? (process.env.REPORT_CORPUS ? process.env.REPORT_CORPUS.split(',') : [SHIPPED_CORPUS]);

async function open(rebuild = false): Promise<Opened> {
  const g = globals();
  const log = notes(Boolean(g.verbose) || rebuild);
  const progress = progressReporter(log);
  try {
    return await openDesk({
      corpus: corpusPaths(),
      cache: g.cache,
      // The bot reads INDEX_CACHE_DIR too: `index` must save where the bot will look.
      cacheDir: g.cacheDir ?? (process.env.INDEX_CACHE_DIR?.trim() || undefined),
      rebuild,
      allowRejects: g.allowRejects ?? process.env.ALLOW_REJECTS === 'true',
      log,
      onProgress: g.verbose || rebuild ? progress.onProgress : undefined,
    });
  } finally {
    progress.done();
  }
}
const desk = async () => (await open()).desk;

program
  .command('search')
  .description('keyword search; quote a phrase to rank it first; filters alone list reports newest first')
  .argument('[query...]', 'words to search for')
  .option('--from <date>', 'only reports on or after this date')
  .option('--to <date>', 'only reports on or before this date')
  .option('--type <type>', 'only reports of this type, e.g. "threat report"')
  .option('--category <category>', 'only reports of this category, e.g. "IED Explosion"')
  .option('--region <region>', 'only reports of this region, e.g. "RC SOUTH"')
  .option('--limit <n>', 'how many results (1–100)', whole, 10)
  .option('--json', 'print one JSON object')
  .action(async (words: string[], o) => {
    const request = { query: words.join(' '), from: o.from, to: o.to, type: o.type, category: o.category, region: o.region, limit: o.limit };
    print((await desk()).search(request), o.json, searchJson, (r) => searchText(r));
  });

program
  .command('report')
  .description('reports of a date (2007-12-30, Dec 2007, 2007…), or one report by id, report key or tracking number')
  .argument('<date-or-id...>')
  .option('--limit <n>', 'how many reports (1–100)', whole, 20)
  .option('--offset <n>', 'skip this many first', whole, 0)
  .option('--json', 'print one JSON object')
  .action(async (words: string[], o) => print((await desk()).report(words.join(' '), { limit: o.limit, offset: o.offset }), o.json, reportJson, reportText));

program
  .command('ask')
  .description('a plain-English question, answered by quoting the corpus')
  .argument('<question...>')
  .option('--json', 'print one JSON object')
  .action(async (words: string[], o) => print((await desk()).ask(words.join(' ')), o.json, askJson, askText));

program
  .command('stats')
  .description('what the corpus holds')
  .option('--json', 'print one JSON object')
  .action(async (o) => {
    const stats = (await desk()).stats();
    console.log(o.json ? JSON.stringify(statsJson(stats)) : statsText(stats));
  });

program
  .command('validate')
  .description('check every corpus file and list every problem with file and line')
  .argument('[path...]', 'files or folders (default: the configured corpus)')
  .action(async (paths: string[]) => {
    const { counts, problems } = await loadCorpus(paths.length ? paths : corpusPaths());
    for (const p of problems) console.error(formatProblem(p));
    const summary = `${counts.read} read, ${counts.imported} valid, ${counts.rejected} rejected`;
    if (problems.length) {
      console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'}: ${summary}.`);
      process.exitCode = EXIT_INVALID_CORPUS;
    } else console.log(`OK: ${summary}.`);
  });

program
  .command('index')
  .description('import the corpus, build the index and save it next to the corpus for fast starts')
  .action(async () => {
    const { counts, problems, desk: d } = await open(true);
    for (const p of problems.slice(0, 20)) console.error(formatProblem(p));
    if (problems.length > 20) console.error(`… and ${problems.length - 20} more problems`);
    console.log(`Read ${counts.read}, imported ${counts.imported}, rejected ${counts.rejected}; ${d.stats().passages} passages indexed.`);
  });

program
  .command('deploy')
  .description('register the slash commands with Discord (DISCORD_TOKEN and DISCORD_CLIENT_ID from .env)')
  .option('--guild <id>', 'register in one server (instant; for development) instead of globally')
  .action(async (o) => {
    const { readConfig } = await import('./config.ts');
    const { deployCommands } = await import('./bot/deploy.ts');
    const config = readConfig();
    const guildId = o.guild ?? config.DISCORD_GUILD_ID;
    if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) {
      console.error('report-bot: deploy needs DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example).');
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    const registered = await deployCommands({ token: config.DISCORD_TOKEN, clientId: config.DISCORD_CLIENT_ID, guildId, apiBase: config.DISCORD_API_BASE });
    console.log(`Registered ${registered.length} commands ${guildId ? `in server ${guildId}` : 'globally (may take up to an hour to appear)'}:`);
    for (const c of registered) console.log(`  ${c.name} (${c.id})`);
  });

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CorpusInvalid) {
    const { read, imported, rejected } = error.counts;
    console.error(`report-bot: ${error.message}\nRead ${read}, imported ${imported}, rejected ${rejected}.`);
    if (rejected && !globals().allowRejects) console.error('Fix those rows (the rejects file next to each CSV lists them), or pass --allow-rejects to serve the rest.');
  } else {
    // One line, the message: never a stack that could carry a token.
    console.error(`report-bot: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = EXIT_INVALID_CORPUS;
}
