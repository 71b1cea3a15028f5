/**
 * The map picture: reports over Afghanistan and its neighbours' borders
 * (Natural Earth, from world-atlas), in an equal-area projection so that
 * every hexagon of the density covers the same ground. Few reports are drawn
 * as points, thousands as hexagons coloured by how many fall in each.
 */
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import { hexbin as d3Hexbin } from 'd3-hexbin';
import escapeHtml from 'escape-html';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COLORS, FONT, PICTURE_WIDTH, pictureText, svgToPng } from './picture.ts';
import { count } from './wording.ts';
import { isPoint, type Point } from '../desk/place.ts';

export interface MapInput {
  /** What was searched: the map's title. */
  title: string;
  /** The filters and the corpus. */
  subtitle: string;
  points: Point[];
  /** Matching reports that have no coordinates and no usable MGRS. */
  withoutPlace: number;
}

const WIDTH = PICTURE_WIDTH;
const HEIGHT = 940;
/** The map fills the picture between the title and the caption. */
const FRAME = { top: 96, bottom: HEIGHT - 64 };
/** Up to this many reports are points; more would hide each other, and are counted per hexagon instead. */
export const MAX_POINTS = 1500;
const HEX_RADIUS = 6;
/** ColorBrewer's YlOrRd without its two palest steps, which vanish on the white of Afghanistan. */
const HEAT = ['#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#bd0026', '#800026'];
const AFGHANISTAN = '004';

const NEIGHBOURS: [name: string, lon: number, lat: number][] = [
  ['PAKISTAN', 66.9, 29.6],
  ['IRAN', 59.9, 32.4],
  ['TURKMENISTAN', 61.2, 37.3],
  ['UZBEKISTAN', 66.1, 38.25],
  ['TAJIKISTAN', 69.6, 38.3],
  ['CHINA', 75.3, 38.2],
];
/** Cities whose neighbour on the map stands close to their right are labelled on their left. */
const CITIES: [name: string, lon: number, lat: number, side: 'left' | 'right'][] = [
  ['Kabul', 69.17, 34.53, 'right'],
  ['Kandahar', 65.71, 31.61, 'right'],
  ['Herat', 62.2, 34.35, 'right'],
  ['Mazar-i-Sharif', 67.11, 36.71, 'left'],
  ['Jalalabad', 70.45, 34.43, 'right'],
  ['Lashkar Gah', 64.37, 31.59, 'left'],
  ['Kunduz', 68.86, 36.73, 'right'],
  ['Khost', 69.92, 33.34, 'right'],
];

interface Frame {
  projection: GeoProjection;
  /** Sea, land, borders and the neighbours' names: drawn under the reports. */
  under: string;
  /** Afghanistan's outline and its cities: drawn over them, so they stay readable. */
  over: string;
  /** Kilometres per pixel, near the middle of the map. */
  kmPerPixel: number;
}

let frame: Frame | undefined;

/** The projection and the layers every map shares, made once: Natural Earth's 1:50m countries. */
function mapFrame(): Frame {
  if (frame) return frame;
  const world = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology;
  const countries = world.objects.countries as GeometryCollection;
  const land = feature(world, countries);
  const afghanistan = land.features.find((f) => f.id === AFGHANISTAN)!;
  const projection = geoConicEqualArea().parallels([30, 37]).rotate([-66, 0]);
  projection.fitExtent(
    [
      [60, FRAME.top + 28],
      [WIDTH - 60, FRAME.bottom - 28],
    ],
    afghanistan,
  );
  projection.clipExtent([
    [0, FRAME.top],
    [WIDTH, FRAME.bottom],
  ]);
  const path = geoPath(projection);
  // A tenth of a pixel is as fine as the picture can show: shorter numbers, a smaller SVG.
  const d = (geometry: Parameters<typeof path>[0]) => (path(geometry) ?? '').replace(/(\.\d)\d+/g, '$1');
  const middle = (FRAME.top + FRAME.bottom) / 2;
  const [a, b] = [projection.invert!([WIDTH / 2, middle])!, projection.invert!([WIDTH / 2 + 100, middle])!];
  frame = {
    projection,
    under: [
      `<rect x="0" y="${FRAME.top}" width="${WIDTH}" height="${FRAME.bottom - FRAME.top}" fill="#dfe8ef"/>`,
      `<path d="${d(land)}" fill="#e9e7e1"/>`,
      `<path d="${d(afghanistan)}" fill="#ffffff"/>`,
      `<path d="${d(mesh(world, countries, (x, y) => x !== y))}" fill="none" stroke="#b3b0a8" stroke-width="1"/>`,
      ...NEIGHBOURS.map(([name, lon, lat]) => countryLabel(projection([lon, lat]), name)),
    ].join('\n'),
    over: [
      `<path d="${d(afghanistan)}" fill="none" stroke="#3d3d3d" stroke-width="1.6"/>`,
      ...CITIES.map(([name, lon, lat, side]) => cityLabel(projection([lon, lat]), name, side)),
    ].join('\n'),
    kmPerPixel: (geoDistance(a, b) * EARTH_KM) / 100,
  };
  return frame;
}

const EARTH_KM = 6371;
const HALO = 'stroke="#ffffff" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke"';
const KEY_BOX = `rx="4" fill="#ffffff" fill-opacity="0.92" stroke="${COLORS.rule}"`;
const px = (v: number) => Math.round(v * 10) / 10;

/** A line of SVG text; `body` is escaped already. */
const textAt = (x: number, y: number, size: number, body: string, style = `fill="${COLORS.ink}"`) =>
  `<text x="${x}" y="${y}" font-size="${size}" ${style}>${body}</text>`;

function countryLabel(at: [number, number] | null, name: string): string {
  if (!at) return '';
  return textAt(px(at[0]), px(at[1]), 15, name, 'text-anchor="middle" letter-spacing="2" fill="#77746d"');
}

function cityLabel(at: [number, number] | null, name: string, side: 'left' | 'right'): string {
  if (!at) return '';
  const [x, y] = [px(at[0]), px(at[1])];
  const anchor = side === 'left' ? `x="${x - 7}" text-anchor="end"` : `x="${x + 7}"`;
  return (
    `<circle cx="${x}" cy="${y}" r="3.5" fill="${COLORS.ink}" stroke="#ffffff" stroke-width="1.5"/>` +
    `<text ${anchor} y="${y - 6}" font-size="15" font-weight="600" fill="${COLORS.ink}" ${HALO}>${name}</text>`
  );
}

/** The points as pixels inside the map's frame; those outside it, and those that are no place at all, counted. */
export function placeOnMap(points: Point[]): { xy: [number, number][]; outside: number; invalid: number } {
  const { projection } = mapFrame();
  const xy: [number, number][] = [];
  let [outside, invalid] = [0, 0];
  for (const p of points) {
    if (!isPoint(p?.lat, p?.lon)) {
      invalid++;
      continue;
    }
    const at = projection([p.lon, p.lat]);
    if (at && at[0] >= 0 && at[0] <= WIDTH && at[1] >= FRAME.top && at[1] <= FRAME.bottom) xy.push(at);
    else outside++;
  }
  return { xy, outside, invalid };
}

export interface HexBin {
  x: number;
  y: number;
  count: number;
}

/** Hexagons holding at least one point, with their centre and how many points each holds. */
export function hexBins(xy: [number, number][]): HexBin[] {
  const bin = d3Hexbin()
    .radius(HEX_RADIUS)
    .extent([
      [0, FRAME.top],
      [WIDTH, FRAME.bottom],
    ]);
  return bin(xy).map((b) => ({ x: b.x, y: b.y, count: b.length }));
}

/** Where each colour class starts: 1, 3, 10, 30… up to the busiest hexagon, at most one class per colour. */
const BREAKS = [1, 3, 10, 30, 100, 300, 1000, 3000, 10_000, 30_000];

function classesFor(max: number): { from: number; color: string }[] {
  const froms = BREAKS.filter((b) => b <= max).slice(0, HEAT.length);
  const step = froms.length > 1 ? (HEAT.length - 1) / (froms.length - 1) : 0;
  return froms.map((from, i) => ({ from, color: HEAT[froms.length > 1 ? Math.round(i * step) : 3]! }));
}

const hexagon = d3Hexbin().radius(HEX_RADIUS).hexagon();

function densityLayer(bins: HexBin[], classes: { from: number; color: string }[]): string {
  const colorOf = (n: number) => classes.filter((c) => n >= c.from).at(-1)!.color;
  // Busiest last, so the darkest hexagons are never half hidden under pale ones.
  const sorted = [...bins].sort((a, b) => a.count - b.count);
  return sorted.map((b) => `<path d="M${px(b.x)},${px(b.y)}${hexagon}" fill="${colorOf(b.count)}"/>`).join('');
}

const POINT_STYLE = `r="4" fill="${HEAT[4]}" fill-opacity="0.8" stroke="#ffffff" stroke-width="0.8"`;

const pointsLayer = (xy: [number, number][]) =>
  xy.map(([x, y]) => `<circle cx="${px(x)}" cy="${px(y)}" ${POINT_STYLE}/>`).join('');

const classLabel = (from: number, next: number | undefined) =>
  next === undefined ? `${count(from)}+` : next - 1 === from ? count(from) : `${count(from)}–${count(next - 1)}`;

/** The key, in a white box at the map's lower right: the colour classes, or what a dot is. */
function legend(classes: { from: number; color: string }[] | null, hexKm: number): string {
  const [right, bottom] = [WIDTH - 20, FRAME.bottom - 16];
  if (!classes) {
    const [x, y] = [right - 170, bottom - 40];
    return (
      `<rect x="${x}" y="${y}" width="170" height="40" ${KEY_BOX}/>` +
      `<circle cx="${x + 20}" cy="${y + 20}" ${POINT_STYLE}/>` +
      textAt(x + 34, y + 25, 14, 'one report')
    );
  }
  const swatch = 66;
  const width = Math.max(classes.length * swatch + 24, 330);
  const [x, y] = [right - width, bottom - 76];
  const title = `Reports per hexagon (about ${Math.round(hexKm)} km across)`;
  const keys = classes.map((c, i) => {
    const at = x + 12 + i * swatch;
    return (
      `<rect x="${at}" y="${y + 34}" width="${swatch - 4}" height="14" fill="${c.color}"/>` +
      textAt(at, y + 66, 13, classLabel(c.from, classes[i + 1]?.from))
    );
  });
  return (
    `<rect x="${x}" y="${y}" width="${width}" height="76" ${KEY_BOX}/>` +
    textAt(x + 12, y + 22, 14, title, `font-weight="600" fill="${COLORS.ink}"`) +
    keys.join('')
  );
}

/** A bar of a round distance at the map's lower left. */
function scaleBar(kmPerPixel: number): string {
  const km = [50, 100, 200, 250, 500].find((k) => k / kmPerPixel >= 100) ?? 500;
  const length = px(km / kmPerPixel);
  const [x, y] = [24, FRAME.bottom - 24];
  return (
    `<rect x="${x}" y="${y}" width="${length}" height="5" fill="${COLORS.ink}"/>` +
    textAt(x, y - 8, 13, `${km} km`, `fill="${COLORS.ink}" ${HALO}`)
  );
}

function caption(shown: number, outside: number, withoutPlace: number): string[] {
  const reports = (n: number) => `${count(n)} report${n === 1 ? '' : 's'}`;
  const away = outside ? `, ${count(outside)} placed outside it` : '';
  return [
    `${reports(shown)} on the map${away}; ${reports(withoutPlace)} without a place (no coordinates or usable MGRS).`,
    'Borders: Natural Earth 1:50m. Equal-area conic projection.',
  ];
}

export function renderMapSvg(input: MapInput): string {
  const { under, over, kmPerPixel } = mapFrame();
  const { xy, outside, invalid } = placeOnMap(input.points);
  const dense = xy.length > MAX_POINTS;
  const bins = dense ? hexBins(xy) : [];
  const classes = dense ? classesFor(Math.max(...bins.map((b) => b.count))) : null;
  const withoutPlace = Math.max(0, Math.trunc(Number(input.withoutPlace) || 0)) + invalid;
  const lines = caption(xy.length, outside, withoutPlace);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="${FONT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    textAt(
      24,
      44,
      26,
      escapeHtml(pictureText(input.title) || 'Where the reports are'),
      `font-weight="600" fill="${COLORS.ink}"`,
    ),
    textAt(24, 74, 16, escapeHtml(pictureText(input.subtitle, 160)), `fill="${COLORS.muted}"`),
    under,
    dense ? densityLayer(bins, classes!) : pointsLayer(xy),
    over,
    legend(classes, Math.sqrt(3) * HEX_RADIUS * kmPerPixel),
    scaleBar(kmPerPixel),
    ...lines.map((line, i) => textAt(24, FRAME.bottom + 26 + i * 20, 14, escapeHtml(line), `fill="${COLORS.muted}"`)),
    '</svg>',
  ].join('\n');
}

/** The map as a PNG PICTURE_WIDTH pixels wide. */
export async function renderMapPng(input: MapInput): Promise<Buffer> {
  return svgToPng(renderMapSvg(input));
}
