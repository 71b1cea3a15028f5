/**
 * The bot on PostgreSQL end to end: the real discord.js client against the
 * strict fake Discord, its desk opened from REPORT_DATABASE_URL as `npm start`
 * opens it, on a throwaway cluster. The database stops: the bot stays up and
 * answers that the report database is unavailable; it starts again: the bot
 * answers as before, by itself.
 */
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/bot/deploy.ts';
import { openBotDesk, type BotDesk } from '../../src/bot/open-desk.ts';
import { readConfig } from '../../src/config.ts';
import { importCorpus } from '../../src/desk/postgres/import.ts';
import { connect } from '../../src/desk/postgres/pool.ts';
import { slashCommand, startFakeDiscord, type FakeDiscord, type InteractionFactory } from '../fake-discord/index.ts';
import { startCluster, type Cluster } from '../postgres-cluster.ts';
import { firstEmbed, MemoryLog, startBot, type RunningBot } from './harness.ts';

const TOKEN = 'e2e-pg-bot-token.MUST-never-appear-in-logs.0123456789';
const UNAVAILABLE = 'The report database is unavailable, try again shortly.';

let fake: FakeDiscord;
let cluster: Cluster;
let served: BotDesk;
let bot: RunningBot;
let log: MemoryLog;

beforeAll(async () => {
  cluster = await startCluster();
  const db = connect(cluster.url);
  await importCorpus(db).finally(() => db.close());
  fake = await startFakeDiscord({ token: TOKEN, guilds: [{ id: '100000000000000001', name: 'Reports' }] });
  await deployCommands({ token: TOKEN, clientId: fake.applicationId, apiBase: fake.apiBase });
  log = new MemoryLog('debug', [TOKEN]);
  const env = { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, COOLDOWN_SECONDS: '0' };
  const config = readConfig({ ...env, REPORT_DATABASE_URL: cluster.url });
  served = await openBotDesk(config, log.logger);
  bot = await startBot(served.desk, config, log.logger, TOKEN);
}, 120_000);

afterAll(async () => {
  await bot?.stop();
  await served?.close();
  await fake?.close();
  await cluster?.stop();
}, 60_000);

async function run(factory: InteractionFactory): Promise<APIMessage> {
  return fake.dispatch(factory).settled();
}

const shown = (message: APIMessage) => JSON.stringify({ content: message.content, embeds: message.embeds });

describe('the bot on PostgreSQL', () => {
  it('answers from the database, says it is unavailable while it is down, and recovers by itself', async () => {
    const before = await run(slashCommand('search', { query: 'Iranian C4' }));
    expect(firstEmbed(before).title).toBe('Search: Iranian C4');
    expect(await served.health!()).toMatchObject({ ok: true });
    // Figures and completion come from the desk's thread, which serves the desk on the database.
    expect((await served.desk.stats()).reports).toBeGreaterThan(0);
    const completions = await served.desk.complete({ field: 'words', typed: 'Iranian C' });
    expect(completions.length).toBeGreaterThan(0);
    // The glossary's names complete as they are written ("Iranian CH-47 Chinook"): the typed letter in either case.
    expect(completions.every((c) => c.value.toLowerCase().startsWith('iranian c'))).toBe(true);
    await cluster.pause();
    try {
      for (const command of [
        slashCommand('search', { query: 'Iranian C4' }),
        slashCommand('report', { date: '2007-12-30' }),
        slashCommand('ask', { question: 'Who went to North Korea?' }),
      ]) {
        expect(shown(await run(command))).toContain(UNAVAILABLE);
      }
      expect(await served.health!()).toMatchObject({ ok: false });
    } finally {
      await cluster.start();
    }
    const after = await run(slashCommand('search', { query: 'Iranian C4' }));
    expect(firstEmbed(after)).toEqual(firstEmbed(before));
    expect(
      log
        .entries()
        .map((e) => JSON.stringify(e))
        .join('\n'),
    ).not.toContain('desk-test');
  }, 120_000);
});
