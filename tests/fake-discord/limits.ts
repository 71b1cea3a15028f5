import { MessageFlags } from 'discord.js';
import { Checks, isObject, type Json } from './checks.ts';
import { checkMessageComponents, checkModalComponents } from './components.ts';
import type { Violation } from './errors.ts';

/** The parts of a payload or stored message that make it visible. */
type MessageFields = Partial<
  Record<'content' | 'embeds' | 'components' | 'attachments' | 'sticker_ids' | 'poll', unknown>
>;

/** The only flags a bot may set when sending a message. */
const SETTABLE_FLAGS =
  MessageFlags.SuppressEmbeds |
  MessageFlags.Ephemeral |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsComponentsV2;
const EMBED_TOTAL_MAX = 6000;

/** Violations of Discord's message limits; `flags` are the message's effective flags (edits inherit them). */
export function messageViolations(message: Json, flags = 0): Violation[] {
  const c = new Checks();
  const v2 = ((flags | (typeof message.flags === 'number' ? message.flags : 0)) & MessageFlags.IsComponentsV2) !== 0;

  c.text(message.content, ['content'], 2000);
  const embeds = c.list(message.embeds, ['embeds'], 10);
  const embedChars = embeds.reduce<number>((sum, embed, i) => sum + checkEmbed(c, embed, i), 0);
  if (embedChars > EMBED_TOTAL_MAX) {
    c.fail(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${EMBED_TOTAL_MAX}`);
  }
  if (v2 && (message.content || embeds.length > 0)) {
    c.fail(
      message.content ? ['content'] : ['embeds'],
      'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
      "The 'content' and 'embeds' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2",
    );
  }
  checkMessageComponents(c, message.components, ['components'], v2);
  checkAllowedMentions(c, message.allowed_mentions);
  if (message.flags !== undefined && message.flags !== null) {
    if (typeof message.flags !== 'number' || (message.flags & ~SETTABLE_FLAGS) !== 0) {
      c.fail(
        ['flags'],
        'MESSAGE_FLAGS_INVALID',
        'Only SUPPRESS_EMBEDS, EPHEMERAL, SUPPRESS_NOTIFICATIONS and IS_COMPONENTS_V2 can be set.',
      );
    }
  }
  return c.violations;
}

/** Discord answers 50006 when nothing visible would be sent; whitespace-only content counts as nothing. */
export function isEmptyMessage(message: MessageFields): boolean {
  const nonEmpty = (value: unknown): boolean => Array.isArray(value) && value.length > 0;
  return (
    !(typeof message.content === 'string' && message.content.trim() !== '') &&
    !nonEmpty(message.embeds) &&
    !nonEmpty(message.components) &&
    !nonEmpty(message.attachments) &&
    !nonEmpty(message.sticker_ids) &&
    !isObject(message.poll)
  );
}

/** APPLICATION_COMMAND_AUTOCOMPLETE_RESULT data: at most 25 choices, names and values 1–100 characters. */
export function autocompleteViolations(data: Json): Violation[] {
  const c = new Checks();
  c.list(data.choices, ['choices'], 25, { required: true }).forEach((item, i) => {
    const choice = c.object(item, ['choices', i]);
    c.text(choice.name, ['choices', i, 'name'], 100, { min: 1, required: true });
    if (typeof choice.value === 'number') return;
    c.text(choice.value, ['choices', i, 'value'], 100, { min: 1, required: true });
  });
  return c.violations;
}

export function modalViolations(data: Json): Violation[] {
  const c = new Checks();
  c.text(data.custom_id, ['custom_id'], 100, { min: 1, required: true });
  c.text(data.title, ['title'], 45, { min: 1, required: true });
  checkModalComponents(c, data.components, ['components']);
  return c.violations;
}

/** Returns the characters this embed counts towards the 6000 per-message total. */
function checkEmbed(c: Checks, value: unknown, index: number): number {
  const path = ['embeds', index];
  const embed = c.object(value, path);
  let total = c.text(embed.title, [...path, 'title'], 256) + c.text(embed.description, [...path, 'description'], 4096);
  c.url(embed.url, [...path, 'url']);
  c.list(embed.fields, [...path, 'fields'], 25).forEach((item, i) => {
    const fieldPath = [...path, 'fields', i];
    const field = c.object(item, fieldPath);
    total += c.text(field.name, [...fieldPath, 'name'], 256, { min: 1, required: true });
    total += c.text(field.value, [...fieldPath, 'value'], 1024, { min: 1, required: true });
  });
  if (embed.footer !== undefined) {
    const footer = c.object(embed.footer, [...path, 'footer']);
    total += c.text(footer.text, [...path, 'footer', 'text'], 2048, { min: 1, required: true });
  }
  if (embed.author !== undefined) {
    const author = c.object(embed.author, [...path, 'author']);
    total += c.text(author.name, [...path, 'author', 'name'], 256, { min: 1, required: true });
    c.url(author.url, [...path, 'author', 'url']);
  }
  for (const media of ['image', 'thumbnail'] as const) {
    if (embed[media] !== undefined) {
      c.url(c.object(embed[media], [...path, media]).url, [...path, media, 'url'], {
        required: true,
        attachments: true,
      });
    }
  }
  return total;
}

function checkAllowedMentions(c: Checks, value: unknown): void {
  if (value === undefined || value === null) return;
  const mentions = c.object(value, ['allowed_mentions']);
  const parse = c.list(mentions.parse, ['allowed_mentions', 'parse'], 3);
  parse.forEach((kind, i) => {
    if (kind !== 'users' && kind !== 'roles' && kind !== 'everyone') {
      c.fail(
        ['allowed_mentions', 'parse', i],
        'BASE_TYPE_CHOICES',
        "Value must be one of ('roles', 'users', 'everyone').",
      );
    }
  });
  for (const kind of ['users', 'roles'] as const) {
    const ids = c.list(mentions[kind], ['allowed_mentions', kind], 100);
    if (ids.length > 0 && parse.includes(kind)) {
      c.fail(
        ['allowed_mentions', kind],
        'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
        `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
      );
    }
  }
}
