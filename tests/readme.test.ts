/**
 * README.md is executable truth: every shell block runs as written, in README
 * order, with bash -e, in a sandbox that looks like a fresh clone (the
 * repository's files linked in, a working folder of its own, no .env),
 * against the strict fake Discord for the blocks that talk to Discord. A
 * later section's blocks are covered the moment they are written.
 *
 * A block that cannot run here (it installs, runs this very suite, or serves
 * until stopped) carries a mark on the line above it saying why and what
 * covers it instead; the marks are checked, and a block doing one of those
 * things without a mark fails.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lexer, type Token, type Tokens } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { startCluster, type Cluster } from './postgres-cluster.ts';
import { repoRoot } from './run-cli.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.readme-test.token-that-must-never-be-logged';
const SHELL = new Set(['sh', 'bash', 'shell', 'console']);
const MARK = /^<!-- not run by tests\/readme\.test\.ts: (?<why>.+?); covered by (?<by>\S+?),? .*-->$/s;
/** What no unmarked block may do here: install, run this suite, serve forever, bench for half an hour. */
const MUST_BE_MARKED = /\bnpm (ci|install|test|start)\b|\bnpm run bench\b(?! --)/;
/** Left out of the sandbox: git's data, and what earlier runs may have written. */
const NOT_LINKED = new Set(['.git', '.env', '.report-desk-cache', 'wd.csv', 'bad.csv', 'bad.csv.rejects.csv']);

interface Block {
  line: number;
  code: string;
  mark?: { why: string; by: string };
}

/** The README's shell blocks, at any depth (list items too), each with its line and the mark above it, if any. */
function shellBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let searchFrom = 0;
  let previous: Token | undefined;
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'code' && SHELL.has((token as Tokens.Code).lang ?? '')) {
        const at = markdown.indexOf(token.raw.trim(), searchFrom);
        searchFrom = at + 1;
        const mark = previous?.type === 'html' ? MARK.exec(previous.raw.trim())?.groups : undefined;
        blocks.push({
          line: markdown.slice(0, at).split('\n').length,
          code: (token as Tokens.Code).text,
          mark: mark && { why: mark.why!, by: mark.by! },
        });
      }
      if ('tokens' in token && token.tokens) walk(token.tokens);
      if (token.type === 'list') for (const item of (token as Tokens.List).items) walk(item.tokens);
      if (token.type !== 'space') previous = token;
    }
  };
  walk(lexer(markdown));
  return blocks;
}

/** Runs a block as a reader pastes it into a shell in the sandbox. */
function run(code: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn('bash', ['-euo', 'pipefail', '-c', code], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('close', (status) => done({ status, output }));
  });
}

const blocks = shellBlocks(await readFile(path.join(repoRoot, 'README.md'), 'utf8'));

describe('README.md', () => {
  let sandbox: string;
  let fake: FakeDiscord;
  let cluster: Cluster;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    sandbox = await mkdtemp(path.join(tmpdir(), 'report-desk-readme-'));
    for (const entry of await readdir(repoRoot)) {
      if (!NOT_LINKED.has(entry) && !entry.endsWith('.rejects.csv'))
        await symlink(path.join(repoRoot, entry), path.join(sandbox, entry));
    }
    fake = await startFakeDiscord({ token: TOKEN, guilds: [{ name: 'Newsroom' }] });
    cluster = await startCluster();
    env = {
      // "Your PostgreSQL database" of the report database's section: a throwaway cluster here.
      DATABASE_URL: cluster.url,
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NO_COLOR: '1',
      // The shipped corpus's saved index would go next to it, into the repository: here it goes into the sandbox.
      INDEX_CACHE_DIR: path.join(sandbox, '.index'),
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guilds[0]!.id,
      DISCORD_API_BASE: fake.apiBase,
    };
  }, 60_000);
  afterAll(async () => {
    await fake?.close();
    await cluster?.stop();
    await rm(sandbox, { recursive: true, force: true });
  }, 60_000);

  it('has shell blocks to run, and marks on only the few that cannot run here', () => {
    expect(blocks.filter((b) => !b.mark).length).toBeGreaterThanOrEqual(5);
    expect(blocks.filter((b) => b.mark).length).toBeLessThanOrEqual(4);
  });

  it.each(blocks.filter((b) => b.mark).map((b) => [b.line, b] as const))(
    'the block at line %i says why it is not run, and what covers it',
    (_, block) => {
      expect(block.mark!.why.length).toBeGreaterThan(20);
      expect(existsSync(path.join(repoRoot, block.mark!.by)), `${block.mark!.by} covers it`).toBe(true);
    },
  );

  it.each(blocks.filter((b) => !b.mark).map((b) => [b.line, b.code.split('\n')[0], b] as const))(
    'the block at line %i runs as written: %s',
    async (_, __, block) => {
      expect(
        block.code,
        'a block that installs, runs the tests or serves forever needs a mark saying what covers it',
      ).not.toMatch(MUST_BE_MARKED);
      const { status, output } = await run(block.code, sandbox, env);
      expect(status, output).toBe(0);
      expect(output).not.toContain(TOKEN);
    },
    120_000,
  );

  it('deployed the commands to the fake Discord, as the Discord section says', () => {
    expect(fake.commands.guilds[fake.guilds[0]!.id]?.map((c) => c.name).sort()).toEqual([
      'Search reports',
      'about',
      'ask',
      'map',
      'random',
      'report',
      'search',
      'timeline',
    ]);
  });
});
