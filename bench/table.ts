/** The benchmark's tables: one per size, relevance, scaling and the targets, as plain text. */
import {
  ENGINES,
  type EngineName,
  type Latency,
  type LatencyGroup,
  type RelevanceResult,
  type RunResult,
  type TargetResult,
} from './results.ts';

export const TARGET_SIZE = 76_911;

type Unit = 'ms' | 's' | 'MB' | 'n' | '%';
interface Row {
  label: string;
  unit: Unit;
  get: (r: RunResult) => number | null;
  /** A desk target: the bound and whether lower is better (all of them are). */
  target?: { max: number; text: string };
}

const lat = (group: LatencyGroup, stat: keyof Latency) => (r: RunResult) => r.latency[group]?.[stat] ?? null;
const sec = (x: number | null) => (x === null ? null : x / 1000);
const mb = (x: number | null) => (x === null ? null : x / 2 ** 20);

export const ROWS: Row[] = [
  { label: 'reports imported', unit: 'n', get: (r) => r.reports },
  { label: 'import: read the CSV', unit: 's', get: (r) => sec(r.importMs) },
  { label: 'build index (desk: + save)', unit: 's', get: (r) => sec(r.buildMs) },
  { label: 'save index (desk: in build)', unit: 's', get: (r) => sec(r.saveMs) },
  {
    label: 'first start: import+build+save',
    unit: 's',
    get: (r) => sec(r.startMs),
    target: { max: 30, text: '≤ 30 s' },
  },
  { label: 'saved index size', unit: 'MB', get: (r) => mb(r.indexBytes) },
  { label: 'reload saved index', unit: 's', get: (r) => sec(r.reloadMs), target: { max: 3, text: '≤ 3 s' } },
  { label: 'heap after load', unit: 'MB', get: (r) => r.heapMB },
  { label: 'RSS after load', unit: 'MB', get: (r) => r.rssMB, target: { max: 700, text: '≤ 700 MB' } },
  { label: 'RSS after reload (index only*)', unit: 'MB', get: (r) => r.reloadRssMB },
  { label: 'RSS after all the queries', unit: 'MB', get: (r) => r.rssAfterQueriesMB },
  { label: 'peak RSS while building', unit: 'MB', get: (r) => r.peakRssMB },
  { label: 'search mix p50', unit: 'ms', get: lat('mix', 'p50') },
  { label: 'search mix p95', unit: 'ms', get: lat('mix', 'p95') },
  { label: 'search mix p99', unit: 'ms', get: lat('mix', 'p99'), target: { max: 100, text: '≤ 100 ms' } },
  { label: 'search mix max', unit: 'ms', get: lat('mix', 'max'), target: { max: 300, text: '≤ 300 ms' } },
  { label: 'common terms p50', unit: 'ms', get: lat('common', 'p50') },
  { label: 'common terms p99', unit: 'ms', get: lat('common', 'p99') },
  { label: 'common terms max', unit: 'ms', get: lat('common', 'max') },
  { label: 'rare terms p50', unit: 'ms', get: lat('rare', 'p50') },
  { label: 'rare terms p99', unit: 'ms', get: lat('rare', 'p99') },
  { label: '2–3 terms p50', unit: 'ms', get: lat('multi', 'p50') },
  { label: '2–3 terms p99', unit: 'ms', get: lat('multi', 'p99') },
  { label: 'glossary phrases p50', unit: 'ms', get: lat('glossary', 'p50') },
  { label: 'glossary phrases p99', unit: 'ms', get: lat('glossary', 'p99') },
  { label: 'date-filtered p50', unit: 'ms', get: lat('date', 'p50') },
  { label: 'date-filtered p99', unit: 'ms', get: lat('date', 'p99') },
  { label: 'typos p50', unit: 'ms', get: lat('typo', 'p50') },
  { label: 'typos p99', unit: 'ms', get: lat('typo', 'p99') },
  { label: 'real-sample phrases p99', unit: 'ms', get: lat('real', 'p99') },
  { label: 'filters alone p50', unit: 'ms', get: lat('filters', 'p50') },
  { label: 'filters alone p99', unit: 'ms', get: lat('filters', 'p99') },
  { label: 'pages 2–5 p50', unit: 'ms', get: lat('pages', 'p50') },
  { label: 'pages 2–5 p99', unit: 'ms', get: lat('pages', 'p99'), target: { max: 5, text: '≤ 5 ms' } },
  { label: 'pages 2–5 max', unit: 'ms', get: lat('pages', 'max') },
  { label: 'pages 2–5, no pause p99', unit: 'ms', get: lat('pagesNoPause', 'p99') },
  { label: 'autocomplete p50', unit: 'ms', get: lat('autocomplete', 'p50') },
  { label: 'autocomplete p99', unit: 'ms', get: lat('autocomplete', 'p99'), target: { max: 10, text: '≤ 10 ms' } },
  { label: 'autocomplete max', unit: 'ms', get: lat('autocomplete', 'max') },
  { label: 'report by date p50', unit: 'ms', get: lat('reportDate', 'p50') },
  { label: 'report by date p99', unit: 'ms', get: lat('reportDate', 'p99'), target: { max: 5, text: '≤ 5 ms' } },
  { label: 'report by key p50', unit: 'ms', get: lat('reportKey', 'p50') },
  { label: 'report by key p99', unit: 'ms', get: lat('reportKey', 'p99'), target: { max: 5, text: '≤ 5 ms' } },
  { label: 'ask p50', unit: 'ms', get: lat('ask', 'p50') },
  { label: 'ask p99', unit: 'ms', get: lat('ask', 'p99') },
  {
    label: 'top result = desk’s (postgres)',
    unit: '%',
    get: (r) => (r.topAgreement === null ? null : 100 * r.topAgreement),
  },
];

export function fmt(x: number | null, unit: Unit): string {
  if (x === null || !Number.isFinite(x)) return '—';
  if (unit === 'n') return Math.round(x).toLocaleString('en-US');
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : Math.abs(x) >= 1 ? 2 : 3;
  return `${x.toFixed(digits)} ${unit}`;
}

const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)
    ? '—'
    : `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×`;

function pad(rows: string[][], header: string[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const statusOf = (r: RunResult | undefined) =>
  !r ? 'not run' : r.status === 'ok' ? '' : r.status === 'timeout' ? 'timeout' : 'failed';

export function verdict(value: number | null, max: number): 'PASS' | 'FAIL' | 'n/a' {
  return value === null ? 'n/a' : value <= max ? 'PASS' : 'FAIL';
}

/** One size: each figure for each engine, with the desk's ratio to it (desk ÷ engine: below 1 means the desk is faster or smaller). */
export function sizeTable(size: number, runs: RunResult[], engines: EngineName[]): string {
  const get = (e: EngineName) => runs.find((r) => r.engine === e && r.size === size);
  const desk = get('desk');
  const others = engines.filter((e) => e !== 'desk');
  const header = [
    'figure',
    ...(engines.includes('desk') ? ['desk', 'target'] : []),
    ...others.flatMap((e) => [e, ...(engines.includes('desk') ? [`desk÷${short(e)}`] : [])]),
  ];
  const rows = ROWS.map((row) => {
    const d = desk?.status === 'ok' ? row.get(desk) : null;
    const cells = [row.label];
    if (engines.includes('desk')) {
      cells.push(desk && desk.status !== 'ok' ? statusOf(desk) : fmt(d, row.unit));
      cells.push(row.target ? `${row.target.text} ${verdict(d, row.target.max)}` : '');
    }
    for (const e of others) {
      const r = get(e);
      const v = r?.status === 'ok' ? row.get(r) : null;
      cells.push(r && r.status !== 'ok' ? statusOf(r) : fmt(v, row.unit));
      if (engines.includes('desk')) cells.push(row.unit === 'n' ? '' : ratio(d, v));
    }
    return cells;
  });
  const failures = runs
    .filter((r) => r.size === size && (r.status !== 'ok' || r.saveError))
    .map((r) =>
      (r.status !== 'ok'
        ? `  ${r.engine}: ${r.status}: ${r.error ?? ''}`
        : `  ${r.engine}: measured, but ${r.saveError} (no reload figures)`
      ).slice(0, 400),
    );
  const title = `Reports: ${size.toLocaleString('en-US')}${size === TARGET_SIZE ? ' (targets apply at this size)' : ' (targets shown for reference; they apply at 76,911)'}`;
  return [title, pad(rows, header), ...(failures.length ? ['failures:', ...failures] : [])].join('\n');
}

const short = (e: EngineName) =>
  ({ desk: 'desk', minisearch: 'mini', flexsearch: 'flex', orama: 'orama', postgres: 'pg' })[e];

export function relevanceTable(results: RelevanceResult[]): string {
  const desk = results.find((r) => r.engine === 'desk');
  const header = ['engine', 'MRR@10', 'Recall@10', 'desk÷MRR', 'desk÷Recall', 'queries with a hit in top 10'];
  const rows = ENGINES.flatMap((e) => {
    const r = results.find((x) => x.engine === e);
    if (!r) return [];
    if (r.status !== 'ok') return [[e, r.status, '', '', '', (r.error ?? '').slice(0, 80)]];
    const hit = r.queries.filter((q) => q.firstRelevantRank !== null).length;
    return [
      [
        e,
        r.mrr10!.toFixed(3),
        r.recall10!.toFixed(3),
        ratio(desk?.mrr10 ?? null, r.mrr10),
        ratio(desk?.recall10 ?? null, r.recall10),
        `${hit} / ${r.queries.length}`,
      ],
    ];
  });
  return pad(rows, header);
}

const SCALING: { label: string; unit: Unit; get: (r: RunResult) => number | null }[] = [
  { label: 'first start', unit: 's', get: (r) => sec(r.startMs) },
  { label: 'build index', unit: 's', get: (r) => sec(r.buildMs) },
  { label: 'reload', unit: 's', get: (r) => sec(r.reloadMs) },
  { label: 'saved index', unit: 'MB', get: (r) => mb(r.indexBytes) },
  { label: 'RSS after load', unit: 'MB', get: (r) => r.rssMB },
  { label: 'search p50', unit: 'ms', get: lat('mix', 'p50') },
  { label: 'search p99', unit: 'ms', get: lat('mix', 'p99') },
  { label: 'common p99', unit: 'ms', get: lat('common', 'p99') },
  { label: 'pages 2–5 p99', unit: 'ms', get: lat('pages', 'p99') },
  { label: 'autocomplete p99', unit: 'ms', get: lat('autocomplete', 'p99') },
  { label: 'report by date p99', unit: 'ms', get: lat('reportDate', 'p99') },
  { label: 'ask p99', unit: 'ms', get: lat('ask', 'p99') },
  {
    label: 'top result = desk’s (postgres)',
    unit: '%',
    get: (r) => (r.topAgreement === null ? null : 100 * r.topAgreement),
  },
];

/** How each figure grows with the corpus: its value at each size and the growth from one size to the next. */
export function scalingTable(sizes: number[], runs: RunResult[], engines: EngineName[]): string {
  const sorted = [...sizes].sort((a, b) => a - b);
  const steps = sorted.slice(1).map((s, i) => [sorted[i]!, s] as const);
  const k = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
  const header = [
    'engine',
    'figure',
    ...sorted.map(k),
    ...steps.map(([a, b]) => `${k(a)}→${k(b)} (×${(b / a).toFixed(2)})`),
  ];
  const rows: string[][] = [];
  for (const e of engines) {
    for (const m of SCALING) {
      const values = sorted.map((s) => {
        const r = runs.find((x) => x.engine === e && x.size === s && x.status === 'ok');
        return r ? m.get(r) : null;
      });
      if (values.every((v) => v === null)) continue;
      rows.push([
        e,
        m.label,
        ...values.map((v) => fmt(v, m.unit)),
        ...steps.map((_, i) => ratio(values[i + 1]!, values[i]!)),
      ]);
    }
  }
  return pad(rows, header);
}

export function targetsOf(runs: RunResult[], relevance: RelevanceResult[], size: number | null): TargetResult[] {
  const desk =
    size === null ? undefined : runs.find((r) => r.engine === 'desk' && r.size === size && r.status === 'ok');
  const targets: TargetResult[] = ROWS.filter((row) => row.target).map((row) => {
    const v = desk ? row.get(desk) : null;
    return {
      figure: row.label,
      target: row.target!.text,
      value: fmt(v, row.unit),
      verdict: verdict(v, row.target!.max),
    };
  });
  const d = relevance.find((r) => r.engine === 'desk' && r.status === 'ok');
  const others = relevance.filter((r) => r.engine !== 'desk' && r.status === 'ok');
  const mini = others.find((r) => r.engine === 'minisearch');
  let rel: TargetResult['verdict'] = 'n/a';
  if (d && others.length) {
    const atLeast = others.every((o) => d.mrr10! >= o.mrr10! && d.recall10! >= o.recall10!);
    const aboveMini = !mini || (d.mrr10! > mini.mrr10! && d.recall10! > mini.recall10!);
    rel = atLeast && aboveMini ? 'PASS' : 'FAIL';
  }
  targets.push({
    figure: 'relevance (MRR@10, Recall@10)',
    target: '≥ every other engine, > MiniSearch defaults',
    value: d ? `${d.mrr10!.toFixed(3)}, ${d.recall10!.toFixed(3)}` : '—',
    verdict: rel,
  });
  return targets;
}

export function targetsTable(targets: TargetResult[], size: number | null): string {
  const where =
    size === null
      ? 'no desk run'
      : `${size.toLocaleString('en-US')} reports${size === TARGET_SIZE ? '' : ' (76,911 was not run: shown at the largest size run, for reference)'}`;
  return [
    `Targets for the desk at ${where}`,
    pad(
      targets.map((t) => [t.figure, t.target, t.value, t.verdict]),
      ['figure', 'target', 'desk', 'verdict'],
    ),
  ].join('\n');
}
