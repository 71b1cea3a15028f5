/**
 * A Worker's first argument for a thread starting at a module: the built JavaScript itself (dist/, what `npm start`
 * and the container run), or, for the TypeScript in src/ (tests, benches, the CLI), the module with tsx registered
 * first. Built, no TypeScript loader runs: tsx's loader threads and its esbuild process cost each bot 60–90 MB.
 */

/**
 * The module `name` beside the module at `from` (its import.meta.url), as that one runs: built (dist/ holds every
 * entry point and chunk in one folder) or TypeScript.
 */
export const moduleBeside = (name: string, from: string) =>
  new URL(`./${name}.${from.endsWith('.js') ? 'js' : 'ts'}`, from);

export function workerStart(file: URL): { start: URL | string; eval: boolean } {
  if (file.pathname.endsWith('.js')) return { start: file, eval: false };
  const start = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => {
  register();
  return import(${JSON.stringify(file.href)});
});`;
  return { start, eval: true };
}
