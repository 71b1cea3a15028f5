/**
 * The HTTP server `npm start` runs in both modes (see src/http/server.ts):
 * /healthz and /metrics from the desk (on its thread, or on the report database), and in HTTP mode Discord's
 * interactions endpoint (http/interactions.ts). It listens before the desk
 * opens, so a supervisor sees "loading" rather than a refused connection.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Config } from '../config.ts';
import { buildServer, type Health } from '../http/server.ts';
import type { Logger } from '../log.ts';
import { Metrics } from '../metrics.ts';
import { interactionsRoute } from './http/interactions.ts';
import type { ServedDesk } from './open-desk.ts';

/** Healthy only while the desk is open and the bot not stopping. */
export function healthOf(served: ServedDesk | undefined, stopping: boolean): Health {
  if (stopping) return { ok: false, reason: 'closed: the bot is shutting down' };
  if (!served) return { ok: false, reason: 'loading: the desk is opening the corpus' };
  const status = served.status();
  return status.state === 'open'
    ? { ok: true, reports: status.reports }
    : { ok: false, reason: `${status.state}: ${status.reason}` };
}

export interface Service {
  app: FastifyInstance;
  metrics: Metrics;
}

/**
 * Builds and starts the server; `served()` is the desk once open, `stopping()` whether a signal came.
 * `routes` are more plugins (web pages).
 */
export async function serve(
  config: Config,
  log: Logger,
  desk: { served(): ServedDesk | undefined; stopping(): boolean },
  routes: FastifyPluginAsync[] = [],
): Promise<Service> {
  const metrics = new Metrics({
    queueDepth: () => desk.served()?.status().queue ?? 0,
    reports: () => desk.served()?.status().reports ?? 0,
  });
  const interactions =
    config.INTERACTIONS_MODE === 'http' && config.DISCORD_PUBLIC_KEY
      ? [
          interactionsRoute({
            publicKey: config.DISCORD_PUBLIC_KEY,
            desk: () => desk.served()?.desk,
            config,
            log,
            metrics,
          }),
        ]
      : [];
  const app = await buildServer({
    health: () => healthOf(desk.served(), desk.stopping()),
    metrics,
    routes: [...interactions, ...routes],
    log,
  });
  const url = await app.listen({ port: config.PORT, host: config.HOST });
  log.info({ url, mode: config.INTERACTIONS_MODE }, 'HTTP server listening (/healthz, /metrics)');
  return { app, metrics };
}
