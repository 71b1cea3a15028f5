/**
 * Messages in guild channels: a user's message the fake pushes to the bot as
 * MESSAGE_CREATE (as Discord does, only with the GuildMessages intent, and
 * with its text only when the bot holds MessageContent or is mentioned), and
 * POST /channels/:id/messages, where a bot replies, with Discord's limits and checks.
 */
import { GatewayIntentBits, MessageFlags, MessageType, type APIMessage, type APIUser } from 'discord.js';
import { isObject, type Json } from './checks.ts';
import { ApiError, emptyMessage, invalidFormBody, notAnObject } from './errors.ts';
import type { FakeGuild } from './guilds.ts';
import { snowflake } from './ids.ts';
import { isEmptyMessage, messageViolations } from './limits.ts';
import { json, type Reply, type RouteContext } from './routes.ts';

export const unknownChannel = (): ApiError => new ApiError(404, { code: 10003, message: 'Unknown Channel' });

/** A channel message may suppress embeds and notifications; ephemerality belongs to interactions. */
const CHANNEL_FLAGS = MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications;

export interface UserMessage {
  content: string;
  author: APIUser;
  /** Users the message mentions (the bot, to ask it); their `<@id>` must be in the content for Discord to list them. */
  mentions?: APIUser[];
  guild: FakeGuild;
  channelId?: string;
}

/** The message Discord stores, and sends as MESSAGE_CREATE (with `guild_id` and the author as member). */
export function userMessage(m: UserMessage): APIMessage & { guild_id: string } {
  return {
    id: snowflake(),
    type: MessageType.Default,
    channel_id: m.channelId ?? m.guild.channels[0]!.id,
    guild_id: m.guild.id,
    author: m.author,
    content: m.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: (m.mentions ?? []).filter((u) => new RegExp(`<@!?${u.id}>`).test(m.content)),
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
  };
}

/** What a bot with `intents` receives of a message, or nothing when it is not told of it. */
export function asReceived(message: APIMessage, intents: number, botId: string): APIMessage | undefined {
  if (!(intents & GatewayIntentBits.GuildMessages)) return undefined;
  const readable = intents & GatewayIntentBits.MessageContent || message.mentions.some((u) => u.id === botId);
  return readable ? message : { ...message, content: '', embeds: [], attachments: [] };
}

/** POST /channels/:channelId/messages — a bot's message, a reply when it carries `message_reference`. */
export function createChannelMessage({ state, request, params, body }: RouteContext): Reply {
  const channel = state.config.guilds.flatMap((g) => g.channels).find((c) => c.id === params.channelId);
  if (!channel) throw unknownChannel();
  if (!isObject(body)) throw notAnObject([]);
  const payload: Json = body;
  request.payload = payload;
  const violations = messageViolations(payload);
  const flags = typeof payload.flags === 'number' ? payload.flags : 0;
  if (flags & ~CHANNEL_FLAGS)
    violations.push({
      path: ['flags'],
      code: 'MESSAGE_FLAGS_INVALID',
      message: 'Only SUPPRESS_EMBEDS and SUPPRESS_NOTIFICATIONS can be set.',
    });
  const reference = isObject(payload.message_reference) ? payload.message_reference : undefined;
  const replied = reference ? state.messages.get(String(reference.message_id)) : undefined;
  if (reference && (!replied || replied.channel_id !== channel.id)) {
    violations.push({
      path: ['message_reference'],
      code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE',
      message: 'Unknown message',
    });
  }
  if (violations.length > 0) throw invalidFormBody(violations);
  if (isEmptyMessage(payload)) throw emptyMessage();
  const mentions = isObject(payload.allowed_mentions) ? payload.allowed_mentions : undefined;
  // A reply pings its author unless allowed_mentions.replied_user is false.
  const pinged = replied && mentions?.replied_user !== false ? [replied.author] : [];
  const message: APIMessage = {
    id: snowflake(),
    type: replied ? MessageType.Reply : MessageType.Default,
    channel_id: channel.id,
    author: state.config.botUser,
    content: typeof payload.content === 'string' ? payload.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: pinged,
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(payload.embeds)
      ? (payload.embeds as APIMessage['embeds']).map((e) => ({ type: 'rich', ...e }) as APIMessage['embeds'][number])
      : [],
    components: (payload.components ?? []) as APIMessage['components'],
    pinned: false,
    flags,
    ...(replied
      ? { message_reference: { message_id: replied.id, channel_id: channel.id }, referenced_message: replied }
      : {}),
  };
  state.messages.set(message.id, message);
  state.channelMessages.push(message);
  return json(message);
}
