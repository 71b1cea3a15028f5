/**
 * The gateway edge: a discord.js client that hands each interaction, as plain
 * data, to the dispatcher (dispatch.ts) and sends its answer through the one
 * responder (respond.ts). Each interaction is guarded: a payload discord.js
 * could not read never reaches it (gateway-guard.ts), a failure is logged
 * with a reference, the user is told privately, and the bot goes on serving.
 * Once closing (a signal), it answers what it took and turns new ones away.
 */
import { randomBytes } from 'node:crypto';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Config } from '../config.ts';
import type { Desk } from '../desk.ts';
import type { Logger } from '../log.ts';
import type { InteractionOutcome, Metrics } from '../metrics.ts';
import { renderError } from '../render/discord.ts';
import { Cooldown } from './cooldown.ts';
import { dispatcher, type Incoming, type Outgoing } from './dispatch.ts';
import { guardInteractions } from './gateway-guard.ts';
import { InFlight } from './in-flight.ts';
import { answerMention } from './mention.ts';
import { labelOf } from './observe.ts';
import { answer, sayPrivately, update } from './respond.ts';

export type BotConfig = Pick<Config, 'DISCORD_API_BASE' | 'COOLDOWN_SECONDS' | 'ALLOWED_GUILDS'>;

const RESTARTING: Outgoing = {
  reply: () => renderError('Report Desk is restarting: please try again in a few seconds.'),
  privately: true,
};

export interface BotParts {
  /** Counts the interactions being answered: closing it turns new ones away (see in-flight.ts). */
  work?: InFlight;
  /** Counts every interaction and times its reply (served on /metrics, by this process or the shards' manager). */
  observe?: Metrics['observe'];
}

export function createBot(desk: Desk, config: BotConfig, log: Logger, parts: BotParts = {}): Client {
  const { work = new InFlight(), observe: record } = parts;
  const client = new Client({
    // GuildMessages: messages that mention the bot, with their text (see mention.ts).
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: config.DISCORD_API_BASE },
    allowedMentions: { parse: [] },
  });
  const cooldown = new Cooldown(config.COOLDOWN_SECONDS * 1000);
  const dispatch = dispatcher(desk, config, cooldown);

  client.once(Events.ClientReady, async (ready) => {
    const { reports } = await desk.stats();
    log.info({ guilds: ready.guilds.cache.size, reports, user: ready.user.tag }, 'ready');
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'client error'));
  guardInteractions(client, log);
  client.on(Events.MessageCreate, (message) => {
    // Once closing, a mention is let be: unlike an interaction, it shows no failure for want of an answer.
    if (work.open) work.track(answerMention(message, desk, config, cooldown, log));
  });
  client.on(Events.InteractionCreate, (interaction) => {
    // Discord's 3 s run from the interaction's creation: it may have waited in a busy process before this.
    const receivedAt = Math.min(Date.now(), interaction.createdTimestamp);
    const incoming = incomingOf(interaction);
    if (!incoming) return;
    const out = work.open ? () => dispatch(incoming) : () => RESTARTING;
    const observe = (outcome: InteractionOutcome) =>
      record?.({ ...labelOf(incoming), outcome }, (Date.now() - receivedAt) / 1000);
    work.track(
      Promise.resolve()
        .then(() => respond(interaction, out(), receivedAt))
        .then(observe, (error: unknown) => {
          observe('failed');
          return fail(interaction, error, log);
        }),
    );
  });
  return client;
}

/** An interaction as plain data, as the dispatcher takes it; undefined for one that takes no answer. */
function incomingOf(interaction: Interaction): Incoming | undefined {
  const caller = { userId: interaction.user.id, guildId: interaction.guildId ?? undefined, locale: interaction.locale };
  const name = interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : '';
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', name, options: interaction.options.data, caller };
  if (interaction.isChatInputCommand()) return { kind: 'command', name, options: interaction.options.data, caller };
  if (interaction.isMessageContextMenuCommand()) {
    return { kind: 'command', name, message: { content: interaction.targetMessage.content }, caller };
  }
  if (interaction.isButton() || interaction.isStringSelectMenu()) {
    const values = interaction.isStringSelectMenu() ? interaction.values : [];
    const footer = interaction.message.embeds[0]?.footer?.text;
    return { kind: 'component', click: { customId: interaction.customId, values, footer }, caller };
  }
  return interaction.isRepliable() ? { kind: 'unsupported', caller } : undefined;
}

async function respond(interaction: Interaction, out: Outgoing, receivedAt: number): Promise<InteractionOutcome> {
  if (interaction.isAutocomplete()) {
    await interaction.respond('choices' in out ? await out.choices() : []);
    return 'answered';
  }
  if ('update' in out && (interaction.isButton() || interaction.isStringSelectMenu())) {
    return update(interaction, out.update, receivedAt);
  }
  if ('reply' in out && interaction.isRepliable()) return answer(interaction, out.reply, out.privately, receivedAt);
  return 'refused';
}

async function fail(interaction: Interaction, error: unknown, log: Logger) {
  const ref = randomBytes(4).toString('hex');
  log.error({ err: error, ref, interaction: interaction.id, user: interaction.user.id }, 'handler failed');
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      await sayPrivately(
        interaction,
        renderError(`Something went wrong (ref \`${ref}\`). It is logged; please try again.`),
      );
    }
  } catch (second) {
    log.warn({ err: second, ref }, 'could not tell the user about the failure');
  }
}
