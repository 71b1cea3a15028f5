/**
 * What discord.js is handed from the gateway: each INTERACTION_CREATE is
 * checked before discord.js reads it. discord.js trusts Discord's payloads,
 * and throws inside its own packet handling (where nothing can catch it) on
 * one with no `data`, a click with no `message`, or no user at all; kinds it
 * does not know (a new component type) it drops without a word. Such a
 * payload is answered here, through REST, and kept from discord.js: the
 * caller is told, politely and privately, and the bot goes on serving.
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandType,
  ComponentType,
  Events,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  type Client,
  type GatewayDispatchPayload,
} from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../log.ts';
import { renderError } from '../render/discord.ts';
import { NOT_HANDLED } from './dispatch.ts';

/** The kinds discord.js makes an interaction of (see its actions/InteractionCreate.js); it drops the others. */
const COMMAND_TYPES = new Set<number>([
  ApplicationCommandType.ChatInput,
  ApplicationCommandType.User,
  ApplicationCommandType.Message,
  ApplicationCommandType.PrimaryEntryPoint,
]);
const COMPONENT_TYPES = new Set<number>([
  ComponentType.Button,
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

const id = z.string().min(1);
const user = z.looseObject({ id });
const named = z.looseObject({ name: z.string(), type: z.number().int() });
/** A context-menu command names its target, and carries it among the resolved data (discord.js reads it there). */
const targeted = named.extend({ target_id: id, resolved: z.looseObject({}) }).refine(
  (d) => {
    const { users, messages } = d.resolved as { users?: object; messages?: object };
    const table = d.type === ApplicationCommandType.Message ? messages : users;
    return typeof table === 'object' && table !== null && d.target_id in table;
  },
  { message: 'the target is not among the resolved data' },
);
const clicked = z.looseObject({ custom_id: z.string(), component_type: z.number().int() });

/** What every interaction needs before discord.js reads it, by interaction type. */
const DATA: Partial<Record<InteractionType, z.ZodType>> = {
  [InteractionType.ApplicationCommand]: named,
  [InteractionType.ApplicationCommandAutocomplete]: named,
  [InteractionType.MessageComponent]: clicked,
  [InteractionType.ModalSubmit]: z.looseObject({ custom_id: z.string() }),
};

const envelope = z
  .looseObject({
    id,
    token: id,
    type: z.number().int(),
    data: z.looseObject({}),
    user: user.optional(),
    member: z.looseObject({ user }).optional(),
  })
  .refine((p) => p.user ?? p.member, { message: 'neither member nor user' });

export type Verdict =
  | { ok: true }
  | {
      ok: false;
      why: 'malformed' | 'unsupported';
      problem: string;
      answer?: { id: string; token: string; type: number };
    };

const problemOf = (error: z.ZodError, under: string[] = []) =>
  error.issues.map((i) => `${[...under, ...i.path].join('.') || 'payload'}: ${i.message}`).join('; ');

/** Whether discord.js can be handed this interaction and the bot make something of it; if not, why. */
export function triage(payload: unknown): Verdict {
  const answerable = z.looseObject({ id, token: id, type: z.number().int() }).safeParse(payload);
  const answer = answerable.success ? answerable.data : undefined;
  const malformed = (problem: string): Verdict => ({ ok: false, why: 'malformed', problem, answer });
  const unsupported = (problem: string): Verdict => ({ ok: false, why: 'unsupported', problem, answer });
  const base = envelope.safeParse(payload);
  if (!base.success) return malformed(problemOf(base.error));
  const { type, data } = base.data;
  const shape = DATA[type as InteractionType];
  if (!shape) return unsupported(`interaction type ${type}`);
  const checked = shape.safeParse(data);
  if (!checked.success) return malformed(problemOf(checked.error, ['data']));
  return kindOf(base.data, malformed, unsupported);
}

/** The checks that depend on the kind: a command's type and target, a click's component type and message. */
function kindOf(
  payload: { type: number; data: Record<string, unknown>; message?: unknown },
  malformed: (problem: string) => Verdict,
  unsupported: (problem: string) => Verdict,
): Verdict {
  const { type, data } = payload;
  if (type === InteractionType.ApplicationCommand) {
    const commandType = data.type as number;
    if (!COMMAND_TYPES.has(commandType)) return unsupported(`application command type ${commandType}`);
    if (commandType === ApplicationCommandType.User || commandType === ApplicationCommandType.Message) {
      const target = targeted.safeParse(data);
      if (!target.success) return malformed(problemOf(target.error, ['data']));
    }
  }
  if (type === InteractionType.MessageComponent) {
    if (!COMPONENT_TYPES.has(data.component_type as number)) {
      return unsupported(`component type ${String(data.component_type)}`);
    }
    if (!z.looseObject({ id }).safeParse(payload.message).success) return malformed('a click with no message');
  }
  return { ok: true };
}

/** The one answer a declined interaction gets: an empty list for autocomplete, else a private note. */
function declineBody(type: number, text: string) {
  if (type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
  if (type === InteractionType.ApplicationCommandAutocomplete) {
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  }
  const { content } = renderError(text);
  const data = { content, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } };
  return { type: InteractionResponseType.ChannelMessageWithSource, data };
}

const malformedText = (ref: string) =>
  `Report Desk could not read this interaction (ref \`${ref}\`): it came incomplete. It is logged; please try again.`;

/**
 * Checks every INTERACTION_CREATE before discord.js handles it. discord.js emits `raw` with the very packet it
 * handles next; a declined one is renamed so that discord.js, which has no handler for that name, lets it be.
 */
export function guardInteractions(client: Client, log: Logger): void {
  client.on(Events.Raw, (packet: GatewayDispatchPayload) => {
    if (packet.t !== 'INTERACTION_CREATE') return;
    const verdict = triage(packet.d);
    if (verdict.ok) return;
    (packet as { t: string }).t = 'INTERACTION_CREATE_DECLINED';
    const ref = randomBytes(4).toString('hex');
    const { why, problem, answer } = verdict;
    log.warn({ ref, why, problem, interaction: answer?.id }, `declined a ${why} interaction`);
    if (!answer) return;
    const text = why === 'malformed' ? malformedText(ref) : NOT_HANDLED;
    const body = declineBody(answer.type, text);
    client.rest
      .post(Routes.interactionCallback(answer.id, answer.token), { body, auth: false })
      .catch((error: unknown) => log.warn({ err: error, ref }, 'could not answer the declined interaction'));
  });
}
