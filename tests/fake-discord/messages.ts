import {
  InteractionType,
  MessageFlags,
  MessageType,
  ApplicationCommandType,
  type APIEmbed,
  type APIInteraction,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIMessageTopLevelComponent,
  type APIUser,
} from 'discord.js';
import type { Json } from './checks.ts';
import { snowflake } from './ids.ts';

export interface Author {
  applicationId: string;
  botUser: APIUser;
}

/** Flags a message keeps for life: an edit can toggle embed suppression but never ephemerality. */
const PERMANENT_FLAGS = MessageFlags.Ephemeral | MessageFlags.IsComponentsV2 | MessageFlags.SuppressNotifications;

/** Discord's placeholder for a user who no longer exists. */
const DELETED_USER: APIUser = {
  id: '456226577798135808',
  username: 'Deleted User',
  discriminator: '0000',
  global_name: null,
  avatar: null,
};

/** The message Discord stores for a reply or follow-up sent through an interaction token. */
export function createMessage(body: Json, interaction: APIInteraction, author: Author, flags: number): APIMessage {
  // A payload a test sent malformed on purpose may name no user: Discord shows such messages as a deleted user's.
  const user = interaction.member?.user ?? interaction.user ?? DELETED_USER;
  return {
    id: snowflake(),
    type: messageType(interaction),
    channel_id: interaction.channel?.id ?? '',
    author: author.botUser,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: richEmbeds(body.embeds),
    components: (body.components ?? []) as APIMessageTopLevelComponent[],
    pinned: false,
    flags,
    webhook_id: author.applicationId,
    application_id: author.applicationId,
    interaction_metadata: metadata(interaction, user),
  };
}

/** The "Bot is thinking…" placeholder a deferred reply shows until it is edited or followed up. */
export function loadingMessage(interaction: APIInteraction, author: Author, ephemeral: boolean): APIMessage {
  return createMessage({}, interaction, author, MessageFlags.Loading | (ephemeral ? MessageFlags.Ephemeral : 0));
}

/**
 * Applies a PATCH body. Filling a loading placeholder is not an edit from the user's point of view,
 * so it clears LOADING instead of setting `edited_timestamp`.
 */
export function applyEdit(message: APIMessage, body: Json): APIMessage {
  const loading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
  const next: APIMessage = { ...message, edited_timestamp: loading ? null : new Date().toISOString() };
  if (body.content !== undefined) next.content = typeof body.content === 'string' ? body.content : '';
  if (body.embeds !== undefined) next.embeds = richEmbeds(body.embeds);
  if (body.components !== undefined) next.components = (body.components ?? []) as APIMessageTopLevelComponent[];
  const requested = typeof body.flags === 'number' ? body.flags : (message.flags ?? 0);
  next.flags =
    ((message.flags ?? 0) & PERMANENT_FLAGS) |
    (requested & (MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2));
  return next;
}

function richEmbeds(value: unknown): APIEmbed[] {
  return Array.isArray(value) ? (value as APIEmbed[]).map((embed) => ({ type: 'rich', ...embed }) as APIEmbed) : [];
}

function messageType(interaction: APIInteraction): MessageType {
  if (interaction.type !== InteractionType.ApplicationCommand) return MessageType.Default;
  // Malformed on purpose, a payload may come without data (see malformed.test.ts).
  return (interaction.data as Partial<typeof interaction.data> | undefined)?.type === ApplicationCommandType.ChatInput
    ? MessageType.ChatInputCommand
    : MessageType.ContextMenuCommand;
}

/** Only commands and components can produce messages (autocomplete cannot), so two shapes suffice. */
function metadata(interaction: APIInteraction, user: APIUser): APIMessageInteractionMetadata {
  const base = { id: interaction.id, user, authorizing_integration_owners: interaction.authorizing_integration_owners };
  if (interaction.type === InteractionType.MessageComponent) {
    const clicked = (interaction.message as APIMessage | undefined)?.id ?? '';
    return { ...base, type: InteractionType.MessageComponent, interacted_message_id: clicked };
  }
  return { ...base, type: InteractionType.ApplicationCommand };
}

export interface MessageDraft {
  content: string;
  author?: APIUser;
  embeds?: APIEmbed[];
}

/** A message someone posted in a channel, e.g. the target of a message context-menu command. */
export function channelMessage(draft: MessageDraft, channelId: string, fallbackAuthor: APIUser): APIMessage {
  return {
    id: snowflake(),
    type: MessageType.Default,
    channel_id: channelId,
    author: draft.author ?? fallbackAuthor,
    content: draft.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: draft.embeds ?? [],
    components: [],
    pinned: false,
  };
}
