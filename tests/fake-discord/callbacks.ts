import { InteractionResponseType as Callback, InteractionType, MessageFlags, type APIInteraction } from 'discord.js';
import { isObject, type Json } from './checks.ts';
import {
  alreadyAcknowledged,
  emptyMessage,
  invalidFormBody,
  notAnObject,
  unknownInteraction,
  unknownMessage,
  type Violation,
} from './errors.ts';
import { autocompleteViolations, isEmptyMessage, messageViolations, modalViolations } from './limits.ts';
import { sendViolations } from './invariants.ts';
import { applyEdit, createMessage, loadingMessage } from './messages.ts';
import { json, noContent, type Reply, type RouteContext } from './routes.ts';
import type { FakeState, InteractionState } from './state.ts';
import { withAttachments, type Upload } from './uploads.ts';

/** Which callback types Discord accepts for which interaction types. */
const ALLOWED_CALLBACKS: Record<InteractionType, readonly Callback[]> = {
  [InteractionType.Ping]: [Callback.Pong],
  [InteractionType.ApplicationCommand]: [
    Callback.ChannelMessageWithSource,
    Callback.DeferredChannelMessageWithSource,
    Callback.Modal,
  ],
  [InteractionType.MessageComponent]: [
    Callback.ChannelMessageWithSource,
    Callback.DeferredChannelMessageWithSource,
    Callback.DeferredMessageUpdate,
    Callback.UpdateMessage,
    Callback.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [Callback.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    Callback.ChannelMessageWithSource,
    Callback.DeferredChannelMessageWithSource,
    Callback.DeferredMessageUpdate,
    Callback.UpdateMessage,
  ],
};

/** POST /interactions/:id/:token/callback — the one and only initial response. */
export function interactionCallback({ state, request, params, body, files }: RouteContext): Reply {
  const interaction = state.interactions.get(params.id ?? '');
  if (!interaction || interaction.payload.token !== params.token) throw unknownInteraction();
  request.interactionId = interaction.payload.id;
  if (interaction.ack) throw alreadyAcknowledged();
  if (request.receivedAt - interaction.dispatchedAt > state.config.ackDeadlineMs) throw unknownInteraction();

  if (!isObject(body)) throw notAnObject([]);
  const type = body.type as Callback;
  if (!ALLOWED_CALLBACKS[interaction.payload.type].includes(type)) {
    throw invalidFormBody([
      {
        path: ['type'],
        code: 'INTERACTION_CALLBACK_TYPE_INVALID',
        message: `Callback type ${String(body.type)} is not valid for interaction type ${interaction.payload.type}.`,
      },
    ]);
  }
  if (body.data !== undefined && !isObject(body.data)) throw notAnObject(['data']);
  const data: Json = body.data ?? {};
  respond(state, interaction, type, data, request, files);
  interaction.ack = { type, data: body.data };

  // discord.js always sends with_response; Discord answers 204 unless it is true.
  return request.query.with_response === 'true' ? json(callbackResponse(state, interaction, type)) : noContent();
}

function respond(
  state: FakeState,
  interaction: InteractionState,
  type: Callback,
  data: Json,
  request: RouteContext['request'],
  files: Upload[],
): void {
  const { payload } = interaction;
  const reject = (violations: Violation[]): void => {
    if (violations.length > 0) throw invalidFormBody(violations, ['data']);
  };
  switch (type) {
    case Callback.ChannelMessageWithSource: {
      request.payload = data;
      reject(sendViolations(state.config, data));
      if (isEmptyMessage(data)) throw emptyMessage();
      const flags = typeof data.flags === 'number' ? data.flags : 0;
      const message = withAttachments(createMessage(data, payload, state.config, flags), data, files);
      state.messages.set(message.id, message);
      interaction.originalId = message.id;
      state.settle(interaction, { message });
      return;
    }
    case Callback.DeferredChannelMessageWithSource: {
      reject(messageViolations(data));
      const ephemeral = typeof data.flags === 'number' && (data.flags & MessageFlags.Ephemeral) !== 0;
      const message = loadingMessage(payload, state.config, ephemeral);
      state.messages.set(message.id, message);
      interaction.originalId = message.id;
      return;
    }
    case Callback.DeferredMessageUpdate:
      interaction.originalId = clickedMessageId(payload);
      return;
    case Callback.UpdateMessage: {
      request.payload = data;
      const id = clickedMessageId(payload);
      const current = state.messages.get(id);
      if (!current) throw unknownMessage(); // the clicked message was deleted meanwhile
      reject(sendViolations(state.config, data, current.flags));
      const message = withAttachments(applyEdit(current, data), data, files, current);
      if (isEmptyMessage(message)) throw emptyMessage();
      state.messages.set(id, message);
      interaction.originalId = id;
      state.settle(interaction, { message });
      return;
    }
    case Callback.ApplicationCommandAutocompleteResult:
      reject(autocompleteViolations(data));
      state.settle(interaction, { error: 'the interaction was answered with autocomplete choices; use response()' });
      return;
    case Callback.Modal:
      reject(modalViolations(data));
      state.settle(interaction, { error: 'the interaction was answered with a modal; use response()' });
      return;
    default:
      state.settle(interaction, { error: `the interaction was answered with callback type ${type}` });
  }
}

/** Update callbacks act on the message the component sits on; a modal opened by a command has none. */
function clickedMessageId(payload: APIInteraction): string {
  if (payload.message) return payload.message.id;
  throw invalidFormBody([
    {
      path: ['type'],
      code: 'INTERACTION_CALLBACK_TYPE_INVALID',
      message: 'This interaction is not attached to a message.',
    },
  ]);
}

/** The InteractionCallbackResponse Discord returns for `?with_response=true`. */
function callbackResponse(state: FakeState, interaction: InteractionState, type: Callback): Json {
  const message =
    type === Callback.DeferredMessageUpdate || !interaction.originalId
      ? undefined
      : state.messages.get(interaction.originalId);
  return {
    interaction: {
      id: interaction.payload.id,
      type: interaction.payload.type,
      ...(message && {
        response_message_id: message.id,
        response_message_loading: ((message.flags ?? 0) & MessageFlags.Loading) !== 0,
        response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
      }),
    },
    resource: { type, ...(message && { message }) },
  };
}
