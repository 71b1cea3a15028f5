/**
 * The container files, checked as far as a machine without a Docker engine can: the Dockerfile's two stages,
 * its user, init, health check and volume; that it builds and runs the bot as npm start does; that everything it
 * copies exists and is not ignored; that the code it runs and builds imports only production dependencies (the image
 * has no others); and compose.yaml's two modes.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import pkg from '../package.json' with { type: 'json' };
import { repoRoot } from './run-cli.ts';

const dockerfile = await readFile(path.join(repoRoot, 'Dockerfile'), 'utf8');
/** Instructions, continuation lines joined, comments left out. */
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));
const ignored = (await readFile(path.join(repoRoot, '.dockerignore'), 'utf8'))
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(repoRoot, dir), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(ts|js)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

describe('Dockerfile', () => {
  it('builds in two stages from node:20-bookworm-slim, the production dependencies alone', () => {
    expect(instructions.filter((i) => i.startsWith('FROM '))).toEqual([
      'FROM node:20-bookworm-slim AS deps',
      'FROM node:20-bookworm-slim',
    ]);
    expect(dockerfile).toMatch(/RUN npm ci --omit=dev/);
    expect(pkg.dependencies).toHaveProperty('tsx');
  });

  it('runs node itself under tini, as a user other than root, with the saved index on a volume', () => {
    const last = (word: string) => instructions.filter((i) => i.startsWith(`${word} `)).at(-1);
    expect(last('USER')).toBe('USER node');
    expect(last('ENTRYPOINT')).toBe('ENTRYPOINT ["/usr/bin/tini", "--"]');
    // What npm start runs after it builds.
    expect(pkg.scripts.start).toMatch(/ && exec bin\/start-bot\.sh$/);
    expect(last('CMD')).toBe('CMD ["bin/start-bot.sh"]');
    expect(instructions).toContain('RUN npm run build');
    expect(dockerfile).toMatch(/apt-get install -y --no-install-recommends tini/);
    const cacheDir = /INDEX_CACHE_DIR=(\S+)/.exec(dockerfile)?.[1];
    expect(last('VOLUME')).toBe(`VOLUME ["${cacheDir}"]`);
  });

  it('checks health on /healthz at PORT', () => {
    const check = instructions.find((i) => i.startsWith('HEALTHCHECK '));
    expect(check).toMatch(/--start-period=\d+s/);
    expect(check).toContain('/healthz');
    expect(check).toContain('process.env.PORT');
  });

  it('copies what exists and is not ignored', () => {
    const copied = instructions
      .filter((i) => i.startsWith('COPY ') && !i.includes('--from'))
      .flatMap((i) => i.split(/\s+/).slice(1, -1));
    expect(copied).toEqual([
      'package.json',
      'package-lock.json',
      'scripts/build.ts',
      'src',
      'package.json',
      'bin',
      'src',
      'corpus',
    ]);
    for (const source of copied) {
      expect(existsSync(path.join(repoRoot, source)), source).toBe(true);
      expect(ignored, source).not.toContain(source);
    }
  });

  it('runs code that imports only production dependencies and Node', async () => {
    const allowed = new Set(Object.keys(pkg.dependencies));
    const imported = new Set<string>();
    const build = path.join(repoRoot, 'scripts/build.ts');
    for (const file of [...(await sources('src')), ...(await sources('bin')), build]) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/^\s*(?:import|export)(?!\s+type\b)[^'"]*?from\s+'([^.'][^']*)'/gm)) {
        imported.add(match[1]!);
      }
      for (const match of text.matchAll(/\bimport\(\s*'([^.'][^']*)'\s*\)|^import '([^.'][^']*)'/gm)) {
        imported.add((match[1] ?? match[2])!);
      }
    }
    const packages = [...imported]
      .filter((name) => !name.startsWith('node:'))
      .map((name) => /^(@[^/]+\/[^/]+|[^/]+)/.exec(name)![1]!);
    expect(packages).toEqual(expect.arrayContaining(['discord.js', 'fastify', 'prom-client', 'tsx', 'esbuild']));
    expect(packages.filter((name) => !allowed.has(name))).toEqual([]);
  });
});

describe('compose.yaml', () => {
  it('runs the bot in either mode by profile, with the saved index on a named volume', async () => {
    const compose = parse(await readFile(path.join(repoRoot, 'compose.yaml'), 'utf8'), { merge: true }) as {
      services: Record<string, { profiles: string[]; environment: Record<string, string>; volumes: string[] }>;
      volumes: Record<string, unknown>;
    };
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'http']);
    for (const [name, service] of Object.entries(compose.services)) {
      expect(service.profiles).toEqual([name]);
      expect(service.environment.INTERACTIONS_MODE).toBe(name);
      expect(service.volumes).toContain(`index:${/INDEX_CACHE_DIR=(\S+)/.exec(dockerfile)?.[1]}`);
    }
    expect(compose.volumes).toHaveProperty('index');
  });
});
