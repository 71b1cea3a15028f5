/**
 * The HTTP server `npm start` runs in both modes (see src/http/server.ts):
 * /healthz and /metrics from the desk's thread, and in HTTP mode Discord's
 * interactions endpoint (http/interactions.ts). It listens before the desk
 * opens, so a supervisor sees "loading" rather than a refused connection.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Config } from '../config.ts';
import { buildServer, type Health } from '../http/server.ts';
import type { Logger } from '../log.ts';
import { Metrics } from '../metrics.ts';
import type { BotDesk } from './open-desk.ts';

/** The desk as served: whichever it is, open. */
type Served = Omit<BotDesk, 'opened'>;
import { interactionsRoute } from './http/interactions.ts';

/** Healthy only while the desk is open and the bot not stopping. */
export function healthOf(thread: Served | undefined, stopping: boolean): Health {
  if (stopping) return { ok: false, reason: 'closed: the bot is shutting down' };
  if (!thread) return { ok: false, reason: 'loading: the desk is opening the corpus' };
  const status = thread.status();
  return status.state === 'open'
    ? { ok: true, reports: status.reports }
    : { ok: false, reason: `${status.state}: ${status.reason}` };
}

export interface Service {
  app: FastifyInstance;
  metrics: Metrics;
}

/**
 * Builds and starts the server; `thread()` is the desk's thread once open, `stopping()` whether a signal came.
 * `routes` are more plugins (web pages).
 */
export async function serve(
  config: Config,
  log: Logger,
  desk: { thread(): Served | undefined; stopping(): boolean },
  routes: FastifyPluginAsync[] = [],
): Promise<Service> {
  const metrics = new Metrics({
    queueDepth: () => desk.thread()?.status().queue ?? 0,
    reports: () => desk.thread()?.status().reports ?? 0,
  });
  const interactions =
    config.INTERACTIONS_MODE === 'http' && config.DISCORD_PUBLIC_KEY
      ? [
          interactionsRoute({
            publicKey: config.DISCORD_PUBLIC_KEY,
            desk: () => desk.thread()?.desk,
            config,
            log,
            metrics,
          }),
        ]
      : [];
  const app = await buildServer({
    health: () => healthOf(desk.thread(), desk.stopping()),
    metrics,
    routes: [...interactions, ...routes],
    log,
  });
  const url = await app.listen({ port: config.PORT, host: config.HOST });
  log.info({ url, mode: config.INTERACTIONS_MODE }, 'HTTP server listening (/healthz, /metrics)');
  return { app, metrics };
}
