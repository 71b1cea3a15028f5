/**
 * The bot's other entry points — the desk's thread (desk-worker), a shard's process (shard) — started as the code
 * around them runs: as the JavaScript `npm run build` writes to dist/ (what `npm start` and the container run), or
 * as the TypeScript in src/ through tsx (tests, benches, the CLI). Built, no TypeScript loader runs: tsx's loader
 * threads and its esbuild process cost each bot 60–90 MB.
 */
import { moduleBeside, workerStart } from '../thread-start.ts';

const BUILT = import.meta.url.endsWith('.js');

/** The file of an entry point beside this one. */
export const entryPoint = (name: 'desk-worker' | 'shard') => moduleBeside(name, import.meta.url);

/** Node options for a process started at an entry point: tsx's loader only when running from source. */
export const processArgs = (): string[] => (BUILT ? [] : ['--import', import.meta.resolve('tsx')]);

/** A Worker's first argument for a thread starting at an entry point (see thread-start.ts). */
export const threadStart = (name: 'desk-worker') => workerStart(entryPoint(name));
