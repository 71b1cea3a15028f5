/**
 * The desk on a thread of its own, so the thread that talks to Discord is
 * never the one scoring 40,000 reports for a common word: acknowledging,
 * deferring and answering stay prompt while a search runs. Search, report
 * and ask go to the desk's thread (see desk-link.ts); its figures and what
 * completion reads come over once and are answered here, at once.
 *
 * If the desk's thread dies or hangs, the requests in flight fail (the user
 * is told) and a new one opens the saved index again; if the desk can no
 * longer be opened, every call is told why and it is tried again with
 * backoff. The bot goes on serving throughout.
 */
import { DEFAULT_DESK_HEAP_MB } from '../config.ts';
import type { Completion, CompletionRequest, Desk, Stats } from '../desk.ts';
import type { Handover } from '../desk/memory.ts';
import { completer } from '../desk/complete.ts';
import type { Opened } from '../open.ts';
import { Link, type LinkOptions, type ThreadLog } from './desk-link.ts';
import type { Answer, Ready, Remote, WorkerOptions } from './desk-protocol.ts';

export interface ThreadOptions {
  open: WorkerOptions['open'];
  /** Once open, a thread not heard from in this long is hung: stopped and opened again. Default 30 s. */
  hungAfterMs?: number;
  /** How often an open thread says it is alive. Default 2 s. */
  heartbeatMs?: number;
  /** Calls in flight at most; past that, the desk answers "busy". Default 100. */
  queueLimit?: number;
  /** The thread's heap limit. Default 1,024 MB: the War Diary's desk needs about 250 MB (DESK_HEAP_MB sets it). */
  heapLimitMb?: number;
  /** The report database's URL: the thread serves the desk on it (see desk-worker.ts). */
  database?: string;
}

/**
 * Whether the desk answers (for /healthz): open; loading (its thread is opening it again after it stopped); or
 * reloading (the corpus is being reread; the old thread answers meanwhile); with why when it is not open, the calls
 * waiting for the thread, and the reports it serves (for /metrics).
 */
export type DeskStatus = { queue: number; reports: number } & (
  { state: 'open' } | { state: 'loading' | 'reloading' | 'closed'; reason: string }
);

export interface DeskThread extends Omit<Opened, 'desk'> {
  desk: Desk;
  status(): DeskStatus;
  /**
   * Opens the desk again on a new thread (the corpus read anew), then stops the old one; if it cannot, the old one goes
   * on.
   */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** How long a restart waits for the old thread's answers before stopping it. */
const DRAIN_MS = 10_000;
/** Far past any answer at War Diary size (tens of milliseconds; a second at 250,000 reports). */
const HUNG_AFTER_MS = 30_000;
const HEARTBEAT_MS = 2_000;
/** About a second of common searches, or several of questions, queued. */
const QUEUE_LIMIT = 100;

/** The threads over time: the one answering, the one a reread is opening, and what the latest one handed over. */
class Supervisor {
  current: Link;
  latest: Ready | undefined;
  closing = false;
  /** Failed attempts in a row to open the desk again after its thread died. */
  private failures = 0;
  /** Why the desk is being opened again, while it is. */
  private down: string | undefined;
  private opening: Link | undefined;
  /** One reread at a time, in the order asked: the last one asked reads the corpus last. */
  private rereading: Promise<void> = Promise.resolve();
  private readonly link: LinkOptions;
  private complete: { from: Ready; answer: ReturnType<typeof completer> } | undefined;

  constructor(
    options: ThreadOptions,
    private readonly log: ThreadLog,
  ) {
    const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
    this.link = {
      worker: { open: options.open, database: options.database, heartbeatMs },
      hungAfterMs: options.hungAfterMs ?? HUNG_AFTER_MS,
      queueLimit: options.queueLimit ?? QUEUE_LIMIT,
      heapLimitMb: options.heapLimitMb ?? DEFAULT_DESK_HEAP_MB,
    };
    this.current = this.start();
  }

  private start(): Link {
    const link: Link = new Link(this.link, this.log, {
      ready: (ready) => (this.latest = ready),
      exit: (code, opened, failure) => this.stopped(link, code, opened, failure),
    });
    return link;
  }

  private stopped(link: Link, code: number, opened: boolean, failure?: Error) {
    if (this.closing || this.current !== link) return;
    if (opened) {
      this.failures = 0;
      this.down = `the desk thread stopped (exit code ${code}); opening the desk again`;
      this.log.warn({ code }, 'the desk thread stopped; opening the desk again');
      this.current = this.start();
      return;
    }
    // Opening again failed (the corpus may have changed under the bot): calls get why, and it is tried again later.
    const seconds = Math.min(60, 5 * 2 ** this.failures++);
    this.down = `the desk could not be opened again (${failure?.message ?? `exit code ${code}`}); retrying`;
    this.log.error({ err: failure, retryInSeconds: seconds }, 'the desk could not be opened again');
    setTimeout(() => {
      if (!this.closing && this.current === link) this.current = this.start();
    }, seconds * 1000).unref();
  }

  async call<M extends Remote>(method: M, args: Parameters<Desk[M]>): Promise<Answer<M>> {
    if (this.closing) throw new Error('the desk is closed');
    const link = this.current;
    try {
      await link.ready;
    } catch (error) {
      // That thread is gone, but another has taken its place meanwhile: ask it.
      if (link !== this.current) return this.call(method, args);
      throw error;
    }
    if (link !== this.current) return this.call(method, args);
    return link.call(method, args);
  }

  status(): DeskStatus {
    const figures = { queue: this.current.queued, reports: this.latest?.handover?.stats.reports ?? 0 };
    if (this.closing) return { state: 'closed', reason: 'the desk is closed', ...figures };
    if (!this.current.isOpen) return { state: 'loading', reason: this.down ?? 'opening the desk', ...figures };
    if (this.opening) return { state: 'reloading', reason: 'rereading the corpus', ...figures };
    return { state: 'open', ...figures };
  }

  /** What completion answers, from the latest thread's handover (a reread may bring a new corpus). */
  completion(handover: Handover): ReturnType<typeof completer> {
    const from = this.latest!;
    if (this.complete?.from !== from) this.complete = { from, answer: completer(handover.completion) };
    return this.complete.answer;
  }

  /** The desk's figures: handed over by a desk in memory, asked of one on the report database. */
  async stats(): Promise<Stats> {
    const handover = this.latest?.handover;
    if (handover) return handover.stats;
    const asked = await this.call('stats', []);
    if (!asked.ok) throw new Error(`the desk could not count its reports: ${asked.error.code}`);
    return asked.stats;
  }

  /** Completion: at once from what a desk in memory handed over; a desk on the database is asked (none if busy). */
  async completions(request: CompletionRequest): Promise<Completion[]> {
    const handover = this.latest?.handover;
    if (handover) return this.completion(handover)(request);
    const asked = await this.call('complete', [request]);
    return asked.ok ? asked.completions : [];
  }

  reread(): Promise<void> {
    const run = this.rereading.catch(() => {}).then(() => this.reopen());
    this.rereading = run;
    return run;
  }

  /** Opens the desk on a new thread and switches to it once open; the old thread finishes what it is answering. */
  private async reopen() {
    const next = this.start();
    this.opening = next;
    try {
      await next.ready;
    } catch (error) {
      // The corpus no longer opens: the old thread goes on serving the corpus it has.
      await next.worker.terminate();
      throw error;
    } finally {
      this.opening = undefined;
    }
    // Closed meanwhile: close() stopped the new thread too.
    if (this.closing) return;
    const old = this.current;
    this.current = next;
    this.failures = 0;
    await old.drained(DRAIN_MS);
    await old.worker.terminate();
  }

  async close() {
    this.closing = true;
    await Promise.all([this.current.worker.terminate(), this.opening?.worker.terminate()]);
  }
}

export async function openDeskThread(options: ThreadOptions, log: ThreadLog): Promise<DeskThread> {
  const threads = new Supervisor(options, log);
  try {
    await threads.current.ready;
  } catch (error) {
    await threads.close();
    throw error;
  }
  const { problems, counts, fromCache } = threads.latest!;
  return {
    problems,
    counts,
    fromCache,
    desk: {
      search: (request) => threads.call('search', [request]),
      report: (input, page) => threads.call('report', [input, page]),
      ask: (question) => threads.call('ask', [question]),
      timeline: (request) => threads.call('timeline', [request]),
      places: (request) => threads.call('places', [request]),
      related: (id) => threads.call('related', [id]),
      random: (request) => threads.call('random', [request]),
      export: (request) => threads.call('export', [request]),
      marks: (id, query) => threads.call('marks', [id, query]),
      stats: () => threads.stats(),
      complete: (request) => threads.completions(request),
    },
    status: () => threads.status(),
    restart: () => threads.reread(),
    close: () => threads.close(),
  };
}
