/** A server of the report pages alone (`report-bot serve`): fastify, the pages' plugin, a 404 page for the rest. */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Desk } from '../desk.ts';
import { renderErrorPage } from '../render/error-page.ts';
import { reportPages } from './routes.ts';

export function pageServer(desk: Desk, publicUrl?: string): FastifyInstance {
  const app = Fastify({ logger: false });
  void app.register(reportPages(() => desk, publicUrl));
  app.get('/', (_request, reply) => reply.redirect('search'));
  app.setNotFoundHandler((request, reply) => {
    const depth = Math.max(0, request.url.split('?')[0]!.split('/').length - 2);
    const page = renderErrorPage(404, 'There is no page at this address.', '../'.repeat(depth) || './');
    return reply.code(404).header('content-type', 'text/html; charset=utf-8').send(page);
  });
  // A malformed address (bad percent-encoding) or a failure: a page, not fastify's JSON.
  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode === 400 ? 400 : 503;
    const message = status === 400 ? 'That address cannot be read.' : 'The pages cannot answer right now: try again.';
    return reply.code(status).header('content-type', 'text/html; charset=utf-8').send(renderErrorPage(status, message));
  });
  return app;
}
