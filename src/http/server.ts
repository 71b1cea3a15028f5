/**
 * The bot's HTTP server (fastify), in both modes: `GET /healthz` for load
 * balancers and supervisors, `GET /metrics` for Prometheus, and whatever
 * routes the edges add as plugins (Discord's interactions endpoint in HTTP
 * mode, web pages). It knows nothing of Discord: an edge brings its routes.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';

/** Whether the desk serves: only an open desk is healthy; otherwise why not (loading, reloading, closed…). */
export type Health = { ok: true; reports: number } | { ok: false; reason: string };

export interface ServerOptions {
  health(): Health;
  metrics: Metrics;
  /** Plugins registered on the server: the interactions endpoint, web pages… */
  routes?: FastifyPluginAsync[];
  log: Logger;
  /** Largest request body, in bytes, unless a route says otherwise. */
  bodyLimit?: number;
}

/** Nothing served here takes a larger body: interactions set their own limit, pages are GETs. */
const BODY_LIMIT = 64 * 1024;

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? BODY_LIMIT,
    // Interactions are counted in /metrics; a log line per request would flood the log at 200 a second.
    logger: false,
    // Behind a proxy or a load balancer: keep idle connections longer than theirs, so they never reuse a closed one.
    keepAliveTimeout: 65_000,
  });
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) options.log.error({ err: error }, 'HTTP request failed');
    // fastify's own client errors (body too large, bad content type, malformed JSON) say what was wrong.
    return reply.code(status).send({ error: status >= 500 ? 'internal error' : error.message });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: `no route ${request.method} ${request.url}` }),
  );
  app.get('/healthz', (_request, reply) => {
    const health = options.health();
    if (health.ok) return reply.send({ status: 'ok', reports: health.reports });
    return reply.code(503).send({ status: 'unavailable', reason: health.reason });
  });
  app.get('/metrics', async (_request, reply) =>
    reply.header('content-type', options.metrics.contentType).send(await options.metrics.text()),
  );
  for (const routes of options.routes ?? []) await app.register(routes);
  return app;
}
