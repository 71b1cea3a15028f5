/**
 * What the bot's thread and the desk's thread say to each other (see
 * desk-thread.ts and desk-worker.ts), typed from the Desk interface: a call
 * names a desk method and carries that method's arguments; its reply is that
 * method's outcome, or the error it threw, with name, message and stack.
 */
import type {
  AskResults,
  Completion,
  Desk,
  ExportPage,
  Marks,
  Outcome,
  Places,
  RandomPick,
  Related,
  ReportResults,
  SearchResults,
  Stats,
  Timeline,
} from '../desk.ts';
import type { Handover } from '../desk/memory.ts';
import type { CorpusInvalid } from '../corpus/problems.ts';
import type { Opened, OpenOptions } from '../open.ts';

/** The desk methods its thread answers, by what each resolves to (an outcome of it); the rest is handed over. */
interface Answers {
  search: SearchResults;
  report: ReportResults;
  ask: AskResults;
  timeline: Timeline;
  places: Places;
  related: Related;
  random: RandomPick;
  export: ExportPage;
  marks: Marks;
  /** Handed over by a desk in memory; asked of a desk on the report database, whose imports change under it. */
  stats: { stats: Stats };
  complete: { completions: Completion[] };
}
export type Remote = keyof Answers;
export type Answer<M extends Remote> = Outcome<Answers[M]>;

export type Call<M extends Remote = Remote> = {
  [K in M]: { id: number; method: K; args: Parameters<Desk[K]> };
}[M];

/**
 * Every desk method applied to its arguments: one line a method, checked against the Desk interface. The desk's thread
 * answers the remote ones (ANSWER); the shards' manager answers them all (shard-desk.ts).
 */
export const DESK_CALLS: { [M in keyof Desk]: (desk: Desk, args: Parameters<Desk[M]>) => ReturnType<Desk[M]> } = {
  search: (desk, args) => desk.search(...args),
  report: (desk, args) => desk.report(...args),
  ask: (desk, args) => desk.ask(...args),
  stats: (desk) => desk.stats(),
  complete: (desk, args) => desk.complete(...args),
  timeline: (desk, args) => desk.timeline(...args),
  places: (desk, args) => desk.places(...args),
  related: (desk, args) => desk.related(...args),
  random: (desk, args) => desk.random(...args),
  export: (desk, args) => desk.export(...args),
  marks: (desk, args) => desk.marks(...args),
};

/** The calls the desk's thread answers, each resolving to its outcome. */
const ANSWER: { [M in Remote]: (desk: Desk, args: Parameters<Desk[M]>) => Promise<Answer<M>> } = {
  ...DESK_CALLS,
  stats: async (desk) => ({ ok: true, stats: await desk.stats() }),
  complete: async (desk, args) => ({ ok: true, completions: await desk.complete(...args) }),
};

export const answer = <M extends Remote>(desk: Desk, call: Call<M>): Promise<Answer<M>> =>
  ANSWER[call.method](desk, call.args);

/** An error as it crosses between threads: structured cloning would keep neither its class nor, reliably, its stack. */
export interface CrossedError {
  name: string;
  message: string;
  stack?: string;
}

export const crossed = (error: unknown): CrossedError =>
  error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { name: 'Error', message: String(error) };

/** The error again on this side, with the name, message and stack it had on the other. */
export function uncrossed({ name, message, stack }: CrossedError): Error {
  const error = new Error(message);
  error.name = name;
  if (stack) error.stack = stack;
  return error;
}

/** What the desk's thread tells once open: how opening went, and what the bot's thread answers by itself. */
export interface Ready extends Omit<Opened, 'desk'> {
  /** Absent for a desk on the report database: it answers its figures and completion itself. */
  handover?: Handover;
}

/** What the desk's thread is started with. */
export interface WorkerOptions {
  open: Omit<OpenOptions, 'log' | 'onProgress'>;
  /** The report database's URL: the thread serves the desk on it instead (`open` unread). */
  database?: string;
  /** How often the thread says it is alive once open. */
  heartbeatMs: number;
}

export type FromDesk =
  | { kind: 'ready'; ready: Ready }
  | { kind: 'failed'; error: CrossedError; invalid?: Pick<CorpusInvalid, 'problems' | 'counts'> }
  | { kind: 'reply'; id: number; value: Answer<Remote> }
  | { kind: 'thrown'; id: number; error: CrossedError }
  | { kind: 'alive' }
  | { kind: 'log'; level: 'info' | 'warn'; fields: object; message: string };
