/**
 * `npm run build`, what `npm start` and the container run: one bundle per entry point in dist/, and every file the
 * bundled code reads beside itself (new URL('./…', import.meta.url)) there too. The built bot itself is started by
 * tests/e2e/service.test.ts (npm start: the manager, the desk's thread and a shard's process, all from dist/).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build as bundle } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './run-cli.ts';

const dist = path.join(repoRoot, 'dist');
const build = () => promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: repoRoot });

beforeAll(build, 60_000);

describe('npm run build', () => {
  it('writes the bot, the desk thread, the shard and the analysis thread as entry points', () => {
    for (const entry of ['main.js', 'desk-worker.js', 'shard.js', 'analysis-worker.js'])
      expect(existsSync(path.join(dist, entry))).toBe(true);
  });

  it('puts every file the bundled code reads beside itself next to it', async () => {
    const read: string[] = [];
    for (const name of (await readdir(dist)).filter((file) => file.endsWith('.js'))) {
      const code = await readFile(path.join(dist, name), 'utf8');
      for (const match of code.matchAll(/new URL\("(\.{1,2}\/[^"]+)", import\.meta\.url\)/g)) read.push(match[1]!);
    }
    expect(read).toEqual(expect.arrayContaining(['./glossary.yaml', '../corpus']));
    for (const file of read) expect(existsSync(path.resolve(dist, file)), file).toBe(true);
  });

  it('removes what an older build left', async () => {
    const stale = path.join(dist, 'chunk-OLDBUILD.js');
    await writeFile(stale, 'export {};\n');
    await build();
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(path.join(dist, 'main.js'))).toBe(true);
  }, 60_000);
});

/** Every file and package the bot's main thread loads as it starts (static imports, followed from main.ts). */
async function loadedAtStart(): Promise<Set<string>> {
  const { metafile } = await bundle({
    entryPoints: [path.join(repoRoot, 'src/bot/main.ts')],
    absWorkingDir: repoRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    outdir: 'unused',
  });
  const loaded = new Set(['src/bot/main.ts']);
  for (const file of loaded) {
    for (const { path: next, kind } of metafile.inputs[file]?.imports ?? []) {
      if (kind !== 'dynamic-import') loaded.add(next);
    }
  }
  return loaded;
}

describe("the bot's main thread", () => {
  it('does not load the desk, which runs on its own thread: no index, NLP model, corpus reader or renderer', async () => {
    const loaded = [...(await loadedAtStart())];
    expect(loaded).toContain('discord.js');
    for (const heavy of ['wink-nlp', 'wink-eng-lite-web-model', 'csv-parse', 'yaml', '@resvg/resvg-js', 'vega']) {
      expect(loaded, heavy).not.toContain(heavy);
    }
    expect(loaded.filter((file) => /^src\/(search\/(index|nlp|answer)|desk\/memory|open)\.ts$/.test(file))).toEqual([]);
  });
});
