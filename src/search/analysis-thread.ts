/**
 * Analysing a large corpus on a thread of its own while this one reads it: reading the War Diary's CSV and analysing
 * its reports each take seconds on one core, and the machine has more. Reports go over in batches, in corpus order,
 * with only the text analysis reads; what comes back is what analyseReports gives for the same reports, byte for byte.
 */
import { Worker } from 'node:worker_threads';
import { workerStart } from '../thread-start.ts';
import type { Report } from '../corpus/model.ts';
import type { Glossary } from './glossary.ts';
import { analyseReports, type AnalysedText, type IndexSnapshot } from './index.ts';

export type ToAnalysis = { reports: AnalysedText[] } | { reports?: undefined };
export type FromAnalysis = { done: number } | { snapshot: IndexSnapshot };

/** Reports sent at a time: few enough messages, and the thread never waits long for the next. */
const BATCH = 500;

const WORKER = new URL(`./analysis-worker.${import.meta.url.endsWith('.js') ? 'js' : 'ts'}`, import.meta.url);

export class AnalysisThread {
  private readonly worker: Worker;
  private batch: AnalysedText[] = [];
  private readonly result: Promise<IndexSnapshot>;

  /** `onReports` hears how many reports the thread has analysed. */
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
  add({ quotes, paraphrase, title, type, places }: Report): void {
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

/** Reports read before a thread is started: fewer are analysed here sooner than a thread starts (about a second). */
const APART = 10_000;

/**
 * Analyses reports as they are read: on a thread of its own once there are enough to pay for one (see APART), here
 * when there are fewer, or when the thread fails (`onFailure` hears why).
 */
export function analysisAsRead(
  glossary: Glossary,
  glossaryPath: string,
  onReports?: (done: number) => void,
  onFailure?: (error: Error) => void,
) {
  let thread: AnalysisThread | undefined;
  let waiting: Report[] = [];
  return {
    add(report: Report): void {
      if (thread) return thread.add(report);
      waiting.push(report);
      if (waiting.length < APART) return;
      thread = new AnalysisThread(glossaryPath, onReports);
      for (const r of waiting) thread.add(r);
      waiting = [];
    },
    /** The analysis of `reports`, those added. */
    async finish(reports: Report[]): Promise<IndexSnapshot> {
      if (thread) {
        try {
          return await thread.finish();
        } catch (error) {
          onFailure?.(error as Error);
        }
      }
      return analyseReports(reports, glossary, onReports);
    },
    stop: () => thread?.stop(),
  };
}
