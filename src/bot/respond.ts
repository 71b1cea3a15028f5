/**
 * The one responder every reply goes through: it never lets a mention ping,
 * keeps errors ephemeral, and answers within Discord's 3 s window, directly
 * when the work is fast, by deferring and editing when it is not.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  MessageFlags,
  type ButtonInteraction,
  type RepliableInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import type { InteractionOutcome } from '../metrics.ts';
import type { Reply } from '../render/discord.ts';

/** Past this, acknowledge first and edit later: leaves a second of margin for the network. */
export const DEFER_AFTER_MS = 2000;
/** An interaction this old when its turn comes (it waited in a busy process) is acknowledged before any work. */
const LATE_MS = 1500;

/** Sent with every message: quoted text and user input never ping anyone. */
export const NO_PINGS: { parse: [] } = { parse: [] };

/** A reply as discord.js sends a message: never a ping; files, when there are any, as attachments. */
export function messageOf(reply: Reply) {
  const files = reply.files?.map((f) => ({ attachment: f.data, name: f.name }));
  const message = { content: reply.content ?? '', embeds: reply.embeds ?? [], components: reply.components ?? [] };
  return { ...message, allowedMentions: NO_PINGS, ...(files && { files }) };
}

const SLOW = Symbol('slow');
const after = (ms: number) => sleep(ms, SLOW, { ref: false });

/**
 * Races the work against the deadline, counted from when the interaction was
 * created. When the work loses, or the interaction is already late, it is
 * acknowledged (`acknowledge`) and the reply comes as an edit (`slow`).
 */
async function raced(
  work: () => Reply | Promise<Reply>,
  receivedAt: number,
  acknowledge: () => Promise<unknown>,
): Promise<{ reply: Promise<Reply>; slow: boolean }> {
  if (Date.now() - receivedAt >= LATE_MS) {
    await acknowledge();
    return { reply: Promise.resolve().then(work), slow: true };
  }
  const reply = Promise.resolve().then(work);
  const slow = (await Promise.race([reply, after(Math.max(0, DEFER_AFTER_MS - (Date.now() - receivedAt)))])) === SLOW;
  if (slow) await acknowledge();
  return { reply, slow };
}

/** Answers a command with a new message. */
export async function answer(
  interaction: RepliableInteraction,
  work: () => Reply | Promise<Reply>,
  privately: boolean,
  receivedAt = Date.now(),
): Promise<InteractionOutcome> {
  const { reply, slow } = await raced(work, receivedAt, () =>
    interaction.deferReply({ flags: privately ? MessageFlags.Ephemeral : undefined }),
  );
  if (!slow) {
    const r = await reply;
    await interaction.reply({ ...messageOf(r), flags: privately || r.ephemeral ? MessageFlags.Ephemeral : undefined });
    return outcomeOf(r, false);
  }
  let r: Reply;
  try {
    r = await reply;
  } catch (error) {
    // The failure is told privately by a follow-up, which would fill a public placeholder: drop it first.
    if (!privately) await interaction.deleteReply().catch(() => undefined);
    throw error;
  }
  if (r.ephemeral && !privately) {
    // An error must not be shown to the channel: drop the public placeholder, say it privately.
    await interaction.deleteReply();
    await interaction.followUp({ ...messageOf(r), flags: MessageFlags.Ephemeral });
  } else await interaction.editReply(messageOf(r));
  return outcomeOf(r, true);
}

/**
 * Answers a click by replacing the message it was on; an error never replaces a message others see, it is told
 * privately.
 */
export async function update(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  work: () => Reply | Promise<Reply>,
  receivedAt = Date.now(),
): Promise<InteractionOutcome> {
  const { reply, slow } = await raced(work, receivedAt, () => interaction.deferUpdate());
  const privateNote = (r: Reply) => r.ephemeral && !interaction.message.flags.has(MessageFlags.Ephemeral);
  if (!slow) {
    const r = await reply;
    if (privateNote(r)) await interaction.reply({ ...messageOf(r), flags: MessageFlags.Ephemeral });
    else await interaction.update(messageOf(r));
    return outcomeOf(r, false);
  }
  const r = await reply;
  if (privateNote(r)) await interaction.followUp({ ...messageOf(r), flags: MessageFlags.Ephemeral });
  else await interaction.editReply(messageOf(r));
  return outcomeOf(r, true);
}

/** How an answer went, for /metrics: an error reply is a refusal; otherwise direct, or edited in after a deferral. */
const outcomeOf = (r: Reply, deferred: boolean): InteractionOutcome =>
  r.ephemeral ? 'refused' : deferred ? 'deferred' : 'answered';

/** The last resort after a failure: tell the user privately, in whatever state the interaction is. */
export async function sayPrivately(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const message = { ...messageOf(reply), flags: MessageFlags.Ephemeral as const };
  if (interaction.deferred || interaction.replied) await interaction.followUp(message);
  else await interaction.reply(message);
}
