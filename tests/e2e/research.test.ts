/**
 * The research commands end to end: the real bot, the desk on its own thread
 * over a generated War Diary, the strict fake Discord taking the files as
 * Discord does (multipart, within the attachment limit, PNG and CSV checked).
 * /timeline and /map attach a PNG shown in their embed; Export CSV attaches
 * the search's matches; Related lists reports with why; with PUBLIC_URL set,
 * every reply showing one report links to its page.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ButtonStyle, ComponentType, MessageFlags, type APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWardiaryCsv } from '../../scripts/wardiary/generate.ts';
import { deployCommands } from '../../src/bot/deploy.ts';
import { openDeskThread, type DeskThread } from '../../src/bot/desk-thread.ts';
import { readConfig } from '../../src/config.ts';
import { EXPORT_COLUMNS } from '../../src/render/export-rows.ts';
import {
  buttonClick,
  selectMenu,
  slashCommand,
  startFakeDiscord,
  type FakeDiscord,
  type InteractionFactory,
  type InteractionHandle,
} from '../fake-discord/index.ts';
import {
  button,
  buttons,
  componentsOf,
  firstEmbed,
  MemoryLog,
  selectMenuOf,
  startBot,
  type RunningBot,
} from './harness.ts';

const TOKEN = 'e2e-research-token.MUST-never-appear-in-logs.0123456789';
const PUBLIC_URL = 'https://reports.example.org';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let dir: string;
let fake: FakeDiscord;
let thread: DeskThread;
let bot: RunningBot;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'e2e-research-'));
  const csv = path.join(dir, 'wd.csv');
  const out = createWriteStream(csv);
  await writeWardiaryCsv(1500, 11, out);
  fake = await startFakeDiscord({ token: TOKEN, guilds: [{ name: 'Reports' }] });
  await deployCommands({ token: TOKEN, clientId: fake.applicationId, apiBase: fake.apiBase });
  const log = new MemoryLog('warn', [TOKEN]);
  thread = await openDeskThread({ open: { corpus: [csv], cache: false } }, log.logger);
  const config = readConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_BASE: fake.apiBase,
    COOLDOWN_SECONDS: '0',
    PUBLIC_URL: `${PUBLIC_URL}/`,
  });
  bot = await startBot(thread.desk, config, log.logger, TOKEN);
}, 120_000);

afterAll(async () => {
  await bot?.stop();
  await thread?.close();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function run(factory: InteractionFactory): Promise<{ ix: InteractionHandle; message: APIMessage }> {
  const ix = fake.dispatch(factory);
  const message = await ix.settled();
  expect(ix.errors).toEqual([]);
  return { ix, message };
}

/** The bytes of the file the bot uploaded under that name, as the fake received them. */
function uploaded(ix: InteractionHandle, name: string): Buffer {
  const file = ix.requests.flatMap((r) => r.files ?? []).find((f) => f.filename === name);
  if (!file) throw new Error(`no ${name} uploaded`);
  return file.data;
}

describe('pictures', () => {
  it('/timeline attaches a PNG shown in an embed titled with the query, filters and corpus', async () => {
    const { ix, message } = await run(slashCommand('timeline', { query: 'IED', region: 'RC EAST', by: 'year' }));
    expect(message.attachments.map((a) => a.filename)).toEqual(['timeline.png']);
    const embed = firstEmbed(message);
    expect(embed.image?.url).toBe('attachment://timeline.png');
    expect(embed.title).toBe('Reports matching "IED" over time');
    expect(embed.description).toMatch(/region "RC EAST" · Corpus: War Diary \(wd\.csv\)/);
    expect(embed.description).toMatch(/matching reports by year/);
    expect(uploaded(ix, 'timeline.png').subarray(0, 8)).toEqual(PNG);
  });

  it('/map attaches a PNG; * maps every report the filters keep', async () => {
    const { ix, message } = await run(slashCommand('map', { query: '*', category: 'IED Explosion' }));
    expect(message.attachments.map((a) => a.filename)).toEqual(['map.png']);
    expect(firstEmbed(message).title).toBe('Where every report happened');
    expect(firstEmbed(message).description).toMatch(/\d+ of \d+ matching reports placed/);
    expect(uploaded(ix, 'map.png').subarray(0, 8)).toEqual(PNG);
  });

  it('says privately when nothing matches or the unit is unknown, with no file', async () => {
    const { message } = await run(slashCommand('timeline', { query: 'zzzzqqq' }));
    expect(message.flags! & MessageFlags.Ephemeral).toBeTruthy();
    expect(message.attachments).toEqual([]);
    expect(message.content).toMatch(/nothing to draw/);
  });
});

describe('search sorted and exported', () => {
  it('sort: orders the results, and Export CSV attaches every match with its citation fields', async () => {
    const { message } = await run(slashCommand('search', { query: 'IED', region: 'RC NORTH', sort: 'newest' }));
    const embed = firstEmbed(message);
    expect(embed.footer?.text).toMatch(/Order: newest/);
    const total = Number(/of (\d+)/.exec(embed.footer!.text)![1]);
    const click = fake.dispatch(buttonClick(button(message, /Export CSV/).custom_id, { message: message }));
    const file = await click.settled();
    expect(click.errors).toEqual([]);
    expect(file.flags! & MessageFlags.Ephemeral).toBeTruthy();
    expect(file.content).toMatch(/^Every matching report/);
    expect(file.attachments.map((a) => a.filename)).toEqual(['reports.csv']);
    const rows: Record<string, string>[] = parse(uploaded(click, 'reports.csv'), { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(total);
    expect(rows.every((r) => r.region === 'RC NORTH')).toBe(true);
  });

  it('pages a sorted search with its order kept', async () => {
    const { ix, message } = await run(slashCommand('search', { query: 'IED', sort: 'oldest' }));
    const next = ix.clickButton(button(message, /Next/).custom_id);
    const page2 = await next.settled();
    expect(firstEmbed(page2).footer?.text).toMatch(/page 2\/.*\nQuery: IED\nOrder: oldest/);
  });
});

describe('related reports and links', () => {
  it('/random shows a report with Related and an "Open the full report" link to its page', async () => {
    const { message } = await run(slashCommand('random', { region: 'RC SOUTH' }));
    expect(message.content).toMatch(/^A random report, one of [\d,]+ reports \(region "RC SOUTH"\):/);
    const link = buttons(message).find((b) => b.label === 'Open the full report') as { url?: string; style?: number };
    const id = firstEmbed(message).footer!.text.split(' · ')[0]!;
    expect(link).toMatchObject({ style: ButtonStyle.Link, url: `${PUBLIC_URL}/reports/${encodeURIComponent(id)}` });
    const related = fake.dispatch(buttonClick(button(message, /^Related$/).custom_id, { message: message }));
    const list = await related.settled();
    expect(related.errors).toEqual([]);
    expect(list.flags! & MessageFlags.Ephemeral).toBeTruthy();
    expect(firstEmbed(list).title).toMatch(/^Related to: /);
    const description = firstEmbed(list).description ?? '';
    if (!/^No related reports/.test(description)) {
      expect(description).toMatch(/shares '|same place/);
      expect(description).toContain(`(${PUBLIC_URL}/reports/`);
      expect(selectMenuOf(list).options!.length).toBeGreaterThan(0);
    }
  });

  it('a report opened from search results carries Related and its link; opening a related one does too', async () => {
    const { message } = await run(slashCommand('search', { query: 'IED' }));
    const [first] = selectMenuOf(message).options!;
    const opened = fake.dispatch(selectMenu(selectMenuOf(message).custom_id, [first!.value], { message }));
    const full = await opened.settled();
    expect(buttons(full).map((b) => b.label)).toEqual(expect.arrayContaining(['Related', 'Open the full report']));
    const related = fake.dispatch(buttonClick(button(full, /^Related$/).custom_id, { message: full }));
    const list = await related.settled();
    const menu = componentsOf(list).find((c) => c.type === ComponentType.StringSelect);
    if (menu) {
      const again = fake.dispatch(selectMenu(menu.custom_id!, [menu.options![0]!.value], { message: list }));
      const other = await again.settled();
      expect(buttons(other).map((b) => b.label)).toContain('Related');
    }
  });
});
