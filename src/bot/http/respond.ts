/**
 * The responder of HTTP mode, as respond.ts is the gateway's: the answer goes
 * in the HTTP response when it is ready within the deadline (a message, a new
 * page, autocomplete choices); otherwise the response acknowledges (a
 * "thinking…" message, or a silent update) and the answer follows through the
 * interaction's webhook. Never a ping; errors stay private.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  InteractionResponseType as Respond,
  MessageFlags,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { InteractionOutcome } from '../../metrics.ts';
import type { Reply } from '../../render/discord.ts';
import type { Outgoing } from '../dispatch.ts';
import { NO_PINGS } from '../respond.ts';
import type { Webhook } from './webhook.ts';

/** A message as the API takes it: never a ping. Files travel beside it (see webhook.ts). */
export function apiMessageOf(reply: Reply, ephemeral = false): APIInteractionResponseCallbackData {
  const message = { content: reply.content ?? '', embeds: reply.embeds ?? [], components: reply.components ?? [] };
  return { ...message, allowed_mentions: NO_PINGS, ...(ephemeral && { flags: MessageFlags.Ephemeral }) };
}

export interface Answered {
  /** What the HTTP response carries: the answer, or an acknowledgement. */
  response: APIInteractionResponse;
  outcome: InteractionOutcome;
  /** After an acknowledgement: sends the answer once the response is out; resolves to how it went. */
  after?: () => Promise<InteractionOutcome>;
}

export interface HttpRespondOptions {
  /** performance.now() when the request came in: Discord's 3 s run from about then. */
  receivedAt: number;
  deferAfterMs: number;
  /** Acknowledge at once, whatever the work takes (commands whose answers take seconds). */
  deferAtOnce?: boolean;
  /** The clicked message is ephemeral: an error may replace it, as no one else sees it. */
  ephemeralMessage: boolean;
  /** Logs a failure with a reference and says it to the user. */
  failed(error: unknown): Reply;
}

type Work = () => Reply | Promise<Reply>;
const SLOW = Symbol('slow');

/** The work's reply if it is ready before the deadline; SLOW if not. A failure within the deadline throws. */
async function within(reply: Promise<Reply>, options: HttpRespondOptions): Promise<Reply | typeof SLOW> {
  if (options.deferAtOnce) return SLOW;
  const left = options.deferAfterMs - (performance.now() - options.receivedAt);
  return Promise.race([reply, sleep(Math.max(0, left), SLOW, { ref: false })]);
}

const ephemeral = (r: Reply): InteractionOutcome => (r.ephemeral ? 'refused' : 'answered');
const late = (r: Reply): InteractionOutcome => (r.ephemeral ? 'refused' : 'deferred');
const hasFiles = (r: Reply) => (r.files?.length ?? 0) > 0;

export async function respondHttp(out: Outgoing, webhook: Webhook, options: HttpRespondOptions): Promise<Answered> {
  if ('choices' in out) {
    // Autocomplete cannot be deferred: no choices rather than none at all.
    const choices = await Promise.race([out.choices(), sleep(options.deferAfterMs, [], { ref: false })]);
    return { response: { type: Respond.ApplicationCommandAutocompleteResult, data: { choices } }, outcome: 'answered' };
  }
  if ('update' in out) return update(out.update, webhook, options);
  return answer(out.reply, out.privately, webhook, options);
}

/** A command's reply, or a click's reply of its own: a new message, public or private. */
async function answer(
  work: Work,
  privately: boolean,
  webhook: Webhook,
  options: HttpRespondOptions,
): Promise<Answered> {
  const reply = Promise.resolve().then(work);
  const ready = await within(reply, options);
  if (ready !== SLOW && !hasFiles(ready)) {
    const data = apiMessageOf(ready, privately || ready.ephemeral);
    return { response: { type: Respond.ChannelMessageWithSource, data }, outcome: ephemeral(ready) };
  }
  reply.catch(() => {}); // seen by `after`, once the acknowledgement is out
  const after = async (): Promise<InteractionOutcome> => {
    let r: Reply;
    try {
      r = await reply;
    } catch (error) {
      // The placeholder is public: drop it, and say the failure privately.
      if (!privately) await webhook.remove();
      await webhook.followUp(apiMessageOf(options.failed(error), true));
      return 'failed';
    }
    if (r.ephemeral && !privately) {
      // An error must not be shown to the channel: drop the public placeholder, say it privately.
      await webhook.remove();
      await webhook.followUp(apiMessageOf(r, true));
    } else await webhook.edit(apiMessageOf(r), r.files);
    return late(r);
  };
  const data = privately ? { flags: MessageFlags.Ephemeral } : {};
  return { response: { type: Respond.DeferredChannelMessageWithSource, data }, outcome: 'deferred', after };
}

/** A click that turns its message's page; an error is said privately unless the message is private already. */
async function update(work: Work, webhook: Webhook, options: HttpRespondOptions): Promise<Answered> {
  const reply = Promise.resolve().then(work);
  const ready = await within(reply, options);
  const privateNote = (r: Reply) => r.ephemeral && !options.ephemeralMessage;
  if (ready !== SLOW && !hasFiles(ready)) {
    const response: APIInteractionResponse = privateNote(ready)
      ? { type: Respond.ChannelMessageWithSource, data: apiMessageOf(ready, true) }
      : { type: Respond.UpdateMessage, data: apiMessageOf(ready) };
    return { response, outcome: ephemeral(ready) };
  }
  reply.catch(() => {});
  const after = async (): Promise<InteractionOutcome> => {
    let r: Reply;
    try {
      r = await reply;
    } catch (error) {
      await webhook.followUp(apiMessageOf(options.failed(error), true));
      return 'failed';
    }
    if (privateNote(r)) await webhook.followUp(apiMessageOf(r, true));
    else await webhook.edit(apiMessageOf(r), r.files);
    return late(r);
  };
  return { response: { type: Respond.DeferredMessageUpdate }, outcome: 'deferred', after };
}
