/**
 * Asking by mention: a message that mentions the bot with a question gets the
 * same answer as /ask, as a reply in its channel that pings no one, the asker
 * included. Discord sends a bot the text of messages that mention it without
 * the privileged message-content intent; the GuildMessages intent suffices.
 */
import { randomBytes } from 'node:crypto';
import type { Caller } from './commands/command.ts';
import type { Message } from 'discord.js';
import type { Logger } from '../log.ts';
import type { Desk } from '../desk.ts';
import { renderError, type Reply } from '../render/discord.ts';
import type { BotConfig } from './bot.ts';
import ask from './commands/ask.ts';
import type { Cooldown } from './cooldown.ts';
import { messageOf } from './respond.ts';

export const HOW_TO_ASK =
  'Ask me a question after the mention, e.g. “@Report Desk who went to North Korea?”, or use `/ask`.';

/**
 * The question a message asks the bot (`botId`): its text without the mentions of the bot; null when it does not
 * mention it.
 */
export function questionOf(content: string, botId: string): string | null {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  return mention.test(content) ? content.replace(mention, ' ').replace(/\s+/g, ' ').trim() : null;
}

/** What a mention gets back: the answer, a how-to for an empty question, or why it cannot be answered. */
async function replyTo(question: string, caller: Caller, desk: Desk, cooldown: Cooldown): Promise<Reply> {
  if (!question) return { content: HOW_TO_ASK };
  const wait = cooldown.take(caller.userId);
  if (wait > 0) return renderError(`Slow down: you can ask again in ${Math.ceil(wait / 1000)} s.`);
  return ask.run({ question }, { desk, caller, help: [] });
}

/** Answers a message that mentions the bot; any other message, a bot's, or one from a server not allowed is let be. */
export async function answerMention(
  message: Message,
  desk: Desk,
  config: BotConfig,
  cooldown: Cooldown,
  log: Logger,
): Promise<void> {
  const me = message.client.user;
  if (!me || message.author.bot || message.author.id === me.id || !message.inGuild()) return;
  if (config.ALLOWED_GUILDS.length && !config.ALLOWED_GUILDS.includes(message.guildId)) return;
  const question = questionOf(message.content, me.id);
  if (question === null) return;
  const send = (r: Reply) => message.reply({ ...messageOf(r), allowedMentions: { parse: [], repliedUser: false } });
  const caller = { userId: message.author.id, guildId: message.guildId };
  try {
    await send(await replyTo(question, caller, desk, cooldown));
  } catch (error) {
    const ref = randomBytes(4).toString('hex');
    log.error({ err: error, ref, message: message.id, user: message.author.id }, 'mention handler failed');
    await send(renderError(`Something went wrong (ref \`${ref}\`). It is logged; please try again.`)).catch(
      (second: unknown) => log.warn({ err: second, ref }, 'could not tell the user about the failure'),
    );
  }
}
