/**
 * An interaction as Discord POSTs it (raw API JSON), checked with zod and
 * turned into the plain data the dispatcher takes (the same `Incoming` the
 * gateway edge makes). Signed or not, a body is not trusted: anything that is
 * not an interaction the bot can answer is a problem named, never a crash.
 */
import { ApplicationCommandType, ComponentType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import { SnowflakeUtil } from 'discord.js';
import { z } from 'zod';
import type { Incoming } from '../dispatch.ts';

const snowflake = z.string().regex(/^\d{1,21}$/, 'must be a snowflake');
/** Discord's own limits, with room: a field past them is not from Discord. */
const name = z.string().min(1).max(100);
const user = z.object({ id: snowflake });

const base = z.object({
  id: snowflake,
  application_id: snowflake,
  token: z.string().min(1).max(500),
  guild_id: snowflake.optional(),
  locale: z.string().max(20).optional(),
  member: z.object({ user }).optional(),
  user: user.optional(),
});

/** Options stay raw: argumentsOf and focusedOf read them as they read the gateway's. */
const options = z.array(z.unknown()).max(25).optional();

const command = base.extend({
  type: z.literal(InteractionType.ApplicationCommand),
  data: z.object({
    name,
    type: z.number().int(),
    options,
    target_id: snowflake.optional(),
    resolved: z.object({ messages: z.record(z.string(), z.object({ content: z.string().max(4000) })) }).optional(),
  }),
});

const autocomplete = base.extend({
  type: z.literal(InteractionType.ApplicationCommandAutocomplete),
  data: z.object({ name, options }),
});

const component = base.extend({
  type: z.literal(InteractionType.MessageComponent),
  data: z.object({
    custom_id: name,
    component_type: z.number().int(),
    values: z.array(z.string().max(100)).max(25).optional(),
  }),
  message: z.object({
    flags: z.number().int().optional(),
    embeds: z.array(z.object({ footer: z.object({ text: z.string().max(2048) }).optional() })).max(10),
  }),
});

const ping = z.object({ type: z.literal(InteractionType.Ping) });
/** Any other type (a modal submit, a kind Discord adds later): answered with a polite note. */
const other = base.extend({ type: z.number().int() });

/** What a request asks: a PING, an interaction for the dispatcher, or one the bot does not answer. */
export type Received =
  | { kind: 'ping' }
  | { kind: 'dispatch'; to: Target; incoming: Incoming; ephemeralMessage: boolean; createdAt: number }
  | { kind: 'unhandled'; to: Target; what: string };

/** Where the answer goes after the response: the interaction's webhook. */
export interface Target {
  applicationId: string;
  token: string;
}

export type Read = { ok: true; received: Received } | { ok: false; problem: string };

/** The interaction a JSON body holds, or the first problem found with it. */
export function readInteraction(json: unknown): Read {
  if (ping.safeParse(json).success) return { ok: true, received: { kind: 'ping' } };
  const any = other.safeParse(json);
  if (!any.success) return { ok: false, problem: problemOf(any.error) };
  const { type } = any.data;
  const schema = SCHEMAS.get(type);
  if (!schema) return unhandled(any.data, `interactions of type ${type}`);
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: problemOf(parsed.error) };
  return incomingOf(parsed.data);
}

const SCHEMAS = new Map<number, typeof command | typeof autocomplete | typeof component>([
  [InteractionType.ApplicationCommand, command],
  [InteractionType.ApplicationCommandAutocomplete, autocomplete],
  [InteractionType.MessageComponent, component],
]);

type Parsed = z.infer<typeof command> | z.infer<typeof autocomplete> | z.infer<typeof component>;

function incomingOf(ix: Parsed): Read {
  const userId = ix.member?.user.id ?? ix.user?.id;
  if (!userId) return { ok: false, problem: 'the interaction has neither member nor user' };
  const caller = { userId, guildId: ix.guild_id, locale: ix.locale };
  const to = { applicationId: ix.application_id, token: ix.token };
  const dispatch = (incoming: Incoming, ephemeralMessage = false): Read => ({
    ok: true,
    received: { kind: 'dispatch', to, incoming, ephemeralMessage, createdAt: SnowflakeUtil.timestampFrom(ix.id) },
  });
  if (ix.type === InteractionType.ApplicationCommandAutocomplete) {
    return dispatch({ kind: 'autocomplete', name: ix.data.name, options: ix.data.options ?? [], caller });
  }
  if (ix.type === InteractionType.ApplicationCommand) {
    const { data } = ix;
    if (data.type === ApplicationCommandType.ChatInput) {
      return dispatch({ kind: 'command', name: data.name, options: data.options ?? [], caller });
    }
    const message = data.target_id ? data.resolved?.messages[data.target_id] : undefined;
    if (data.type === ApplicationCommandType.Message && message) {
      return dispatch({ kind: 'command', name: data.name, message: { content: message.content }, caller });
    }
    if (data.type === ApplicationCommandType.Message) return { ok: false, problem: 'data.resolved lacks the message' };
    return unhandled(ix, 'commands on users');
  }
  const { data, message } = ix;
  if (data.component_type !== ComponentType.Button && data.component_type !== ComponentType.StringSelect) {
    return unhandled(ix, `components of type ${data.component_type}`);
  }
  const footer = message.embeds[0]?.footer?.text;
  const click = { customId: data.custom_id, values: data.values ?? [], footer };
  return dispatch({ kind: 'component', click, caller }, ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0);
}

function unhandled(ix: z.infer<typeof other>, what: string): Read {
  return { ok: true, received: { kind: 'unhandled', to: { applicationId: ix.application_id, token: ix.token }, what } };
}

function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not an interaction';
  const where = issue.path.length ? issue.path.join('.') : 'the body';
  return `${where}: ${issue.message}`;
}
