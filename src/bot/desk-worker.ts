/**
 * The desk's own thread (see desk-thread.ts): opens the desk, hands over what
 * the bot's thread answers by itself, then answers calls and says it is alive
 * every few seconds, so that a thread that hangs is told from a busy one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CorpusInvalid, openDesk, type Notes } from '../open.ts';
import { answer, crossed, type Call, type FromDesk, type WorkerOptions } from './desk-protocol.ts';

const port = parentPort!;
const send = (message: FromDesk) => port.postMessage(message);
const options: WorkerOptions = workerData;
const log: Notes = {
  info: (fields, message) => send({ kind: 'log', level: 'info', fields, message }),
  warn: (fields, message) => send({ kind: 'log', level: 'warn', fields, message }),
};

try {
  const { desk, ...opened } = await openDesk({ ...options.open, log });
  port.on('message', (call: Call) => {
    // A call that throws at once is answered as one that fails later: either way, with its error.
    Promise.resolve(call)
      .then((c) => answer(desk, c))
      .then(
        (value) => send({ kind: 'reply', id: call.id, value }),
        (error: unknown) => send({ kind: 'thrown', id: call.id, error: crossed(error) }),
      );
  });
  setInterval(() => send({ kind: 'alive' }), options.heartbeatMs);
  send({ kind: 'ready', ready: { ...opened, handover: await desk.handover() } });
} catch (error) {
  const invalid = error instanceof CorpusInvalid ? { problems: error.problems, counts: error.counts } : undefined;
  send({ kind: 'failed', error: crossed(error), invalid });
}
