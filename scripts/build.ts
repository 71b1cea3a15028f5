/**
 * `npm run build`: the bot as plain JavaScript in dist/, what `npm start` and the container run. One bundle per
 * entry point (the bot, the desk's thread, a shard's process, the thread analysing a corpus as it is read), code
 * they share in chunks beside them, packages left to node_modules. The one file the bot reads beside its code, the
 * glossary, is copied where the bundled code looks for it: next to it in dist/. The CLI and the tests run the
 * TypeScript itself.
 *
 * Every file is written whole, then renamed into place: two bots started at once from one checkout (npm start
 * builds first) never read a half-written file. Chunks are named by their content, so a second build of the same
 * code writes the same names; files of an older build are removed.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = (file: string) => fileURLToPath(new URL(`../${file}`, import.meta.url));
const out = root('dist');

const { outputFiles } = await build({
  entryPoints: ['src/bot/main.ts', 'src/bot/desk-worker.ts', 'src/bot/shard.ts', 'src/search/analysis-worker.ts'].map(
    root,
  ),
  outdir: out,
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // For stack traces naming the TypeScript files and lines: node --enable-source-maps reads them.
  sourcemap: true,
  write: false,
  logLevel: 'warning',
});
/** Writes a file whole under dist/, then renames it into place. */
function place(file: string, contents: Uint8Array) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

for (const file of outputFiles) place(file.path, file.contents);
place(path.join(out, 'glossary.yaml'), readFileSync(root('src/search/glossary.yaml')));
// What an older build left (its chunks had other names); another build's files being written are not touched.
const kept = new Set([...outputFiles.map((file) => path.basename(file.path)), 'glossary.yaml']);
for (const name of readdirSync(out)) {
  if (!kept.has(name) && !name.endsWith('.tmp')) rmSync(path.join(out, name), { recursive: true, force: true });
}
