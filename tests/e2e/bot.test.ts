/**
 * The real bot end to end: commands deployed with deployCommands, createBot logged in with the token,
 * both talking to the strict fake Discord through DISCORD_API_BASE only. Every test drives the bot
 * the way a user would (commands, autocomplete, buttons, menus) and asserts what that user sees.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  type APIApplicationCommandInteractionDataStringOption,
  type APIChatInputApplicationCommandInteraction,
  type APIMessage,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BotConfig } from '../../src/bot/bot.ts';
import { deployCommands } from '../../src/bot/deploy.ts';
import { openDeskThread, type DeskThread } from '../../src/bot/desk-thread.ts';
import { readConfig } from '../../src/config.ts';
import {
  autocomplete,
  buttonClick,
  checkMessageInvariants,
  makeUser,
  messageContextMenu,
  selectMenu,
  slashCommand,
  startFakeDiscord,
  TEST_USER,
  type FakeDiscord,
  type InteractionFactory,
  type InteractionHandle,
} from '../fake-discord/index.ts';
import {
  BOOM,
  button,
  buttons,
  firstEmbed,
  MemoryLog,
  misbehavingDesk,
  selectMenuOf,
  SLOW,
  SLOW_PAGES,
  startBot,
  type RunningBot,
} from './harness.ts';

const TOKEN = 'e2e-bot-token.MUST-never-appear-in-logs.0123456789';
const MAIN_GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';
/** Past the responder's 2 s deferral point, inside Discord's 3 s deadline had it not deferred. */
const SLOW_MS = 2300;
const ARTICLE = '"What the WikiLeaks Documents Say About Iran-al Qaeda"';
const CITATION_LINE = `— The Weekly Standard, ${ARTICLE}`;
const C4_REPORT = 'ws-2007-12-30-iranian-c4';
const HERAT_REPORT = 'ws-2008-09-arabs-and-iranians-in-herat';
const NORTH_KOREA_REPORT = 'ws-north-korea-weapons-deal';

const alice = TEST_USER;
const bob = makeUser('bob');
const carol = makeUser('carol');

let fake: FakeDiscord;
let thread: DeskThread;
let log: MemoryLog;
let bot: RunningBot;
let registered: { name: string; id: string }[];

/** The bot as `npm start` configures it, from environment settings: only the API base differs from production. */
function settings(extra: Record<string, string> = {}): BotConfig {
  return readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, COOLDOWN_SECONDS: '0', ...extra });
}

/** Stops the running bot and starts another: a restart, or the same bot with other settings. */
async function restartBot(config: BotConfig = settings()): Promise<void> {
  await bot.stop();
  bot = await startBot(misbehavingDesk(thread.desk, SLOW_MS, TOKEN), config, log.logger, TOKEN);
}

/** Dispatches an interaction and waits for what the user finally sees. */
async function run(factory: InteractionFactory): Promise<{ ix: InteractionHandle; message: APIMessage }> {
  const ix = fake.dispatch(factory);
  return { ix, message: await ix.settled() };
}

const isEphemeral = (message: APIMessage) => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

async function choicesFor(factory: InteractionFactory): Promise<{ name: string; value: string }[]> {
  const ix = fake.dispatch(factory);
  const response = await ix.response();
  expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
  expect(ix.errors).toEqual([]);
  const choices = (response.data?.choices ?? []) as { name: string; value: string }[];
  expect(choices.length).toBeLessThanOrEqual(25);
  for (const choice of choices) {
    expect(choice.name.length).toBeGreaterThanOrEqual(1);
    expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(String(choice.value).length).toBeGreaterThanOrEqual(1);
    expect(String(choice.value).length).toBeLessThanOrEqual(100);
  }
  return choices;
}

/** A /search whose query the fake would refuse to build (over the registered max_length), as a modified client could send it. */
function rawSearch(query: string): InteractionFactory {
  return (world) => {
    const payload = slashCommand('search', { query: 'placeholder' })(
      world,
    ) as APIChatInputApplicationCommandInteraction;
    const option = payload.data.options?.[0] as APIApplicationCommandInteractionDataStringOption;
    option.value = query;
    return payload;
  };
}

const footerOf = (message: APIMessage) => firstEmbed(message).footer?.text ?? '';
const idsShown = (message: APIMessage) => selectMenuOf(message).options?.map((o) => o.value) ?? [];

beforeAll(async () => {
  fake = await startFakeDiscord({
    token: TOKEN,
    guilds: [
      { id: MAIN_GUILD, name: 'Reports' },
      { id: OTHER_GUILD, name: 'Elsewhere' },
    ],
    ackDeadlineMs: 3000,
  });
  registered = await deployCommands({ token: TOKEN, clientId: fake.applicationId, apiBase: fake.apiBase });
  log = new MemoryLog('debug', [TOKEN]);
  // The desk on its own thread, as npm start runs it.
  thread = await openDeskThread({ open: { cache: false } }, log.logger);
  bot = await startBot(misbehavingDesk(thread.desk, SLOW_MS, TOKEN), settings(), log.logger, TOKEN);
});

afterAll(async () => {
  await bot?.stop();
  await thread?.close();
  await fake?.close();
});

describe('deployment and start-up', () => {
  it('registers the one command list, which Discord accepts as valid', () => {
    expect(registered.map((c) => c.name)).toEqual([
      'search',
      'report',
      'ask',
      'timeline',
      'map',
      'random',
      'about',
      'Search reports',
    ]);
    expect(registered.every((c) => /^\d+$/.test(c.id))).toBe(true);
    const global = fake.commands.global;
    expect(global.map((c) => c.name)).toEqual(registered.map((c) => c.name));
    const byName = Object.fromEntries(global.map((c) => [c.name, c]));
    const options = (name: string) =>
      Object.fromEntries((byName[name]?.options ?? []).map((o) => [o.name, o as unknown as Record<string, unknown>]));

    const search = options('search');
    expect(Object.keys(search)).toEqual(['query', 'from', 'to', 'type', 'category', 'region', 'sort', 'private']);
    expect(search.query).toMatchObject({
      type: ApplicationCommandOptionType.String,
      required: true,
      max_length: 500,
      autocomplete: true,
    });
    expect([search.type?.autocomplete, search.category?.autocomplete, search.region?.autocomplete]).toEqual([
      true,
      true,
      true,
    ]);
    expect([search.from?.autocomplete, search.to?.autocomplete]).toEqual([undefined, undefined]);
    expect(search.private).toMatchObject({ type: ApplicationCommandOptionType.Boolean });

    expect(options('report').date).toMatchObject({
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
    });
    expect(options('ask').question).toMatchObject({
      type: ApplicationCommandOptionType.String,
      required: true,
      max_length: 500,
    });
    expect(options('ask').question?.autocomplete).toBeUndefined();
    expect(byName.about?.options ?? []).toEqual([]);
    expect(byName['Search reports']).toMatchObject({ type: ApplicationCommandType.Message });
    expect(byName['Search reports']?.description).toBe('');
  });

  it('logs one ready line with the server and report counts', () => {
    const ready = log.entries().filter((e) => e.msg === 'ready');
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatchObject({ guilds: 2, reports: 6 });
  });
});

describe('/search', () => {
  it('shows each result with its title, the excerpt with matched words in bold, and its citation', async () => {
    const { ix, message } = await run(slashCommand('search', { query: 'Iranian C4' }));
    expect((await ix.response()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(message)).toBe(false);
    const embed = firstEmbed(message);
    expect(embed.title).toBe('Search: Iranian C4');
    const fields = embed.fields ?? [];
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.length).toBeLessThanOrEqual(5);
    for (const field of fields) {
      const [head, excerpt, citation, ...rest] = field.value.split('\n');
      expect(field.name).toMatch(/^\d+\. \S/);
      expect(head).toMatch(/ · `ws-[\w-]+`/);
      expect(excerpt).toMatch(/^> .*\*\*(Iranian|C4|Iranians)\*\*/i);
      expect(citation?.startsWith(CITATION_LINE)).toBe(true);
      expect(rest).toEqual([]);
    }
    // The first result is the 30 December 2007 report, with both words in bold.
    const first = fields[0]!;
    expect(first.name).toBe("1. Suicide bombers' vests match Iranian C4, Interior Ministry cell finds");
    expect(first.value).toContain('30 December 2007');
    expect(first.value).toContain(`\`${C4_REPORT}\``);
    expect(first.value).toContain('**Iranian**');
    expect(first.value).toContain('**C4**');
    expect(first.value).toContain(`${CITATION_LINE} by Thomas Joscelyn, 27 July 2010, ¶8`);
    expect(footerOf(message)).toMatch(/^Results 1–\d of \d+ · page 1\/\d+\nQuery: Iranian C4$/);

    // A menu offers the results shown, in order.
    const menu = selectMenuOf(message);
    expect(menu.custom_id).toBe('o');
    expect(idsShown(message)[0]).toBe(C4_REPORT);
    expect(idsShown(message)).toHaveLength(fields.length);
  });

  it('is visible to the user only with private:true', async () => {
    const { ix, message } = await run(slashCommand('search', { query: 'Iranian C4', private: true }));
    expect((await ix.response()).data?.flags).toBe(MessageFlags.Ephemeral);
    expect(isEphemeral(message)).toBe(true);
    expect(firstEmbed(message).title).toBe('Search: Iranian C4');
  });

  it('says so when nothing matches, and suggests near spellings', async () => {
    const { message } = await run(slashCommand('search', { query: 'Iranain' }));
    // A near spelling is either matched (typo tolerance) or suggested: never an empty reply.
    expect(message.embeds.length > 0 || /No reports match|Did you mean/.test(message.content)).toBe(true);
    const { message: none } = await run(slashCommand('search', { query: 'zzzzqqq' }));
    expect(none.content).toMatch(/^No reports match “zzzzqqq”/);
    expect(none.embeds).toEqual([]);
  });
});

describe('paging through results', () => {
  it('turns pages with ◀ ▶, updating the same message', async () => {
    const { ix, message } = await run(slashCommand('search', { query: 'Iranian' }));
    const total = Number(/of (\d+)/.exec(footerOf(message))?.[1]);
    expect(total).toBeGreaterThan(5);
    const pages = Math.ceil(total / 5);
    expect(footerOf(message)).toContain(`page 1/${pages}`);
    expect(button(message, /Previous/).disabled).toBe(true);
    expect(button(message, /Next/).disabled).toBe(false);
    const firstPage = idsShown(message);

    const next = ix.clickButton(button(message, /Next/).custom_id);
    const page2 = await next.settled();
    expect((await next.response()).type).toBe(InteractionResponseType.UpdateMessage);
    expect(page2.id).toBe(message.id);
    expect(footerOf(page2)).toMatch(new RegExp(`^Results 6–\\d+ of ${total} · page 2/${pages}`));
    expect(firstEmbed(page2).fields?.[0]?.name).toMatch(/^6\. /);
    expect(idsShown(page2).some((id) => firstPage.includes(id))).toBe(false);
    expect(button(page2, /Previous/).disabled).toBe(false);

    const back = next.clickButton(button(page2, /Previous/).custom_id);
    const page1 = await back.settled();
    expect((await back.response()).type).toBe(InteractionResponseType.UpdateMessage);
    expect(footerOf(page1)).toContain(`page 1/${pages}`);
    expect(idsShown(page1)).toEqual(firstPage);
  });

  it('lets only the person who ran the command turn its pages', async () => {
    const { ix, message } = await run(slashCommand('search', { query: 'Iranian' }));
    const before = ix.finalMessage();
    const { ix: click, message: note } = await run(
      buttonClick(button(message, /Next/).custom_id, { message, user: bob }),
    );
    expect((await click.response()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(note)).toBe(true);
    expect(note.content).toMatch(/Only the person who ran this command can turn its pages/);
    expect(ix.finalMessage()).toEqual(before);
  });

  it('keeps working after a restart: the state travels in the custom_id', async () => {
    const { ix, message } = await run(slashCommand('search', { query: 'Iranian' }));
    const next = button(message, /Next/).custom_id;
    expect(next).toMatch(/^s:2:/);
    await restartBot();
    const click = ix.clickButton(next);
    const page2 = await click.settled();
    expect((await click.response()).type).toBe(InteractionResponseType.UpdateMessage);
    expect(footerOf(page2)).toMatch(/page 2\//);
  });

  it('pages a query too long for a custom_id, reading it back from the footer', async () => {
    const query =
      'Iranian weapons and Iranian explosives found with suicide bombers in Afghanistan, Kandahar and Herat, ' +
      'as the Taliban and al Qaeda cooperated with Iranian intelligence agents';
    expect(query.length).toBeGreaterThanOrEqual(150);
    const { ix, message } = await run(slashCommand('search', { query }));
    const next = button(message, /Next/);
    expect(next.custom_id).toMatch(/^h:2:\d+:[\w-]{16}$/);
    expect(footerOf(message)).toContain(`Query: ${query}`);
    const click = ix.clickButton(next.custom_id);
    const page2 = await click.settled();
    expect((await click.response()).type).toBe(InteractionResponseType.UpdateMessage);
    expect(footerOf(page2)).toMatch(/^Results 6–\d+ of \d+ · page 2\//);
    expect(footerOf(page2)).toContain(`Query: ${query}`);
    const back = await click.clickButton(button(page2, /Previous/).custom_id).settled();
    expect(idsShown(back)).toEqual(idsShown(message));
  });

  it('refuses forged, stale and foreign buttons privately, and keeps serving', async () => {
    const { ix, message } = await run(slashCommand('search', { query: 'Iranian' }));
    const before = ix.finalMessage();
    const owner = alice.id;
    const forged = [
      `s:1:${owner}:garbage`,
      `s:2:${owner}:${Buffer.from('["Iranian","yesterday","","","",""]').toString('base64url')}`,
      `h:2:${owner}:AAAAAAAAAAAAAAAA`,
      `r:1:${owner}:not a date at all`,
      'f:1:no-such-report',
      'zzz',
      'x'.repeat(40) + ':' + '%$#@!'.repeat(11) + 'y'.repeat(4),
      'ticket:close:42',
    ];
    for (const customId of forged) {
      // The forged button sits on the real message, as a tampered client would send it.
      const tampered: APIMessage = {
        ...message,
        components: [
          {
            type: ComponentType.ActionRow,
            components: [{ type: ComponentType.Button, style: 2, label: 'Go', custom_id: customId }],
          },
        ],
      };
      const { ix: click, message: reply } = await run(buttonClick(customId, { message: tampered }));
      expect((await click.response()).type, customId).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(isEphemeral(reply), customId).toBe(true);
      expect(reply.content, customId).toMatch(
        /not one of mine, or it has expired|no longer in the corpus|not a date|yesterday/,
      );
      expect(click.errors, customId).toEqual([]);
    }
    expect(ix.finalMessage()).toEqual(before);
    const { message: still } = await run(slashCommand('search', { query: 'Iranian C4' }));
    expect(firstEmbed(still).title).toBe('Search: Iranian C4');
  });
});

describe('opening a full report from the menu', () => {
  it('replies privately with the whole report, its type, date and citation', async () => {
    const { message } = await run(slashCommand('search', { query: 'Iranian C4' }));
    const { ix, message: full } = await run(selectMenu('o', [C4_REPORT], { message, user: bob }));
    expect((await ix.response()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(full)).toBe(true);
    const embed = firstEmbed(full);
    expect(embed.title).toBe("Suicide bombers' vests match Iranian C4, Interior Ministry cell finds");
    expect(embed.description).toMatch(/^> /);
    expect(embed.description).toContain('a 92% probability of a match against a suspected sample of Iranian C4');
    const fields = Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields.Type).toMatch(/document/i);
    expect(fields.Date).toBe('30 December 2007');
    expect(embed.footer?.text).toBe(
      `${C4_REPORT} · The Weekly Standard, ${ARTICLE} by Thomas Joscelyn, 27 July 2010, ¶8`,
    );
  });
});

describe('/report', () => {
  it('shows the report of a day, cited', async () => {
    const { message } = await run(slashCommand('report', { date: '2007-12-30' }));
    expect(message.content).toBe('1 report for 2007-12-30');
    const embed = firstEmbed(message);
    expect(embed.title).toMatch(/Iranian C4/);
    expect(embed.footer?.text).toContain(`${C4_REPORT} · The Weekly Standard, ${ARTICLE}`);
    expect(idsShown(message)).toEqual([C4_REPORT]);
  });

  it('lists a report dated only to the month on a day of that month, saying so', async () => {
    const { message } = await run(slashCommand('report', { date: '2008-09-15' }));
    expect(message.content).toBe('1 report for 2008-09-15');
    const embed = firstEmbed(message);
    expect(embed.title).toMatch(/Herat/);
    const date = embed.fields?.find((f) => f.name === 'Date')?.value;
    expect(date).toContain('September 2008');
    expect(date).toContain('same month, day not given');
    expect(embed.footer?.text.startsWith(HERAT_REPORT)).toBe(true);
  });

  it('offers the nearest dates when nothing is on that date, and opens them', async () => {
    const { ix, message } = await run(slashCommand('report', { date: '2005-01-01' }));
    expect(message.content).toMatch(/^No reports dated 2005-01-01\. The nearest dated reports are below\.$/);
    const nearest = buttons(message);
    expect(nearest.length).toBeGreaterThan(0);
    const target = nearest[0]!;
    const date = /\d{4}-\d{2}(-\d{2})?/.exec(target.label ?? '')?.[0];
    expect(date).toBeDefined();
    const click = ix.clickButton(target.custom_id!);
    const shown = await click.settled();
    expect(isEphemeral(shown)).toBe(true);
    expect(shown.content).toMatch(new RegExp(`^\\d+ reports? for ${date}$`));
    expect(firstEmbed(shown).footer?.text).toContain('The Weekly Standard');
  });

  it.each([
    ['2007-02-30', /not a real day/],
    ['yesterday', /not a date I can read\. Try 2007-12-30, 30 Dec 2007.*2007-12/],
  ])('answers %s with a private error that says what it accepts', async (date, expected) => {
    const { message } = await run(slashCommand('report', { date }));
    expect(isEphemeral(message)).toBe(true);
    expect(message.content).toMatch(expected);
    expect(message.embeds).toEqual([]);
  });

  it('finds a report by its id', async () => {
    const { message } = await run(slashCommand('report', { date: NORTH_KOREA_REPORT }));
    expect(message.content).toBe(`1 report for ${NORTH_KOREA_REPORT}`);
    const embed = firstEmbed(message);
    expect(embed.description).toContain('Dr Amin');
    expect(embed.footer?.text).toContain(`${NORTH_KOREA_REPORT} · The Weekly Standard`);
  });
});

describe('autocomplete', () => {
  it('completes report dates with their counts', async () => {
    const choices = await choicesFor(autocomplete('report', { date: '2007-1' }, 'date'));
    expect(choices).toContainEqual({ name: '2007-12-30 — 1 report', value: '2007-12-30' });
    expect(choices.find((c) => c.value === '2007-12')?.name).toMatch(/^2007-12 — 1 report/);
    expect(choices.every((c) => c.value.startsWith('2007-1'))).toBe(true);
  });

  it('offers the most recent dates when nothing is typed', async () => {
    const choices = await choicesFor(autocomplete('report', {}, 'date'));
    expect(choices.length).toBeGreaterThan(0);
    expect(choices[0]!.value).toBe('2008-09');
    const values = choices.map((c) => c.value);
    expect(values).toEqual([...values].sort().reverse());
  });

  it('completes the last word of a query from the index', async () => {
    const choices = await choicesFor(autocomplete('search', { query: 'Iran' }, 'query'));
    expect(choices.some((c) => c.value.startsWith('iranian'))).toBe(true);
    const second = await choicesFor(autocomplete('search', { query: 'suicide ves' }, 'query'));
    expect(second.map((c) => c.value)).toContain('suicide vests');
  });

  it('offers the report types with their counts', async () => {
    const choices = await choicesFor(autocomplete('search', {}, 'type'));
    expect(choices.length).toBeGreaterThan(1);
    for (const choice of choices) expect(choice.name).toMatch(new RegExp(`^${choice.value} — \\d+ reports?$`));
    expect(choices.map((c) => c.value)).toContain('threat report');
  });

  it.each([
    ['a 100-character query', 'search', 'query', 'Iranian weapons '.repeat(7).slice(0, 100)],
    ['an emoji query', 'search', 'query', '💣🔥 Iran'],
    ['a 100-character date', 'report', 'date', '2'.repeat(100)],
    ['an emoji date', 'report', 'date', '📅'],
    ['an emoji type', 'search', 'type', '🕵️'],
  ])('does not fail on %s', async (_what, command, option, typed) => {
    const choices = await choicesFor(autocomplete(command, { [option]: typed }, option));
    if (typed.startsWith('💣')) expect(choices.some((c) => c.value === '💣🔥 iranian')).toBe(true);
  });
});

describe('/ask', () => {
  it('quotes the sentence that answers, with its citation and supporting excerpts', async () => {
    const { message } = await run(
      slashCommand('ask', { question: 'How sure were the tests that the explosive was Iranian?' }),
    );
    const embed = firstEmbed(message);
    expect(embed.title).toBe('Q: How sure were the tests that the explosive was Iranian?');
    const [label, quote, attribution, citation] = (embed.description ?? '').split('\n');
    expect(label).toMatch(/^\*\*(Answer|Likely answer)\*\*$/);
    expect(quote).toMatch(/^> “.*92% probability.*”$/);
    expect(attribution).toMatch(/^— .*30 December 2007 · `ws-2007-12-30-iranian-c4`$/);
    expect(citation).toBe(`The Weekly Standard, ${ARTICLE} by Thomas Joscelyn, 27 July 2010, ¶8`);
    const supporting = embed.fields ?? [];
    expect(supporting.length).toBeGreaterThan(0);
    expect(supporting.length).toBeLessThanOrEqual(3);
    for (const field of supporting) {
      expect(field.name).toMatch(/^Supporting \d\. /);
      expect(field.value.split('\n').some((line) => line.startsWith(CITATION_LINE))).toBe(true);
    }
  });

  it('answers who went to North Korea', async () => {
    const { message } = await run(slashCommand('ask', { question: 'Who went to North Korea?' }));
    const description = firstEmbed(message).description ?? '';
    expect(description).toMatch(/Dr Amin/);
    expect(description).toMatch(/Hekmatyar/);
    // The words that answer "who" are in bold.
    expect(description).toMatch(/\*\*(Dr Amin|Hekmatyar)\*\*/);
    expect(description).toContain(`\`${NORTH_KOREA_REPORT}\``);
  });

  it('says when nothing in the corpus relates, writing nothing of its own', async () => {
    const { message } = await run(slashCommand('ask', { question: 'What is the capital of France?' }));
    expect(message.content).toBe(
      'Nothing in the corpus relates to “What is the capital of France?”. Try `/search` with a few key words.',
    );
    expect(message.embeds).toEqual([]);
  });

  it('shows the closest passages, cited and highlighted, when no sentence answers surely', async () => {
    const { message } = await run(
      slashCommand('ask', { question: 'How many American soldiers did the suicide bombers kill?' }),
    );
    expect(message.content).toBe('No sentence answers this exactly — the closest passages:');
    const fields = firstEmbed(message).fields ?? [];
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      expect(field.value).toMatch(/\*\*[^*]+\*\*/);
      expect(field.value.split('\n').some((line) => line.startsWith(CITATION_LINE))).toBe(true);
    }
  });
});

describe('/about', () => {
  it('describes the corpus, its source, and how to use the commands', async () => {
    const { message } = await run(slashCommand('about'));
    const description = firstEmbed(message).description ?? '';
    expect(description).toContain('**6** reports');
    expect(description).toContain('**5** paragraphs of commentary');
    expect(description).toContain('dated 3 June 2006 to September 2008');
    expect(description).toContain(`The Weekly Standard, ${ARTICLE}`);
    for (const usage of ['/search query:', '/report date:', '/ask question:', 'Search reports', 'private: True'])
      expect(description).toContain(usage);
  });
});

describe('Apps → Search reports', () => {
  it('searches the text of a message', async () => {
    const { message } = await run(messageContextMenu('Search reports', { content: 'Iranian C4 in suicide vests' }));
    const embed = firstEmbed(message);
    expect(embed.title).toBe('Search: Iranian C4 in suicide vests');
    expect(idsShown(message)[0]).toBe(C4_REPORT);
  });

  it('says clearly when the message has no text', async () => {
    const { message } = await run(messageContextMenu('Search reports', { content: '' }));
    expect(isEphemeral(message)).toBe(true);
    expect(message.content).toBe('That message has no text to search for.');
  });
});

describe('bad input', () => {
  it('asks for words when the query is blank', async () => {
    const { message } = await run(slashCommand('search', { query: '   ' }));
    expect(isEphemeral(message)).toBe(true);
    expect(message.content).toMatch(/^Give some words to search for/);
  });

  it('refuses a 2,000-character query clearly', async () => {
    const ix = fake.dispatch(rawSearch('Iranian '.repeat(250)));
    const message = await ix.settled();
    expect(isEphemeral(message)).toBe(true);
    expect(message.content).toBe('Queries are limited to 500 characters.');
  });

  it('escapes mentions and markdown it echoes, and can never ping', async () => {
    const { ix, message } = await run(slashCommand('search', { query: '@everyone <@123456789012345678> Iranian C4' }));
    expect(ix.callbacks[0]?.body).toMatchObject({ data: { allowed_mentions: { parse: [] } } });
    const title = firstEmbed(message).title ?? '';
    expect(title).not.toMatch(/@everyone/);
    expect(title).toContain('@\u200beveryone');

    const markdown = '**bold** __u__ ~~s~~ ||spoiler|| `code` > quote';
    const { message: echoed } = await run(slashCommand('search', { query: markdown }));
    const shown = echoed.embeds[0]?.title ?? echoed.content;
    for (const escaped of ['\\*\\*bold\\*\\*', '\\_\\_u\\_\\_', '\\~\\~s\\~\\~', '\\|\\|spoiler\\|\\|', '\\`code\\`'])
      expect(shown).toContain(escaped);

    const { message: asked } = await run(slashCommand('ask', { question: '__Who__ went to ~~North~~ Korea?' }));
    expect(firstEmbed(asked).title).toBe('Q: \\_\\_Who\\_\\_ went to \\~\\~North\\~\\~ Korea?');
    const { message: unanswered } = await run(slashCommand('ask', { question: '@everyone **who** is there?' }));
    expect(unanswered.content).toContain('“@\u200beveryone \\*\\*who\\*\\* is there?”');
  });

  it.each([
    ['emoji', '💣🔥'],
    ['emoji between words', 'Iranian 💣 C4'],
    ['right-to-left text', 'إيران الحرس الثوري'],
    ['mixed directions', 'Iranian ‏إيران‎ C4'],
  ])('answers a query of %s without failing', async (_what, query) => {
    const { ix, message } = await run(slashCommand('search', { query }));
    expect(ix.errors).toEqual([]);
    expect(message.content.length > 0 || message.embeds.length > 0).toBe(true);
    expect(message.content).not.toMatch(/Something went wrong/);
  });
});

describe('failures', () => {
  it('tells the user privately with a reference that is in the log, then keeps serving', async () => {
    const { ix, message } = await run(slashCommand('search', { query: `Iranian ${BOOM}` }));
    expect(isEphemeral(message)).toBe(true);
    const ref = /^Something went wrong \(ref `([0-9a-f]{8})`\)/.exec(message.content)?.[1];
    expect(ref).toBeDefined();
    expect(ix.errors).toEqual([]);
    const logged = log.entries().find((e) => e.ref === ref);
    expect(logged).toMatchObject({ msg: 'handler failed', interaction: ix.id, user: alice.id });
    expect(JSON.stringify(logged)).toContain('search backend refused the request');

    const { message: next } = await run(slashCommand('search', { query: 'Iranian C4' }));
    expect(firstEmbed(next).title).toBe('Search: Iranian C4');
  });

  it('keeps a failure private even after a public deferral', async () => {
    const ix = fake.dispatch(slashCommand('search', { query: `${SLOW} ${BOOM}` }));
    expect((await ix.response()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    await vi.waitFor(
      () =>
        expect(ix.requests.some((r) => r.payload && /Something went wrong/.test(String(r.payload.content)))).toBe(true),
      { timeout: 5000 },
    );
    const visible = [...ix.followUps(), ...(ix.requests.some((r) => r.method === 'DELETE') ? [] : [ix.finalMessage()])];
    const notes = visible.filter((m) => /Something went wrong/.test(m.content));
    expect(notes).toHaveLength(1);
    expect(isEphemeral(notes[0]!)).toBe(true);
    // Nothing public is left behind: the "thinking" placeholder is gone.
    expect(visible.filter((m) => !isEphemeral(m))).toEqual([]);
    expect(ix.errors).toEqual([]);
  });
});

describe('Discord’s 3-second deadline', () => {
  it('defers a slow search, then fills in the reply', async () => {
    const ix = fake.dispatch(slashCommand('search', { query: `${SLOW} Iranian C4` }));
    const message = await ix.settled();
    const [ack, edit] = ix.requests;
    expect(ack?.body).toMatchObject({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    expect(ack!.receivedAt - ix.dispatchedAt).toBeLessThan(3000);
    expect(edit?.route).toBe('PATCH /webhooks/:appId/:token/messages/:messageId');
    expect(decodeURIComponent(edit?.path ?? '')).toMatch(/\/messages\/@original$/);
    expect(isEphemeral(message)).toBe(false);
    expect(idsShown(message)).toContain(C4_REPORT);
    expect(fake.requests.filter((r) => r.errorCode === 10062)).toEqual([]);
  });

  it('defers a slow page turn, then updates the message', async () => {
    const { ix, message } = await run(slashCommand('search', { query: `${SLOW_PAGES} Iranian` }));
    const click = ix.clickButton(button(message, /Next/).custom_id);
    const page2 = await click.settled();
    expect(click.requests[0]?.body).toMatchObject({ type: InteractionResponseType.DeferredMessageUpdate });
    expect(click.requests[0]!.receivedAt - click.dispatchedAt).toBeLessThan(3000);
    expect(page2.id).toBe(message.id);
    expect(footerOf(page2)).toMatch(/page 2\//);
    expect(fake.requests.filter((r) => r.errorCode === 10062)).toEqual([]);
  });

  it('keeps a slow error private: the public placeholder is replaced by a private note', async () => {
    const ix = fake.dispatch(slashCommand('search', { query: `${SLOW} Iranian`, from: 'yesterday' }));
    expect((await ix.response()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    await vi.waitFor(() => expect(ix.followUps()).toHaveLength(1), { timeout: 5000 });
    const [note] = ix.followUps();
    expect(isEphemeral(note!)).toBe(true);
    expect(note!.content).toMatch(/^from: "yesterday" is not a date/);
    expect(ix.requests.some((r) => r.method === 'DELETE')).toBe(true);
    expect(ix.errors).toEqual([]);
  });
});

describe('limits on use', () => {
  it('slows down a user who runs commands too fast, and no one else', async () => {
    await restartBot(settings({ COOLDOWN_SECONDS: '5' }));
    try {
      const first = await run(slashCommand('about'));
      expect(firstEmbed(first.message).title).toBe('Report Desk');
      const second = await run(slashCommand('about'));
      expect(isEphemeral(second.message)).toBe(true);
      expect(second.message.content).toMatch(/^Slow down: you can run another command in [1-5] s\.$/);
      const other = await run(slashCommand('about', {}, { user: carol }));
      expect(firstEmbed(other.message).title).toBe('Report Desk');
      // Autocomplete is not limited.
      expect((await choicesFor(autocomplete('report', { date: '2007' }, 'date'))).length).toBeGreaterThan(0);
    } finally {
      await restartBot();
    }
  });

  it('answers only in the servers it is enabled in', async () => {
    await restartBot(settings({ ALLOWED_GUILDS: OTHER_GUILD }));
    try {
      const refused = await run(slashCommand('search', { query: 'Iranian C4' }, { guildId: MAIN_GUILD }));
      expect(isEphemeral(refused.message)).toBe(true);
      expect(refused.message.content).toBe('Report Desk is not enabled in this server.');
      expect(await choicesFor(autocomplete('report', { date: '2007' }, 'date', { guildId: MAIN_GUILD }))).toEqual([]);
      const served = await run(slashCommand('search', { query: 'Iranian C4' }, { guildId: OTHER_GUILD }));
      expect(firstEmbed(served.message).title).toBe('Search: Iranian C4');
    } finally {
      await restartBot();
    }
  });
});

// These read what every test above left behind: keep them last.
describe('across every interaction', () => {
  it('never writes the token to the log, not even from a failure that quoted it', () => {
    expect(log.lines.length).toBeGreaterThan(0);
    expect(log.text).not.toContain(TOKEN);
    // The failure test's error quoted the token: it was scrubbed, not dropped.
    expect(log.text).toContain('[REDACTED]');
    for (const request of fake.requests) expect(request.rawBody).not.toContain(TOKEN);
  });

  it('sent only replies within Discord’s limits that cannot ping', () => {
    const payloads = fake.messagePayloads();
    expect(payloads.length).toBeGreaterThan(40);
    for (const payload of payloads)
      expect(checkMessageInvariants(payload), JSON.stringify(payload).slice(0, 300)).toEqual([]);
  });

  it('had no request refused by Discord', () => {
    const refused = fake.requests.filter((r) => (r.status ?? 0) >= 400);
    expect(refused.map((r) => `${r.route} → ${r.status} ${r.errorCode ?? ''}`)).toEqual([]);
  });

  it('cited every search and answer excerpt', () => {
    const embeds = fake
      .messagePayloads()
      .flatMap((p) =>
        Array.isArray(p.embeds) ? (p.embeds as { title?: string; fields?: { name: string; value: string }[] }[]) : [],
      );
    const withExcerpts = embeds.filter((e) => /^(Search|Q): /.test(e.title ?? ''));
    expect(withExcerpts.length).toBeGreaterThan(10);
    for (const embed of withExcerpts) {
      for (const field of embed.fields ?? []) {
        expect(
          field.value.split('\n').some((line) => line.startsWith('— ') && line.includes('The Weekly Standard')),
          field.name,
        ).toBe(true);
      }
    }
  });
});
