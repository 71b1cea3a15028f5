/**
 * `npm start`: check settings, start the HTTP server (health, metrics; interactions in HTTP mode), open the desk on
 * its thread on a valid corpus, then in gateway mode run the shards (shards.ts), each in a process of its own; serve
 * until SIGINT/SIGTERM (SIGHUP rereads the corpus).
 */
import 'dotenv/config';
import { ConfigError, readConfig, type Config } from '../config.ts';
import { createLogger, type Logger } from '../log.ts';
import { CorpusInvalid } from '../corpus/problems.ts';
import { reportPages } from '../web/routes.ts';
import { checkDiscord, DiscordUnavailable } from './discord-check.ts';
import { exitOnUncaught } from './last-resort.ts';
import { serve, type Service } from './serve.ts';
import { openBotDesk, type BotDesk } from './open-desk.ts';
import { startShards, type Shards } from './shards.ts';

const NO_TOKEN = `DISCORD_TOKEN is not set, so the bot cannot log in.
  1. Create an application at https://discord.com/developers/applications
  2. Under "Bot", reset and copy its token; put it in .env as DISCORD_TOKEN (see .env.example)
  3. Register the commands: npx report-bot deploy --guild <your server id>
Meanwhile the desk works from a terminal: npx report-bot search "Iranian C4"`;

/** What runs, as it starts: each part is stopped on a signal. */
interface Running {
  desk?: BotDesk;
  service?: Service;
  shards?: Shards;
  stopping: boolean;
}

async function main() {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`report-bot: ${error.message}`);
    return 1;
  }
  const gatewayMode = config.INTERACTIONS_MODE === 'gateway';
  // HTTP mode needs no token: Discord signs what it sends, and the interaction's own token edits its answers.
  if (gatewayMode && !config.DISCORD_TOKEN) {
    console.error(NO_TOKEN);
    return 1;
  }
  const token = config.DISCORD_TOKEN ?? '';
  const log = createLogger(config.LOG_LEVEL, [token]);
  exitOnUncaught(log);
  const running: Running = { stopping: false };
  const stop = handleSignals(running, log);
  let gateway;
  try {
    // Before the corpus loads: a minute spent loading it should not end in "no network" or "bad token".
    if (gatewayMode) gateway = await checkDiscord(token, config.DISCORD_API_BASE);
  } catch (error) {
    if (!(error instanceof DiscordUnavailable)) throw error;
    console.error(`report-bot: ${error.message}`);
    return 1;
  }
  try {
    // The report pages too, so PUBLIC_URL's links ("Open the full report") land on this server.
    const pages = reportPages(() => running.desk?.desk, config.PUBLIC_URL);
    const served = { served: () => running.desk, stopping: () => running.stopping };
    running.service = await serve(config, log, served, [pages]);
  } catch (error) {
    console.error(`report-bot: cannot listen on ${config.HOST}:${config.PORT}: ${(error as Error).message}`);
    return 1;
  }
  running.desk = await openServedDesk(config, log);
  if (!running.desk) {
    await running.service.app.close();
    return 1;
  }
  if (running.stopping) return undefined;
  if (gateway) {
    const totalShards = config.TOTAL_SHARDS === 'auto' ? gateway.shards : config.TOTAL_SHARDS;
    const { metrics } = running.service;
    const giveUp = () => stop('a shard cannot start', 1);
    running.shards = startShards({ token, totalShards, thread: running.desk, log, metrics, giveUp });
  } else log.info({ reports: running.desk.status().reports }, 'ready for HTTP interactions on POST /interactions');
  return undefined;
}

/**
 * The desk on its own thread, within a heap limit, or on the report database when one is set; undefined (and why,
 * logged) when the corpus is invalid.
 */
async function openServedDesk(config: Config, log: Logger): Promise<BotDesk | undefined> {
  try {
    const desk = await openBotDesk(config, log);
    log.info(desk.opened, 'corpus loaded');
    return desk;
  } catch (error) {
    if (!(error instanceof CorpusInvalid)) throw error;
    log.fatal({ problems: error.problems.length, ...error.counts }, 'refusing to start on an invalid corpus');
    console.error(error.message);
    return undefined;
  }
}

/**
 * Installed first: a SIGHUP's default action would end the process while the desk opens. Returns how to stop (a
 * signal, or a shard that cannot start: exit 1, for the supervisor to try later).
 */
function handleSignals(running: Running, log: Logger) {
  process.on('SIGHUP', () => {
    const { desk } = running;
    if (!desk) return log.warn({}, 'SIGHUP while the desk is still opening: ignored; send it again once ready');
    log.info({}, 'reloading the corpus');
    desk.restart().then(
      async () => log.info({ reports: (await desk.desk.stats()).reports }, 'corpus reloaded'),
      (error: unknown) => log.error({ err: error }, 'could not reload the corpus; still serving the one loaded before'),
    );
  });
  const stop = (why: string, code = 0) => {
    if (running.stopping) return;
    running.stopping = true;
    log.info({ why }, 'shutting down');
    // The server answers the requests it took; the shards answer theirs, then close the desk.
    const closing = [running.service?.app.close(), running.shards?.stop() ?? running.desk?.close()];
    void Promise.allSettled(closing).finally(() => process.exit(code));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  return stop;
}

const code = await main();
if (code !== undefined) process.exitCode = code;
