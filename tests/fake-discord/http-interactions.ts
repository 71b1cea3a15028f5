/**
 * HTTP interactions, as Discord sends them to an Interactions Endpoint URL: the
 * interaction POSTed as JSON, signed with the application's Ed25519 key over
 * `timestamp + body`; the HTTP response is the interaction's callback and is
 * held to the same rules as `POST /interactions/:id/:token/callback` (3 s,
 * one acknowledgement, Discord's message limits). A non-200 answer or none
 * in time fails the interaction, as Discord shows "This interaction failed".
 */
import { sign, type KeyObject } from 'node:crypto';
import { Agent, request } from 'node:http';
import { interactionCallback } from './callbacks.ts';
import { ApiError } from './errors.ts';
import type { FakeState, InteractionState, RecordedRequest } from './state.ts';

export interface InteractionsEndpoint {
  /** e.g. `http://127.0.0.1:8080/interactions` */
  url: string;
  /** The application's private key; the bot checks with its public key (DISCORD_PUBLIC_KEY). */
  privateKey: KeyObject;
}

/** The headers Discord signs a request with; `timestamp` in Unix seconds (default: now). */
export function signatureHeaders(
  privateKey: KeyObject,
  body: string | Buffer,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signed = Buffer.concat([Buffer.from(String(timestamp)), Buffer.from(body)]);
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': sign(null, signed, privateKey).toString('hex'),
    'x-signature-timestamp': String(timestamp),
  };
}

/** Discord gives up on an endpoint at its ack deadline; a little slack for the request itself. */
const SLACK_MS = 250;

/** POSTs the interaction and applies the response as its callback; resolves once it is recorded. */
export async function deliver(state: FakeState, interaction: InteractionState, endpoint: InteractionsEndpoint) {
  const { payload } = interaction;
  const body = JSON.stringify(payload);
  const request: RecordedRequest = {
    method: 'POST',
    path: new URL(endpoint.url).pathname,
    route: `HTTP response to POST ${endpoint.url} as /interactions/:id/:token/callback`,
    query: {},
    headers: {},
    auth: 'none',
    body: undefined,
    rawBody: '',
    receivedAt: 0,
    interactionId: payload.id,
  };
  try {
    const response = await post(endpoint.url, body, signatureHeaders(endpoint.privateKey, body), deadline(state));
    request.rawBody = response.body;
    request.receivedAt = Date.now();
    applyResponse(state, interaction, request, response.status);
  } catch (error) {
    request.receivedAt = Date.now();
    request.response = { message: `no response from the endpoint: ${String(error)}` };
    state.settle(interaction, { error: `the endpoint did not answer in time (${String(error)})` });
  }
  state.requests.push(request);
  interaction.requests.push(request);
  state.changes.notify();
}

const deadline = (state: FakeState) => state.config.ackDeadlineMs + SLACK_MS;

/** Connections kept open between deliveries, as Discord's are; node:http costs far less per request than fetch. */
const agent = new Agent({ keepAlive: true, maxSockets: 512 });

/** POSTs a body; resolves with the status and text of the answer, rejects after `timeoutMs` without one. */
function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

function applyResponse(state: FakeState, interaction: InteractionState, request: RecordedRequest, status: number) {
  request.status = status;
  if (status !== 200) {
    request.response = request.rawBody;
    state.settle(interaction, { error: `the endpoint answered ${status}: ${request.rawBody}` });
    return;
  }
  try {
    request.body = JSON.parse(request.rawBody);
    const { id, token } = interaction.payload;
    interactionCallback({ state, request, params: { id, token }, body: request.body, files: [] });
  } catch (error) {
    const rejected = error instanceof ApiError ? error : undefined;
    request.status = rejected?.status ?? 400;
    request.errorCode = rejected?.body.code;
    request.response = rejected?.body ?? { message: `the response is not JSON: ${String(error)}` };
    state.settle(interaction, { error: `Discord refused the response: ${JSON.stringify(request.response)}` });
  }
}
