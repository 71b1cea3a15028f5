/** The desk from a terminal: `report-bot search|report|ask|stats|validate`. */
import 'dotenv/config';
import { Command, InvalidArgumentError } from 'commander';
import { formatProblem, loadCorpus } from './corpus/load.ts';
import type { DeskError, Outcome } from './desk.ts';
import { CorpusInvalid, openDesk, SHIPPED_CORPUS } from './open.ts';
import { askJson, errorJson, reportJson, searchJson, statsJson } from './render/json.ts';
import { askText, errorText, reportText, searchText, statsText } from './render/terminal.ts';

const EXIT_BAD_INPUT = 2;
const EXIT_INVALID_CORPUS = 1;

const corpusPaths = (given?: string[]) => given ?? (process.env.REPORT_CORPUS ? process.env.REPORT_CORPUS.split(',') : [SHIPPED_CORPUS]);

function whole(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('must be a whole number');
  return n;
}

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
  .option('--corpus <path...>', 'corpus files or folders (default: $REPORT_CORPUS or the shipped corpus)')
  .showHelpAfterError();

const desk = () => openDesk(corpusPaths(program.opts().corpus));

program
  .command('search')
  .description('keyword search; quote a phrase to rank it first')
  .argument('<query...>', 'words to search for')
  .option('--from <date>', 'only reports on or after this date')
  .option('--to <date>', 'only reports on or before this date')
  .option('--type <type>', 'only reports of this type, e.g. "threat report"')
  .option('--limit <n>', 'how many results (1–100)', whole, 10)
  .option('--json', 'print one JSON object')
  .action(async (words: string[], o) => {
    const d = await desk();
    print(d.search({ query: words.join(' '), from: o.from, to: o.to, type: o.type, limit: o.limit }), o.json, searchJson, (r) => searchText(r));
  });

program
  .command('report')
  .description('reports of a date (2007-12-30, Dec 2007, 2007…) or one report by id')
  .argument('<date-or-id...>')
  .option('--json', 'print one JSON object')
  .action(async (words: string[], o) => print((await desk()).report(words.join(' ')), o.json, reportJson, reportText));

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
    const { reports, problems } = await loadCorpus(paths.length ? paths : corpusPaths(program.opts().corpus));
    for (const p of problems) console.error(formatProblem(p));
    if (problems.length) {
      console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'}; ${reports.length} reports read.`);
      process.exitCode = EXIT_INVALID_CORPUS;
    } else console.log(`OK: ${reports.length} entries, no problems.`);
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
    console.error(`report-bot: ${error.message}`);
    process.exitCode = EXIT_INVALID_CORPUS;
  } else {
    // Never print a stack that could carry a token: one line, the message.
    console.error(`report-bot: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
