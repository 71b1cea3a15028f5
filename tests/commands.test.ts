/**
 * The command modules and the dispatcher, as an HTTP edge will drive them:
 * raw API options in, reply payloads out. Arguments are read from whatever
 * arrives (malformed, empty, huge, Unicode, hostile); the list registers each
 * name once; the dispatcher routes by the list over the real desk.
 */
import { ApplicationCommandOptionType as OptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { argumentsOf, focusedOf, type ArgumentsOf } from '../src/bot/commands/arguments.ts';
import { COMMANDS } from '../src/bot/commands/index.ts';
import report from '../src/bot/commands/report.ts';
import search from '../src/bot/commands/search.ts';
import { Cooldown } from '../src/bot/cooldown.ts';
import { dispatcher, type Incoming, type Outgoing } from '../src/bot/dispatch.ts';
import { messageOf } from '../src/bot/respond.ts';
import type { Desk } from '../src/desk.ts';
import { openDesk } from '../src/open.ts';
import type { Reply } from '../src/render/discord.ts';

const string = (name: string, value: unknown, extra: object = {}) => ({
  name,
  type: OptionType.String,
  value,
  ...extra,
});

describe('arguments, typed from the options a command declares', () => {
  it('types required options as always there, the others as optional, and nothing else', () => {
    expectTypeOf<ArgumentsOf<typeof search.data>>().toEqualTypeOf<{
      query: string;
      from?: string;
      to?: string;
      type?: string;
      category?: string;
      region?: string;
      sort?: string;
      private?: boolean;
    }>();
    expectTypeOf<ArgumentsOf<typeof report.data>>().toEqualTypeOf<{ date: string; private?: boolean }>();
  });

  it('reads the options Discord sends, by name, whatever their order, and lets unknown ones be', () => {
    const options = [
      { name: 'private', type: OptionType.Boolean, value: true },
      string('region', 'RC SOUTH'),
      string('query', 'IED'),
      string('not-declared', 'x'),
    ];
    expect(argumentsOf(search.data, options)).toEqual({
      ok: true,
      args: { query: 'IED', region: 'RC SOUTH', private: true },
    });
  });

  it('keeps huge, Unicode and hostile text as it came: the handlers and the desk judge it', () => {
    for (const value of [
      '',
      'x'.repeat(100_000),
      'Ｉｒａｎ 🇮🇷 تهران \u202e',
      '@everyone <@123> `**`',
      '\u0000\ud800',
    ]) {
      expect(argumentsOf(report.data, [string('date', value)])).toEqual({ ok: true, args: { date: value } });
    }
  });

  it.each([
    ['no options at all', undefined, 'query'],
    ['options that are not a list', { query: 'IED' }, 'query'],
    ['a list of junk', [null, 7, 'query', ['query']], 'query'],
    ['the required option missing', [string('region', 'RC SOUTH')], 'query'],
    ['a number for a string', [{ name: 'query', type: OptionType.String, value: 42 }], 'query'],
    ['a string typed as a number', [{ name: 'query', type: OptionType.Integer, value: 'IED' }], 'query'],
    [
      'a boolean sent as a string',
      [string('query', 'IED'), { name: 'private', type: OptionType.Boolean, value: 'true' }],
      'private',
    ],
    ['an option without its value', [{ name: 'query', type: OptionType.String }], 'query'],
    ['an object as the value', [string('query', { toString: () => 'IED' })], 'query'],
  ])('names the option it cannot read: %s', (_what, options, problem) => {
    expect(argumentsOf(search.data, options)).toEqual({ ok: false, problem });
  });

  it('never takes a name from what was sent, __proto__ included', () => {
    const parsed = argumentsOf(search.data, [
      string('query', 'IED'),
      string('__proto__', 'x'),
      string('constructor', 'y'),
    ]);
    expect(parsed).toEqual({ ok: true, args: { query: 'IED' } });
    expect(Object.getPrototypeOf(parsed.ok && parsed.args)).toBe(Object.prototype);
  });

  it('finds the option being typed in an autocomplete, as text', () => {
    expect(focusedOf([string('query', 'IED'), string('type', 'thr', { focused: true })])).toEqual({
      name: 'type',
      value: 'thr',
    });
    expect(focusedOf([{ name: 'date', type: OptionType.Integer, value: 2007, focused: true }])).toEqual({
      name: 'date',
      value: '2007',
    });
    expect(focusedOf([{ name: 'date', focused: true, value: { evil: true } }])).toEqual({ name: 'date', value: '' });
    for (const junk of [undefined, null, 'date', [], [string('date', '2007')], [{ focused: true, value: '2007' }]]) {
      expect(focusedOf(junk)).toBeUndefined();
    }
  });
});

describe('the list of commands', () => {
  it('registers each name once, slash commands in Discord’s form, each with a handler', () => {
    const names = COMMANDS.map((c) => `${c.data.type}:${c.data.name}`);
    expect(new Set(names).size).toBe(names.length);
    for (const command of COMMANDS) {
      if (command.data.type === ApplicationCommandType.Message) continue;
      expect(command.data.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(command.data.description.length).toBeLessThanOrEqual(100);
      const options = command.data.options ?? [];
      expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
      // An option that completes belongs to a command that completes it.
      if (options.some((o) => 'autocomplete' in o && o.autocomplete)) expect('complete' in command).toBe(true);
    }
  });
});

describe('the dispatcher', () => {
  let desk: Desk;
  const caller = { userId: '200000000000000001', guildId: '100000000000000001' };
  beforeAll(async () => {
    ({ desk } = await openDesk({ cache: false }));
  });

  const replyOf = async (out: Outgoing): Promise<Reply & { privately?: boolean }> => {
    if ('reply' in out) return { ...(await out.reply()), privately: out.privately };
    if ('update' in out) return out.update();
    throw new Error('choices, not a reply');
  };
  const command = (name: string, options?: unknown, message?: { content: string }): Incoming => ({
    kind: 'command',
    name,
    options,
    message,
    caller,
  });

  it('runs a command by its name with its arguments, privately when asked', async () => {
    const dispatch = dispatcher(desk, { ALLOWED_GUILDS: [] }, new Cooldown(0));
    const found = await replyOf(dispatch(command('search', [string('query', 'Iranian C4')])));
    expect(found.embeds?.[0]?.title).toBe('Search: Iranian C4');
    expect(found.privately).toBe(false);
    const privately = dispatch(
      command('ask', [
        string('question', 'Who went to North Korea?'),
        { name: 'private', type: OptionType.Boolean, value: true },
      ]),
    );
    expect('reply' in privately && privately.privately).toBe(true);
  });

  it('tells why it cannot run what it cannot read, privately', async () => {
    const dispatch = dispatcher(desk, { ALLOWED_GUILDS: [] }, new Cooldown(0));
    expect(await replyOf(dispatch(command('search', [string('query', 7)])))).toMatchObject({
      content:
        '/search came without its option "query", or with another kind of value: ' +
        'the bot may be newer than its registered commands.',
      ephemeral: true,
      privately: true,
    });
    expect(await replyOf(dispatch(command('nope')))).toMatchObject({
      content: expect.stringMatching(/^Unknown command/),
      ephemeral: true,
    });
    // A slash command's name on a message's menu, and a message command without its message, are unknown too.
    expect(await replyOf(dispatch(command('search', undefined, { content: 'IED' })))).toMatchObject({
      content: expect.stringMatching(/^Unknown command/),
    });
    expect(await replyOf(dispatch(command('Search reports')))).toMatchObject({
      content: expect.stringMatching(/^Unknown command/),
    });
  });

  it('completes only the options a command declares with autocomplete', async () => {
    const dispatch = dispatcher(desk, { ALLOWED_GUILDS: [] }, new Cooldown(0));
    const choices = async (name: string, options: unknown) => {
      const out = dispatch({ kind: 'autocomplete', name, options, caller });
      return 'choices' in out ? out.choices() : undefined;
    };
    expect((await choices('report', [string('date', '2007-1', { focused: true })]))?.map((c) => c.value)).toContain(
      '2007-12-30',
    );
    expect(await choices('search', [string('from', '2007', { focused: true })])).toEqual([]);
    expect(await choices('ask', [string('question', 'who', { focused: true })])).toEqual([]);
    expect(await choices('nope', [string('date', '2007', { focused: true })])).toEqual([]);
    expect(await choices('report', 'junk')).toEqual([]);
  });

  it('answers only in the servers allowed, and limits running commands, not clicks or autocomplete', async () => {
    const elsewhere = dispatcher(desk, { ALLOWED_GUILDS: ['100000000000000009'] }, new Cooldown(0));
    expect(await replyOf(elsewhere(command('about')))).toMatchObject({
      content: 'Report Desk is not enabled in this server.',
      privately: true,
    });
    const slow = dispatcher(desk, { ALLOWED_GUILDS: [] }, new Cooldown(60_000));
    expect((await replyOf(slow(command('about')))).embeds?.[0]?.title).toBe('Report Desk');
    expect(await replyOf(slow(command('about')))).toMatchObject({
      content: expect.stringMatching(/^Slow down/),
      privately: true,
    });
    const click = slow({ kind: 'component', click: { customId: 'd:2007-12-30', values: [] }, caller });
    expect((await replyOf(click)).content).toMatch(/^1 report for 2007-12-30/);
  });

  it('answers a click on a button it did not make, privately', async () => {
    const dispatch = dispatcher(desk, { ALLOWED_GUILDS: [] }, new Cooldown(0));
    for (const customId of ['', 'x'.repeat(101), 's:1:abc:zzz', 'o', '__proto__']) {
      const out = dispatch({ kind: 'component', click: { customId, values: [] }, caller });
      expect(await replyOf(out), customId).toMatchObject({ ephemeral: true, privately: true });
    }
  });

  it('lists every command’s help in /about, in the list’s order', async () => {
    const dispatch = dispatcher(desk, { ALLOWED_GUILDS: [] }, new Cooldown(0));
    const about = (await replyOf(dispatch(command('about')))).embeds?.[0]?.description ?? '';
    const helps = COMMANDS.flatMap((c) => c.help ?? []);
    expect(helps).toHaveLength(7);
    expect(helps.map((h) => about.indexOf(h))).toEqual([...helps.map((h) => about.indexOf(h))].sort((a, b) => a - b));
    expect(helps.every((h) => about.includes(h))).toBe(true);
  });
});

describe('a reply as discord.js sends it', () => {
  it('pings no one and attaches the reply’s files', () => {
    const data = Buffer.from('PNG');
    const reply: Reply = { content: '@everyone', files: [{ name: 'timeline.png', data, contentType: 'image/png' }] };
    expect(messageOf(reply)).toEqual({
      content: '@everyone',
      embeds: [],
      components: [],
      allowedMentions: { parse: [] },
      files: [{ attachment: data, name: 'timeline.png' }],
    });
    expect(messageOf({ content: 'x' })).not.toHaveProperty('files');
  });
});
