/**
 * The desk's own thread (see desk-thread.ts): opens the desk, tells what the
 * bot answers from memory, then answers search, report and ask in turn.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Desk } from '../desk.ts';
import { CorpusInvalid, openDesk, type Notes } from '../open.ts';
import type { FromDesk, ThreadOptions, ToDesk } from './desk-thread.ts';

const port = parentPort!;
const send = (message: FromDesk) => port.postMessage(message);
const options = workerData as ThreadOptions;
const log: Notes = {
  info: (fields, message) => send({ kind: 'log', level: 'info', fields, message }),
  warn: (fields, message) => send({ kind: 'log', level: 'warn', fields, message }),
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function answer(desk: Desk, { method, args }: ToDesk): Promise<unknown> {
  if (method === 'search') return desk.search(args[0] as Parameters<Desk['search']>[0]);
  if (method === 'report') return desk.report(args[0] as string, args[1] as Parameters<Desk['report']>[1]);
  return desk.ask(args[0] as string);
}

try {
  const { desk, ...opened } = await openDesk({ ...options.open, log });
  port.on('message', (request: ToDesk) => {
    answer(desk, request).then(
      (value) => send({ kind: 'reply', id: request.id, value }),
      (error: unknown) => send({ kind: 'reply', id: request.id, error: messageOf(error) }),
    );
  });
  send({ kind: 'ready', ready: { ...opened, handover: await desk.handover() } });
} catch (error) {
  send({
    kind: 'failed',
    message: messageOf(error),
    invalid: error instanceof CorpusInvalid ? { problems: error.problems, counts: error.counts } : undefined,
  });
}
