/**
 * Analysing a large corpus while it is read, on two threads: reading the War Diary's CSV and analysing its reports
 * each take seconds on one core, and the machine has more. This thread reads; another analyses (finds sentences and
 * counts terms), its reports sent in batches, in corpus order, with only the text it reads. Reading is the longer
 * half, so all of the analysis is the other thread's. What comes back is what analyseReports gives for the same
 * reports, byte for byte.
 */
import { Worker } from 'node:worker_threads';
import { moduleBeside, workerStart } from '../thread-start.ts';
import type { Report } from '../corpus/model.ts';
import type { Glossary } from './glossary.ts';
import { analyseReports, type AnalysedText, type IndexSnapshot } from './index.ts';

export type ToAnalysis = { reports: AnalysedText[] } | { reports?: undefined };
export type FromAnalysis = { done: number } | { snapshot: IndexSnapshot };

/** Reports sent at a time: few enough messages, and the thread never waits long for the next. */
const BATCH = 500;

const WORKER = moduleBeside('analysis-worker', import.meta.url);

/** Analyses reports on a thread of its own. */
export class AnalysisThread {
  private readonly worker: Worker;
  private batch: AnalysedText[] = [];
  private readonly result: Promise<IndexSnapshot>;

  /** `onReports` hears how many reports the thread has done. */
  constructor(glossaryPath: string, onReports?: (done: number) => void) {
    const { start, eval: isCode } = workerStart(WORKER);
    this.worker = new Worker(start, { eval: isCode, workerData: { glossary: glossaryPath } });
    this.result = new Promise((resolve, reject) => {
      this.worker.on('message', (message: FromAnalysis) => {
        if ('done' in message) onReports?.(message.done);
        else resolve(message.snapshot);
      });
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`the analysis thread stopped (exit code ${code})`)));
    });
    // Whoever calls finish hears of a failure; a thread stopped unfinished is not one.
    this.result.catch(() => {});
  }

  /** The next report in corpus order. */
  add({ quotes, paraphrase, title, type, places }: AnalysedText): void {
    this.batch.push({ quotes, paraphrase, title, type, places });
    if (this.batch.length >= BATCH) this.send();
  }

  /** The analysis of every report added. */
  async finish(): Promise<IndexSnapshot> {
    this.send();
    this.worker.postMessage({} satisfies ToAnalysis);
    try {
      return await this.result;
    } finally {
      this.stop();
    }
  }

  /** Stops the thread, done or not. */
  stop(): void {
    void this.worker.terminate();
  }

  private send(): void {
    if (this.batch.length) this.worker.postMessage({ reports: this.batch } satisfies ToAnalysis);
    this.batch = [];
  }
}

export interface AsRead {
  /** Reports analysed on a thread of their own (worth it for a large corpus only: a thread takes a second to start). */
  thread: boolean;
  onReports?: (done: number) => void;
  /** Hears why the thread failed: the reports are then analysed on this one. */
  onFailure?: (error: Error) => void;
}

/** Analyses reports as they are read on a thread of their own, or once read on this one. */
export function analysisAsRead(glossary: Glossary, glossaryPath: string, { thread, onReports, onFailure }: AsRead) {
  const analysis = thread ? new AnalysisThread(glossaryPath, onReports) : undefined;
  return {
    add(report: Report): void {
      analysis?.add(report);
    },
    /** The analysis of `reports`, those added. */
    async finish(reports: Report[]): Promise<IndexSnapshot> {
      if (!analysis) return analyseReports(reports, glossary, onReports);
      try {
        return await analysis.finish();
      } catch (error) {
        onFailure?.(error as Error);
        return analyseReports(reports, glossary, onReports);
      }
    },
    stop: () => analysis?.stop(),
  };
}
