/**
 * `npm start`: check settings, open the desk on its thread on a valid corpus, then run the shards (shards.ts), each
 * in a process of its own, until SIGINT/SIGTERM; SIGHUP rereads the corpus.
 */
import 'dotenv/config';
import { ConfigError, readConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { CorpusInvalid } from '../open.ts';
import { openDeskThread, type DeskThread } from './desk-thread.ts';
import { checkDiscord, DiscordUnavailable } from './discord-check.ts';
import { exitOnUncaught } from './last-resort.ts';
import { startShards, type Shards } from './shards.ts';

const NO_TOKEN = `DISCORD_TOKEN is not set, so the bot cannot log in.
  1. Create an application at https://discord.com/developers/applications
  2. Under "Bot", reset and copy its token; put it in .env as DISCORD_TOKEN (see .env.example)
  3. Register the commands: npx report-bot deploy --guild <your server id>
Meanwhile the desk works from a terminal: npx report-bot search "Iranian C4"`;

async function main() {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`report-bot: ${error.message}`);
    return 1;
  }
  if (!config.DISCORD_TOKEN) {
    console.error(NO_TOKEN);
    return 1;
  }
  const token = config.DISCORD_TOKEN;
  const log = createLogger(config.LOG_LEVEL, [token]);
  exitOnUncaught(log);
  let thread: DeskThread | undefined;
  /** Started once the desk is open. */
  const running: { shards?: Shards } = {};
  // Installed first: a SIGHUP's default action would end the process while the desk opens.
  process.on('SIGHUP', () => {
    if (!thread) return log.warn({}, 'SIGHUP while the desk is still opening: ignored; send it again once ready');
    log.info({}, 'reloading the corpus');
    thread.restart().then(
      async () => log.info({ reports: (await thread!.desk.stats()).reports }, 'corpus reloaded'),
      (error: unknown) => log.error({ err: error }, 'could not reload the corpus; still serving the one loaded before'),
    );
  });
  let stopping = false;
  const stop = (why: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ why }, 'shutting down');
    void (running.shards?.stop() ?? thread?.close() ?? Promise.resolve()).finally(() => process.exit(code));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  let gateway;
  try {
    // Before the corpus loads: a minute spent loading it should not end in "no network" or "bad token".
    gateway = await checkDiscord(token, config.DISCORD_API_BASE);
  } catch (error) {
    if (!(error instanceof DiscordUnavailable)) throw error;
    console.error(`report-bot: ${error.message}`);
    return 1;
  }
  try {
    // The desk runs on its own thread, within a heap limit.
    const open = { corpus: config.REPORT_CORPUS, cacheDir: config.INDEX_CACHE_DIR, allowRejects: config.ALLOW_REJECTS };
    thread = await openDeskThread({ open, heapLimitMb: config.DESK_HEAP_MB }, log);
    log.info({ ...thread.counts, fromSavedIndex: thread.fromCache }, 'corpus loaded');
  } catch (error) {
    if (!(error instanceof CorpusInvalid)) throw error;
    log.fatal({ problems: error.problems.length, ...error.counts }, 'refusing to start on an invalid corpus');
    console.error(error.message);
    return 1;
  }
  if (stopping) return undefined;
  const totalShards = config.TOTAL_SHARDS === 'auto' ? gateway.shards : config.TOTAL_SHARDS;
  running.shards = startShards({ token, totalShards, thread, log, giveUp: () => stop('a shard cannot start', 1) });
  return undefined;
}

const code = await main();
if (code !== undefined) process.exitCode = code;
