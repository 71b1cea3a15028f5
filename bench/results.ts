/** What a benchmark run measures, shared by the parent (bench/run.ts) and its children (bench/worker.ts). */

export const ENGINES = ['desk', 'minisearch', 'flexsearch', 'orama', 'postgres'] as const;
/** The engines that are desks (the in-memory one, and the one on PostgreSQL): measured through the Desk interface. */
export const DESKS = ['desk', 'postgres'] as const satisfies readonly EngineName[];
export const isDesk = (engine: EngineName): engine is (typeof DESKS)[number] =>
  (DESKS as readonly string[]).includes(engine);
export type EngineName = (typeof ENGINES)[number];

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Latency groups, each a separate line of the table. */
export const LATENCY_GROUPS = [
  'mix',
  'common',
  'rare',
  'multi',
  'glossary',
  'date',
  'typo',
  'real',
  'filters',
  'pages',
  'pagesNoPause',
  'autocomplete',
  'reportDate',
  'reportKey',
  'ask',
] as const;
export type LatencyGroup = (typeof LATENCY_GROUPS)[number];

export interface QueryTiming {
  kind: string;
  query: string;
  filters?: string;
  offset: number;
  ms: number;
  /** Results found in all (the desk, MiniSearch, Orama); null where the engine does not say (FlexSearch). */
  total: number | null;
  /** Results on the page. */
  shown: number;
  /** The first result's id (the desks): what the top-result agreement of two desks compares. */
  top?: string | null;
}

export interface RunResult {
  engine: EngineName;
  size: number;
  status: 'ok' | 'failed' | 'timeout';
  /** Why it failed, or null. */
  error: string | null;
  /** Reports imported (read minus rejected rows). */
  reports: number | null;
  /** Reading the CSV into reports (loadCorpus; for the desk, the reading phase inside openDesk). */
  importMs: number | null;
  /** Building the index from reports (the desk: index and save, which openDesk does in one go). */
  buildMs: number | null;
  /** Serializing the index and writing it (the desk: inside buildMs). */
  saveMs: number | null;
  /** A first start: import + build + save (the desk: openDesk with rebuild, end to end). */
  startMs: number | null;
  indexBytes: number | null;
  /** Why the index could not be saved (then there is no reload: the desk is measured after a build in its second process instead). */
  saveError: string | null;
  /** A start from the saved index, in a fresh process (the desk: openDesk; others: load the serialized index only). */
  reloadMs: number | null;
  /**
   * Heap and RSS "after load", after gc: the desk after a reload (reports, passages and index);
   * the other engines after building, with the reports they were built from still in memory.
   */
  heapMB: number | null;
  rssMB: number | null;
  /** Heap and RSS of the reload child (the other engines: index only, no report texts). */
  reloadHeapMB: number | null;
  reloadRssMB: number | null;
  /** The reload child's RSS after the whole query mix, autocomplete, /report and /ask (caches filled; the desk only). */
  rssAfterQueriesMB: number | null;
  /** The build child's peak RSS. */
  peakRssMB: number | null;
  latency: Record<LatencyGroup, Latency | null>;
  /** Top ids of a probe query before saving and after reloading: equal when the reload is faithful. */
  reloadFaithful: boolean | null;
  queries: QueryTiming[];
  /** Each autocomplete, /report and /ask call of the desk, timed. */
  calls: { group: LatencyGroup; label: string; ms: number }[];
  /** The desk on PostgreSQL: the share of the mix whose first result is the in-memory desk's, at the same size. */
  topAgreement: number | null;
  notes: string[];
}

export interface RelevanceResult {
  engine: EngineName;
  status: 'ok' | 'failed' | 'timeout';
  error: string | null;
  /** Mean reciprocal rank of the first relevant report in the top 10. */
  mrr10: number | null;
  /** Relevant reports in the top 10, over min(10, relevant reports), averaged. */
  recall10: number | null;
  queries: {
    query: string;
    relevant: number;
    firstRelevantRank: number | null;
    foundInTop10: number;
    top10: string[];
  }[];
}

export interface TargetResult {
  figure: string;
  target: string;
  value: string;
  verdict: 'PASS' | 'FAIL' | 'n/a';
}

export interface BenchReport {
  version: 1;
  startedAt: string;
  finishedAt: string;
  machine: { node: string; platform: string; arch: string; cpus: number; cpuModel: string; totalMemoryGB: number };
  options: {
    sizes: number[];
    engines: EngineName[];
    quick: boolean;
    seed: number;
    timeoutMinutes: number;
    maxHeapMB: number;
  };
  mix: {
    queries: number;
    byKind: Record<string, number>;
    autocomplete: number;
    reportDates: number;
    reportKeys: number;
    questions: number;
    judged: number;
  };
  engineOptions: Record<EngineName, string>;
  runs: RunResult[];
  relevance: RelevanceResult[];
  /** Judged at 76,911 reports when that size was run, else at the largest size run (marked so). */
  targets: TargetResult[];
  targetSize: number | null;
  table: string;
}

export function emptyLatency(): Record<LatencyGroup, Latency | null> {
  return Object.fromEntries(LATENCY_GROUPS.map((g) => [g, null])) as Record<LatencyGroup, Latency | null>;
}

export function emptyRun(engine: EngineName, size: number): RunResult {
  return {
    engine,
    size,
    status: 'ok',
    error: null,
    reports: null,
    importMs: null,
    buildMs: null,
    saveMs: null,
    startMs: null,
    indexBytes: null,
    saveError: null,
    reloadMs: null,
    heapMB: null,
    rssMB: null,
    reloadHeapMB: null,
    reloadRssMB: null,
    rssAfterQueriesMB: null,
    peakRssMB: null,
    latency: emptyLatency(),
    reloadFaithful: null,
    queries: [],
    calls: [],
    topAgreement: null,
    notes: [],
  };
}

/** The share of queries (by place in the mix) whose first result two desks agree on; null without both. */
export function topAgreement(a: RunResult | undefined, b: RunResult | undefined): number | null {
  if (!a?.queries.length || !b?.queries.length || a.queries.length !== b.queries.length) return null;
  const same = a.queries.filter((q, i) => q.top === b.queries[i]!.top).length;
  return Math.round((same / a.queries.length) * 1000) / 1000;
}

/** Nearest-rank percentiles. */
export function latencyOf(samples: number[]): Latency | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted.at(-1)!),
    mean: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
  };
}
