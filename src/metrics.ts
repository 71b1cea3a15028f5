/**
 * What an operator watches (prom-client, served as Prometheus text on /metrics):
 * interactions by kind, command and outcome, how long replies took, how many
 * calls wait on the desk, how many reports it serves, and Node's own process
 * figures (memory, CPU, event-loop lag, garbage collection). One registry per
 * Metrics, so two servers in one process (the tests) never count each other's.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type InteractionKind = 'command' | 'autocomplete' | 'component' | 'ping' | 'unhandled';
/**
 * answered: in the first response; deferred: acknowledged, then edited in; refused: an error reply (bad input,
 * cooldown, busy desk); failed: an exception, told to the user with a reference.
 */
export type InteractionOutcome = 'answered' | 'deferred' | 'refused' | 'failed';

export interface Observed {
  kind: InteractionKind;
  /** A command's name or a button's kind, from the bot's own lists (never free text: labels must stay few). */
  command: string;
  outcome: InteractionOutcome;
}

/** What the gauges read when scraped. */
export interface MetricSources {
  queueDepth(): number;
  reports(): number;
}

/** Up to Discord's 3 s for a first response, then the edits that follow a deferral. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30];

export class Metrics {
  readonly registry = new Registry();
  private readonly interactions: Counter<'kind' | 'command' | 'outcome'>;
  private readonly latency: Histogram<'kind' | 'outcome'>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.interactions = new Counter({
      name: 'report_desk_interactions_total',
      help: 'Interactions answered, by kind, command (or button kind) and outcome',
      labelNames: ['kind', 'command', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'report_desk_reply_seconds',
      help: 'From receiving an interaction to the reply the user sees (the response, or the edit after a deferral)',
      labelNames: ['kind', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    new Gauge({
      name: 'report_desk_queue_depth',
      help: "Calls waiting on the desk's thread (past its limit the desk answers busy)",
      registers,
      collect() {
        this.set(sources.queueDepth());
      },
    });
    new Gauge({
      name: 'report_desk_reports_indexed',
      help: 'Reports the desk serves (0 while it opens)',
      registers,
      collect() {
        this.set(sources.reports());
      },
    });
  }

  observe({ kind, command, outcome }: Observed, seconds: number): void {
    this.interactions.inc({ kind, command, outcome });
    this.latency.observe({ kind, outcome }, seconds);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
