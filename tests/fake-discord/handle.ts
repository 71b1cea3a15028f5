import { InteractionType, type APIInteraction, type APIMessage, type InteractionResponseType } from 'discord.js';
import type { Json } from './checks.ts';
import { buttonClick, type InteractionContext, type InteractionFactory } from './interactions.ts';
import type { FakeState, InteractionState, RecordedRequest } from './state.ts';
import { waitFor } from './wait.ts';

/** Slack after the ack deadline for a callback that arrived in time but is still being answered. */
const ACK_GRACE_MS = 250;
const SETTLE_TIMEOUT_MS = 10_000;

export interface InteractionResponse {
  type: InteractionResponseType;
  data?: Json;
}

/** A dispatched interaction, seen from the test: what the bot answered and what the user now sees. */
export class InteractionHandle {
  constructor(
    private readonly state: FakeState,
    private readonly interaction: InteractionState,
    private readonly dispatch: (interaction: InteractionFactory) => InteractionHandle,
  ) {}

  get id(): string {
    return this.interaction.payload.id;
  }

  get token(): string {
    return this.interaction.payload.token;
  }

  /** The INTERACTION_CREATE `d` the bot received. */
  get payload(): APIInteraction {
    return this.interaction.payload;
  }

  get dispatchedAt(): number {
    return this.interaction.dispatchedAt;
  }

  /** The shard whose gateway session received it (none when POSTed to an HTTP endpoint). */
  get shard(): number | undefined {
    return this.interaction.shard;
  }

  /** Every REST request made with this interaction's id or token, rejected ones included. */
  get requests(): readonly RecordedRequest[] {
    return this.interaction.requests;
  }

  get callbacks(): readonly RecordedRequest[] {
    return this.requests.filter((request) => request.route.endsWith('/callback'));
  }

  /** Follow-ups and reads, edits and deletions of this interaction's messages. */
  get messages(): readonly RecordedRequest[] {
    return this.requests.filter((request) => request.route.includes('/webhooks/'));
  }

  get errors(): readonly RecordedRequest[] {
    return this.requests.filter((request) => (request.status ?? 0) >= 400);
  }

  /** The first accepted callback; rejects once the ack deadline has passed without one. */
  response(timeoutMs?: number): Promise<InteractionResponse> {
    const deadline = this.interaction.dispatchedAt + this.state.config.ackDeadlineMs + ACK_GRACE_MS;
    return waitFor(
      this.state.changes,
      () => {
        const { ack, outcome } = this.interaction;
        if (ack) return { type: ack.type, data: ack.data };
        // Over HTTP, an endpoint's refused or failed response ends the interaction before any acknowledgement.
        if (outcome && 'error' in outcome) throw new Error(`${this.describe()}: ${outcome.error}`);
        return undefined;
      },
      timeoutMs ?? Math.max(0, deadline - Date.now()),
      () => `${this.describe()} was not acknowledged in time${this.rejections()}`,
    );
  }

  /**
   * The reply as the user finally sees it: the callback's message, or for deferred responses the
   * message once @original was edited (or the first follow-up filled the placeholder).
   */
  async settled(timeoutMs = SETTLE_TIMEOUT_MS): Promise<APIMessage> {
    await this.response();
    return waitFor(
      this.state.changes,
      () => {
        const { outcome } = this.interaction;
        if (outcome && 'error' in outcome) throw new Error(`${this.describe()}: ${outcome.error}`);
        return outcome?.message;
      },
      timeoutMs,
      () => `${this.describe()} was acknowledged but never completed${this.rejections()}`,
    );
  }

  /** The current state of the message @original points at (the reply, or the clicked message after an update). */
  finalMessage(): APIMessage {
    const id = this.interaction.originalId;
    const message = id === undefined ? undefined : this.state.messages.get(id);
    if (!message) throw new Error(`${this.describe()} has no original response message`);
    return structuredClone(message);
  }

  followUps(): APIMessage[] {
    return this.interaction.followUpIds.flatMap((id) => {
      const message = this.state.messages.get(id);
      return message ? [structuredClone(message)] : [];
    });
  }

  /** Clicks a button on this interaction's current original message. */
  clickButton(customId: string, ctx: InteractionContext = {}): InteractionHandle {
    return this.dispatch(buttonClick(customId, { ...ctx, message: this.finalMessage() }));
  }

  private describe(): string {
    const { payload } = this.interaction;
    // A payload sent malformed on purpose may lack data.
    if (!(payload as { data?: unknown }).data) return `interaction ${payload.id}`;
    if (payload.type === InteractionType.MessageComponent) return `component "${payload.data.custom_id}"`;
    if (
      payload.type === InteractionType.ApplicationCommand ||
      payload.type === InteractionType.ApplicationCommandAutocomplete
    ) {
      return `${payload.type === InteractionType.ApplicationCommandAutocomplete ? 'autocomplete for ' : ''}/${payload.data.name}`;
    }
    return `interaction ${payload.id}`;
  }

  private rejections(): string {
    const rejected = this.errors.map((r) => `\n  ${r.method} ${r.route} → ${r.status} ${JSON.stringify(r.response)}`);
    return rejected.length > 0 ? `; rejected requests:${rejected.join('')}` : '';
  }
}
