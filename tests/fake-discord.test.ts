import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  GatewayIntentBits,
  GatewayOpcodes,
  InteractionResponseType,
  LabelBuilder,
  Locale,
  MessageFlags,
  ModalBuilder,
  PermissionFlagsBits,
  Routes,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type Interaction,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { svgToPng } from '../src/render/picture.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  autocomplete,
  checkMessageInvariants,
  makeUser,
  messageContextMenu,
  selectMenu,
  slashCommand,
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
  type InteractionHandle,
} from './fake-discord/index.ts';

const TOKEN = 'fake-token.for-tests.only';
const NO_PINGS = { parse: [] };

const COMMANDS: RESTPostAPIApplicationCommandsJSONBody[] = [
  {
    name: 'search',
    description: 'Search the reports',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'query',
        description: 'Words',
        required: true,
        max_length: 500,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'limit',
        description: 'How many',
        min_value: 1,
        max_value: 10,
      },
      { type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see it' },
    ],
  },
  { name: 'about', description: 'About the bot' },
  { name: 'Search reports', type: ApplicationCommandType.Message },
];
const GUILD_COMMANDS: RESTPostAPIApplicationCommandsJSONBody[] = [
  {
    name: 'admin',
    description: 'Admin tools',
    options: [{ type: ApplicationCommandOptionType.Subcommand, name: 'reindex', description: 'Rebuild the index' }],
  },
];

interface Bot {
  discord: FakeDiscord;
  client: Client<true>;
  /** The next interaction the client emits. */
  next(): Promise<Interaction>;
  stop(): Promise<void>;
}

/** A fake Discord plus a real discord.js client logged into it, with the test commands registered. */
async function startBot(options: Partial<FakeDiscordOptions> = {}): Promise<Bot> {
  const discord = await startFakeDiscord({
    token: TOKEN,
    guilds: [{ name: 'Reports' }, { name: 'Second' }],
    ...options,
  });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: discord.apiBase },
    allowedMentions: NO_PINGS,
  });
  await client.login(TOKEN);
  await discord.waitForReady();
  if (!client.isReady()) throw new Error('client logged in but is not ready');
  await client.application.commands.set(COMMANDS);
  return {
    discord,
    client,
    next: () => new Promise((resolve) => client.once('interactionCreate', resolve)),
    stop: async () => {
      await client.destroy();
      await discord.close();
    },
  };
}

/** Flattens Discord's nested form errors into dotted paths: `data.embeds.0.title`. */
function errorPaths(errors: unknown, prefix: string[] = []): string[] {
  if (typeof errors !== 'object' || errors === null) return [];
  return Object.entries(errors).flatMap(([key, value]) =>
    key === '_errors' ? [prefix.join('.')] : errorPaths(value, [...prefix, key]),
  );
}

async function rest(
  discord: FakeDiscord,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${discord.apiBase}/v10${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || body === undefined ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as { code: number; message: string; errors?: unknown }) : undefined,
  };
}

const callback = (discord: FakeDiscord, ix: InteractionHandle, body: unknown) =>
  rest(discord, 'POST', `/interactions/${ix.id}/${ix.token}/callback`, body);

const button = (customId: string, extra: object = {}) => ({
  type: 2,
  style: ButtonStyle.Primary,
  label: 'Go',
  custom_id: customId,
  ...extra,
});
const row = (...components: object[]) => ({ type: 1, components });
const many = <T>(count: number, make: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));

describe('fake Discord with a real discord.js client', () => {
  let bot: Bot;
  let discord: FakeDiscord;

  beforeAll(async () => {
    bot = await startBot();
    discord = bot.discord;
  });
  afterAll(() => bot.stop());

  it('brings the client to ready with every configured guild cached', () => {
    const { client } = bot;
    expect(client.user.id).toBe(discord.botUser.id);
    expect(client.application.id).toBe(discord.applicationId);
    expect(client.guilds.cache.size).toBe(2);
    const guild = client.guilds.cache.get(discord.guilds[0]!.id);
    expect(guild?.name).toBe('Reports');
    expect(guild?.channels.cache.map((channel) => channel.name)).toEqual(['general']);
    expect(guild?.members.me?.id).toBe(discord.botUser.id);
    const gatewayRequest = discord.requests.find((request) => request.route === 'GET /gateway/bot');
    expect(gatewayRequest?.auth).toBe('bot');
  });

  it('stores bulk-overwritten commands with ids, global and per guild, and keeps ids on re-registration', async () => {
    const ids = discord.commands.global.map((command) => command.id);
    expect(discord.commands.global.map((command) => command.name)).toEqual(['search', 'about', 'Search reports']);
    await bot.client.application.commands.set(COMMANDS);
    expect(discord.commands.global.map((command) => command.id)).toEqual(ids);

    const guild = bot.client.guilds.cache.get(discord.guilds[0]!.id)!;
    await guild.commands.set(GUILD_COMMANDS);
    expect(discord.commands.guilds[guild.id]?.map((command) => command.name)).toEqual(['admin']);
    expect((await bot.client.application.commands.fetch()).size).toBe(3);
  });

  it('round-trips a slash command reply, with options typed by the registered command', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('search', { query: 'Iranian C4', limit: 3, private: true }));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    expect(interaction.id).toBe(ix.id);
    expect(interaction.commandId).toBe(discord.commands.global[0]!.id);
    const { options } = interaction;
    expect([options.getString('query'), options.getInteger('limit'), options.getBoolean('private')]).toEqual([
      'Iranian C4',
      3,
      true,
    ]);
    await interaction.reply({ content: 'Found 3 reports', flags: MessageFlags.Ephemeral });

    const response = await ix.response();
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(response.data?.flags).toBe(MessageFlags.Ephemeral);
    const message = await ix.settled();
    expect(message.content).toBe('Found 3 reports');
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    expect(ix.callbacks).toHaveLength(1);
    expect(checkMessageInvariants(ix.callbacks[0]!.payload!)).toEqual([]);
  });

  it('settles a deferred reply only once @original is edited', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.deferReply();
    expect((await ix.response()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(ix.finalMessage().flags).toBe(MessageFlags.Loading);

    const settled = ix.settled();
    await interaction.editReply({ content: 'Done', components: [] });
    const message = await settled;
    expect(message.content).toBe('Done');
    expect(message.flags).toBe(0);
    expect(ix.messages.map((request) => request.route)).toEqual(['PATCH /webhooks/:appId/:token/messages/:messageId']);
    expect(checkMessageInvariants(ix.messages[0]!.payload!)).toEqual([]);
  });

  it('turns the first follow-up after a defer into the reply; later ones are new messages', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const first = await interaction.followUp({ content: 'one' });
    const second = await interaction.followUp({ content: 'two' });

    const original = await ix.settled();
    expect(original.id).toBe(first.id);
    expect(original.content).toBe('one');
    expect(original.flags).toBe(MessageFlags.Ephemeral); // inherited from the defer
    expect(ix.followUps().map((message) => [message.id, message.content])).toEqual([[second.id, 'two']]);
  });

  it('answers with_response=true with the interaction callback resource', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    const response = await interaction.reply({ content: 'hello', withResponse: true });
    expect(response.interaction.id).toBe(ix.id);
    expect(response.resource?.message?.content).toBe('hello');
    expect(ix.callbacks[0]?.query).toEqual({ with_response: 'true' });
  });

  it('clicks a button on the stored reply, and UPDATE_MESSAGE edits that message', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('page:2').setLabel('Next').setStyle(ButtonStyle.Primary),
      new ButtonBuilder().setURL('https://example.org/report/1').setLabel('Source').setStyle(ButtonStyle.Link),
    );
    await interaction.reply({ content: 'page 1', components: [buttons] });
    await ix.settled();

    expect(() => ix.clickButton('page:9')).toThrow(/has no button "page:9"/);
    const clicked = bot.next();
    const click = ix.clickButton('page:2');
    const press = await clicked;
    if (!press.isButton()) throw new Error('expected a button press');
    expect(press.customId).toBe('page:2');
    expect(press.message.id).toBe(ix.finalMessage().id);
    await press.update({ content: 'page 2', components: [] });

    const updated = await click.settled();
    expect(updated.id).toBe(ix.finalMessage().id);
    expect(ix.finalMessage().content).toBe('page 2');
    expect(ix.finalMessage().components).toEqual([]);
  });

  it('edits the clicked message after DEFERRED_UPDATE_MESSAGE', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.reply({
      content: 'v1',
      components: [
        new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('refresh').setLabel('Refresh').setStyle(ButtonStyle.Secondary),
        ),
      ],
    });
    await ix.settled();

    const clicked = bot.next();
    const click = ix.clickButton('refresh');
    const press = await clicked;
    if (!press.isButton()) throw new Error('expected a button press');
    await press.deferUpdate();
    await press.editReply({ content: 'v2' });
    expect((await click.settled()).content).toBe('v2');
    expect(ix.finalMessage().content).toBe('v2');
  });

  it('ends an interaction whose deferred reply is deleted', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.deferReply();
    await interaction.deleteReply();
    await expect(ix.settled()).rejects.toThrow(/original response was deleted/);
    await expect(interaction.fetchReply()).rejects.toMatchObject({ code: 10008 });
  });

  it('shows modals, label-based as discord.js builds them and legacy rows alike', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    const question = new TextInputBuilder().setCustomId('question').setStyle(TextInputStyle.Paragraph);
    await interaction.showModal(
      new ModalBuilder()
        .setCustomId('ask')
        .setTitle('Ask the reports')
        .addLabelComponents(new LabelBuilder().setLabel('Question').setTextInputComponent(question)),
    );
    expect((await ix.response()).type).toBe(InteractionResponseType.Modal);

    const legacy = discord.dispatch(slashCommand('about'));
    const input = row({ type: 4, custom_id: 'q', label: 'Q', style: 1 });
    const tooLong = await callback(discord, legacy, {
      type: 9,
      data: { custom_id: 'm', title: 'x'.repeat(46), components: [input] },
    });
    expect(errorPaths(tooLong.body?.errors)).toEqual(['data.title']);
    expect(
      (await callback(discord, legacy, { type: 9, data: { custom_id: 'm', title: 'T', components: [input] } })).status,
    ).toBe(204);
  });

  it('accepts Components V2 layouts and holds them to their own limits', async () => {
    const text = (content: string) => ({ type: 10, content });
    const layout = (content: string) => ({
      flags: MessageFlags.IsComponentsV2,
      components: [{ type: 17, components: [text(content), row(button('more'))] }],
    });
    const ok = discord.dispatch(slashCommand('about'));
    expect((await callback(discord, ok, { type: 4, data: layout('# Results') })).status).toBe(204);
    expect(ok.finalMessage().components).toHaveLength(1);
    const tooMuch = discord.dispatch(slashCommand('about'));
    const { body } = await callback(discord, tooMuch, {
      type: 4,
      data: { ...layout('x'.repeat(4000)), components: [...layout('x'.repeat(4000)).components, text('y')] },
    });
    expect(errorPaths(body?.errors)).toEqual(['data.components']);
  });

  it('carries select menu values and refuses values the menu does not offer', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    const menu = new StringSelectMenuBuilder()
      .setCustomId('pick')
      .addOptions({ label: 'A', value: 'a' }, { label: 'B', value: 'b' });
    await interaction.reply({
      content: 'pick one',
      components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(menu)],
    });
    const message = await ix.settled();

    expect(() => selectMenu('pick', ['z'], { message })).toThrow(/does not offer z/);
    expect(() => selectMenu('pick', ['a', 'b'], { message })).toThrow(/takes 1–1 values/);
    const chosen = bot.next();
    discord.dispatch(selectMenu('pick', ['b'], { message }));
    const selection = await chosen;
    if (!selection.isStringSelectMenu()) throw new Error('expected a select menu');
    expect(selection.values).toEqual(['b']);
  });

  it('delivers autocomplete with the focused option and records the choices', async () => {
    const received = bot.next();
    const ix = discord.dispatch(autocomplete('search', { query: 'ira' }, 'query'));
    const interaction = await received;
    if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
    expect(interaction.options.getFocused(true)).toMatchObject({ name: 'query', value: 'ira' });
    await interaction.respond([{ name: 'Iranian C4', value: 'Iranian C4' }]);

    const response = await ix.response();
    expect(response).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: 'Iranian C4', value: 'Iranian C4' }] },
    });
    await expect(ix.settled()).rejects.toThrow(/autocomplete choices/);
  });

  it('delivers a message context-menu command with its resolved target message', async () => {
    const received = bot.next();
    discord.dispatch(messageContextMenu('Search reports', { content: 'IED found near Basra' }));
    const interaction = await received;
    if (!interaction.isMessageContextMenuCommand()) throw new Error('expected a message context menu');
    expect(interaction.targetMessage.content).toBe('IED found near Basra');
    expect(interaction.targetMessage.author.username).toBe('reporter');
  });

  it('resolves subcommands of guild commands, invoked by the given user', async () => {
    const alice = makeUser('alice');
    const received = bot.next();
    discord.dispatch(
      slashCommand(
        'admin reindex',
        {},
        { user: alice, permissions: PermissionFlagsBits.Administrator.toString(), locale: Locale.French },
      ),
    );
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    expect(interaction.options.getSubcommand()).toBe('reindex');
    expect(interaction.commandGuildId).toBe(discord.guilds[0]!.id);
    expect([interaction.user.id, interaction.locale]).toEqual([alice.id, Locale.French]);
    expect(interaction.memberPermissions?.has(PermissionFlagsBits.Administrator)).toBe(true);
  });

  it('refuses to build interactions Discord’s client could not send', () => {
    expect(() => discord.dispatch(slashCommand('nope'))).toThrow(/not a registered command/);
    expect(() => discord.dispatch(slashCommand('search', {}))).toThrow(/required option\(s\) missing: query/);
    expect(() => discord.dispatch(slashCommand('search', { query: 'x', sort: 'new' }))).toThrow(
      /"sort" is not registered/,
    );
    expect(() => discord.dispatch(slashCommand('search', { query: 'x', limit: 2.5 }))).toThrow(/expects Integer/);
    expect(() => discord.dispatch(slashCommand('search', { query: 'x', limit: 11 }))).toThrow(
      /outside its registered bounds/,
    );
    expect(() => discord.dispatch(slashCommand('search', { query: 'x'.repeat(501) }))).toThrow(
      /outside its registered bounds/,
    );
    expect(() => discord.dispatch(autocomplete('search', { query: 'x' }, 'limit'))).toThrow(
      /does not have autocomplete/,
    );
    expect(() => discord.dispatch(slashCommand('admin'))).toThrow(/pick a subcommand/);
    // Guild commands exist only in their guild.
    expect(() => discord.dispatch(slashCommand('admin reindex', {}, { guildId: discord.guilds[1]!.id }))).toThrow(
      /not a registered command/,
    );
  });

  it('records every request with its route, auth, body, time and interaction', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.reply({ content: 'recorded' });
    await ix.settled();
    const [request] = ix.callbacks;
    expect(request).toMatchObject({
      method: 'POST',
      route: 'POST /interactions/:id/:token/callback',
      auth: 'none', // discord.js sends interaction callbacks without the bot token
      interactionId: ix.id,
      status: 204,
      body: { type: 4, data: { content: 'recorded', allowed_mentions: NO_PINGS } },
    });
    expect(request!.receivedAt).toBeGreaterThanOrEqual(ix.dispatchedAt);
    expect(discord.requests).toContain(request);
    expect(discord.messagePayloads()).toContainEqual(request!.payload);
  });

  describe('strict where Discord is strict', () => {
    it('rejects a second callback with 40060', async () => {
      const received = bot.next();
      const ix = discord.dispatch(slashCommand('about'));
      const interaction = await received;
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await interaction.reply({ content: 'first' });
      // discord.js refuses a second reply in-process, so go around it the way a buggy bot could.
      const again = bot.client.rest.post(Routes.interactionCallback(ix.id, ix.token), {
        body: { type: 4, data: { content: 'again' } },
        auth: false,
      });
      await expect(again).rejects.toMatchObject({
        status: 400,
        code: 40060,
        message: 'Interaction has already been acknowledged.',
      });
      expect(ix.errors.map((request) => request.errorCode)).toEqual([40060]);
      expect((await ix.settled()).content).toBe('first');
    });

    it('answers unknown interactions, tokens and messages like Discord', async () => {
      const ix = discord.dispatch(slashCommand('about'));
      expect((await rest(discord, 'POST', `/interactions/1/${ix.token}/callback`, { type: 5 })).body).toEqual({
        code: 10062,
        message: 'Unknown interaction',
      });
      expect((await rest(discord, 'POST', `/interactions/${ix.id}/wrong/callback`, { type: 5 })).status).toBe(404);
      // Before any acknowledgement the token is not a webhook yet.
      expect(
        (
          await rest(discord, 'PATCH', `/webhooks/${discord.applicationId}/${ix.token}/messages/@original`, {
            content: 'x',
          })
        ).body?.code,
      ).toBe(10015);
      expect((await callback(discord, ix, { type: 4, data: { content: 'ok' } })).status).toBe(204);
      expect(
        (await rest(discord, 'GET', `/webhooks/${discord.applicationId}/unknown-token/messages/@original`)).body?.code,
      ).toBe(10015);
      expect(
        (await rest(discord, 'GET', `/webhooks/${discord.applicationId}/${ix.token}/messages/123`)).body?.code,
      ).toBe(10008);
      expect(
        (await rest(discord, 'GET', `/webhooks/${discord.applicationId}/${ix.token}/messages/@original`)).body,
      ).toMatchObject({ content: 'ok' });
    });

    it('rejects malformed JSON and callback types that do not fit the interaction', async () => {
      const ix = discord.dispatch(slashCommand('about'));
      expect((await callback(discord, ix, '{"type": 4,')).body?.code).toBe(50109);
      const wrongType = await callback(discord, ix, {
        type: InteractionResponseType.UpdateMessage,
        data: { content: 'x' },
      });
      expect([wrongType.status, wrongType.body?.code, errorPaths(wrongType.body?.errors)]).toEqual([
        400,
        50035,
        ['type'],
      ]);
      const autocompleteIx = discord.dispatch(autocomplete('search', {}, 'query'));
      expect((await callback(discord, autocompleteIx, { type: 4, data: { content: 'x' } })).body?.code).toBe(50035);
    });

    it.each([
      ['content over 2000', { content: 'x'.repeat(2001) }, 'data.content'],
      ['11 embeds', { embeds: many(11, () => ({ title: 't' })) }, 'data.embeds'],
      ['embed title over 256', { embeds: [{ title: 'x'.repeat(257) }] }, 'data.embeds.0.title'],
      ['embed description over 4096', { embeds: [{ description: 'x'.repeat(4097) }] }, 'data.embeds.0.description'],
      [
        '26 embed fields',
        { embeds: [{ fields: many(26, () => ({ name: 'n', value: 'v' })) }] },
        'data.embeds.0.fields',
      ],
      ['empty field name', { embeds: [{ fields: [{ name: '', value: 'v' }] }] }, 'data.embeds.0.fields.0.name'],
      [
        'field name over 256',
        { embeds: [{ fields: [{ name: 'x'.repeat(257), value: 'v' }] }] },
        'data.embeds.0.fields.0.name',
      ],
      ['empty field value', { embeds: [{ fields: [{ name: 'n', value: '' }] }] }, 'data.embeds.0.fields.0.value'],
      [
        'field value over 1024',
        { embeds: [{ fields: [{ name: 'n', value: 'x'.repeat(1025) }] }] },
        'data.embeds.0.fields.0.value',
      ],
      ['footer over 2048', { embeds: [{ footer: { text: 'x'.repeat(2049) } }] }, 'data.embeds.0.footer.text'],
      ['author name over 256', { embeds: [{ author: { name: 'x'.repeat(257) } }] }, 'data.embeds.0.author.name'],
      [
        'embeds over 6000 in total',
        { embeds: [{ description: 'x'.repeat(3001) }, { description: 'x'.repeat(3000) }] },
        'data.embeds',
      ],
      ['embed url that is not http(s)', { embeds: [{ title: 't', url: 'javascript:alert(1)' }] }, 'data.embeds.0.url'],
      ['6 action rows', { components: many(6, (i) => row(button(`b${i}`))) }, 'data.components'],
      ['6 buttons in a row', { components: [row(...many(6, (i) => button(`b${i}`)))] }, 'data.components.0.components'],
      [
        'select menu sharing a row',
        { components: [row({ type: 3, custom_id: 's', options: [{ label: 'a', value: 'a' }] }, button('b'))] },
        'data.components.0.components.0',
      ],
      [
        'custom_id over 100',
        { components: [row(button('x'.repeat(101)))] },
        'data.components.0.components.0.custom_id',
      ],
      ['empty custom_id', { components: [row(button(''))] }, 'data.components.0.components.0.custom_id'],
      [
        'duplicate custom_id',
        { components: [row(button('same')), row(button('same'))] },
        'data.components.1.components.0.custom_id',
      ],
      [
        'button label over 80',
        { components: [row(button('b', { label: 'x'.repeat(81) }))] },
        'data.components.0.components.0.label',
      ],
      [
        'link button with custom_id',
        { components: [row(button('b', { style: ButtonStyle.Link, url: 'https://example.org' }))] },
        'data.components.0.components.0.custom_id',
      ],
      [
        'link button without url',
        { components: [row({ type: 2, style: ButtonStyle.Link, label: 'Source' })] },
        'data.components.0.components.0.url',
      ],
      [
        '26 select options',
        {
          components: [
            row({ type: 3, custom_id: 's', options: many(26, (i) => ({ label: `o${i}`, value: `o${i}` })) }),
          ],
        },
        'data.components.0.components.0.options',
      ],
      [
        'select option label over 100',
        { components: [row({ type: 3, custom_id: 's', options: [{ label: 'x'.repeat(101), value: 'v' }] })] },
        'data.components.0.components.0.options.0.label',
      ],
      [
        'select option value over 100',
        { components: [row({ type: 3, custom_id: 's', options: [{ label: 'l', value: 'x'.repeat(101) }] })] },
        'data.components.0.components.0.options.0.value',
      ],
      [
        'select option description over 100',
        {
          components: [
            row({ type: 3, custom_id: 's', options: [{ label: 'l', value: 'v', description: 'x'.repeat(101) }] }),
          ],
        },
        'data.components.0.components.0.options.0.description',
      ],
      [
        'parse users with a users list',
        { content: 'hi', allowed_mentions: { parse: ['users'], users: ['1'] } },
        'data.allowed_mentions.users',
      ],
      [
        'content with IS_COMPONENTS_V2',
        { content: 'hi', flags: MessageFlags.IsComponentsV2, components: [{ type: 10, content: 'x' }] },
        'data.content',
      ],
    ])('rejects %s with 50035 at the offending field', async (_name, data, path) => {
      const ix = discord.dispatch(slashCommand('about'));
      const { status, body } = await callback(discord, ix, { type: 4, data });
      expect([status, body?.code, body?.message]).toEqual([400, 50035, 'Invalid Form Body']);
      expect(errorPaths(body?.errors)).toContain(path);
      expect(ix.errors[0]?.errorCode).toBe(50035);
      // A rejected callback is not an acknowledgement: a valid one still goes through.
      expect((await callback(discord, ix, { type: 4, data: { content: 'fine' } })).status).toBe(204);
    });

    it('accepts payloads exactly at the limits', async () => {
      const ix = discord.dispatch(slashCommand('about'));
      const embed = {
        title: 'x'.repeat(256),
        description: 'x'.repeat(4096 - 256 - 3),
        fields: [{ name: 'n', value: 'v' }],
        footer: { text: 'f' },
      };
      const data = {
        content: 'x'.repeat(2000),
        embeds: [embed],
        components: many(5, (r) =>
          row(...many(5, (b) => button(`${r}:${b}`.padEnd(100, '.'), { label: 'x'.repeat(80) }))),
        ),
      };
      expect(await callback(discord, ix, { type: 4, data })).toEqual({ status: 204, body: undefined });
    });

    it.each([
      ['no content, embeds or components', {}],
      ['whitespace-only content', { content: '  \n ' }],
    ])('rejects a message with %s as empty (50006)', async (_name, data) => {
      const ix = discord.dispatch(slashCommand('about'));
      expect((await callback(discord, ix, { type: 4, data })).body).toEqual({
        code: 50006,
        message: 'Cannot send an empty message',
      });
    });

    it.each([
      ['26 choices', many(26, (i) => ({ name: `c${i}`, value: `c${i}` })), 'data.choices'],
      ['a choice name over 100', [{ name: 'x'.repeat(101), value: 'v' }], 'data.choices.0.name'],
      ['an empty choice value', [{ name: 'n', value: '' }], 'data.choices.0.value'],
    ])('rejects autocomplete results with %s', async (_name, choices, path) => {
      const ix = discord.dispatch(autocomplete('search', { query: 'ir' }, 'query'));
      const { body } = await callback(discord, ix, {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices },
      });
      expect(body?.code).toBe(50035);
      expect(errorPaths(body?.errors)).toContain(path);
    });

    it('holds edits and follow-ups to the same limits, through discord.js', async () => {
      const received = bot.next();
      const ix = discord.dispatch(slashCommand('about'));
      const interaction = await received;
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await interaction.deferReply();
      await expect(interaction.editReply({ content: 'x'.repeat(2001) })).rejects.toMatchObject({
        code: 50035,
        status: 400,
      });
      await expect(interaction.followUp({ embeds: [{ title: 'x'.repeat(257) }] })).rejects.toBeInstanceOf(
        DiscordAPIError,
      );
      await interaction.editReply({ content: 'ok' });
      await expect(interaction.editReply({ content: '', embeds: [] })).rejects.toMatchObject({ code: 50006 });
      expect(ix.errors.map((request) => request.errorCode)).toEqual([50035, 50035, 50006]);
      expect(ix.finalMessage().content).toBe('ok');
    });

    it.each([
      ['an uppercase chat-input name', { name: 'Search', description: 'd' }, '0.name'],
      ['a name with a space', { name: 'two words', description: 'd' }, '0.name'],
      ['a 33-character name', { name: 'x'.repeat(33), description: 'd' }, '0.name'],
      ['a missing description', { name: 'x' }, '0.description'],
      ['a 101-character description', { name: 'x', description: 'x'.repeat(101) }, '0.description'],
      [
        '26 options',
        { name: 'x', description: 'd', options: many(26, (i) => ({ type: 3, name: `o${i}`, description: 'd' })) },
        '0.options',
      ],
      [
        'max_length over 6000',
        { name: 'x', description: 'd', options: [{ type: 3, name: 'q', description: 'd', max_length: 6001 }] },
        '0.options.0.max_length',
      ],
      [
        '26 choices',
        {
          name: 'x',
          description: 'd',
          options: [
            { type: 3, name: 'q', description: 'd', choices: many(26, (i) => ({ name: `c${i}`, value: `c${i}` })) },
          ],
        },
        '0.options.0.choices',
      ],
      [
        'a required option after an optional one',
        {
          name: 'x',
          description: 'd',
          options: [
            { type: 3, name: 'a', description: 'd' },
            { type: 3, name: 'b', description: 'd', required: true },
          ],
        },
        '0.options.1.required',
      ],
      ['a description on a message command', { name: 'Look up', type: 3, description: 'd' }, '0.description'],
    ])('rejects commands with %s', async (_name, command, path) => {
      const { status, body } = await rest(
        discord,
        'PUT',
        `/applications/${discord.applicationId}/commands`,
        [command],
        { authorization: `Bot ${TOKEN}` },
      );
      expect([status, body?.code]).toEqual([400, 50035]);
      expect(errorPaths(body?.errors)).toContain(path);
    });

    it('rejects duplicate command names and surfaces validation errors to discord.js', async () => {
      const duplicate = await rest(
        discord,
        'PUT',
        `/applications/${discord.applicationId}/commands`,
        [
          { name: 'a', description: 'd' },
          { name: 'a', description: 'd' },
        ],
        { authorization: `Bot ${TOKEN}` },
      );
      expect(errorPaths(duplicate.body?.errors)).toEqual(['1.name']);
      await expect(bot.client.application.commands.set([{ name: 'Bad', description: 'd' }])).rejects.toMatchObject({
        code: 50035,
      });
      expect(discord.commands.global.map((command) => command.name)).toEqual(['search', 'about', 'Search reports']);
    });

    it('guards REST auth and unknown routes', async () => {
      expect(await rest(discord, 'GET', '/gateway/bot')).toEqual({
        status: 401,
        body: { code: 0, message: '401: Unauthorized' },
      });
      expect((await rest(discord, 'GET', '/gateway/bot', undefined, { authorization: 'Bot wrong' })).status).toBe(401);
      expect((await rest(discord, 'PUT', `/applications/${discord.applicationId}/commands`, [])).status).toBe(401);
      expect(
        (await rest(discord, 'PUT', '/applications/1/commands', [], { authorization: `Bot ${TOKEN}` })).body?.code,
      ).toBe(50001);
      expect(await rest(discord, 'GET', '/users/@me/guilds')).toEqual({
        status: 404,
        body: { code: 0, message: '404: Not Found' },
      });
      expect((await rest(discord, 'DELETE', '/gateway/bot')).status).toBe(405);

      const intruder = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBase } });
      await expect(intruder.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    });
  });
});

describe('fake Discord deadlines (shrunk)', () => {
  const ACK_DEADLINE_MS = 300;
  const TOKEN_TTL_MS = 700;
  let bot: Bot;

  beforeAll(async () => {
    bot = await startBot({ ackDeadlineMs: ACK_DEADLINE_MS, tokenTtlMs: TOKEN_TTL_MS });
  });
  afterAll(() => bot.stop());

  it('answers a first response after the ack deadline with 10062', async () => {
    const received = bot.next();
    const ix = bot.discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    const noAck = expect(ix.response()).rejects.toThrow(/was not acknowledged in time/);
    await sleep(ACK_DEADLINE_MS + 100);
    await expect(interaction.reply({ content: 'too late' })).rejects.toMatchObject({
      status: 404,
      code: 10062,
      message: 'Unknown interaction',
    });
    await noAck;
    expect(ix.errors.map((request) => request.errorCode)).toEqual([10062]);
    expect(ix.errors[0]!.receivedAt - ix.dispatchedAt).toBeGreaterThan(ACK_DEADLINE_MS);
  });

  it('rejects edits and follow-ups once the interaction token expired (50027)', async () => {
    const received = bot.next();
    const ix = bot.discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.deferReply();
    await sleep(ix.dispatchedAt + TOKEN_TTL_MS + 50 - Date.now());
    await expect(interaction.editReply({ content: 'late' })).rejects.toMatchObject({
      status: 401,
      code: 50027,
      message: 'Invalid Webhook Token',
    });
    await expect(interaction.followUp({ content: 'late' })).rejects.toMatchObject({ code: 50027 });
  });
});

describe('fake Discord gateway, spoken to directly', () => {
  let discord: FakeDiscord;

  beforeAll(async () => {
    // No bot registers commands here, so builders infer option types instead.
    discord = await startFakeDiscord({ token: TOKEN, requireRegisteredCommands: false });
  });
  afterAll(() => discord.close());

  /** Opens a raw gateway connection that queues every frame and reports the close code. */
  async function connect() {
    const socket = new WebSocket(`${discord.gatewayUrl}/?v=10&encoding=json`);
    const frames: { op: number; t?: string; s?: number; d?: unknown }[] = [];
    const waiters: (() => void)[] = [];
    socket.on('message', (data) => {
      frames.push(JSON.parse(data.toString()));
      waiters.splice(0).forEach((wake) => wake());
    });
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    const frame = async (count: number) => {
      while (frames.length < count) await new Promise<void>((wake) => waiters.push(wake));
      return frames.slice(0, count);
    };
    await frame(1);
    return { socket, frames, frame, closed, send: (payload: object) => socket.send(JSON.stringify(payload)) };
  }
  const identify = (token: string) => ({
    op: GatewayOpcodes.Identify,
    d: { token, intents: GatewayIntentBits.Guilds, properties: {} },
  });

  it('says HELLO, acks heartbeats, and answers IDENTIFY with READY then GUILD_CREATE in sequence', async () => {
    expect(() => discord.dispatch(slashCommand('about'))).toThrow(/no bot is connected/);
    const gateway = await connect();
    expect(gateway.frames[0]).toMatchObject({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: 41_250 } });
    gateway.send({ op: GatewayOpcodes.Heartbeat, d: null });
    expect((await gateway.frame(2))[1]).toEqual({ op: GatewayOpcodes.HeartbeatAck });

    gateway.send(identify(TOKEN));
    const [, , ready, guildCreate] = await gateway.frame(4);
    expect(ready).toMatchObject({ op: 0, t: 'READY', s: 1 });
    expect(guildCreate).toMatchObject({ op: 0, t: 'GUILD_CREATE', s: 2 });
    await discord.waitForReady();

    discord.dispatch(slashCommand('anything', { query: 'x', limit: 2 }));
    // Unregistered commands get their option types inferred from the values.
    expect((await gateway.frame(5))[4]).toMatchObject({
      op: 0,
      t: 'INTERACTION_CREATE',
      s: 3,
      d: {
        data: {
          name: 'anything',
          options: [
            { name: 'query', type: 3, value: 'x' },
            { name: 'limit', type: 4, value: 2 },
          ],
        },
      },
    });
    gateway.socket.close();
    await gateway.closed;
  });

  it('closes with 4004 on IDENTIFY with a bad token, and 4003 on ops before IDENTIFY', async () => {
    const badToken = await connect();
    badToken.send(identify('wrong'));
    expect(await badToken.closed).toBe(4004);

    const early = await connect();
    early.send({ op: GatewayOpcodes.PresenceUpdate, d: { status: 'online', activities: [], since: null, afk: false } });
    expect(await early.closed).toBe(4003);
  });

  it('closes with 4010 on a shard that is not [id, count] with id < count', async () => {
    for (const shard of [[1, 1], [-1, 2], [0, 0], [0.5, 2], [0], 'zero']) {
      const gateway = await connect();
      gateway.send({ ...identify(TOKEN), d: { ...identify(TOKEN).d, shard } });
      expect(await gateway.closed).toBe(4010);
    }
  });
});

describe('fake Discord gateway with shards', () => {
  let discord: FakeDiscord;
  /** Snowflakes whose events Discord's formula sends to shard 0 and shard 1 of 2. */
  const guilds = [0n, 1n].map((shard) => String((2_000_000_000_000n + shard) << 22n));

  beforeAll(async () => {
    discord = await startFakeDiscord({
      token: TOKEN,
      requireRegisteredCommands: false,
      shards: 2,
      guilds: guilds.map((id) => ({ id, name: id })),
    });
  });
  afterAll(() => discord.close());

  async function identified(shard: number[] | undefined) {
    const socket = new WebSocket(`${discord.gatewayUrl}/?v=10&encoding=json`);
    const frames: { t?: string; d?: { guilds?: { id: string }[]; id?: string; shard?: number[] } }[] = [];
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('message', (data) => frames.push(JSON.parse(data.toString())));
    await new Promise((resolve) => socket.once('message', resolve));
    const d = { token: TOKEN, intents: GatewayIntentBits.Guilds, properties: {}, ...(shard && { shard }) };
    socket.send(JSON.stringify({ op: GatewayOpcodes.Identify, d }));
    return { socket, frames, closed };
  }

  it('GET /gateway/bot recommends the count; IDENTIFY with fewer shards closes with 4011', async () => {
    const response = await rest(discord, 'GET', '/gateway/bot', undefined, { authorization: `Bot ${TOKEN}` });
    expect(response.body).toMatchObject({ shards: 2 });
    expect(await (await identified(undefined)).closed).toBe(4011);
    expect(await (await identified([0, 1])).closed).toBe(4011);
  });

  it("each shard gets READY with its shard and only its guilds, and its guilds' interactions", async () => {
    const shards = [await identified([0, 2]), await identified([1, 2])];
    await discord.waitForReady();
    for (const { frames } of shards) await expect.poll(() => frames.some((f) => f.t === 'GUILD_CREATE')).toBe(true);
    shards.forEach(({ frames }, id) => {
      const ready = frames.find((f) => f.t === 'READY')!;
      expect(ready.d?.shard).toEqual([id, 2]);
      expect(ready.d?.guilds?.map((g) => g.id)).toEqual([guilds[id]]);
      expect(frames.filter((f) => f.t === 'GUILD_CREATE').map((f) => f.d?.id)).toEqual([guilds[id]]);
    });
    for (const [id, guildId] of guilds.entries()) {
      const ix = discord.dispatch(slashCommand('anything', {}, { guildId }));
      expect(ix.shard).toBe(id);
      await expect
        .poll(() => shards[id]!.frames.some((f) => f.t === 'INTERACTION_CREATE' && f.d?.id === ix.id))
        .toBe(true);
      expect(shards[1 - id]!.frames.some((f) => f.t === 'INTERACTION_CREATE' && f.d?.id === ix.id)).toBe(false);
    }
    for (const { socket, closed } of shards) {
      socket.close();
      await closed;
    }
  });
});

describe('checkMessageInvariants', () => {
  it('accepts a reply that cannot ping and is within limits', () => {
    expect(checkMessageInvariants({ content: 'hi', allowed_mentions: { parse: [] } })).toEqual([]);
  });

  it.each([
    ['missing allowed_mentions', { content: 'hi' }, /allowed_mentions is missing/],
    ['parse that pings users', { content: 'hi', allowed_mentions: { parse: ['users'] } }, /parse must be \[\]/],
    ['a users allow-list', { content: 'hi', allowed_mentions: { parse: [], users: ['1'] } }, /users would ping 1/],
    ['a roles allow-list', { content: 'hi', allowed_mentions: { parse: [], roles: ['2'] } }, /roles would ping 2/],
    [
      'a ping of the replied-to user',
      { content: 'hi', allowed_mentions: { parse: [], replied_user: true } },
      /replied_user/,
    ],
    [
      'content over the limit',
      { content: 'x'.repeat(2001), allowed_mentions: { parse: [] } },
      /content: Must be 2000 or fewer/,
    ],
  ])('flags %s', (_name, payload, problem) => {
    expect(checkMessageInvariants(payload)).toEqual([expect.stringMatching(problem)]);
  });
});

describe('fake Discord channel messages', () => {
  let bot: Bot;
  let discord: FakeDiscord;
  const auth = { authorization: `Bot ${TOKEN}` };
  const channel = () => discord.guilds[0]!.channels[0]!.id;
  const post = (body: unknown, to = channel(), headers: Record<string, string> = auth) =>
    rest(discord, 'POST', `/channels/${to}/messages`, body, headers);
  const mentioning = (content = 'who went?') =>
    discord.post({
      content: `<@${discord.botUser.id}> ${content}`,
      author: makeUser('asker'),
      mentions: [discord.botUser],
    });

  beforeAll(async () => {
    bot = await startBot();
    discord = bot.discord;
  });
  afterAll(() => bot.stop());

  it('sends nothing to a bot without the GuildMessages intent', () => {
    expect(mentioning().delivered).toBe(false);
  });

  it('sends the text of a message only to a bot it mentions, or that holds MessageContent', async () => {
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
      rest: { api: discord.apiBase },
    });
    const seen: string[] = [];
    client.on('messageCreate', (m) => void seen.push(m.content));
    await client.login(TOKEN);
    await discord.waitForReady();
    try {
      const author = makeUser('someone');
      const plain = discord.post({ content: 'a message about Herat', author });
      const asked = mentioning('what happened in Herat?');
      expect([plain.delivered, asked.delivered]).toEqual([true, true]);
      await expect.poll(() => seen.length).toBe(2);
      expect(seen).toEqual(['', `<@${discord.botUser.id}> what happened in Herat?`]);
    } finally {
      await client.destroy();
    }
  });

  it('takes a reply to a known message, and records who it pings', async () => {
    const asked = mentioning();
    const quiet = await post({
      content: 'answer',
      message_reference: { message_id: asked.message.id },
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(quiet.status).toBe(200);
    expect(quiet.body).toMatchObject({ type: 19, mentions: [], message_reference: { message_id: asked.message.id } });
    const loud = await post({
      content: 'answer',
      message_reference: { message_id: asked.message.id },
      allowed_mentions: { parse: [] },
    });
    expect((loud.body as unknown as { mentions: { id: string }[] }).mentions.map((u) => u.id)).toEqual([
      asked.message.author.id,
    ]);
    expect((await asked.replies(2)).length).toBe(2);
  });

  it.each([
    ['content over 2,000 characters', { content: 'x'.repeat(2001) }, 'content'],
    ['an unknown message to reply to', { content: 'hi', message_reference: { message_id: '1' } }, 'message_reference'],
    ['an ephemeral flag', { content: 'hi', flags: MessageFlags.Ephemeral }, 'flags'],
    ['an unknown mention kind', { content: 'hi', allowed_mentions: { parse: ['nobody'] } }, 'allowed_mentions.parse.0'],
    ['more than 10 embeds', { embeds: many(11, () => ({ title: 't' })) }, 'embeds'],
  ])('refuses %s with 50035', async (_what, body, path) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.body?.code).toBe(50035);
    expect(errorPaths(response.body?.errors)).toContain(path);
  });

  it('refuses an empty message, an unknown channel and a missing token', async () => {
    expect((await post({ content: '   ' })).body?.code).toBe(50006);
    expect((await post({ content: 'hi' }, '123')).body?.code).toBe(10003);
    expect((await post({ content: 'hi' }, channel(), {})).status).toBe(401);
  });
});

describe('fake Discord file uploads (multipart/form-data)', () => {
  let bot: Bot;
  let discord: FakeDiscord;
  let png: Buffer;
  const LIMIT = 64 * 1024;
  beforeAll(async () => {
    bot = await startBot({ attachmentLimit: LIMIT });
    discord = bot.discord;
    png = await svgToPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>',
    );
  });
  afterAll(() => bot?.stop());

  /** A callback sent as Discord takes files: the message as payload_json, each file as files[n]. */
  async function upload(ix: InteractionHandle, data: object, files: [name: string, bytes: Buffer, type?: string][]) {
    const form = new FormData();
    form.append('payload_json', JSON.stringify({ type: 4, data }));
    files.forEach(([name, bytes, type], i) =>
      form.append(`files[${i}]`, new Blob([new Uint8Array(bytes)], { type }), name),
    );
    const response = await fetch(`${discord.apiBase}/v10/interactions/${ix.id}/${ix.token}/callback`, {
      method: 'POST',
      body: form,
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as { code: number; errors?: unknown }) : undefined,
    };
  }

  it('stores what discord.js uploads with a reply: the file, its size, and the embed showing it', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.reply({
      embeds: [{ title: 'Chart', image: { url: 'attachment://chart.png' } }],
      files: [{ attachment: png, name: 'chart.png' }],
    });
    const message = await ix.settled();
    expect(message.attachments).toEqual([
      expect.objectContaining({ filename: 'chart.png', size: png.length, url: expect.stringMatching(/chart\.png$/) }),
    ]);
    expect(ix.callbacks[0]!.files![0]!.data.equals(png)).toBe(true);
  });

  it('takes files on an edit after a deferral, as the bot sends a CSV', async () => {
    const received = bot.next();
    const ix = discord.dispatch(slashCommand('about'));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.deferReply();
    await interaction.editReply({ content: 'here', files: [{ attachment: Buffer.from('a,b\n1,2\n'), name: 'r.csv' }] });
    const message = await ix.settled();
    expect(message.attachments.map((a) => a.filename)).toEqual(['r.csv']);
  });

  it('refuses a file over the limit with 40005, and what is not what it says it is with 50035', async () => {
    const cases: [object, [string, Buffer, string?][], number][] = [
      [{ content: 'big' }, [['big.csv', Buffer.alloc(LIMIT + 1, 'a')]], 40005],
      [{ content: 'x' }, [['fake.png', Buffer.from('not a png at all')]], 50035],
      [{ content: 'x' }, [['ragged.csv', Buffer.from('a,b\n1,2,3\n')]], 50035],
      [{ content: 'x' }, [['empty.csv', Buffer.alloc(0)]], 50035],
      [{ embeds: [{ title: 'x', image: { url: 'attachment://missing.png' } }] }, [['chart.png', png]], 50035],
      [{ content: 'x', attachments: [{ id: 3 }] }, [['chart.png', png]], 50035],
    ];
    for (const [data, files, code] of cases) {
      const ix = discord.dispatch(slashCommand('about'));
      const answer = await upload(ix, data, files);
      expect(answer.body?.code, JSON.stringify(files.map((f) => f[0]))).toBe(code);
      expect(answer.status).toBe(code === 40005 ? 413 : 400);
    }
  });

  it('refuses fields Discord does not know, a file without a name, and malformed payload_json', async () => {
    const post = async (form: FormData) => {
      const ix = discord.dispatch(slashCommand('about'));
      const response = await fetch(`${discord.apiBase}/v10/interactions/${ix.id}/${ix.token}/callback`, {
        method: 'POST',
        body: form,
      });
      return ((await response.json()) as { code: number }).code;
    };
    const unknown = new FormData();
    unknown.append('payload_json', JSON.stringify({ type: 4, data: { content: 'x' } }));
    unknown.append('file', new Blob(['x']), 'x.txt');
    expect(await post(unknown)).toBe(50035);
    const eleventh = new FormData();
    eleventh.append('payload_json', JSON.stringify({ type: 4, data: { content: 'x' } }));
    eleventh.append('files[10]', new Blob(['x']), 'x.txt');
    expect(await post(eleventh)).toBe(50035);
    const malformed = new FormData();
    malformed.append('payload_json', '{"type": 4,');
    expect(await post(malformed)).toBe(50109);
  });
});
