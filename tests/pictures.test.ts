/**
 * The timeline and map pictures, rendered for real (vega, resvg) from the
 * place and day of all 76,910 War Diary events: their structure is checked
 * (PNG, size, counts), never how long they took.
 */
import { describe, expect, it } from 'vitest';
import { bucketsOf, pickUnit } from '../src/desk/buckets.ts';
import { hexBins, MAX_POINTS, placeOnMap, renderMapPng, renderMapSvg } from '../src/render/map.ts';
import { PICTURE_WIDTH } from '../src/render/picture.ts';
import { renderTimelinePng, renderTimelineSvg, type TimelineInput } from '../src/render/timeline.ts';
import { afgEvents } from './fixtures/afg-events.ts';

const events = afgEvents();
const placed = events.flatMap((e) => (e.place ? [e.place] : []));
const withoutPlace = events.length - placed.length;

/** Width and height from a PNG's header, after checking its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const svgSize = (svg: string) => {
  const [, width, height] = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg)!;
  return { width: Number(width), height: Number(height) };
};

/** Discord takes 8 MB at most (10 MB now for some servers); a picture should stay far under. */
const ONE_MB = 1024 * 1024;

const HOSTILE_TITLE = `<script>alert(1)</script> "&' \u202Eevil \u0000\u0007\ud800 ${'x'.repeat(1_000_000)}`;

describe('timeline picture', () => {
  it('draws six years of the real War Diary by week: every event counted, one bar a week', async () => {
    const dates = events.map((e) => e.date);
    const buckets = bucketsOf(dates, 'week');
    expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(76_910);
    expect(buckets[0]!.start).toBe('2003-12-29');
    expect(buckets).toHaveLength(314);
    const input: TimelineInput = {
      title: 'Every War Diary event',
      subtitle: 'no filters · 76,910 reports',
      by: 'week',
      buckets,
      total: 76_910,
    };
    const svg = await renderTimelineSvg(input);
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(314);
    expect(svg).toContain('76,910 reports by week');
    const png = await renderTimelinePng(input);
    expect(pngSize(png)).toEqual({ width: PICTURE_WIDTH, height: svgSize(svg).height });
    expect(png.length).toBeLessThan(ONE_MB);
  });

  it('picks months for six years when no unit is asked for, and says what is not shown', async () => {
    const dates = events.map((e) => e.date);
    const by = pickUnit(dates);
    expect(by).toBe('month');
    const svg = await renderTimelineSvg({
      title: 'x',
      subtitle: 'y',
      by: 'day',
      buckets: bucketsOf(dates.slice(0, 500), 'day'),
      total: 512,
      monthOnly: 3,
    });
    expect(svg).toContain('12 undated reports not shown.');
    expect(svg).toContain('3 reports dated only to the month are counted on the 1st.');
  });

  it('draws an empty timeline, and hostile or huge titles as plain one-line text', async () => {
    const empty = await renderTimelinePng({ title: '', subtitle: '', by: 'month', buckets: [], total: 4 });
    expect(pngSize(empty).width).toBe(PICTURE_WIDTH);
    const input: TimelineInput = {
      title: HOSTILE_TITLE,
      subtitle: HOSTILE_TITLE,
      by: 'year',
      buckets: [{ start: '2008-01-01', count: 2 }],
      total: 2,
    };
    const svg = await renderTimelineSvg(input);
    expect(svg).not.toContain('<script');
    expect(svg).not.toMatch(/[\u0000-\u0008\u202e]/);
    expect(svg.length).toBeLessThan(50_000);
    expect(pngSize(await renderTimelinePng(input)).width).toBe(PICTURE_WIDTH);
  });
});

describe('map picture', () => {
  it('draws all 76,910 real events as density, each placed event counted once', async () => {
    const { xy, outside, invalid } = placeOnMap(placed);
    expect(invalid).toBe(0);
    expect(xy.length + outside).toBe(placed.length);
    expect(outside).toBeLessThan(placed.length / 100);
    const bins = hexBins(xy);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(xy.length);
    expect(bins.length).toBeGreaterThan(500);

    const input = { title: 'Every War Diary event', subtitle: 'no filters', points: placed, withoutPlace };
    const svg = renderMapSvg(input);
    expect(svg).toContain('Reports per hexagon');
    expect(svg).toContain(
      `${xy.length.toLocaleString('en-US')} reports on the map, ${outside} placed outside it; ` +
        '664 reports without a place',
    );
    const png = await renderMapPng(input);
    expect(pngSize(png)).toEqual(svgSize(svg));
    expect(png.length).toBeLessThan(ONE_MB);
  });

  it('draws few reports as points, one dot each', () => {
    const few = placed.slice(0, 200);
    const { xy } = placeOnMap(few);
    const svg = renderMapSvg({ title: 'few', subtitle: '', points: few, withoutPlace: 0 });
    expect(svg).not.toContain('Reports per hexagon');
    expect(svg.match(/<circle [^>]*fill-opacity="0.8"/g)).toHaveLength(xy.length + 1);
    expect(few.length).toBeLessThan(MAX_POINTS);
  });

  it('counts points that are no place as without a place, and draws hostile titles as text', async () => {
    const points = [
      { lat: NaN, lon: 1 },
      { lat: 200, lon: 65 },
      { lat: '31', lon: 65 },
      null,
      { lat: 31.6, lon: 65.7 },
    ] as never[];
    const svg = renderMapSvg({ title: HOSTILE_TITLE, subtitle: HOSTILE_TITLE, points, withoutPlace: -3 });
    expect(svg).toContain('1 report on the map; 4 reports without a place');
    expect(svg).not.toContain('<script');
    expect(svg).not.toMatch(/[\u0000-\u0008\u202e]/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;');
    const png = await renderMapPng({ title: HOSTILE_TITLE, subtitle: '', points: [], withoutPlace: 0 });
    expect(pngSize(png).width).toBe(PICTURE_WIDTH);
  });
});
