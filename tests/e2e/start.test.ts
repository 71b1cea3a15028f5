/**
 * `npm start` as a user runs it: the bot process validates the corpus, logs in
 * to (a fake) Discord through DISCORD_API_BASE and the token, logs one ready
 * line, and shuts down cleanly on SIGTERM. Without a token it says how to get one.
 */
import { generateKeyPairSync } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { deployCommands } from '../../src/bot/deploy.ts';
import { slashCommand, startFakeDiscord, type FakeDiscord } from '../fake-discord/index.ts';
import { cli } from '../run-cli.ts';
import { ROOT, started, startProcess } from './bot-process.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.start-test.token-that-must-never-be-logged';

/** A GET on the bot's HTTP server: status and text. */
async function get(origin: string, path: string) {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, text: await response.text() };
}

// Each test starts the bot (a manager and its shard, or an HTTP server) from cold: seconds on a loaded machine.
describe('npm start', { timeout: 60_000 }, () => {
  let fake: FakeDiscord;
  let cacheDir: string;

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN, guilds: [{ name: 'Newsroom' }, { name: 'OSINT' }] });
    cacheDir = await mkdtemp(join(tmpdir(), 'report-desk-start-'));
  });
  afterEach(() => {
    for (const child of started.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  afterAll(async () => {
    await fake.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('logs in through DISCORD_API_BASE, logs one ready line with guild and report counts, and stops on SIGTERM', async () => {
    const bot = startProcess({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, INDEX_CACHE_DIR: cacheDir });
    await bot.waitFor(/"msg":"ready"/);
    const ready = bot.out.stdout.split('\n').filter((l) => l.includes('"msg":"ready"'));
    expect(ready).toHaveLength(1);
    expect(JSON.parse(ready[0]!)).toMatchObject({ guilds: 2, reports: 6 });
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.out.stdout).toMatch(/"msg":"shutting down"/);
    expect(bot.out.stdout + bot.out.stderr).not.toContain(TOKEN);
  });

  it('serves /healthz and /metrics on PORT in gateway mode, counting what it answers', async () => {
    const bot = startProcess({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, INDEX_CACHE_DIR: cacheDir });
    await bot.waitFor(/"msg":"ready"/);
    const health = await get(bot.origin(), '/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({ status: 'ok', reports: 6 });
    // The report pages PUBLIC_URL links to are served here too.
    const page = await get(bot.origin(), '/reports/ws-2007-12-30-iranian-c4?q=C4');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<mark>C4<\/mark>/);
    expect((await get(bot.origin(), '/reports/no-such-report')).status).toBe(404);
    await deployCommands({ token: TOKEN, clientId: fake.applicationId, apiBase: fake.apiBase });
    await fake.dispatch(slashCommand('about')).settled();
    // The shard tells the manager, which serves /metrics, once its reply is sent: shortly after Discord has it.
    await vi.waitFor(async () => {
      const metrics = await get(bot.origin(), '/metrics');
      expect(metrics.text).toContain(
        'report_desk_interactions_total{kind="command",command="about",outcome="answered"} 1',
      );
      expect(metrics.text).toContain('report_desk_reports_indexed 6');
    });
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });

  it('in HTTP mode, needs no token: answers signed interactions on POST /interactions, and health', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const hex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
    const bot = startProcess({
      INTERACTIONS_MODE: 'http',
      DISCORD_PUBLIC_KEY: hex,
      DISCORD_TOKEN: '',
      DISCORD_API_BASE: fake.apiBase,
      INDEX_CACHE_DIR: cacheDir,
    });
    await bot.waitFor(/"msg":"ready for HTTP interactions/);
    expect(JSON.parse((await get(bot.origin(), '/healthz')).text)).toEqual({ status: 'ok', reports: 6 });
    await deployCommands({ token: TOKEN, clientId: fake.applicationId, apiBase: fake.apiBase });
    const endpoint = { url: `${bot.origin()}/interactions`, privateKey };
    const ix = fake.deliver(slashCommand('search', { query: 'Iranian C4' }), endpoint);
    expect((await ix.settled()).embeds[0]?.title).toMatch(/Iranian C4/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });

  it('in HTTP mode without DISCORD_PUBLIC_KEY, exits 1 naming it', async () => {
    const bot = startProcess({ INTERACTIONS_MODE: 'http', DISCORD_TOKEN: '', DISCORD_API_BASE: fake.apiBase });
    expect(await bot.exited).toBe(1);
    expect(bot.out.stderr).toMatch(/DISCORD_PUBLIC_KEY: is needed when INTERACTIONS_MODE=http/);
  });

  it('rereads the corpus on SIGHUP and serves the new one; a broken one is refused and the old one kept', async () => {
    const corpus = join(cacheDir, 'hup');
    await cp(join(ROOT, 'corpus'), corpus, { recursive: true });
    const bot = startProcess({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_BASE: fake.apiBase,
      REPORT_CORPUS: corpus,
      INDEX_CACHE_DIR: join(cacheDir, 'hup-index'),
    });
    await bot.waitFor(/"msg":"ready"/);
    const c4 = join(corpus, 'weekly-standard-2010-07-27', '2007-12-30-iranian-c4.md');
    await writeFile(
      join(corpus, 'added.md'),
      (await readFile(c4, 'utf8')).replace('id: ws-2007-12-30-iranian-c4', 'id: added-report'),
    );
    bot.child.kill('SIGHUP');
    await bot.waitFor(/"msg":"corpus reloaded"/);
    expect(JSON.parse(bot.out.stdout.split('\n').find((l) => l.includes('"msg":"corpus reloaded"'))!)).toMatchObject({
      reports: 7,
    });
    await writeFile(join(corpus, 'broken.md'), '---\nid: [\n');
    bot.child.kill('SIGHUP');
    await bot.waitFor(/"msg":"could not reload the corpus; still serving the one loaded before"/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });

  it('without a token, exits 1 saying how to get one and how to use the CLI instead', async () => {
    const bot = startProcess({ DISCORD_TOKEN: '', DISCORD_API_BASE: fake.apiBase });
    expect(await bot.exited).toBe(1);
    expect(bot.out.stderr).toMatch(/DISCORD_TOKEN is not set/);
    expect(bot.out.stderr).toMatch(/developers\/applications/);
    expect(bot.out.stderr).toMatch(/npx report-bot search/);
  });

  it('refuses to start on an invalid corpus, naming file and line', async () => {
    const bad = join(cacheDir, 'bad.md');
    await writeFile(bad, '---\nid: x\ndate: 2007-02-30\ntype: report\ntitle: T\n---\n');
    const bot = startProcess({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_BASE: fake.apiBase,
      REPORT_CORPUS: bad,
      INDEX_CACHE_DIR: cacheDir,
    });
    expect(await bot.exited).toBe(1);
    expect(bot.out.stderr).toMatch(/bad\.md:3: unparseable date "2007-02-30"/);
    expect(bot.out.stdout + bot.out.stderr).not.toContain(TOKEN);
  });

  it('a token Discord rejects: one clear line and exit 1, before the corpus is loaded', async () => {
    const revoked = `${TOKEN}-revoked`;
    const bot = startProcess({ DISCORD_TOKEN: revoked, DISCORD_API_BASE: fake.apiBase, INDEX_CACHE_DIR: cacheDir });
    expect(await bot.exited).toBe(1);
    expect(bot.out.stderr.trim()).toBe(
      'report-bot: Discord rejected DISCORD_TOKEN (401 Unauthorized): ' +
        'reset the token under "Bot" in the developer portal and put the new one in .env.',
    );
    expect(bot.out.stdout).not.toMatch(/corpus loaded/);
    expect(bot.out.stdout + bot.out.stderr).not.toContain(TOKEN);
  });

  it('no network: one clear line naming the address, and exit 1, before the corpus is loaded', async () => {
    // A port that was just free: nothing listens there.
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    await new Promise((done) => server.close(done));
    const apiBase = `http://127.0.0.1:${port}/api`;
    const bot = startProcess({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: apiBase, INDEX_CACHE_DIR: cacheDir });
    expect(await bot.exited).toBe(1);
    expect(bot.out.stderr.trim()).toBe(
      `report-bot: cannot reach Discord at ${apiBase} (ECONNREFUSED): ` +
        'check the network connection, or DISCORD_API_BASE.',
    );
    expect(bot.out.stdout).toBe('');
  });

  it('rejects a malformed setting at start-up with a message naming it', async () => {
    const bot = startProcess({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: 'not a url', COOLDOWN_SECONDS: 'soon' });
    expect(await bot.exited).toBe(1);
    expect(bot.out.stderr).toMatch(/DISCORD_API_BASE/);
    expect(bot.out.stderr).toMatch(/COOLDOWN_SECONDS/);
  });

  it("deploy says what the portal's Interactions Endpoint URL must be in each mode", async () => {
    const guild = fake.guilds[0]!.id;
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_BASE: fake.apiBase };
    const gateway = await cli(['deploy', '--guild', guild], env);
    expect(gateway.stdout).toMatch(/Gateway mode: leave the .*Interactions Endpoint URL empty/);
    const http = { ...env, INTERACTIONS_MODE: 'http', PUBLIC_URL: 'https://desk.example.org/bot/' };
    const portal = await cli(['deploy', '--guild', guild], http);
    expect(portal.stdout).toMatch(
      /Interactions Endpoint URL to\n {2}https:\/\/desk\.example\.org\/bot\/interactions\n/,
    );
    const unknown = await cli(['deploy', '--guild', guild], { ...http, PUBLIC_URL: '' });
    expect(unknown.stdout).toMatch(/public address followed by \/interactions.*set PUBLIC_URL/);
  });

  it('deploy registers the commands through DISCORD_API_BASE; a rejected token: one line, exit 3', async () => {
    const guild = fake.guilds[0]!.id;
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_BASE: fake.apiBase };
    const deployed = await cli(['deploy', '--guild', guild], env);
    expect(deployed.code, deployed.stderr).toBe(0);
    expect(deployed.stdout).toMatch(new RegExp(`^Registered 8 commands in server ${guild}:\n  search \\(\\d+\\)`));
    const names = fake.commands.guilds[guild]!.map((c) => c.name).sort();
    expect(names).toEqual(['Search reports', 'about', 'ask', 'map', 'random', 'report', 'search', 'timeline']);
    const refused = await cli(['deploy', '--guild', guild, '--json'], { ...env, DISCORD_TOKEN: `${TOKEN}-revoked` });
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toEqual({
      error: { code: 'unknown_option', message: "unknown option '--json'" },
    });
    const rejected = await cli(['deploy', '--guild', guild], { ...env, DISCORD_TOKEN: `${TOKEN}-revoked` });
    expect(rejected.code).toBe(3);
    expect(rejected.stderr.trim()).toMatch(/^report-bot: Discord rejected DISCORD_TOKEN \(401 Unauthorized\)/);
    expect(rejected.stdout + rejected.stderr).not.toContain(TOKEN);
    const missing = await cli(['deploy'], { ...env, DISCORD_CLIENT_ID: '' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('deploy needs DISCORD_TOKEN and DISCORD_CLIENT_ID');
  });
});
