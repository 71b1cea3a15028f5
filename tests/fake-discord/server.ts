import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readMultipart, type Upload } from './uploads.ts';
import type { AddressInfo } from 'node:net';
import type { APIApplicationCommand } from 'discord.js';
import { interactionCallback } from './callbacks.ts';
import { overwriteCommands } from './commands.ts';
import { ApiError, invalidJson, methodNotAllowed, missingAccess, notFound, unauthorized } from './errors.ts';
import { createChannelMessage } from './channel-messages.ts';
import { json, type Reply, type RouteContext } from './routes.ts';
import type { FakeState, RecordedRequest } from './state.ts';
import { createFollowUp, deleteMessage, editMessage, getMessage } from './webhooks.ts';

const API_PREFIX = '/api/v10';

interface Route {
  method: string;
  pattern: string;
  /** Bot-token routes; interaction and webhook routes authenticate by the token in the path. */
  auth: boolean;
  handle: (context: RouteContext) => Reply;
}

const ROUTES: Route[] = [
  { method: 'GET', pattern: '/gateway/bot', auth: true, handle: gatewayBot },
  { method: 'POST', pattern: '/interactions/:id/:token/callback', auth: false, handle: interactionCallback },
  { method: 'POST', pattern: '/webhooks/:appId/:token', auth: false, handle: createFollowUp },
  { method: 'GET', pattern: '/webhooks/:appId/:token/messages/:messageId', auth: false, handle: getMessage },
  { method: 'PATCH', pattern: '/webhooks/:appId/:token/messages/:messageId', auth: false, handle: editMessage },
  { method: 'DELETE', pattern: '/webhooks/:appId/:token/messages/:messageId', auth: false, handle: deleteMessage },
  { method: 'POST', pattern: '/channels/:channelId/messages', auth: true, handle: createChannelMessage },
  { method: 'GET', pattern: '/applications/:appId/commands', auth: true, handle: (c) => json(commandList(c)) },
  { method: 'PUT', pattern: '/applications/:appId/commands', auth: true, handle: putCommands },
  {
    method: 'GET',
    pattern: '/applications/:appId/guilds/:guildId/commands',
    auth: true,
    handle: (c) => json(commandList(c)),
  },
  { method: 'PUT', pattern: '/applications/:appId/guilds/:guildId/commands', auth: true, handle: putCommands },
];

/** Starts the REST server on an ephemeral loopback port; the gateway shares it through HTTP upgrades. */
export async function startRestServer(state: FakeState): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    handle(state, req, res).catch(() => res.destroy()); // the client went away mid-request
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

async function handle(state: FakeState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const receivedAt = Date.now();
  const url = new URL(req.url ?? '/', 'http://fake-discord');
  const raw = await readBody(req);
  const rawBody = raw.toString('utf8');
  await heldCallback(state, req.method, url.pathname);
  // A webhook call may overtake the HTTP response that acknowledged its interaction: Discord has applied it by then.
  await deliveryOf(state, url.pathname);
  const authorization = req.headers.authorization;
  const request: RecordedRequest = {
    method: req.method ?? 'GET',
    path: url.pathname,
    route: 'unknown',
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    auth: authorization === undefined ? 'none' : authorized(state, authorization) ? 'bot' : 'invalid',
    body: undefined,
    rawBody,
    receivedAt,
  };
  state.requests.push(request);

  let reply: Reply;
  try {
    const files = await uploadsOf(state, request, raw, req.headers['content-type']);
    reply = route(state, request, req.headers['content-type'], files);
  } catch (error) {
    if (error instanceof ApiError) {
      reply = { status: error.status, body: error.body };
      request.errorCode = error.body.code;
    } else {
      // A bug in the fake, not a Discord answer: make it loud in the recorded response.
      reply = { status: 500, body: { code: 0, message: `fake-discord internal error: ${String(error)}` } };
    }
  }
  request.status = reply.status;
  request.response = reply.body;
  if (request.interactionId) state.interactions.get(request.interactionId)?.requests.push(request);
  state.changes.notify();

  if (reply.body === undefined) {
    res.writeHead(reply.status).end();
  } else {
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
  }
}

function deliveryOf(state: FakeState, path: string): Promise<void> | undefined {
  const token = /^\/api\/v10\/webhooks\/[^/]+\/([^/]+)/.exec(path)?.[1];
  return token === undefined ? undefined : state.byToken(decodeURIComponent(token))?.delivering;
}

/** A multipart body's files, its message taken as the body; none for any other body. */
async function uploadsOf(state: FakeState, request: RecordedRequest, raw: Buffer, contentType: string | undefined) {
  if (!contentType?.startsWith('multipart/form-data')) return [];
  const { payload, files } = await readMultipart(raw, contentType, state.config.attachmentLimit);
  request.body = payload;
  request.files = files;
  return files;
}

function route(state: FakeState, request: RecordedRequest, contentType: string | undefined, files: Upload[]): Reply {
  if (!request.path.startsWith(`${API_PREFIX}/`)) throw notFound();
  const path = request.path.slice(API_PREFIX.length);
  const matches = ROUTES.map((candidate) => ({ candidate, params: match(candidate.pattern, path) })).filter(
    (m) => m.params,
  );
  if (matches.length === 0) throw notFound();
  const found = matches.find((m) => m.candidate.method === request.method);
  if (!found?.params) throw methodNotAllowed();
  const { candidate, params } = found;
  request.route = `${candidate.method} ${candidate.pattern}`;
  if (candidate.auth && request.auth !== 'bot') throw unauthorized();
  return candidate.handle({ state, request, params, body: parseBody(request, contentType), files });
}

function match(pattern: string, path: string): Record<string, string> | undefined {
  const expected = pattern.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of expected.entries()) {
    const segment = actual[i] ?? '';
    if (part.startsWith(':')) {
      if (segment === '') return undefined;
      params[part.slice(1)] = decodeURIComponent(segment);
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}

function parseBody(request: RecordedRequest, contentType: string | undefined): unknown {
  if (request.rawBody === '') return undefined;
  // A multipart body was read before routing (see uploadsOf): its message is the body.
  if (contentType?.startsWith('multipart/form-data')) return request.body;
  try {
    request.body = JSON.parse(request.rawBody);
  } catch {
    throw invalidJson();
  }
  return request.body;
}

const authorized = (state: FakeState, authorization: string) =>
  !state.revoked && authorization === `Bot ${state.config.token}`;

/** A callback arriving while the test holds callbacks waits, counted, until the test releases them. */
async function heldCallback(state: FakeState, method: string | undefined, path: string): Promise<void> {
  const gate = state.callbackGate;
  if (!gate || method !== 'POST' || !/^\/api\/v10\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) return;
  gate.arrived += 1;
  state.changes.notify();
  await gate.open;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function gatewayBot({ state }: RouteContext): Reply {
  return json({
    url: state.gatewayUrl,
    shards: state.config.shards,
    session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
  });
}

/** Resolves the command list a route addresses, enforcing that the app and guild are the bot's own. */
function commandScope({ state, params }: RouteContext): { list: APIApplicationCommand[]; guildId?: string } {
  if (params.appId !== state.config.applicationId) throw missingAccess();
  if (params.guildId === undefined) return { list: state.globalCommands };
  if (!state.config.guilds.some((guild) => guild.id === params.guildId)) throw missingAccess();
  return { list: state.guildCommands.get(params.guildId) ?? [], guildId: params.guildId };
}

function commandList(context: RouteContext): APIApplicationCommand[] {
  return commandScope(context).list;
}

function putCommands(context: RouteContext): Reply {
  const { state, body } = context;
  const { list, guildId } = commandScope(context);
  const commands = overwriteCommands(body, list, state.config.applicationId, guildId);
  if (guildId === undefined) state.globalCommands = commands;
  else state.guildCommands.set(guildId, commands);
  return json(commands);
}
