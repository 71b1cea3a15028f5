/**
 * The desk's own thread (see desk-thread.ts): opens the desk (in memory, or on
 * the report database), hands over what the bot's thread answers by itself,
 * then answers calls and says it is alive every few seconds, so that a thread
 * that hangs is told from a busy one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CorpusInvalid } from '../corpus/problems.ts';
import { openDatabaseDesk, openDesk, type Notes } from '../open.ts';
import { answer, crossed, type Call, type FromDesk, type Ready, type WorkerOptions } from './desk-protocol.ts';

const port = parentPort!;
const send = (message: FromDesk) => port.postMessage(message);
const options: WorkerOptions = workerData;
const log: Notes = {
  info: (fields, message) => send({ kind: 'log', level: 'info', fields, message }),
  warn: (fields, message) => send({ kind: 'log', level: 'warn', fields, message }),
};

/** The desk on the report database answers from the start: "unavailable" until the database answers. */
const NOTHING_READ = { problems: [], counts: { read: 0, imported: 0, rejected: 0 }, fromCache: false };

try {
  const { desk, ready } = options.database ? onDatabase(options.database) : await inMemory();
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
  send({ kind: 'ready', ready: await ready() });
} catch (error) {
  const invalid = error instanceof CorpusInvalid ? { problems: error.problems, counts: error.counts } : undefined;
  send({ kind: 'failed', error: crossed(error), invalid });
}

/** The desk on the report database, its import read at once rather than on the first call (when it answers). */
function onDatabase(url: string) {
  const desk = openDatabaseDesk(url);
  desk.stats().catch(() => {});
  return { desk, ready: async (): Promise<Ready> => NOTHING_READ };
}

/** The desk in memory, opened here, with what it hands over to the bot's thread. */
async function inMemory() {
  const { desk, ...opened } = await openDesk({ ...options.open, log });
  return { desk, ready: async (): Promise<Ready> => ({ ...opened, handover: await desk.handover() }) };
}
