import { InteractionResponseType as Callback, MessageFlags, type APIMessage } from 'discord.js';
import { isObject, type Json } from './checks.ts';
import {
  emptyMessage,
  invalidFormBody,
  invalidWebhookToken,
  notAnObject,
  unknownMessage,
  unknownWebhook,
} from './errors.ts';
import { sendViolations } from './invariants.ts';
import { isEmptyMessage } from './limits.ts';
import { applyEdit, createMessage } from './messages.ts';
import { json, noContent, type Reply, type RouteContext } from './routes.ts';
import type { InteractionState } from './state.ts';
import { withAttachments } from './uploads.ts';

/** Acknowledgements after which the interaction token works as a webhook. */
const MESSAGE_ACKS = new Set<Callback>([
  Callback.ChannelMessageWithSource,
  Callback.DeferredChannelMessageWithSource,
  Callback.DeferredMessageUpdate,
  Callback.UpdateMessage,
]);

/** POST /webhooks/:appId/:token — a follow-up; the first one after a deferred reply fills the placeholder. */
export function createFollowUp(context: RouteContext): Reply {
  const { state, request, body, files } = context;
  const interaction = tokenInteraction(context);
  const payload = messageBody(body);
  request.payload = payload;
  const original = interaction.originalId ? state.messages.get(interaction.originalId) : undefined;
  const placeholder = original && ((original.flags ?? 0) & MessageFlags.Loading) !== 0 ? original : undefined;
  const violations = sendViolations(state.config, payload, placeholder?.flags);
  if (violations.length > 0) throw invalidFormBody(violations);
  if (isEmptyMessage(payload)) throw emptyMessage();

  let message: APIMessage;
  if (placeholder) {
    // Discord turns the "thinking" message into the first follow-up; it keeps the defer's ephemerality.
    message = withAttachments(applyEdit(placeholder, payload), payload, files, placeholder);
    state.settle(interaction, { message });
  } else {
    const flags = typeof payload.flags === 'number' ? payload.flags : 0;
    message = withAttachments(createMessage(payload, interaction.payload, state.config, flags), payload, files);
    interaction.followUpIds.push(message.id);
  }
  state.messages.set(message.id, message);
  return request.query.wait === 'true' ? json(message) : noContent();
}

/** GET /webhooks/:appId/:token/messages/:messageId */
export function getMessage(context: RouteContext): Reply {
  const { message } = ownMessage(context);
  return json(message);
}

/** PATCH /webhooks/:appId/:token/messages/:messageId — editing @original completes a deferred reply. */
export function editMessage(context: RouteContext): Reply {
  const { state, request, body, files } = context;
  const { interaction, message } = ownMessage(context);
  const payload = messageBody(body);
  request.payload = payload;
  const violations = sendViolations(state.config, payload, message.flags);
  if (violations.length > 0) throw invalidFormBody(violations);
  const edited = withAttachments(applyEdit(message, payload), payload, files, message);
  if (isEmptyMessage(edited)) throw emptyMessage();
  state.messages.set(edited.id, edited);
  if (edited.id === interaction.originalId) state.settle(interaction, { message: edited });
  return json(edited);
}

/** DELETE /webhooks/:appId/:token/messages/:messageId */
export function deleteMessage(context: RouteContext): Reply {
  const { state } = context;
  const { interaction, message } = ownMessage(context);
  state.messages.delete(message.id);
  if (message.id === interaction.originalId) state.settle(interaction, { error: 'the original response was deleted' });
  return noContent();
}

function tokenInteraction({ state, request, params }: RouteContext): InteractionState {
  const interaction = params.appId === state.config.applicationId ? state.byToken(params.token ?? '') : undefined;
  if (!interaction) throw unknownWebhook();
  request.interactionId = interaction.payload.id;
  if (request.receivedAt - interaction.dispatchedAt > state.config.tokenTtlMs) throw invalidWebhookToken();
  // Before a message-producing acknowledgement the token is not a webhook yet.
  if (!interaction.ack || !MESSAGE_ACKS.has(interaction.ack.type)) throw unknownWebhook();
  return interaction;
}

/** Only messages this interaction produced (or updated) are reachable through its token. */
function ownMessage(context: RouteContext): { interaction: InteractionState; message: APIMessage } {
  const interaction = tokenInteraction(context);
  const requested = context.params.messageId;
  const id = requested === '@original' ? interaction.originalId : requested;
  const owned = id !== undefined && (id === interaction.originalId || interaction.followUpIds.includes(id));
  const message = owned ? context.state.messages.get(id) : undefined;
  if (!message) throw unknownMessage();
  return { interaction, message };
}

function messageBody(body: unknown): Json {
  if (isObject(body)) return body;
  throw notAnObject([]);
}
