/**
 * Asking by mention, end to end: the real bot logged in to the strict fake
 * Discord, which sends it the messages of a channel as Discord would (only
 * with the GuildMessages intent; their text only when they mention the bot).
 * The bot answers in the channel, as a reply that pings no one.
 */
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotConfig } from '../../src/bot/bot.ts';
import { HOW_TO_ASK } from '../../src/bot/mention.ts';
import { readConfig } from '../../src/config.ts';
import { openDesk } from '../../src/open.ts';
import type { Desk } from '../../src/desk.ts';
import { makeUser, startFakeDiscord, TEST_USER, type FakeDiscord } from '../fake-discord/index.ts';
import { firstEmbed, MemoryLog, startBot, type RunningBot } from './harness.ts';

const TOKEN = 'mention-bot-token.MUST-never-appear-in-logs.0123456789';
const MAIN_GUILD = '100000000000000011';
const OTHER_GUILD = '100000000000000012';

let fake: FakeDiscord;
let desk: Desk;
let log: MemoryLog;
let bot: RunningBot;

const settings = (extra: Record<string, string> = {}): BotConfig =>
  readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, COOLDOWN_SECONDS: '0', ...extra });

async function restartBot(config: BotConfig = settings()): Promise<void> {
  await bot.stop();
  bot = await startBot(desk, config, log.logger, TOKEN);
}

const mention = () => `<@${fake.botUser.id}>`;

/** Posts a message as `author` and waits for the bot's one reply to it. */
async function ask(content: string, author = TEST_USER, guild = fake.guilds[0]): Promise<APIMessage> {
  const posted = fake.post({ content, author, mentions: [fake.botUser], guild });
  const [reply] = await posted.replies();
  return reply!;
}

/** The request that sent a reply, as the bot sent it. */
const sent = (reply: APIMessage) =>
  fake.requests.find(
    (r) => r.route === 'POST /channels/:channelId/messages' && (r.response as APIMessage | undefined)?.id === reply.id,
  )!;

beforeAll(async () => {
  fake = await startFakeDiscord({
    token: TOKEN,
    guilds: [
      { id: MAIN_GUILD, name: 'Reports' },
      { id: OTHER_GUILD, name: 'Elsewhere' },
    ],
  });
  log = new MemoryLog('debug', [TOKEN]);
  ({ desk } = await openDesk({ cache: false }));
  bot = await startBot(desk, settings(), log.logger, TOKEN);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('a message that mentions the bot', () => {
  it('gets the answer /ask gives, as a reply in its channel that pings no one', async () => {
    const posted = fake.post({
      content: `${mention()} who went to North Korea?`,
      author: TEST_USER,
      mentions: [fake.botUser],
    });
    expect(posted.delivered).toBe(true);
    const [reply] = await posted.replies();
    expect(reply!.channel_id).toBe(posted.message.channel_id);
    expect(reply!.message_reference?.message_id).toBe(posted.message.id);
    expect(sent(reply!).body).toMatchObject({ allowed_mentions: { parse: [], replied_user: false } });
    expect(reply!.mentions).toEqual([]);
    const description = firstEmbed(reply!).description ?? '';
    expect(description).toMatch(/Dr Amin/);
    expect(description).toContain('`ws-north-korea-weapons-deal`');
  });

  it('with no question gets a short how-to', async () => {
    expect((await ask(mention())).content).toBe(HOW_TO_ASK);
    expect((await ask(`  ${mention()}   ${mention()} `)).content).toBe(HOW_TO_ASK);
  });

  it('reads the question wherever the mention stands, and the nickname form of the mention', async () => {
    const reply = await ask(`what were the odds the C4 came from Iran, <@!${fake.botUser.id}>?`);
    expect(firstEmbed(reply).description).toContain('92% probability');
  });

  it('says when nothing relates, without failing, for hostile, Unicode and huge questions', async () => {
    const nothing = await ask(`${mention()} @everyone **what** is the capital of France?`);
    expect(nothing.content).toContain('@\u200beveryone \\*\\*what\\*\\*');
    expect(sent(nothing).body).toMatchObject({ allowed_mentions: { parse: [], replied_user: false } });
    for (const question of ['💣🔥 Iran?', 'إيران الحرس الثوري', '\u0000\u202e who?']) {
      const reply = await ask(`${mention()} ${question}`);
      expect(reply.content.length > 0 || reply.embeds.length > 0).toBe(true);
      expect(reply.content).not.toMatch(/Something went wrong/);
    }
    expect((await ask(`${mention()} ${'Iranian '.repeat(70)}`)).content).toBe(
      'Questions are limited to 500 characters.',
    );
  });

  it('from a bot, or one that does not mention this bot, is let be', async () => {
    const otherBot = makeUser('other-bot', { bot: true });
    fake.post({ content: `${mention()} who went to North Korea?`, author: otherBot, mentions: [fake.botUser] });
    const unmentioned = fake.post({ content: 'who went to North Korea?', author: TEST_USER });
    // Delivered, but with no text: Discord withholds it from a bot without the message-content intent.
    expect(unmentioned.delivered).toBe(true);
    const before = fake.channelMessages().length;
    // Messages are handled in order: once this one is answered, the two before it were let be.
    await ask(`${mention()} who went to North Korea?`);
    expect(fake.channelMessages().length).toBe(before + 1);
  });
});

describe('the rules commands follow', () => {
  it('the per-user cooldown holds for mentions too', async () => {
    await restartBot(settings({ COOLDOWN_SECONDS: '60' }));
    const carol = makeUser('carol');
    await ask(`${mention()} who went to North Korea?`, carol);
    expect((await ask(`${mention()} who went to North Korea?`, carol)).content).toMatch(
      /^Slow down: you can ask again in \d+ s\.$/,
    );
    await restartBot();
  });

  it('a server outside the allow-list gets no answer', async () => {
    await restartBot(settings({ ALLOWED_GUILDS: MAIN_GUILD }));
    const elsewhere = fake.guilds.find((g) => g.id === OTHER_GUILD)!;
    fake.post({
      content: `${mention()} who went to North Korea?`,
      author: TEST_USER,
      mentions: [fake.botUser],
      guild: elsewhere,
    });
    const before = fake.channelMessages().length;
    await ask(`${mention()} who went to North Korea?`);
    expect(fake.channelMessages().length).toBe(before + 1);
    await restartBot();
  });

  it('keeps answering after a failure, and the log names it without the token', async () => {
    await restartBot();
    const failing: Desk = {
      ...desk,
      ask: () => {
        throw new Error(`desk broke (token ${TOKEN})`);
      },
    };
    await bot.stop();
    bot = await startBot(failing, settings(), log.logger, TOKEN);
    const reply = await ask(`${mention()} who went to North Korea?`);
    expect(reply.content).toMatch(/^Something went wrong \(ref `[0-9a-f]{8}`\)/);
    expect(log.text).toContain('mention handler failed');
    expect(log.text).not.toContain(TOKEN);
    await restartBot();
    expect(firstEmbed(await ask(`${mention()} who went to North Korea?`)).description).toMatch(/Dr Amin/);
  });
});
