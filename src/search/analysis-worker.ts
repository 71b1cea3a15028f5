/**
 * The thread that analyses reports while the corpus is read (see analysis-thread.ts): batches of reports in, how
 * many are done out, and at the end the analysis, its arrays moved rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGlossary } from './glossary.ts';
import { Analyser } from './index.ts';
import type { ToAnalysis, FromAnalysis } from './analysis-thread.ts';

const port = parentPort!;
const analyser = new Analyser(loadGlossary((workerData as { glossary: string }).glossary));
const send = (message: FromAnalysis, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToAnalysis) => {
  if (message.reports) {
    for (const report of message.reports) analyser.add(report);
    send({ done: analyser.count });
    return;
  }
  const snapshot = analyser.finish();
  const { postings, sentences } = snapshot;
  const arrays = [
    postings.offsets,
    postings.docs,
    postings.impacts,
    postings.stems,
    sentences.offsets,
    sentences.starts,
  ];
  send(
    { snapshot },
    arrays.map((array) => array.buffer as ArrayBuffer),
  );
  port.close();
});
