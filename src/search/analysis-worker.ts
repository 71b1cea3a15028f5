/**
 * The thread that counts the terms of reports while the corpus is read (see analysis-thread.ts): batches of reports
 * in, how many are done out, and at the end their postings, the arrays moved rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGlossary } from './glossary.ts';
import { TermCounter } from './index.ts';
import type { FromAnalysis, ToAnalysis } from './analysis-thread.ts';

const port = parentPort!;
const counter = new TermCounter(loadGlossary((workerData as { glossary: string }).glossary));
const send = (message: FromAnalysis, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToAnalysis) => {
  if (message.reports) {
    for (const report of message.reports) counter.add(report);
    send({ done: counter.count });
    return;
  }
  const postings = counter.finish();
  const { offsets, docs, impacts, stems } = postings;
  send(
    { postings },
    [offsets, docs, impacts, stems].map((array) => array.buffer as ArrayBuffer),
  );
  port.close();
});
