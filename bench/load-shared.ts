/** What bench/load.ts (the bot) and bench/load-fake.ts (the fake Discord and its driver) tell each other. */
import type { Latency } from './results.ts';

/** The bot's token on the fake Discord (not a real one). */
export const TOKEN = 'load-bench-token.not-a-real-token.0123456789';

export interface LoadPlan {
  rate: number;
  seconds: number;
  seed: number;
  users: number;
  /** Report keys and days from the corpus, for /report. */
  keys: string[];
  days: string[];
  /** HTTP mode: POST each interaction, signed with this key (PKCS#8 PEM), to this URL instead of the gateway. */
  http?: { url: string; privateKeyPem: string };
}

export type LoadKind =
  'search-common' | 'search-rare' | 'search-dated' | 'page' | 'autocomplete' | 'report-date' | 'report-key' | 'ask';

export interface KindStats {
  dispatched: number;
  answered: number;
  missedDeadline: number;
  deferred: number;
  /** Dispatch → first accepted callback. */
  ack: Latency | null;
  /** Dispatch → the reply the user finally sees (the callback, or the edit after a deferral). */
  complete: Latency | null;
}

export interface FakeResult extends KindStats {
  /** Interactions answered with an error message or rejected by the fake (besides 10062). */
  rejectedRequests: number;
  errorCodes: Record<string, number>;
  /** How late the driver dispatched relative to its schedule (the fake's own lag). */
  dispatchLagMs: Latency | null;
  byKind: Record<LoadKind, KindStats>;
  /** Page clicks that found no earlier result to page yet and were sent as a /search instead. */
  pageFallbacks: number;
  durationMs: number;
  drainMs: number;
}
