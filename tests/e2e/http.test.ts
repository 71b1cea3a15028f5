/**
 * HTTP interactions mode end to end: two instances of the bot's HTTP server
 * (fastify, on loopback) over one desk on its thread, the strict fake Discord
 * POSTing signed interactions to them with a real Ed25519 key pair made here,
 * and the answers that follow an acknowledgement going through the fake's
 * webhook routes. The fake refuses any payload that could ping.
 */
import { generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ComponentType, InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deployCommands } from '../../src/bot/deploy.ts';
import { openDeskThread, type DeskThread } from '../../src/bot/desk-thread.ts';
import { interactionsRoute } from '../../src/bot/http/interactions.ts';
import { healthOf } from '../../src/bot/serve.ts';
import { readConfig } from '../../src/config.ts';
import type { Desk } from '../../src/desk.ts';
import { buildServer } from '../../src/http/server.ts';
import { Metrics } from '../../src/metrics.ts';
import {
  autocomplete,
  buttonClick,
  checkMessageInvariants,
  signatureHeaders,
  slashCommand,
  startFakeDiscord,
  type FakeDiscord,
  type InteractionFactory,
  type InteractionsEndpoint,
} from '../fake-discord/index.ts';
import { button, firstEmbed, MemoryLog, misbehavingDesk, SLOW, SLOW_PAGES } from './harness.ts';

const TOKEN = 'http-e2e-token.MUST-never-appear-in-logs.0123456789';
/** Past the responder's 2 s deferral point, inside Discord's 3 s deadline had it not deferred. */
const SLOW_MS = 2300;

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const PUBLIC_KEY_HEX = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
const other = generateKeyPairSync('ed25519').privateKey;

interface Instance {
  app: FastifyInstance;
  metrics: Metrics;
  origin: string;
  endpoint: InteractionsEndpoint;
}

let fake: FakeDiscord;
let thread: DeskThread;
let log: MemoryLog;
let one: Instance;
let two: Instance;

/** One instance of the bot's HTTP server, as serve.ts builds it in HTTP mode. */
async function startInstance(desk: () => Desk | undefined, health = () => healthOf(thread, false)): Promise<Instance> {
  const config = readConfig({
    INTERACTIONS_MODE: 'http',
    DISCORD_PUBLIC_KEY: PUBLIC_KEY_HEX,
    DISCORD_API_BASE: fake.apiBase,
    COOLDOWN_SECONDS: '0',
  });
  const status = () => thread.status();
  const metrics = new Metrics({ queueDepth: () => status().queue, reports: () => status().reports });
  const route = interactionsRoute({ publicKey: PUBLIC_KEY_HEX, desk, config, log: log.logger, metrics });
  const app = await buildServer({ health, metrics, routes: [route], log: log.logger });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, metrics, origin, endpoint: { url: `${origin}/interactions`, privateKey } };
}

/** A POST to an instance's /interactions, signed as given. */
async function post(instance: Instance, body: string | Buffer, headers: Record<string, string>) {
  const bytes = typeof body === 'string' ? body : new Uint8Array(body);
  const response = await fetch(`${instance.origin}/interactions`, { method: 'POST', headers, body: bytes });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

/** A body signed with the application's key, as Discord sends it. */
const signed = (instance: Instance, body: string | Buffer) => post(instance, body, signatureHeaders(privateKey, body));

/** A real interaction's JSON, as the fake would send it, without sending it. */
const interactionJson = (factory: InteractionFactory) => fake.build(factory) as unknown as Record<string, unknown>;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN, refusePings: true });
  await deployCommands({ token: TOKEN, clientId: fake.applicationId, apiBase: fake.apiBase });
  log = new MemoryLog('info', [TOKEN]);
  thread = await openDeskThread({ open: { cache: false } }, log.logger);
  const desk = misbehavingDesk(thread.desk, SLOW_MS, TOKEN);
  one = await startInstance(() => desk);
  two = await startInstance(() => desk);
});

afterAll(async () => {
  await one?.app.close();
  await two?.app.close();
  await thread?.close();
  await fake?.close();
});

describe('signatures', () => {
  const ping = JSON.stringify({ id: '1', application_id: '2', type: InteractionType.Ping, token: 't', version: 1 });

  it('answers a signed PING with PONG', async () => {
    const response = await signed(one, ping);
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ type: InteractionResponseType.Pong });
  });

  it.each([
    ['unsigned', () => ({ 'content-type': 'application/json' }), 'unsigned'],
    ['signed with another key', () => signatureHeaders(other, ping), 'bad signature'],
    ['signed over another body', () => signatureHeaders(privateKey, `${ping} `), 'bad signature'],
    [
      'stale (over 5 minutes old)',
      () => signatureHeaders(privateKey, ping, Math.floor(Date.now() / 1000) - 301),
      'stale',
    ],
    ['from the future', () => signatureHeaders(privateKey, ping, Math.floor(Date.now() / 1000) + 301), 'stale'],
    [
      'with malformed headers',
      () => ({ ...signatureHeaders(privateKey, ping), 'x-signature-ed25519': 'zz', 'x-signature-timestamp': '1e9' }),
      'malformed',
    ],
  ])('refuses a request %s with 401', async (_, headers, reason) => {
    const response = await post(one, ping, headers());
    expect(response.status).toBe(401);
    expect(response.json().error).toContain(reason);
  });

  it('refuses a replay of a request it accepted', async () => {
    const body = ping.replace('"t"', '"replayed"');
    const headers = signatureHeaders(privateKey, body);
    expect((await post(one, body, headers)).status).toBe(200);
    const again = await post(one, body, headers);
    expect(again.status).toBe(401);
    expect(again.json().error).toContain('replayed');
  });
});

describe('commands over HTTP', () => {
  it('answers /search in the HTTP response, with buttons and no pings', async () => {
    const ix = fake.deliver(slashCommand('search', { query: 'Iranian C4' }), one.endpoint);
    const response = await ix.response();
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const message = await ix.settled();
    expect(firstEmbed(message).description ?? JSON.stringify(message.embeds)).toMatch(/C4/i);
    expect(button(message, /Next|▶/)).toBeDefined();
    for (const payload of fake.messagePayloads()) expect(checkMessageInvariants(payload)).toEqual([]);
  });

  it('answers /report and /about in the HTTP response', async () => {
    for (const factory of [slashCommand('report', { date: '2007-12-30' }), slashCommand('about')]) {
      const ix = fake.deliver(factory, two.endpoint);
      expect((await ix.response()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect((await ix.settled()).embeds.length).toBeGreaterThan(0);
    }
  });

  it('acknowledges /ask at once, then edits the answer in through the webhook', async () => {
    const ix = fake.deliver(slashCommand('ask', { question: 'Who went to North Korea?' }), one.endpoint);
    expect((await ix.response()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const message = await ix.settled();
    expect(JSON.stringify(message.embeds)).toMatch(/Korea/i);
    expect(ix.messages.map((r) => `${r.method} ${r.status}`)).toEqual(['PATCH 200']);
  });

  it('defers a slow search past the deadline and edits it in', async () => {
    const ix = fake.deliver(slashCommand('search', { query: `Iranian ${SLOW}` }), two.endpoint);
    expect((await ix.response()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const message = await ix.settled();
    expect((message.flags ?? 0) & MessageFlags.Loading).toBe(0);
    expect(ix.errors).toEqual([]);
  });

  it('defers a slow page turn (a silent update), then edits the page in', async () => {
    const search = fake.deliver(slashCommand('search', { query: `Iranian ${SLOW_PAGES}` }), one.endpoint);
    const first = await search.settled();
    const click = fake.deliver(buttonClick(button(first, /Next|▶/).custom_id, { message: first }), two.endpoint);
    expect((await click.response()).type).toBe(InteractionResponseType.DeferredMessageUpdate);
    await click.settled();
    expect(click.messages.map((r) => `${r.method} ${r.status}`)).toEqual(['PATCH 200']);
    expect(firstEmbed(click.finalMessage())).not.toEqual(firstEmbed(first));
  });

  it('answers a private command privately, and an error privately', async () => {
    const privately = fake.deliver(slashCommand('search', { query: 'Iranian', private: true }), one.endpoint);
    expect(((await privately.settled()).flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const empty = fake.deliver(slashCommand('report', { date: 'yesterday' }), one.endpoint);
    expect(((await empty.settled()).flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('completes /report dates in the HTTP response', async () => {
    const ix = fake.deliver(autocomplete('report', { date: '2007' }, 'date'), one.endpoint);
    const response = await ix.response();
    expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = (response.data?.choices ?? []) as { value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((c) => c.value.startsWith('2007'))).toBe(true);
  });

  it('turns a page on one instance of a search made on the other (state in custom_id)', async () => {
    const search = fake.deliver(slashCommand('search', { query: 'Iranian' }), one.endpoint);
    const first = await search.settled();
    const next = button(first, /Next|▶/);
    const click = fake.deliver(buttonClick(next.custom_id, { message: first }), two.endpoint);
    expect((await click.response()).type).toBe(InteractionResponseType.UpdateMessage);
    const turned = await click.settled();
    expect(firstEmbed(turned)).not.toEqual(firstEmbed(first));
    expect(JSON.stringify(turned.embeds)).toMatch(/2/);
  });

  it('answers a modal submit and an unknown component type with a polite private note', async () => {
    const base = interactionJson(slashCommand('about'));
    const modal = { ...base, type: InteractionType.ModalSubmit, data: { custom_id: 'm', components: [] } };
    const select = {
      ...base,
      type: InteractionType.MessageComponent,
      data: { custom_id: 'x', component_type: ComponentType.UserSelect, values: [] },
      message: { id: '5', embeds: [] },
    };
    for (const body of [modal, select]) {
      const response = await signed(one, JSON.stringify(body));
      expect(response.status).toBe(200);
      const json = response.json() as { type: number; data: { flags: number; embeds: unknown[] } };
      expect(json.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(json.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
      expect(JSON.stringify(json.data)).toContain('does not answer');
    }
  });
});

describe('shutting down', () => {
  it('closing the server waits for the answers it acknowledged and has yet to edit in', async () => {
    const closing = await startInstance(() => misbehavingDesk(thread.desk, SLOW_MS, TOKEN));
    const ix = fake.deliver(slashCommand('search', { query: `Iranian ${SLOW}` }), closing.endpoint);
    expect((await ix.response()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    await closing.app.close();
    expect(ix.messages.map((r) => `${r.method} ${r.status}`)).toEqual(['PATCH 200']);
    expect((ix.finalMessage().flags ?? 0) & MessageFlags.Loading).toBe(0);
  });
});

describe('malformed, huge, Unicode and hostile bodies', () => {
  const command = () => interactionJson(slashCommand('search', { query: 'Iranian' }));
  const without = (key: string) => {
    const body = command();
    delete body[key];
    return JSON.stringify(body);
  };

  it.each([
    ['not JSON', () => '{"type": 2,', 'not JSON'],
    ['empty', () => '', 'not JSON'],
    ['a JSON array', () => '[1, 2]', 'not an interaction'],
    ['JSON nested 100,000 deep', () => '['.repeat(100_000) + ']'.repeat(100_000), ''],
    ['an interaction with no data', () => without('data'), 'data'],
    ['an interaction with neither member nor user', () => without('member'), 'neither member nor user'],
    ['a button with no message', () => JSON.stringify({ ...command(), type: 3, data: { custom_id: 'x' } }), ''],
    [
      'a command name of 10,000 characters',
      () => JSON.stringify({ ...command(), data: { name: 'x'.repeat(10_000) } }),
      '',
    ],
    ['a prototype-polluting body', () => '{"__proto__": {"type": 1}, "constructor": {"prototype": {"x": 1}}}', ''],
    ['invalid UTF-8', () => Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'not JSON'],
  ])('answers 400, saying why, to %s', async (_, body, says) => {
    const response = await signed(one, body());
    expect(response.status, response.text).toBe(400);
    expect(response.json().error).toContain(says);
  });

  it('answers 413 to a body past the limit, before reading it', async () => {
    const huge = JSON.stringify({ ...command(), padding: 'x'.repeat(300 * 1024) });
    expect((await signed(one, huge)).status).toBe(413);
  });

  it('answers 415 to a body that is not JSON by its type', async () => {
    const body = JSON.stringify(command());
    const response = await post(one, body, { ...signatureHeaders(privateKey, body), 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
  });

  it('takes Unicode and markdown in options as text, and keeps serving after all of the above', async () => {
    const query = 'Tehra\u0301n 🇦🇫 @everyone <@123> **bold** \u202Eevil';
    const ix = fake.deliver(slashCommand('search', { query }), two.endpoint);
    const message = await ix.settled();
    // Shown as typed, defused: no mention can ping (the footer, which Discord renders as plain text, keeps it as is).
    expect(firstEmbed(message).title).not.toContain('@everyone');
    expect(firstEmbed(message).title).toContain('Tehrán 🇦🇫');
    expect(message.mention_everyone).toBe(false);
    for (const payload of fake.messagePayloads()) expect(checkMessageInvariants(payload)).toEqual([]);
    const after = fake.deliver(slashCommand('search', { query: 'Iranian C4' }), one.endpoint);
    expect((await after.response()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
  });
});

describe('health and metrics', () => {
  it('says 503 while the desk is loading, PONGs meanwhile, and 200 with the report count once open', async () => {
    let desk: Desk | undefined;
    let open = false;
    const loading = await startInstance(
      () => desk,
      () => (open ? healthOf(thread, false) : healthOf(undefined, false)),
    );
    try {
      const before = await fetch(`${loading.origin}/healthz`);
      expect(before.status).toBe(503);
      expect(await before.json()).toEqual({ status: 'unavailable', reason: expect.stringMatching(/^loading/) });
      const about = await signed(loading, JSON.stringify(interactionJson(slashCommand('about'))));
      expect(about.status).toBe(503);
      expect(about.json().error).toMatch(/opening/);
      const ping = JSON.stringify({ id: '3', application_id: '2', type: InteractionType.Ping, token: 'p', version: 1 });
      expect((await signed(loading, ping)).json()).toEqual({ type: InteractionResponseType.Pong });
      desk = thread.desk;
      open = true;
      const after = await fetch(`${loading.origin}/healthz`);
      expect(after.status).toBe(200);
      expect(await after.json()).toEqual({ status: 'ok', reports: thread.status().reports });
    } finally {
      await loading.app.close();
    }
  });

  it('says 503 while the corpus is reread, and 200 again after', async () => {
    const rereading = thread.restart();
    await vi.waitFor(() => expect(thread.status().state).toBe('reloading'));
    const during = await fetch(`${one.origin}/healthz`);
    expect(during.status).toBe(503);
    expect(((await during.json()) as { reason: string }).reason).toMatch(/^reloading/);
    await rereading;
    expect((await fetch(`${one.origin}/healthz`)).status).toBe(200);
  });

  it('serves Prometheus text that parses, counting interactions by command and outcome', async () => {
    const ix = fake.deliver(slashCommand('about'), two.endpoint);
    await ix.settled();
    const response = await fetch(`${two.origin}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    const samples = new Map<string, number>();
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const sample = /^([a-zA-Z_:][\w:]*(?:\{[^}]*\})?) (-?[\d.e+-]+|NaN|\+Inf|-Inf)$/.exec(line);
      expect(sample, `a sample line: ${line}`).not.toBeNull();
      samples.set(sample![1]!, Number(sample![2]));
    }
    expect(samples.get('report_desk_interactions_total{kind="command",command="about",outcome="answered"}')).toBe(
      1 + 1, // /about in "answers /report and /about", and this one
    );
    expect(
      samples.get('report_desk_interactions_total{kind="component",command="search-page",outcome="answered"}'),
    ).toBe(1);
    expect(samples.get('report_desk_reports_indexed')).toBe(thread.status().reports);
    expect(samples.has('report_desk_queue_depth')).toBe(true);
    expect(samples.get('report_desk_reply_seconds_count{kind="command",outcome="answered"}')).toBeGreaterThan(0);
    expect(samples.has('process_resident_memory_bytes')).toBe(true);
  });
});
