/**
 * The Discord edge: a discord.js client that routes every interaction to the
 * desk. Each handler is guarded: a failure is logged with a reference, the
 * user is told privately, and the bot goes on serving.
 */
import { randomBytes } from 'node:crypto';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Config } from '../config.ts';
import { FACETS, type Facet, type Desk } from '../desk.ts';
import type { Logger } from '../log.ts';
import { renderError } from '../render/discord.ts';
import { choicesFor } from './autocomplete.ts';
import { MAX_QUERY_LENGTH, SEARCH_MESSAGE } from './commands.ts';
import { Cooldown } from './cooldown.ts';
import { answerMention } from './mention.ts';
import { aboutReply, askReply, clickAnswer, reportReply, searchReply } from './replies.ts';
import { answer, sayPrivately, update } from './respond.ts';

export type BotConfig = Pick<Config, 'DISCORD_API_BASE' | 'COOLDOWN_SECONDS' | 'ALLOWED_GUILDS'>;

export function createBot(desk: Desk, config: BotConfig, log: Logger): Client {
  const client = new Client({
    // GuildMessages: messages that mention the bot, with their text (see mention.ts).
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: config.DISCORD_API_BASE },
    allowedMentions: { parse: [] },
  });
  const cooldown = new Cooldown(config.COOLDOWN_SECONDS * 1000);

  client.once(Events.ClientReady, async (ready) => {
    const { reports } = await desk.stats();
    log.info({ guilds: ready.guilds.cache.size, reports, user: ready.user.tag }, 'ready');
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'client error'));
  client.on(Events.MessageCreate, (message) => void answerMention(message, desk, config, cooldown, log));
  client.on(Events.InteractionCreate, (interaction) => {
    // Discord's 3 s run from the interaction's creation: it may have waited in a busy process before this.
    const receivedAt = Math.min(Date.now(), interaction.createdTimestamp);
    void route(interaction, receivedAt).catch((error: unknown) => fail(interaction, error));
  });

  async function fail(interaction: Interaction, error: unknown) {
    const ref = randomBytes(4).toString('hex');
    log.error({ err: error, ref, interaction: interaction.id, user: interaction.user.id }, 'handler failed');
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) await sayPrivately(interaction, renderError(`Something went wrong (ref \`${ref}\`). It is logged; please try again.`));
    } catch (second) {
      log.warn({ err: second, ref }, 'could not tell the user about the failure');
    }
  }

  async function route(interaction: Interaction, receivedAt: number) {
    if (config.ALLOWED_GUILDS.length && !config.ALLOWED_GUILDS.includes(interaction.guildId ?? '')) {
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else if (interaction.isRepliable()) await sayPrivately(interaction, renderError('Report Desk is not enabled in this server.'));
      return;
    }
    if (interaction.isAutocomplete()) {
      const focused = interaction.options.getFocused(true);
      const typed = String(focused.value);
      const field = focused.name === 'date' ? 'date' : focused.name === 'query' ? 'words' : isFacet(focused.name) ? focused.name : undefined;
      await interaction.respond(field ? await choicesFor(desk, field, typed) : []);
      return;
    }
    if (interaction.isButton() || interaction.isStringSelectMenu()) {
      const footer = interaction.message.embeds[0]?.footer?.text;
      const click = clickAnswer(desk, { customId: interaction.customId, values: interaction.isStringSelectMenu() ? interaction.values : [], userId: interaction.user.id, footer });
      if ('update' in click) await update(interaction, () => click.update, receivedAt);
      else await answer(interaction, () => click.reply, true, receivedAt);
      return;
    }
    if (!interaction.isChatInputCommand() && !interaction.isMessageContextMenuCommand()) return;

    const wait = cooldown.take(interaction.user.id);
    if (wait > 0) {
      await sayPrivately(interaction, renderError(`Slow down: you can run another command in ${Math.ceil(wait / 1000)} s.`));
      return;
    }
    const owner = interaction.user.id;
    if (interaction.isMessageContextMenuCommand()) {
      if (interaction.commandName !== SEARCH_MESSAGE) return;
      const text = interaction.targetMessage.content.slice(0, MAX_QUERY_LENGTH);
      const reply = text.trim() ? () => searchReply(desk, { query: text, page: 1, owner }) : () => renderError('That message has no text to search for.');
      await answer(interaction, reply, true, receivedAt);
      return;
    }
    const privately = interaction.options.getBoolean('private') ?? false;
    const tooLong = (s: string) => s.length > MAX_QUERY_LENGTH;
    switch (interaction.commandName) {
      case 'search': {
        const query = interaction.options.getString('query', true);
        const [from, to, type, category, region] = ['from', 'to', 'type', 'category', 'region'].map((n) => interaction.options.getString(n) ?? undefined);
        if (tooLong(query)) return answer(interaction, () => renderError(`Queries are limited to ${MAX_QUERY_LENGTH} characters.`), true, receivedAt);
        return answer(interaction, () => searchReply(desk, { query, from, to, type, category, region, page: 1, owner }), privately, receivedAt);
      }
      case 'report':
        return answer(interaction, () => reportReply(desk, interaction.options.getString('date', true), owner), privately, receivedAt);
      case 'ask': {
        const question = interaction.options.getString('question', true);
        if (tooLong(question)) return answer(interaction, () => renderError(`Questions are limited to ${MAX_QUERY_LENGTH} characters.`), true, receivedAt);
        return answer(interaction, () => askReply(desk, question), privately, receivedAt);
      }
      case 'about':
        return answer(interaction, () => aboutReply(desk), privately, receivedAt);
      default:
        return sayPrivately(interaction, renderError('Unknown command: the bot may be older than its registered commands.'));
    }
  }

  return client;
}

const isFacet = (name: string): name is Facet => (FACETS as readonly string[]).includes(name);
