/**
 * `npm start`: check settings, start the HTTP server (health, metrics; interactions in HTTP mode), open the desk on
 * its thread on a valid corpus, log in to the gateway (gateway mode), serve until SIGINT/SIGTERM (SIGHUP rereads the
 * corpus).
 */
import 'dotenv/config';
import { ConfigError, readConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { CorpusInvalid } from '../open.ts';
import { createBot } from './bot.ts';
import { openDeskThread, type DeskThread } from './desk-thread.ts';
import { checkDiscord, DiscordUnavailable } from './discord-check.ts';
import { serve, type Service } from './serve.ts';

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
  const gateway = config.INTERACTIONS_MODE === 'gateway';
  // HTTP mode needs no token: Discord signs what it sends, and the interaction's own token edits its answers.
  if (gateway && !config.DISCORD_TOKEN) {
    console.error(NO_TOKEN);
    return 1;
  }
  const token = config.DISCORD_TOKEN ?? '';
  const log = createLogger(config.LOG_LEVEL, [token]);
  let thread: DeskThread | undefined;
  let stopping = false;
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
    if (gateway) await checkDiscord(token, config.DISCORD_API_BASE);
  } catch (error) {
    if (!(error instanceof DiscordUnavailable)) throw error;
    console.error(`report-bot: ${error.message}`);
    return 1;
  }
  let service: Service;
  try {
    service = await serve(config, log, { thread: () => thread, stopping: () => stopping });
  } catch (error) {
    console.error(`report-bot: cannot listen on ${config.HOST}:${config.PORT}: ${(error as Error).message}`);
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
    await service.app.close();
    return 1;
  }
  const client = gateway ? createBot(thread.desk, config, log, service.metrics) : undefined;
  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    stopping = true;
    const closing = [service.app.close(), client?.destroy(), thread!.close()];
    void Promise.allSettled(closing).finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (client) await client.login(token);
  else log.info({ reports: thread.counts.imported }, 'ready for HTTP interactions on POST /interactions');
  return undefined;
}

const code = await main();
if (code !== undefined) process.exitCode = code;
