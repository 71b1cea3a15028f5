/**
 * A Worker's first argument for a thread starting at a module: the built JavaScript itself (dist/, what `npm start`
 * and the container run), or, for the TypeScript in src/ (tests, benches, the CLI), the module with tsx registered
 * first. Built, no TypeScript loader runs: tsx's loader threads and its esbuild process cost each bot 70–80 MB.
 */
export function workerStart(file: URL): { start: URL | string; eval: boolean } {
  if (file.pathname.endsWith('.js')) return { start: file, eval: false };
  const start = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => {
  register();
  return import(${JSON.stringify(file.href)});
});`;
  return { start, eval: true };
}
