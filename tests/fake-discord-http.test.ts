/**
 * The fake Discord's HTTP interactions: it signs what it POSTs as Discord does, takes the response as the
 * callback under the same rules, and stays strict about what follows through the webhook (pings refused when
 * asked, Discord's limits, unknown tokens).
 */
import { generateKeyPairSync, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand, startFakeDiscord, type FakeDiscord, type InteractionsEndpoint } from './fake-discord/index.ts';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
let fake: FakeDiscord;
let server: Server;
let endpoint: InteractionsEndpoint;
let received: { headers: IncomingMessage['headers']; body: string }[];
/** What the endpoint answers next. */
let answer: { status: number; body: unknown } = { status: 200, body: {} };

beforeAll(async () => {
  fake = await startFakeDiscord({
    token: 'fake-http-token.0123456789',
    refusePings: true,
    requireRegisteredCommands: false,
  });
  received = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`, privateKey };
});

afterAll(async () => {
  server?.close();
  await fake?.close();
});

const NO_PINGS = { parse: [] };
const patch = (token: string, body: unknown) =>
  fetch(`${fake.apiBase}/v10/webhooks/${fake.applicationId}/${token}/messages/@original`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('fake Discord: HTTP interactions', () => {
  it('signs the body and timestamp with the application key', async () => {
    answer = {
      status: 200,
      body: {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: { content: 'hi', allowed_mentions: NO_PINGS },
      },
    };
    const ix = fake.deliver(slashCommand('about'), endpoint);
    expect((await ix.settled()).content).toBe('hi');
    const { headers, body } = received.at(-1)!;
    const signed = Buffer.from(`${String(headers['x-signature-timestamp'])}${body}`);
    expect(verify(null, signed, publicKey, Buffer.from(String(headers['x-signature-ed25519']), 'hex'))).toBe(true);
  });

  it('fails the interaction when the endpoint answers other than 200, or a response that could ping', async () => {
    answer = { status: 401, body: { error: 'no' } };
    await expect(fake.deliver(slashCommand('about'), endpoint).settled()).rejects.toThrow(/401/);
    answer = {
      status: 200,
      body: { type: InteractionResponseType.ChannelMessageWithSource, data: { content: '@everyone' } },
    };
    await expect(fake.deliver(slashCommand('about'), endpoint).settled()).rejects.toThrow(/allowed_mentions/);
  });

  it('after a deferral, refuses edits that could ping, embeds past the limits, and unknown tokens', async () => {
    answer = { status: 200, body: { type: InteractionResponseType.DeferredChannelMessageWithSource } };
    const ix = fake.deliver(slashCommand('about'), endpoint);
    await ix.response();
    const pinging = await patch(ix.token, { content: 'hello <@1>' });
    expect(pinging.status).toBe(400);
    expect(((await pinging.json()) as { code: number }).code).toBe(50035);
    const huge = await patch(ix.token, { embeds: [{ description: 'x'.repeat(4097) }], allowed_mentions: NO_PINGS });
    expect(huge.status).toBe(400);
    const unknown = await patch('not-a-token', { content: 'x', allowed_mentions: NO_PINGS });
    expect(((await unknown.json()) as { code: number }).code).toBe(10015);
    expect((await patch(ix.token, { content: 'done', allowed_mentions: NO_PINGS })).status).toBe(200);
    expect((await ix.settled()).content).toBe('done');
  });
});
