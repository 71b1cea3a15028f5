/** `npm start`: check settings, open the desk on a valid corpus, log in, serve until SIGINT/SIGTERM. */
import 'dotenv/config';
import { ConfigError, readConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { CorpusInvalid, openDesk } from '../open.ts';
import { warmUp } from '../search/rank.ts';
import { createBot } from './bot.ts';

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
  let desk;
  try {
    const opened = await openDesk({ corpus: config.REPORT_CORPUS, cacheDir: config.INDEX_CACHE_DIR, allowRejects: config.ALLOW_REJECTS, log });
    log.info({ ...opened.counts, fromSavedIndex: opened.fromCache }, 'corpus loaded');
    desk = opened.desk;
  } catch (error) {
    if (!(error instanceof CorpusInvalid)) throw error;
    log.fatal({ problems: error.problems.length, ...error.counts }, 'refusing to start on an invalid corpus');
    console.error(error.message);
    return 1;
  }
  const client = createBot(desk, config, log);
  const warming = new AbortController();
  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    warming.abort();
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await client.login(token);
  // Search the commonest terms ahead of users, a slice at a time, while already serving.
  const started = Date.now();
  const warmed = await warmUp(desk.index, { signal: warming.signal });
  log.info({ terms: warmed, ms: Date.now() - started }, 'warmed up the common terms');
  return undefined;
}

const code = await main();
if (code !== undefined) process.exitCode = code;
