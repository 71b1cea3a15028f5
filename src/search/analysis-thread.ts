/**
 * Analysing a large corpus while it is read, on two threads: reading the War Diary's CSV and analysing its reports
 * each take seconds on one core, and the machine has more. This thread reads and finds sentences; another counts
 * terms, its reports sent in batches, in corpus order, with only the text it reads. What comes back is what
 * analyseReports gives for the same reports, byte for byte.
 */
import { Worker } from 'node:worker_threads';
import { moduleBeside, workerStart } from '../thread-start.ts';
import type { Report } from '../corpus/model.ts';
import type { Glossary } from './glossary.ts';
import { countTerms, SentenceCounter, type AnalysedText, type IndexSnapshot } from './index.ts';
import type { PostingsData } from './postings.ts';

export type ToAnalysis = { reports: AnalysedText[] } | { reports?: undefined };
export type FromAnalysis = { done: number } | { postings: PostingsData };

/** Reports sent at a time: few enough messages, and the thread never waits long for the next. */
const BATCH = 500;

const WORKER = moduleBeside('analysis-worker', import.meta.url);

/** Counts the terms of reports on a thread of its own. */
export class TermThread {
  private readonly worker: Worker;
  private batch: AnalysedText[] = [];
  private readonly result: Promise<PostingsData>;

  /** `onReports` hears how many reports the thread has done. */
  constructor(glossaryPath: string, onReports?: (done: number) => void) {
    const { start, eval: isCode } = workerStart(WORKER);
    this.worker = new Worker(start, { eval: isCode, workerData: { glossary: glossaryPath } });
    this.result = new Promise((resolve, reject) => {
      this.worker.on('message', (message: FromAnalysis) => {
        if ('done' in message) onReports?.(message.done);
        else resolve(message.postings);
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

  /** The postings of every report added. */
  async finish(): Promise<PostingsData> {
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
  /** Terms counted on a thread of their own (worth it for a large corpus only: a thread takes a second to start). */
  thread: boolean;
  onReports?: (done: number) => void;
  /** Hears why the thread failed: the terms are then counted on this one. */
  onFailure?: (error: Error) => void;
}

/** Analyses reports as they are read: sentences here, terms on a thread of their own or here. */
export function analysisAsRead(glossary: Glossary, glossaryPath: string, { thread, onReports, onFailure }: AsRead) {
  const sentences = new SentenceCounter();
  const terms = thread ? new TermThread(glossaryPath, onReports) : undefined;
  return {
    add(report: Report): void {
      sentences.add(report);
      terms?.add(report);
    },
    /** The analysis of `reports`, those added. */
    async finish(reports: Report[]): Promise<IndexSnapshot> {
      if (!terms) return { postings: countTerms(reports, glossary, onReports), ...sentences.finish() };
      try {
        return { postings: await terms.finish(), ...sentences.finish() };
      } catch (error) {
        onFailure?.(error as Error);
        return { postings: countTerms(reports, glossary, onReports), ...sentences.finish() };
      }
    },
    stop: () => terms?.stop(),
  };
}
