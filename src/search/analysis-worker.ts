/**
 * The thread that analyses reports while the corpus is read (see analysis-thread.ts): batches of reports in, how many
 * are done out, and at the end their analysis, its arrays moved rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGlossary } from './glossary.ts';
import { SentenceCounter, TermCounter } from './index.ts';
import type { FromAnalysis, ToAnalysis } from './analysis-thread.ts';

const port = parentPort!;
const terms = new TermCounter(loadGlossary((workerData as { glossary: string }).glossary));
const sentences = new SentenceCounter();
const send = (message: FromAnalysis, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToAnalysis) => {
  if (message.reports) {
    for (const report of message.reports) {
      sentences.add(report);
      terms.add(report);
    }
    send({ done: terms.count });
    return;
  }
  const snapshot = { postings: terms.finish(), ...sentences.finish() };
  const { offsets, docs, impacts, stems } = snapshot.postings;
  const arrays = [offsets, docs, impacts, stems, snapshot.sentences.offsets, snapshot.sentences.starts];
  send(
    { snapshot },
    arrays.map((array) => array.buffer as ArrayBuffer),
  );
  port.close();
});
