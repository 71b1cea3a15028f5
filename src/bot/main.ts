/**
 * `npm start`: check settings, open the desk on its thread on a valid corpus, log in, serve until SIGINT/SIGTERM
 * (SIGHUP rereads the corpus).
 */
import 'dotenv/config';
import { ConfigError, readConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { CorpusInvalid } from '../open.ts';
import { createBot } from './bot.ts';
import { checkDiscord, DiscordUnavailable } from './discord-check.ts';
import { openBotDesk, type BotDesk } from './open-desk.ts';

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
  let thread: BotDesk | undefined;
  // Installed first: a SIGHUP's default action would end the process while the desk opens.
  process.on('SIGHUP', () => {
    if (!thread) return log.warn({}, 'SIGHUP while the desk is still opening: ignored; send it again once ready');
    log.info({}, 'reloading the corpus');
    thread.restart().then(
      async () => log.info({ reports: (await thread!.desk.stats()).reports }, 'corpus reloaded'),
      (error: unknown) => log.error({ err: error }, 'could not reload the corpus; still serving the one loaded before'),
    );
  });
  try {
    // Before the corpus loads: a minute spent loading it should not end in "no network" or "bad token".
    await checkDiscord(token, config.DISCORD_API_BASE);
  } catch (error) {
    if (!(error instanceof DiscordUnavailable)) throw error;
    console.error(`report-bot: ${error.message}`);
    return 1;
  }
  try {
    // The desk on its own thread, within a heap limit; or on the report database when one is set.
    thread = await openBotDesk(config, log);
    log.info(thread.opened, 'corpus loaded');
  } catch (error) {
    if (!(error instanceof CorpusInvalid)) throw error;
    log.fatal({ problems: error.problems.length, ...error.counts }, 'refusing to start on an invalid corpus');
    console.error(error.message);
    return 1;
  }
  const client = createBot(thread.desk, config, log);
  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void Promise.allSettled([client.destroy(), thread.close()]).finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await client.login(token);
  return undefined;
}

const code = await main();
if (code !== undefined) process.exitCode = code;
