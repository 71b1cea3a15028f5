/**
 * The bot as a service: `npm start` runs a manager that opens the desk once and starts the shards Discord
 * recommends, each a process of its own. A signal to npm stops everything once the interactions in flight are
 * answered, and leaves no process behind; a shard that dies is started again and serves its servers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags, type APIMessage } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/bot/deploy.ts';
import { slashCommand, startFakeDiscord, type FakeDiscord } from '../fake-discord/index.ts';
import { running, startProcess } from './bot-process.ts';
import { firstEmbed } from './harness.ts';

const TOKEN = 'service-test-token.MUST-never-appear-in-logs.0123456789';

/** A guild id (a snowflake) whose events Discord's formula sends to `shard` of 2. */
const guildOn = (shard: number) => String((2_000_000_000_000n + BigInt(shard)) << 22n);

let cacheDir: string;
let bot: ReturnType<typeof startProcess> | undefined;

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'report-desk-service-'));
});
afterEach(async () => {
  // A test that failed half-way leaves no bot behind: its manager stops its shards.
  if (bot && bot.child.exitCode === null) {
    bot.child.kill('SIGTERM');
    await bot.exited;
  }
  bot = undefined;
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

/** Every process id the bot's log lines came from or name as a shard's (the manager's and each shard's). */
const pidsOf = (entries: Record<string, unknown>[]) => [
  ...new Set(entries.flatMap((e) => [e.pid as number, ...(e.shardPid ? [e.shardPid as number] : [])])),
];

const isEphemeral = (message: APIMessage) => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

describe('a signal to npm start', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    await deployCommands({ token: TOKEN, clientId: fake.applicationId, apiBase: fake.apiBase });
  });
  afterAll(async () => fake.close());

  it('answers the /ask in flight, turns a new command away politely, exits 0 and leaves no process', async () => {
    bot = startProcess(
      { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, INDEX_CACHE_DIR: join(cacheDir, 'signal') },
      'npm start',
    );
    await bot.waitFor(/"msg":"every shard is ready"/);
    // The bot's reply is held on its way to Discord: the /ask is in flight when the signal comes.
    const held = fake.holdCallbacks();
    const asked = fake.dispatch(slashCommand('ask', { question: 'Who supplied the C4?' }));
    await held.arrived(1);
    bot.child.kill('SIGTERM');
    await bot.waitFor(/"msg":"shard stopping"/);
    const late = fake.dispatch(slashCommand('about'));
    await held.arrived(2);
    held.release();
    const answer = await asked.settled();
    expect(firstEmbed(answer).title).toBe('Q: Who supplied the C4?');
    const refused = await late.settled();
    expect(isEphemeral(refused)).toBe(true);
    expect(refused.content).toMatch(/restarting/);
    expect(await bot.exited).toBe(0);
    const pids = [bot.child.pid!, ...pidsOf(bot.entries())];
    expect(pids.length).toBeGreaterThanOrEqual(3); // npm, the manager, a shard
    expect(pids.filter(running)).toEqual([]);
    expect(bot.out.stdout + bot.out.stderr).not.toContain(TOKEN);
  }, 120_000);

  it('SIGINT (Ctrl-C) stops everything too, with exit 0', async () => {
    bot = startProcess(
      { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, INDEX_CACHE_DIR: join(cacheDir, 'signal') },
      'npm start',
    );
    await bot.waitFor(/"msg":"every shard is ready"/);
    bot.child.kill('SIGINT');
    expect(await bot.exited).toBe(0);
    expect([bot.child.pid!, ...pidsOf(bot.entries())].filter(running)).toEqual([]);
  }, 120_000);
});

describe('a shard that cannot start', () => {
  it('a token reset while the bot runs: tried a few times, then everything stops with exit 1, saying why', async () => {
    const fake = await startFakeDiscord({ token: TOKEN });
    try {
      bot = startProcess({
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_BASE: fake.apiBase,
        INDEX_CACHE_DIR: join(cacheDir, 'reset'),
      });
      await bot.waitFor(/"msg":"every shard is ready"/);
      fake.revokeToken();
      const shard = bot.entries().find((e) => e.msg === 'shard started')!.shardPid as number;
      process.kill(shard, 'SIGKILL');
      expect(await bot.exited).toBe(1);
      const entries = bot.entries();
      expect(entries.filter((e) => e.msg === 'could not log in')).toHaveLength(4);
      expect(entries.find((e) => e.level === 60 && e.times === 5)).toMatchObject({
        msg: 'shard stopped again and again without becoming ready; stopping the bot',
        code: 1,
      });
      expect(pidsOf(entries).filter(running)).toEqual([]);
      expect(bot.out.stdout + bot.out.stderr).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  }, 120_000);
});

describe('two shards under the manager', () => {
  let fake: FakeDiscord;
  const guilds = [guildOn(0), guildOn(1)];
  beforeAll(async () => {
    // Discord recommends two shards: TOTAL_SHARDS=auto (the default) runs two.
    fake = await startFakeDiscord({
      token: TOKEN,
      shards: 2,
      guilds: guilds.map((id, shard) => ({ id, name: `On shard ${shard}` })),
    });
    await deployCommands({ token: TOKEN, clientId: fake.applicationId, apiBase: fake.apiBase });
  });
  afterAll(async () => fake.close());

  const about = async (guildId: string) => {
    const ix = fake.dispatch(slashCommand('about', {}, { guildId }));
    const message = await ix.settled();
    expect(firstEmbed(message).title).toMatch(/Report Desk/);
    return ix;
  };

  it('each answers its own servers; one killed is started again, its reason logged, and answers again', async () => {
    bot = startProcess({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_BASE: fake.apiBase,
      INDEX_CACHE_DIR: join(cacheDir, 'two'),
    });
    await bot.waitFor(/"msg":"every shard is ready"/);
    expect(guilds.map((id) => fake.shardOf(id, 2))).toEqual([0, 1]);
    expect((await about(guilds[0]!)).shard).toBe(0);
    expect((await about(guilds[1]!)).shard).toBe(1);
    const started = bot.entries().filter((e) => e.msg === 'shard started');
    expect(started.map((e) => e.shard).sort()).toEqual([0, 1]);
    // The desk opened once, in the manager: the shards hold none.
    expect(bot.entries().filter((e) => e.msg === 'corpus loaded')).toHaveLength(1);

    const victim = started.find((e) => e.shard === 1)!.shardPid as number;
    process.kill(victim, 'SIGKILL');
    await bot.waitFor(/"msg":"shard stopped; starting it again"/);
    const death = bot.entries().find((e) => e.msg === 'shard stopped; starting it again');
    expect(death).toMatchObject({ shard: 1, signal: 'SIGKILL' });
    await bot.waitFor(/"msg":"shard ready"/, 60_000, 3);
    await fake.waitForReady();
    expect((await about(guilds[1]!)).shard).toBe(1);
    expect((await about(guilds[0]!)).shard).toBe(0);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(pidsOf(bot.entries()).filter(running)).toEqual([]);
  }, 120_000);
});
