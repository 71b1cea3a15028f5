/**
 * One desk thread and the calls it is answering: calls go out typed (see
 * desk-protocol.ts), at most `queueLimit` at a time ("busy" past that);
 * replies and errors come back with their stack. Once open, the thread says
 * it is alive every few seconds; a thread not heard from for `hungAfterMs`
 * is hung, however long any request has waited behind others: what it was
 * answering fails, and it is stopped.
 */
import { Worker } from 'node:worker_threads';
import type { Desk } from '../desk.ts';
import { CorpusInvalid } from '../corpus/problems.ts';
import type { Notes } from '../open.ts';
import { threadStart } from './entry.ts';
import { uncrossed, type Answer, type FromDesk, type Ready, type Remote, type WorkerOptions } from './desk-protocol.ts';

/** Where the desk's threads report: a pino logger fits. */
export type ThreadLog = Notes & { error(fields: object, message: string): void };

export interface LinkOptions {
  worker: WorkerOptions;
  hungAfterMs: number;
  queueLimit: number;
  heapLimitMb: number;
}

export interface LinkEvents {
  /** The thread opened the desk. */
  ready(ready: Ready): void;
  /** The thread stopped: after opening or not, and why when it said. */
  exit(code: number, opened: boolean, failure?: Error): void;
}

/**
 * The desk's thread in memory keeps V8's own young generation on 64-bit (3 × 16 MB semi-spaces), whatever the process
 * sets for its main thread (bin/start-bot.sh: 2 MB semi-spaces): a search allocates its hits and excerpts, and a small
 * young generation would collect during most of them. The desk on the database mostly waits on it: measured at
 * 470,000 reports, 16 MB held 10–30 MB less at rest, its answers not measurably slower.
 */
const DESK_YOUNG_MB = { memory: 48, database: 16 };

const BUSY = { ok: false as const, error: { code: 'busy' as const } };

type Pending = { resolve: (value: Answer<Remote>) => void; reject: (error: Error) => void };

export class Link {
  readonly worker: Worker;
  /** The desk opened on the thread, or why it could not be. */
  readonly ready: Promise<Ready>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private opened = false;
  /** When the thread was last heard from. */
  private heard = Date.now();
  private failure: Error | undefined;
  private idle: (() => void) | undefined;
  private readonly watch: NodeJS.Timeout;

  constructor(
    private readonly options: LinkOptions,
    private readonly log: ThreadLog,
    private readonly on: LinkEvents,
  ) {
    const resourceLimits = {
      maxOldGenerationSizeMb: options.heapLimitMb,
      maxYoungGenerationSizeMb: DESK_YOUNG_MB[options.worker.database ? 'database' : 'memory'],
    };
    const { start, eval: isCode } = threadStart('desk-worker');
    this.worker = new Worker(start, { eval: isCode, workerData: options.worker, resourceLimits });
    const hung = () => this.opened && Date.now() - this.heard >= options.hungAfterMs;
    this.watch = watchHeartbeat(options, hung, () => this.hangUp());
    this.ready = new Promise<Ready>((resolve, reject) => {
      this.worker.on('message', (m: FromDesk) => this.receive(m, resolve, reject));
      this.worker.on('error', (error) => {
        // Thrown on the thread and not caught, or past its heap limit: what opening fails with, when it does.
        this.failure ??= error;
        log.error({ err: error }, 'the desk thread failed');
      });
      this.worker.on('exit', (code) => {
        clearInterval(this.watch);
        reject(this.failure ?? new Error(`the desk thread stopped (exit code ${code})`));
        this.failAll(new Error('the desk thread stopped while answering'));
        on.exit(code, this.opened, this.failure);
      });
    });
    // Calls see a failed opening; nothing else waits on it.
    this.ready.catch(() => {});
  }

  /** Whether the thread has opened the desk (and not stopped since). */
  get isOpen(): boolean {
    return this.opened;
  }

  /** Calls sent and not answered yet. */
  get queued(): number {
    return this.pending.size;
  }

  call<M extends Remote>(method: M, args: Parameters<Desk[M]>): Promise<Answer<M>> {
    if (this.pending.size >= this.options.queueLimit) return Promise.resolve(BUSY);
    const id = this.nextId++;
    return new Promise<Answer<M>>((resolve, reject) => {
      // The thread answers call `id` with what `method` resolves to (see desk-worker.ts).
      this.pending.set(id, { resolve: (value) => resolve(value as Answer<M>), reject });
      try {
        this.worker.postMessage({ id, method, args });
      } catch (error) {
        this.settle(id, (call) => call.reject(error instanceof Error ? error : new Error(String(error))));
      }
    });
  }

  /** Resolves once nothing is in flight, or after `ms`, whichever comes first. */
  drained(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      if (!this.pending.size) return resolve();
      this.idle = resolve;
      setTimeout(resolve, ms).unref();
    });
  }

  private receive(m: FromDesk, resolve: (ready: Ready) => void, reject: (error: Error) => void) {
    this.heard = Date.now();
    if (m.kind === 'reply') this.settle(m.id, (call) => call.resolve(m.value));
    else if (m.kind === 'thrown') this.settle(m.id, (call) => call.reject(uncrossed(m.error)));
    else if (m.kind === 'log') this.log[m.level](m.fields, m.message);
    else if (m.kind === 'ready') {
      this.opened = true;
      this.on.ready(m.ready);
      resolve(m.ready);
    } else if (m.kind === 'failed') {
      this.failure = m.invalid ? new CorpusInvalid(m.invalid.problems, m.invalid.counts) : uncrossed(m.error);
      if (this.opened) this.log.error({ err: this.failure }, 'the desk thread failed after opening');
      reject(this.failure);
    }
  }

  private settle(id: number, done: (call: Pending) => void) {
    const call = this.pending.get(id);
    this.pending.delete(id);
    if (call) done(call);
    if (!this.pending.size) this.idle?.();
  }

  private failAll(error: Error) {
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
    this.idle?.();
  }

  private hangUp() {
    const ms = this.options.hungAfterMs;
    this.log.error({ ms }, 'the desk thread did not answer in time; stopping it');
    this.failAll(new Error(`the desk thread did not answer within ${ms / 1000} s: stopped as hung`));
    void this.worker.terminate();
  }
}

/**
 * Checks `hung()` a few times per period and calls `stop` once it holds. A
 * check that comes late means this thread was held up itself, with the desk
 * thread's messages perhaps still unread: it waits for the next.
 */
function watchHeartbeat(options: LinkOptions, hung: () => boolean, stop: () => void): NodeJS.Timeout {
  const every = Math.max(10, Math.min(options.worker.heartbeatMs, options.hungAfterMs / 4));
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    const late = now - last > 2 * every;
    last = now;
    if (late || !hung()) return;
    clearInterval(timer);
    stop();
  }, every);
  return timer.unref();
}
