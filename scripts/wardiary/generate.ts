/**
 * Writes a synthetic WikiLeaks Afghan War Diary (`afg.csv` layout: 32
 * columns, no header row), deterministic for a seed. The reports are shaped
 * like the real sample in tests/fixtures/wardiary-sample: terse,
 * acronym-dense field reports (half of them in capitals), real place names
 * with varying spellings, DTGs that agree with DateOccurred, casualty columns
 * that agree with the text and the title, a heavy-tailed length distribution,
 * and the real file's quirks at realistic rates (`<null value>` markers, HTML
 * entities escaped one to four times, empty or NaN coordinates, CR inside
 * summaries, four ReportKey formats, a few summaries shared by two reports).
 */
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { COL, NULL_VALUE } from '../../src/corpus/wardiary-columns.ts';
import { mix32, Rng } from './random.ts';
import { casualtiesFor, dateOccurred, p2, Report, titleTail, YEARS, ZONES, type Clock, type Place } from './report.ts';
import type { Kind } from './tables.ts';
import { AFFILIATION, BTIF, CCIR_TEXT, ESCAPE_BAIT, KINDS, PARWAN, PROVINCE_TABLE, TYPE_OF_UNIT } from './tables.ts';
import { COMBAT_UPDATES, TEMPLATES, UPDATES_FOR } from './templates.ts';

export const MAX_REPORTS = 10_000_000;
export const MAX_SEED = 0xffff_ffff;

// ---------------------------------------------------------------------------
// Quirks
// ---------------------------------------------------------------------------

/** Text that HTML-escaping changes. */
const ESCAPABLE = /['"&<>]/;

function htmlEscape(s: string): string {
  return s.replace(/[&'"<>]/g, (ch) => ({ '&': '&amp;', "'": '&apos;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[ch]!);
}

// ---------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------

export interface GenerateOptions {
  /** Share of summaries written in capitals (default 0.5). */
  capsShare?: number;
  /** Rows the importer must reject, added among the reports (default 0: every row imports). */
  badRows?: number;
}

/**
 * The rows of a synthetic War Diary, one 32-field array per report, produced
 * lazily: the same (n, seed) always yields the same rows. Bad rows, when
 * asked for, come on top of the n reports, spread evenly among them, and
 * leave every report as it is without them.
 */
export function* generateRows(n: number, seed: number, options: GenerateOptions = {}): Generator<string[]> {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`report count must be a non-negative integer, not ${n}`);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, not ${seed}`);
  }
  const bad = options.badRows ?? 0;
  if (!Number.isSafeInteger(bad) || bad < 0 || bad > n) {
    throw new RangeError(`bad rows must be an integer from 0 to the report count, not ${bad}`);
  }
  let spoilt = 0;
  let written = 0;
  for (const row of reportRows(n, seed, options.capsShare ?? 0.5)) {
    yield row;
    written++;
    // The k-th bad row follows report ⌊(k+1)·n/(bad+1)⌋: evenly spread, never before the first.
    for (; spoilt < bad && Math.max(1, Math.floor(((spoilt + 1) * n) / (bad + 1))) <= written; spoilt++) {
      yield SPOILS[spoilt % SPOILS.length]!(row);
    }
  }
}

/**
 * Ways a row is unreadable, one per reason the importer rejects a row for,
 * each applied to a copy of the report just written (so "duplicate" has a key to repeat).
 */
const SPOILS: ((row: string[]) => string[])[] = [
  (row) => withField(row, COL.Summary, NULL_VALUE),
  (row) => withField(row, COL.ReportKey, ''),
  (row) => withField(row, COL.DateOccurred, '2008-02-30 10:00:00'),
  (row) => withField(row, COL.DateOccurred, `${row[COL.DateOccurred]!.slice(0, 10)} 25:61:00`),
  (row) => row.slice(0, -1),
  (row) => [...row],
  (row) => withField(row, COL.Summary, `${row[COL.Summary]!.slice(0, 40)}\u0000${row[COL.Summary]!.slice(40)}`),
];

function withField(row: string[], column: number, value: string): string[] {
  const copy = [...row];
  copy[column] = value;
  return copy;
}

function* reportRows(n: number, seed: number, capsShare: number): Generator<string[]> {
  const r = new Rng(seed);
  const keyOffset = r.u32();
  let numericKey = 1_000_000 + r.int(0, 40_000);
  const recent: string[][] = [];

  for (let i = 0; i < n; i++) {
    // ~0.5% of reports repeat an earlier summary (re-filed under another key, as in the real sample).
    if (recent.length > 0 && r.chance(0.005)) {
      const source = r.pick(recent);
      const copy = [...source];
      copy[COL.ReportKey] = reportKey(r, i, keyOffset, () => (numericKey += r.int(1, 9)));
      for (const col of [COL.Latitude, COL.Longitude]) {
        const v = Number(copy[col]);
        if (Number.isFinite(v) && copy[col] !== '') copy[col] = (v + (r.float() - 0.5) * 0.0001).toFixed(8);
      }
      yield copy;
      continue;
    }

    const row = makeRow(r, i, keyOffset, () => (numericKey += r.int(1, 9)), capsShare);
    if (recent.length < 64) recent.push(row);
    else recent[r.int(0, 63)] = row;
    yield row;
  }
}

function reportKey(r: Rng, i: number, keyOffset: number, nextNumeric: () => number): string {
  // The unique part comes from a bijection of the row number, so keys never collide.
  const unique = mix32((i + keyOffset) >>> 0)
    .toString(16)
    .toUpperCase()
    .padStart(8, '0');
  const f = r.float();
  if (f < 0.52) {
    const guid = `${unique}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
    return r.chance(0.003) ? guid.toLowerCase() : guid.toUpperCase();
  }
  if (f < 0.9) {
    // 8-4-4-16; the real file has runs sharing the middle groups (…-1517-911C-C5…).
    return r.chance(0.7)
      ? `${unique}-1517-911C-C5${r.hex(14).toUpperCase()}`
      : `${unique}-${r.hex(4)}-${r.hex(4)}-${r.hex(16)}`.toUpperCase();
  }
  if (f < 0.96) return String(nextNumeric());
  return `0x080e0000${unique.toLowerCase()}${r.hex(16)}`;
}

/** When: a year weighted like the real file, a day and a minute in it, and the zone the text writes times in. */
function clockFor(r: Rng): Clock {
  const year = YEARS.pick(r);
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const ms = start + r.int(0, days - 1) * 86_400_000 + r.int(0, 23) * 3_600_000 + r.int(0, 59) * 60_000;
  return { ms, zone: ZONES.pick(r) };
}

/** Where. Detainee transfers are all filed at the Bagram internment facility, at one point. */
function placeFor(r: Rng, kind: Kind): Place {
  const atBtif = kind.family === 'detaineeTransfer';
  const province = atBtif ? PARWAN : PROVINCE_TABLE.pick(r);
  const district = atBtif ? province.districts[0]! : r.pick(province.districts);
  const lat = atBtif ? BTIF.lat : district.lat + (r.float() - 0.5) * 0.09;
  const lon = atBtif ? BTIF.lon : district.lon + (r.float() - 0.5) * 0.09;
  return {
    province,
    provinceName: r.pick(province.names),
    district: r.chance(0.75) ? district.names[0]! : r.pick(district.names),
    village: r.pick(province.villages),
    base: r.pick(province.bases),
    route: r.pick(province.routes),
    lat,
    lon,
  };
}

/** Quirks of the text. Capitals first, so entity names and CR stay as the real file has them. */
function textQuirks(r: Rng, text: string, capsShare: number): string {
  let summary = text;
  if (r.chance(capsShare)) summary = summary.toUpperCase();
  if (r.chance(0.02)) {
    if (!ESCAPABLE.test(summary)) summary += ` ${r.pick(ESCAPE_BAIT)}`;
    const times = r.pick([1, 1, 2, 2, 2, 3, 3, 4]);
    for (let t = 0; t < times; t++) summary = htmlEscape(summary);
  }
  if (r.chance(0.005)) {
    summary = summary.includes('\n') && r.chance(0.6) ? summary.replace(/\n/g, '\r\n') : `${summary}\r`;
  }
  // Drawn still, so every row stays as its seed gave it when the real file's empty summaries were written here too:
  // they are not imported, so now they come only with the bad rows asked for.
  r.chance(0.0005);
  return summary;
}

function titleFor(r: Rng, c: Report): string {
  const { kind, place, cas } = c;
  const detail = r.pick(kind.details);
  const ivo = r.chance(0.25) ? `${place.route.toUpperCase()}` : '';
  const tail = titleTail(cas);
  const tf = r.float();
  if (tf < 0.85) {
    const unit = `${c.unit.toUpperCase()}${ivo ? ` IVO  (${ivo})` : ' '}`;
    return `(${kind.type.toUpperCase()}) ${kind.category.toUpperCase()} RPT  ${detail ? `(${detail})` : ''} ${unit}: ${tail}`;
  }
  if (tf < 0.95) return `${kind.category.toUpperCase()} RPT BY ${c.hq} IVO ${place.district.toUpperCase()}: ${tail}`;
  if (tf < 0.999)
    return `(${kind.type}) ${kind.category} rpt ${place.province.region.replace(/^RC (\w).*/, 'RC ($1)')}`;
  return NULL_VALUE;
}

/** Latitude, longitude and MGRS columns: ~1% empty or NaN. */
function coordinateColumns(r: Rng, place: Place, grid: string): [string, string, string] {
  let latitude = place.lat.toFixed(8);
  let longitude = place.lon.toFixed(8);
  let mgrs = grid;
  const coordRoll = r.float();
  if (coordRoll < 0.005) {
    latitude = longitude = '';
    mgrs = r.chance(0.5) ? '' : NULL_VALUE;
  } else if (coordRoll < 0.01) {
    latitude = longitude = 'NaN';
  } else if (coordRoll < 0.02) {
    mgrs = NULL_VALUE;
  }
  return [latitude, longitude, mgrs];
}

function makeRow(r: Rng, i: number, keyOffset: number, nextNumeric: () => number, capsShare: number): string[] {
  const key = reportKey(r, i, keyOffset, nextNumeric);
  const clock = clockFor(r);
  const kind = KINDS.pick(r);
  const place = placeFor(r, kind);
  const { province } = place;
  const cas = casualtiesFor(kind.family, r);
  const c = new Report(r, clock, place, kind, cas);
  const summary = textQuirks(r, writeSummary(c, r), capsShare);
  const title = titleFor(r, c);
  const [latitude, longitude, mgrs] = coordinateColumns(r, place, c.mgrs);
  const { ms } = clock;

  const region = r.chance(0.02) ? 'UNKNOWN' : province.region;
  const [affiliation, dcolor] = AFFILIATION[kind.type] ?? ['UNKNOWN', 'NONE'];
  const attackOn = r.chance(0.12)
    ? NULL_VALUE
    : kind.type === 'Friendly Action'
      ? kind.family === 'eof' || kind.family === 'medevacLN'
        ? 'NEUTRAL'
        : 'ENEMY'
      : kind.type === 'Enemy Action' || kind.type === 'Explosive Hazard'
        ? kind.family === 'murder'
          ? 'NEUTRAL'
          : 'FRIEND'
        : r.pick(['NEUTRAL', 'UNKNOWN', 'FRIEND']);
  const originator = r.chance(0.05) ? NULL_VALUE : r.chance(0.45) ? 'UNKNOWN' : c.hq;
  const updatedBy = r.chance(0.05)
    ? NULL_VALUE
    : r.chance(0.5)
      ? originator
      : r.pick(['UNKNOWN', c.hq, province.region]);
  const ccir =
    cas.fKIA || cas.fWIA || cas.hKIA
      ? r.chance(0.6)
        ? r.pick(CCIR_TEXT)
        : ''
      : r.chance(0.03)
        ? r.pick(CCIR_TEXT)
        : r.chance(0.02)
          ? NULL_VALUE
          : '';
  const sigact =
    kind.type === 'Enemy Action' || kind.type === 'Explosive Hazard'
      ? r.chance(0.5)
        ? 'TOC'
        : r.chance(0.04)
          ? NULL_VALUE
          : ''
      : r.chance(0.03)
        ? NULL_VALUE
        : '';
  const t = new Date(ms);
  const stamp = `${t.getUTCFullYear()}${p2(t.getUTCMonth() + 1)}${p2(t.getUTCDate())}${p2(t.getUTCHours())}${p2(t.getUTCMinutes())}${p2(t.getUTCSeconds())}`;

  return [
    key,
    dateOccurred(ms),
    kind.type,
    r.chance(0.002) ? NULL_VALUE : kind.category,
    `${stamp}${c.mgrs.slice(2)}`,
    title,
    summary,
    region,
    attackOn,
    kind.family === 'complexAttack' || (kind.family === 'ambush' && r.chance(0.3)) ? 'TRUE' : 'FALSE',
    r.chance(0.08) ? NULL_VALUE : c.hq,
    r.chance(0.05) ? NULL_VALUE : c.unit,
    TYPE_OF_UNIT.pick(r),
    String(cas.fWIA),
    String(cas.fKIA),
    String(cas.hWIA),
    String(cas.hKIA),
    String(cas.cWIA),
    String(cas.cKIA),
    String(cas.eWIA),
    String(cas.eKIA),
    String(cas.eDet),
    mgrs,
    latitude,
    longitude,
    originator,
    updatedBy,
    ccir,
    sigact,
    affiliation,
    dcolor,
    'SECRET',
  ];
}

/** Summary lengths: log-normal around ~350 characters, plus a rare class of very long reports (10k–25k). */
function targetLength(r: Rng): number {
  if (r.chance(0.0018)) return r.int(10_000, 25_000);
  return Math.round(Math.exp(Math.log(330) + 1.0 * r.normal()));
}

function writeSummary(c: Report, r: Rng): string {
  let text = r
    .pick(TEMPLATES[c.kind.family])(c)
    .replace(/ {2,}(?=\S)/g, (s) => (r.chance(0.7) ? ' ' : s))
    .trim();

  // Openers and closers seen in the real reports.
  const open = r.float();
  if (open < 0.06) text = `(DELAYED REPORT) ${text}`;
  else if (open < 0.09) text = `***DELAYED REPORT***\n${text}`;
  else if (open < 0.12) text = `REFERENCE ISAF INCIDENT ${c.isafNo}.\n\n${text}`;
  else if (open < 0.15) text = `(S//REL) ${text}`;
  else if (open < 0.17)
    text = `${new Date(c.clock.ms).getUTCFullYear()}-${p2(new Date(c.clock.ms).getUTCMonth() + 1)}#${p2(r.int(0, 99))}${r.int(10, 99)} \n\n${text}`;
  else if (open < 0.19)
    text = `Event Title:D${r.int(1, 30)} ${c.isaf().replace(/^\(|\)$/g, '')}\nZone:${c.place.district} District\nPlacename:${c.place.provinceName}\nOutcome:${r.pick(['Ineffective', 'null', 'Effective'])}\n\n${text}`;

  // Transfer notices are one-liners; everything else follows the length distribution.
  const target = c.kind.family === 'detaineeTransfer' && r.chance(0.97) ? 0 : targetLength(r);
  if (text.length < target) {
    const sep = r.pick(['  ', ' ', '\n', '\n\n', '\n\n']);
    const parts = [text];
    let length = text.length;
    let minutes = r.int(5, 40);
    const pool = UPDATES_FOR[c.kind.family] ?? COMBAT_UPDATES;
    let last = -1;
    while (length < target) {
      let u = r.int(0, pool.length - 1);
      if (u === last) u = (u + 1) % pool.length;
      last = u;
      const update = pool[u]!(c, minutes);
      parts.push(update);
      length += update.length + sep.length;
      minutes += r.int(3, 45);
    }
    text = parts.join(sep);
  }
  if (r.chance(0.25)) text += r.pick(['\n', '\n\n', '  ', ' ', '\n\n\n']);
  return text;
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

/** Streams n reports (and any bad rows) as CSV into out, with backpressure; ends out; says what it wrote. */
export async function writeWardiaryCsv(
  n: number,
  seed: number,
  out: Writable,
  options: GenerateOptions = {},
): Promise<{ rows: number; bytes: number }> {
  let rows = 0;
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      done(null, chunk);
    },
  });
  const source = Readable.from(
    (function* () {
      for (const row of generateRows(n, seed, options)) {
        rows++;
        yield row;
      }
    })(),
  );
  await pipeline(source, stringify({ eof: true }), counter, out);
  return { rows, bytes };
}
