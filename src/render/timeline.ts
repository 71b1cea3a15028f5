/**
 * The timeline picture: a bar chart of reports over time, declared in
 * Vega-Lite, laid out by Vega's headless view into SVG, and drawn by resvg.
 */
import { parse, View, type Spec } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { humanDate } from './citation.ts';
import { bucketEnd, MAX_BARS, type Bucket, type TimeUnit } from '../desk/buckets.ts';
import { COLORS, FONT, PICTURE_WIDTH, pictureText, svgToPng } from './picture.ts';
import { count } from './wording.ts';

export interface TimelineInput {
  /** What was searched: the chart's title. */
  title: string;
  /** The filters and the corpus. */
  subtitle: string;
  by: TimeUnit;
  buckets: Bucket[];
  /** Every report that matched, dated or not: those beyond the buckets' sum are undated. */
  total: number;
  /** How many of the counted reports are dated only to their month (counted on the month's first day). */
  monthOnly?: number;
}

const AXIS_TITLE: Record<TimeUnit, string> = { day: 'Day', week: 'Week (from Monday)', month: 'Month', year: 'Year' };
/** Vega's own labels name days as "Fri 04"; months and years it names well ("2007", "July"). */
const AXIS_FORMAT: Partial<Record<TimeUnit, string>> = { day: '%-d %b %Y', week: '%-d %b %Y', year: '%Y' };
/**
 * The layout is fixed (Vega's autosize is off): without a canvas Vega can only
 * estimate text widths, and its estimates would widen the picture at random.
 */
const CHART_HEIGHT = 360;
const PADDING = { left: 96, right: 34, top: 100, bottom: 128 };
/** Title and caption start at the picture's left margin, not at the plot's. */
const MARGIN = 24 - PADDING.left;

/** A bucket named as its unit says: "3 March 2008", "March 2008", "2008". */
function bucketLabel(start: string, by: TimeUnit): string {
  if (by === 'year') return start.slice(0, 4);
  return humanDate(by === 'month' ? start.slice(0, 7) : start);
}

const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** The lines under the chart: what is counted, the busiest bar, and what is not shown or shown approximately. */
function captionOf(input: TimelineInput): string[] {
  const { buckets, by } = input;
  const counted = buckets.reduce((sum, b) => sum + b.count, 0);
  if (counted === 0) return [`No dated reports to count (${plural(input.total, 'report')} matched).`];
  const busiest = buckets.reduce((a, b) => (b.count > a.count ? b : a));
  const span = `${bucketLabel(buckets[0]!.start, by)} to ${bucketLabel(buckets.at(-1)!.start, by)}`;
  const lines = [
    `${plural(counted, 'report')} by ${by}, ${by === 'week' ? 'weeks of ' : ''}${span}. ` +
      `Busiest ${by}: ${bucketLabel(busiest.start, by)} (${plural(busiest.count, 'report')}).`,
  ];
  const undated = input.total - counted;
  if (undated > 0) lines.push(`${plural(undated, 'undated report')} not shown.`);
  const monthOnly = input.monthOnly ?? 0;
  if (monthOnly > 0 && (by === 'day' || by === 'week')) {
    const where = by === 'day' ? 'on the 1st' : 'in the week of the 1st';
    lines.push(
      `${plural(monthOnly, 'report')} dated only to the month ${monthOnly === 1 ? 'is' : 'are'} counted ${where}.`,
    );
  }
  return lines;
}

/** The chart in Vega-Lite: one bar per bucket, from its first day to the next bucket's. */
function timelineSpec(input: TimelineInput): TopLevelSpec {
  const thin = input.buckets.length > 150;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: PICTURE_WIDTH - PADDING.left - PADDING.right,
    height: CHART_HEIGHT,
    autosize: 'none',
    background: 'white',
    padding: PADDING,
    title: {
      text: pictureText(input.title) || 'Reports over time',
      subtitle: pictureText(input.subtitle, 160),
      anchor: 'start',
      frame: 'group',
      dx: MARGIN,
      fontSize: 24,
      fontWeight: 600,
      subtitleFontSize: 16,
      subtitleColor: COLORS.muted,
      subtitlePadding: 6,
      offset: 18,
      limit: PICTURE_WIDTH - 80,
    },
    data: { values: input.buckets.map((b) => ({ ...b, end: bucketEnd(b.start, input.by) })) },
    mark: { type: 'bar', color: COLORS.accent, ...(thin ? {} : { stroke: 'white', strokeWidth: 1 }) },
    encoding: {
      x: { field: 'start', type: 'temporal', scale: { type: 'utc' }, axis: timeAxis(input.by) },
      x2: { field: 'end' },
      y: { field: 'count', type: 'quantitative', axis: { title: 'reports', format: ',d', tickMinStep: 1 } },
      y2: { datum: 0 },
    },
    config: {
      font: FONT,
      axis: {
        labelFontSize: 14,
        titleFontSize: 15,
        titleFontWeight: 600,
        labelColor: COLORS.ink,
        titleColor: COLORS.ink,
      },
      view: { stroke: null },
    },
  };
}

/**
 * Ticks fall where a bar starts: each label is set to the right of its tick,
 * over the bar it names, rather than centred on the boundary between two; a
 * label that would run past the plot's end is left out.
 */
function timeAxis(by: TimeUnit) {
  const format = AXIS_FORMAT[by];
  // Left to itself Vega also ticks mid-year, and labels those "2004" too.
  const years = by === 'year' ? { tickCount: 'year' as const } : {};
  return {
    title: AXIS_TITLE[by],
    grid: false,
    labelAlign: 'left' as const,
    labelBound: true,
    ...(format ? { format } : {}),
    ...years,
  };
}

/** Vega-Lite has no caption below a chart: a text mark under the x axis's title is added to the compiled spec. */
function withCaption(spec: Spec, lines: string[]): Spec {
  const caption = {
    type: 'text' as const,
    encode: {
      update: {
        x: { value: MARGIN },
        y: { signal: 'height', offset: 62 },
        text: { value: lines.map((l) => pictureText(l, 160)) },
        fontSize: { value: 14 },
        lineHeight: { value: 20 },
        fill: { value: COLORS.muted },
        baseline: { value: 'top' as const },
      },
    },
  };
  return { ...spec, marks: [...(spec.marks ?? []), caption] };
}

export async function renderTimelineSvg(input: TimelineInput): Promise<string> {
  if (input.buckets.length > MAX_BARS) throw new RangeError(`${input.buckets.length} bars is more than ${MAX_BARS}.`);
  const spec = withCaption(compile(timelineSpec(input)).spec, captionOf(input));
  const view = new View(parse(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The timeline as a PNG PICTURE_WIDTH pixels wide. */
export async function renderTimelinePng(input: TimelineInput): Promise<Buffer> {
  return svgToPng(await renderTimelineSvg(input));
}
