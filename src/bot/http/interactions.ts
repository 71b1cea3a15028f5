/**
 * `POST /interactions`, the HTTP edge (a fastify plugin for src/http/server.ts):
 * the signature is checked over the raw bytes first (401 otherwise), then the
 * body is read as an interaction (400 when it is not one, saying why), a PING
 * is answered PONG, and every other interaction goes to the same dispatcher as
 * the gateway's. Buttons carry their state in custom_id, so any instance
 * behind a load balancer answers any click.
 */
import { randomBytes } from 'node:crypto';
import { finished } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { InteractionResponseType as Respond, MessageFlags } from 'discord-api-types/v10';
import { DiscordAPIError } from 'discord.js';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { Desk } from '../../desk.ts';
import type { Logger } from '../../log.ts';
import type { Metrics, Observed } from '../../metrics.ts';
import { renderError } from '../../render/discord.ts';
import { Cooldown } from '../cooldown.ts';
import { dispatcher } from '../dispatch.ts';
import { labelOf } from '../observe.ts';
import { DEFER_AFTER_MS } from '../respond.ts';
import { readInteraction, type Received } from './interaction.ts';
import { apiMessageOf, respondHttp, type Answered } from './respond.ts';
import { signatureChecker } from './verify.ts';
import { webhooks } from './webhook.ts';

export interface InteractionsOptions {
  /** The application's public key, hex (DISCORD_PUBLIC_KEY). */
  publicKey: string;
  /** The desk once it is open; undefined while it opens (interactions then get 503, PINGs still PONG). */
  desk(): Desk | undefined;
  config: Pick<Config, 'ALLOWED_GUILDS' | 'COOLDOWN_SECONDS' | 'DISCORD_API_BASE'>;
  log: Logger;
  metrics: Metrics;
}

/** Discord's largest interactions (a message command's resolved message with its embeds) are a few tens of KB. */
const INTERACTION_BODY_LIMIT = 256 * 1024;
/** How long closing waits for acknowledged answers: a shutdown answers what is in flight within 10 s. */
const DRAIN_MS = 10_000;

const UNHANDLED = (what: string) =>
  renderError(`Report Desk does not answer ${what}. Try /search, /report, /ask or /about.`);

/** Discord's refusal by its code, without the request it refused: its URL holds the interaction's token. */
const briefly = (error: unknown) =>
  error instanceof DiscordAPIError ? { code: error.code, status: error.status, reason: error.message } : { err: error };

type Checked = { ok: true; received: Received } | { ok: false; status: 400 | 401; error: string };

/** The interaction a request holds, once its signature is checked over the raw bytes; or why it is refused. */
function readRequest(request: FastifyRequest, check: ReturnType<typeof signatureChecker>): Checked {
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  const header = (name: string) => {
    const value = request.headers[name];
    return typeof value === 'string' ? value : undefined;
  };
  const verdict = check({ signature: header('x-signature-ed25519'), timestamp: header('x-signature-timestamp'), body });
  if (!verdict.ok) return { ok: false, status: 401, error: `invalid request signature: ${verdict.reason}` };
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, status: 400, error: 'the body is not JSON' };
  }
  const read = readInteraction(json);
  if (!read.ok) return { ok: false, status: 400, error: `not an interaction Report Desk can read: ${read.problem}` };
  return { ok: true, received: read.received };
}

/** Answers acknowledged and not yet edited in: closing the server (on a signal) waits for them, up to a bound. */
class Promised {
  private readonly answers = new Set<Promise<void>>();

  track(answer: Promise<void>) {
    this.answers.add(answer);
    void answer.finally(() => this.answers.delete(answer));
  }

  async drain(): Promise<void> {
    await Promise.race([Promise.allSettled([...this.answers]), sleep(DRAIN_MS, undefined, { ref: false })]);
  }
}

export function interactionsRoute(options: InteractionsOptions): FastifyPluginAsync {
  const check = signatureChecker(options.publicKey);
  const webhookOf = webhooks(options.config.DISCORD_API_BASE);
  const cooldown = new Cooldown(options.config.COOLDOWN_SECONDS * 1000);
  let dispatch: { desk: Desk; to: ReturnType<typeof dispatcher> } | undefined;
  const dispatchFor = (desk: Desk) => {
    if (dispatch?.desk !== desk) dispatch = { desk, to: dispatcher(desk, options.config, cooldown) };
    return dispatch.to;
  };
  const failed = (error: unknown) => {
    const ref = randomBytes(4).toString('hex');
    options.log.error({ err: error, ref }, 'handler failed');
    return renderError(`Something went wrong (ref \`${ref}\`). It is logged; please try again.`);
  };

  /** Answers an interaction the dispatcher routes; a failure within the deadline is told in the response. */
  async function answer(received: Received & { kind: 'dispatch' }, desk: Desk, receivedAt: number) {
    const out = dispatchFor(desk)(received.incoming);
    const deferAtOnce = 'reply' in out && out.deferAtOnce;
    const ephemeralMessage = received.ephemeralMessage;
    const settings = { receivedAt, deferAfterMs: DEFER_AFTER_MS, deferAtOnce, ephemeralMessage, failed };
    try {
      return await respondHttp(out, webhookOf(received.to), settings);
    } catch (error) {
      const data = apiMessageOf(failed(error), true);
      return { response: { type: Respond.ChannelMessageWithSource, data }, outcome: 'failed' } satisfies Answered;
    }
  }

  const promised = new Promised();

  /** Counts the interaction once the user sees its answer: at once, or after the edit that follows. */
  function finish(reply: FastifyReply, answered: Answered, label: Omit<Observed, 'outcome'>, receivedAt: number) {
    const observe = (outcome: Answered['outcome']) =>
      options.metrics.observe({ ...label, outcome }, (performance.now() - receivedAt) / 1000);
    const { after } = answered;
    const done = new Promise<void>((resolve) =>
      finished(reply.raw, (error) => {
        // The response never reached Discord: there is nothing to edit.
        if (error || !after) return resolve(observe(error ? 'failed' : answered.outcome));
        after()
          .then(observe, (failure: unknown) => {
            options.log.warn(briefly(failure), 'could not send the answer after acknowledging');
            observe('failed');
          })
          .finally(resolve);
      }),
    );
    // Tracked from the start, so closing the server (on a signal) waits for the edits still to come.
    if (after) promised.track(done);
  }

  return async (app) => {
    // The signature covers the bytes as sent: keep them, parse only once they are verified. JSON only (else 415).
    app.removeAllContentTypeParsers();
    app.addHook('onClose', () => promised.drain());
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    app.post('/interactions', { bodyLimit: INTERACTION_BODY_LIMIT }, async (request, reply) => {
      const receivedAt = performance.now();
      const read = readRequest(request, check);
      if (!read.ok) return reply.code(read.status).send({ error: read.error });
      const { received } = read;
      if (received.kind === 'ping') {
        options.metrics.observe({ kind: 'ping', command: 'ping', outcome: 'answered' }, 0);
        return reply.send({ type: Respond.Pong });
      }
      const desk = options.desk();
      if (!desk) return reply.code(503).send({ error: 'the desk is opening: try again in a few seconds' });
      if (received.kind === 'unhandled') {
        options.metrics.observe({ kind: 'unhandled', command: 'unknown', outcome: 'refused' }, 0);
        const data = { ...apiMessageOf(UNHANDLED(received.what), true), flags: MessageFlags.Ephemeral };
        return reply.send({ type: Respond.ChannelMessageWithSource, data });
      }
      // Discord's 3 s run from the interaction's creation: it may have waited in a proxy or a busy process before this.
      const startedAt = receivedAt - Math.max(0, Date.now() - received.createdAt);
      const answered = await answer(received, desk, startedAt);
      finish(reply, answered, labelOf(received.incoming), startedAt);
      return reply.send(answered.response);
    });
  };
}
