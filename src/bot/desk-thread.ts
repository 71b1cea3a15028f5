/**
 * The desk on a thread of its own, so the thread that talks to Discord is
 * never the one scoring 40,000 reports for a common word: acknowledging,
 * deferring and answering stay prompt while a search runs. Search, report
 * and ask go to the desk's thread; what autocomplete and /about read (dates,
 * filter values, words, figures) comes over once and is answered here.
 *
 * If the desk's thread dies, the requests in flight fail (the user is told)
 * and a new one opens the saved index again; the bot goes on serving.
 */
import { Worker } from 'node:worker_threads';
import type { Desk } from '../desk.ts';
import { completer } from '../desk/complete.ts';
import type { Handover } from '../desk/memory.ts';
import { CorpusInvalid, type Notes, type Opened, type OpenOptions } from '../open.ts';

export interface ThreadOptions {
  open: Omit<OpenOptions, 'log' | 'onProgress'>;
  /** A thread that has not answered a request in this long is taken for hung: stopped and opened again. Default 60 s. */
  answerWithinMs?: number;
}

/** What the desk's thread tells once open: everything this thread answers from memory. */
export interface Ready extends Omit<Opened, 'desk'> {
  handover: Handover;
}

type Method = 'search' | 'report' | 'ask';
export type ToDesk = { id: number; method: Method; args: unknown[] };
export type FromDesk =
  | { kind: 'ready'; ready: Ready }
  | { kind: 'failed'; message: string; invalid?: { problems: CorpusInvalid['problems']; counts: CorpusInvalid['counts'] } }
  | { kind: 'reply'; id: number; value?: unknown; error?: string }
  | { kind: 'log'; level: 'info' | 'warn'; fields: object; message: string };

export interface DeskThread extends Omit<Opened, 'desk'> {
  desk: Desk;
  /** Opens the desk again on a new thread (the corpus read anew), then stops the old one; if it cannot, the old one goes on. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** How long a restart waits for the old thread's answers before stopping it. */
const DRAIN_MS = 10_000;
/** Far past any answer at War Diary size (tens of milliseconds; a second at 250,000 reports, queued behind others). */
const ANSWER_WITHIN_MS = 60_000;

/** The worker runs TypeScript as the rest does: tsx is registered in it first. */
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => {
  register();
  return import(${JSON.stringify(new URL('./desk-worker.ts', import.meta.url).href)});
});`;

export async function openDeskThread(options: ThreadOptions, log: Notes & { error(fields: object, message: string): void }): Promise<DeskThread> {
  let nextId = 0;
  let closing = false;
  /** Failed attempts in a row to open the desk again after its thread died. */
  let failures = 0;

  function start() {
    const worker = new Worker(BOOT, { eval: true, workerData: options satisfies ThreadOptions });
    const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
    let opened = false;
    let failure: Error | undefined;
    const ready = new Promise<Ready>((resolve, reject) => {
      worker.on('message', (m: FromDesk) => {
        if (m.kind === 'ready') {
          opened = true;
          latest = m.ready;
          resolve(m.ready);
        } else if (m.kind === 'failed') {
          failure = m.invalid ? new CorpusInvalid(m.invalid.problems, m.invalid.counts) : new Error(m.message);
          if (opened) log.error({ err: failure }, 'the desk thread failed after opening');
          reject(failure);
        } else if (m.kind === 'log') log[m.level](m.fields, m.message);
        else {
          const call = pending.get(m.id);
          pending.delete(m.id);
          if (m.error !== undefined) call?.reject(new Error(`the desk failed: ${m.error}`));
          else call?.resolve(m.value);
        }
      });
      worker.on('error', (error) => log.error({ err: error }, 'the desk thread failed'));
      worker.on('exit', (code) => {
        reject(failure ?? new Error(`the desk thread stopped (exit code ${code})`));
        for (const call of pending.values()) call.reject(new Error('the desk thread stopped while answering'));
        pending.clear();
        if (closing || current.worker !== worker) return;
        if (opened) {
          failures = 0;
          log.warn({ code }, 'the desk thread stopped; opening the desk again');
          current = start();
          return;
        }
        // Opening again failed (the corpus may have changed under the bot): calls get why, and it is tried again later.
        const seconds = Math.min(60, 5 * 2 ** failures++);
        log.error({ err: failure, retryInSeconds: seconds }, 'the desk could not be opened again');
        setTimeout(() => {
          if (!closing && current.worker === worker) current = start();
        }, seconds * 1000).unref();
      });
    });
    // Calls see a failed opening; nothing else waits on it.
    ready.catch(() => {});
    return { worker, ready, pending };
  }

  let latest: Ready | undefined;
  let current = start();
  try {
    await current.ready;
  } catch (error) {
    closing = true;
    await current.worker.terminate();
    throw error;
  }

  async function call<T>(method: Method, args: unknown[]): Promise<T> {
    if (closing) throw new Error('the desk is closed');
    const thread = current;
    try {
      await thread.ready;
    } catch (error) {
      // That thread is gone, but another has taken its place meanwhile: ask it.
      if (thread !== current) return call(method, args);
      throw error;
    }
    if (thread !== current) return call(method, args);
    const id = nextId++;
    const within = options.answerWithinMs ?? ANSWER_WITHIN_MS;
    return new Promise<T>((resolve, reject) => {
      // A thread that hangs (rather than dies) would leave every request waiting: it is stopped, and the exit reopens the desk.
      const timer = setTimeout(() => {
        if (!thread.pending.delete(id)) return;
        reject(new Error(`the desk did not answer within ${within / 1000} s`));
        log.error({ method, ms: within }, 'the desk thread did not answer in time; stopping it');
        void thread.worker.terminate();
      }, within);
      timer.unref();
      const settle = <V>(done: (value: V) => void) => (value: V) => {
        clearTimeout(timer);
        done(value);
      };
      thread.pending.set(id, { resolve: settle(resolve as (value: unknown) => void), reject: settle(reject) });
      try {
        thread.worker.postMessage({ id, method, args } satisfies ToDesk);
      } catch (error) {
        thread.pending.delete(id);
        settle(reject)(error as Error);
      }
    });
  }

  /** Opens the desk on a new thread and switches to it once open; the old thread finishes what it is answering. */
  async function reopen() {
    const next = start();
    opening = next.worker;
    try {
      await next.ready;
    } catch (error) {
      // The corpus no longer opens: the old thread goes on serving the corpus it has.
      await next.worker.terminate();
      throw error;
    } finally {
      opening = undefined;
    }
    // Closed meanwhile: close() stopped the new thread too.
    if (closing) return;
    const old = current;
    current = next;
    failures = 0;
    const until = Date.now() + DRAIN_MS;
    while (old.pending.size > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    await old.worker.terminate();
  }
  // One reopening at a time, in the order asked: the last one asked reads the corpus last.
  let reopening: Promise<void> = Promise.resolve();
  let opening: Worker | undefined;

  // What autocomplete and /about read is the latest opened thread's: a restart may bring a new corpus.
  const now = () => latest!;
  const completions = new WeakMap<Ready, ReturnType<typeof completer>>();
  const complete = () => completions.get(now()) ?? completions.set(now(), completer(now().handover.completion)).get(now())!;
  const { problems, counts, fromCache } = now();
  return {
    problems,
    counts,
    fromCache,
    desk: {
      search: (request) => call('search', [request]),
      report: (input, page) => call('report', [input, page]),
      ask: (question) => call('ask', [question]),
      stats: async () => now().handover.stats,
      complete: async (request) => complete()(request),
    },
    restart() {
      const run = reopening.catch(() => {}).then(reopen);
      reopening = run;
      return run;
    },
    async close() {
      closing = true;
      await Promise.all([current.worker.terminate(), opening?.terminate()]);
    },
  };
}
