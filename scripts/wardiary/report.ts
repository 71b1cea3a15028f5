/** One report being written: its clock, place, kind and casualties, and the phrases that say them. */
import { Weighted, type Rng } from './random.ts';
import {
  DIRECTIONS,
  GIVEN,
  HONORIFIC,
  MEDEVAC_AIR,
  MEDEVAC_ROLE,
  NUMBER_WORDS,
  PROVINCE_ENEMY,
  SURNAME,
  type Family,
  type Kind,
  type Province,
} from './tables.ts';

// ---------------------------------------------------------------------------
// Time: DateOccurred is Zulu; D / D* / L times in the text are Afghan local (UTC+4:30)
// ---------------------------------------------------------------------------

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const MONTH_CASE = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export type Zone = 'Z' | 'z' | 'D*' | 'D' | 'L';
export const ZONES = new Weighted<Zone>([
  ['Z', 64],
  ['z', 6],
  ['D*', 14],
  ['D', 8],
  ['L', 8],
]);
const LOCAL_OFFSET_MS = 4.5 * 3600_000;
export const YEARS = new Weighted<number>([
  [2004, 4],
  [2005, 5],
  [2006, 9],
  [2007, 13],
  [2008, 22],
  [2009, 47],
]);

export const p2 = (n: number) => (n < 10 ? '0' : '') + n;

export interface Clock {
  ms: number;
  zone: Zone;
}

function wall(c: Clock, plusMinutes = 0): Date {
  const local = c.zone === 'Z' || c.zone === 'z' ? 0 : LOCAL_OFFSET_MS;
  return new Date(c.ms + local + plusMinutes * 60_000);
}

function hhmm(c: Clock, plusMinutes = 0): string {
  const t = wall(c, plusMinutes);
  return p2(t.getUTCHours()) + p2(t.getUTCMinutes()) + c.zone;
}

/** Full DTG of the event, in one of the forms the reports use. */
function dtg(c: Clock, form: number): string {
  const t = wall(c);
  const dd = p2(t.getUTCDate());
  const time = p2(t.getUTCHours()) + p2(t.getUTCMinutes());
  const mon = MONTHS[t.getUTCMonth()]!;
  const yy = p2(t.getUTCFullYear() % 100);
  switch (form) {
    case 0:
      return `${dd}${time}${c.zone}${mon}${yy}`; // 311200ZOCT06
    case 1:
      return `${dd}${time}${c.zone} ${mon} ${yy}`; // 201530Z OCT 06
    case 2:
      return `${dd}${time}${c.zone} ${MONTH_CASE[t.getUTCMonth()]} ${yy}`; // 201530Z Oct 06
    default:
      return `${dd}${time}${c.zone}${mon}${t.getUTCFullYear()}`; // 071212ZNOV2009
  }
}

export function dateOccurred(ms: number): string {
  const t = new Date(ms);
  return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())} ${p2(t.getUTCHours())}:${p2(t.getUTCMinutes())}:${p2(t.getUTCSeconds())}`;
}

// ---------------------------------------------------------------------------
// Grids
// ---------------------------------------------------------------------------

/** WGS84 lat/lon → MGRS (northern hemisphere), 1 m precision: "42SVB8095097889". */
export function toMgrs(lat: number, lon: number): string {
  const zone = Math.floor((lon + 180) / 6) + 1;
  const band = 'CDEFGHJKLMNPQRSTUVWX'[Math.floor((lat + 80) / 8)]!;
  const a = 6378137;
  const f = 1 / 298.257223563;
  const k0 = 0.9996;
  const e2 = f * (2 - f);
  const ep2 = e2 / (1 - e2);
  const phi = (lat * Math.PI) / 180;
  const lam0 = (((zone - 1) * 6 - 177) * Math.PI) / 180;
  const sin = Math.sin(phi);
  const cos = Math.cos(phi);
  const tan = Math.tan(phi);
  const N = a / Math.sqrt(1 - e2 * sin * sin);
  const T = tan * tan;
  const C = ep2 * cos * cos;
  const A = cos * ((lon * Math.PI) / 180 - lam0);
  const M =
    a *
    ((1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256) * phi -
      ((3 * e2) / 8 + (3 * e2 ** 2) / 32 + (45 * e2 ** 3) / 1024) * Math.sin(2 * phi) +
      ((15 * e2 ** 2) / 256 + (45 * e2 ** 3) / 1024) * Math.sin(4 * phi) -
      ((35 * e2 ** 3) / 3072) * Math.sin(6 * phi));
  const easting =
    k0 * N * (A + ((1 - T + C) * A ** 3) / 6 + ((5 - 18 * T + T * T + 72 * C - 58 * ep2) * A ** 5) / 120) + 500000;
  const northing =
    k0 *
    (M +
      N *
        tan *
        ((A * A) / 2 +
          ((5 - T + 9 * C + 4 * C * C) * A ** 4) / 24 +
          ((61 - 58 * T + T * T + 600 * C - 330 * ep2) * A ** 6) / 720));
  const col = ['STUVWXYZ', 'ABCDEFGH', 'JKLMNPQR'][zone % 3]![Math.floor(easting / 1e5) - 1]!;
  const row = 'ABCDEFGHJKLMNPQRSTUV'[(Math.floor(northing / 1e5) + (zone % 2 === 0 ? 5 : 0)) % 20]!;
  const five = (x: number) => String(Math.floor(x % 1e5)).padStart(5, '0');
  return `${zone}${band}${col}${row}${five(easting)}${five(northing)}`;
}

// ---------------------------------------------------------------------------
// Casualties
// ---------------------------------------------------------------------------

export interface Casualties {
  fWIA: number;
  fKIA: number;
  hWIA: number;
  hKIA: number;
  cWIA: number;
  cKIA: number;
  eWIA: number;
  eKIA: number;
  eDet: number;
}
const NO_CASUALTIES: Casualties = { fWIA: 0, fKIA: 0, hWIA: 0, hKIA: 0, cWIA: 0, cKIA: 0, eWIA: 0, eKIA: 0, eDet: 0 };

/** 1, rarely more: a geometric-ish count. */
function count(r: Rng, mean: number): number {
  let n = 1;
  while (r.chance(1 - 1 / mean) && n < 40) n++;
  return n;
}

export function casualtiesFor(family: Family, r: Rng): Casualties {
  const c = { ...NO_CASUALTIES };
  const maybe = (p: number, mean: number) => (r.chance(p) ? count(r, mean) : 0);
  switch (family) {
    case 'iedStrike':
    case 'mineStrike':
      if (r.chance(0.45)) {
        c.fWIA = maybe(0.55, 1.8);
        c.fKIA = maybe(0.15, 1.3);
        c.hWIA = maybe(0.3, 1.6);
        c.hKIA = maybe(0.15, 1.4);
        c.cWIA = maybe(0.15, 2);
        c.cKIA = maybe(0.08, 1.5);
        if (c.fWIA + c.fKIA + c.hWIA + c.hKIA + c.cWIA + c.cKIA === 0) c.fWIA = 1;
      }
      break;
    case 'directFire':
    case 'ambush':
    case 'deliberateAttack':
      c.fWIA = maybe(0.12, 1.5);
      c.fKIA = maybe(0.03, 1.2);
      c.hWIA = maybe(0.1, 1.6);
      c.hKIA = maybe(0.05, 1.5);
      c.cWIA = maybe(0.04, 1.5);
      c.eKIA = maybe(0.2, 2.5);
      c.eWIA = maybe(0.06, 1.5);
      c.eDet = maybe(0.03, 1.5);
      break;
    case 'complexAttack':
      c.fWIA = maybe(0.4, 2.5);
      c.fKIA = maybe(0.15, 1.5);
      c.hWIA = maybe(0.4, 2.5);
      c.hKIA = maybe(0.3, 2);
      c.cWIA = maybe(0.3, 3);
      c.cKIA = maybe(0.2, 2);
      c.eKIA = maybe(0.6, 4);
      break;
    case 'indirectFire':
      c.fWIA = maybe(0.07, 1.6);
      c.hWIA = maybe(0.04, 1.4);
      c.cWIA = maybe(0.04, 2);
      c.cKIA = maybe(0.02, 1.3);
      break;
    case 'sniper':
      c.fWIA = maybe(0.15, 1);
      c.fKIA = maybe(0.05, 1);
      c.eKIA = maybe(0.1, 1);
      break;
    case 'murder':
      if (r.chance(0.75)) c.cKIA = count(r, 1.4);
      else c.hKIA = count(r, 1.3);
      c.cWIA = maybe(0.1, 1.3);
      break;
    case 'eof':
      c.cWIA = maybe(0.2, 1.3);
      c.cKIA = maybe(0.07, 1.1);
      break;
    case 'medevacLN':
      c.cWIA = count(r, 1.3);
      break;
    case 'accident':
      c.fWIA = maybe(0.3, 1.6);
      c.fKIA = maybe(0.02, 1);
      c.cWIA = maybe(0.1, 1.5);
      c.cKIA = maybe(0.03, 1);
      break;
    case 'arrest':
      c.eDet = count(r, 1.8);
      break;
    case 'searchAttack':
      c.eDet = maybe(0.6, 2.2);
      c.eKIA = maybe(0.25, 2.5);
      break;
    case 'friendlyFire':
      c.fWIA = maybe(0.4, 1.4);
      c.hWIA = maybe(0.3, 1.4);
      c.hKIA = maybe(0.15, 1.2);
      break;
    default:
      break;
  }
  return c;
}

export const anyCasualty = (c: Casualties) =>
  c.fWIA + c.fKIA + c.hWIA + c.hKIA + c.cWIA + c.cKIA + c.eWIA + c.eKIA + c.eDet > 0;

/** The title's tail: ": 0 INJ/DAM" or ": 1 CF KIA 3 CF WIA " (with the War Diary's trailing space). */
export function titleTail(c: Casualties): string {
  if (!anyCasualty(c)) return '0 INJ/DAM';
  const parts: [number, string][] = [
    [c.fKIA, 'CF KIA'],
    [c.fWIA, 'CF WIA'],
    [c.hKIA, 'HNSF KIA'],
    [c.hWIA, 'HNSF WIA'],
    [c.cKIA, 'CIV KIA'],
    [c.cWIA, 'CIV WIA'],
    [c.eKIA, 'UE KIA'],
    [c.eWIA, 'UE WIA'],
    [c.eDet, 'UE DET'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label} `)
    .join('');
}

// ---------------------------------------------------------------------------
// One report being written
// ---------------------------------------------------------------------------

export interface Place {
  province: Province;
  provinceName: string;
  district: string;
  village: string;
  base: string;
  route: string;
  lat: number;
  lon: number;
}

export class Report {
  readonly numberStyle: number;
  readonly leadForm: number;
  readonly enemyTable: Weighted<string>;
  readonly enemyMain: string;
  readonly nation: string;
  readonly hnForce: string;
  readonly unit: string;
  readonly hq: string;
  readonly mgrs: string;
  readonly isafNo: string;

  constructor(
    readonly r: Rng,
    readonly clock: Clock,
    readonly place: Place,
    readonly kind: Kind,
    readonly cas: Casualties,
  ) {
    this.numberStyle = r.pick([0, 0, 0, 1, 2, 2, 3, 4, 5, 5]);
    this.leadForm = r.int(0, 9);
    this.enemyTable = PROVINCE_ENEMY.get(place.province)!;
    this.enemyMain = this.enemyTable.pick(r);
    this.nation = r.pick(place.province.nations);
    this.hnForce = r.pick(place.province.hn);
    this.unit = r.pick(place.province.units);
    this.hq = r.pick(place.province.hq);
    this.mgrs = toMgrs(place.lat, place.lon);
    const t = wall(clock);
    this.isafNo = `${p2(t.getUTCMonth() + 1)}-${String(r.int(1, 2999)).padStart(4, '0')}`;
  }

  pick<T>(items: readonly T[]): T {
    return this.r.pick(items);
  }

  chance(p: number): boolean {
    return this.r.chance(p);
  }

  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }

  /** The event's own time: a full DTG or just the clock time, in this report's zone. */
  get at(): string {
    if (this.leadForm < 4) return dtg(this.clock, 0);
    if (this.leadForm === 4) return dtg(this.clock, this.clock.zone === 'Z' ? 1 : 0);
    if (this.leadForm === 5) return dtg(this.clock, this.clock.zone === 'Z' ? 2 : 0);
    if (this.leadForm === 6) return dtg(this.clock, 3);
    return hhmm(this.clock);
  }

  /** Always the full DTG (forms that need a date, such as "T:" in a SALT report). */
  get atFull(): string {
    return dtg(this.clock, this.leadForm < 7 ? Math.min(this.leadForm >> 1, 3) : 0);
  }

  /** A later clock time in the same zone. */
  later(minutes: number): string {
    return hhmm(this.clock, minutes);
  }

  /** "3x", "3 X", "three (3)", … in this report's style. */
  x(n: number): string {
    switch (this.numberStyle) {
      case 0:
        return `${n}x`;
      case 1:
        return `${n}X`;
      case 2:
        return `${n} x`;
      case 3:
        return `${n} X`;
      case 4:
        return n <= 10 ? `${NUMBER_WORDS[n]} (${n})` : `${n}x`;
      default:
        return `${n}`;
    }
  }

  enemy(): string {
    return this.chance(0.7) ? this.enemyMain : this.enemyTable.pick(this.r);
  }

  cmdr(): string {
    const h = this.pick(HONORIFIC);
    return `${h} ${this.pick(GIVEN)} ${this.pick(SURNAME)}`;
  }

  grid(): string {
    const m = this.mgrs;
    const zone = m.slice(0, 3);
    const sq = m.slice(3, 5);
    const e = m.slice(5, 10);
    const n = m.slice(10, 15);
    switch (this.int(0, 5)) {
      case 0:
        return m;
      case 1:
        return `${zone} ${sq} ${e} ${n}`;
      case 2:
        return `${zone} ${sq} ${e.slice(0, 4)} ${n.slice(0, 4)}`;
      case 3:
        return `${sq} ${e.slice(0, 3)} ${n.slice(0, 3)}`;
      case 4:
        return `${zone}${sq} ${e} ${n}`;
      default:
        return `${zone} ${sq} ${e.slice(0, 3)} ${n.slice(0, 3)}`;
    }
  }

  isaf(): string {
    return this.pick([
      `ISAF #${this.isafNo}`,
      `ISAF # ${this.isafNo}`,
      `ISAF Tracking# ${this.isafNo}`,
      `(ISAF #:  ${this.isafNo})`,
      `ISAF EVENT TRACKING #${this.isafNo}`,
      `IJC#${this.isafNo}`,
    ]);
  }

  km(): string {
    return `${this.int(1, 25)}${this.pick(['km', 'KM', 'Km', ' km'])} ${this.pick(DIRECTIONS)} of ${this.place.base}`;
  }

  /** Where it happened, in one of the usual ways of saying it. */
  where(): string {
    const p = this.place;
    switch (this.int(0, 9)) {
      case 0:
      case 1:
        return `IVO ${p.village}, ${p.district} District, ${p.provinceName} Province`;
      case 2:
        return `(${p.district} District, ${p.provinceName} Province)`;
      case 3:
        return `${this.km()} (${p.district} District, ${p.provinceName} Province)`;
      case 4:
        return `IVO ${p.village} (${p.district} District)`;
      case 5:
        return `in ${p.district} District, ${p.provinceName}`;
      case 6:
        return `on ${p.route} IVO ${p.village}, ${p.provinceName} Province`;
      case 7:
        return `${this.km()}`;
      case 8:
        return `at grid ${this.grid()} IVO ${p.village}`;
      default:
        return `in the ${p.village} area of ${p.district}, ${p.provinceName} Province`;
    }
  }

  /** "RC South", "RC North", … as the reports write it. */
  regionName(): string {
    const region = this.place.province.region;
    return region === 'RC CAPITAL' ? 'RC Capital' : `RC ${region[3]}${region.slice(4).toLowerCase()}`;
  }

  friendly(): string {
    return this.pick([this.nation, 'CF', this.nation, 'ISAF', `${this.nation} MIL`]);
  }

  cat(): string {
    return this.pick(['CAT A', 'CAT B', 'CAT C', 'CAT UNK', 'CAT B', 'CAT C']);
  }

  /** The casualty line, agreeing with the count columns. */
  bda(): string {
    const c = this.cas;
    if (!anyCasualty(c)) {
      return this.pick([
        'No casualties or damage reported.',
        'No injuries or damage reported.',
        'NO INJURIES TO PERSONNEL OR DAMAGE TO EQUIPMENT.',
        'No CF or ANSF casualties.',
        'No BDA.',
        'NEGATIVE CASUALTIES.',
        'No damage and casualties.',
      ]);
    }
    const parts: string[] = [];
    if (c.fKIA) parts.push(`${this.x(c.fKIA)} ${this.friendly()} KIA`);
    if (c.fWIA) parts.push(`${this.x(c.fWIA)} ${this.friendly()} WIA (${this.cat()})`);
    if (c.hKIA) parts.push(`${this.x(c.hKIA)} ${this.hnForce} KIA`);
    if (c.hWIA) parts.push(`${this.x(c.hWIA)} ${this.hnForce} WIA`);
    if (c.cKIA) parts.push(`${this.x(c.cKIA)} ${this.pick(['LN', 'LN', 'CIV', 'LN CIV'])} KIA`);
    if (c.cWIA) parts.push(`${this.x(c.cWIA)} ${this.pick(['LN', 'LN', 'CIV', 'LN CIV'])} WIA`);
    if (c.eKIA) parts.push(this.chance(0.5) ? `${this.x(c.eKIA)} EKIA` : `${this.x(c.eKIA)} ${this.enemyMain} KIA`);
    if (c.eWIA) parts.push(`${this.x(c.eWIA)} ${this.pick(['EWIA', 'INS WIA', 'enemy WIA'])}`);
    if (c.eDet) parts.push(`${this.x(c.eDet)} ${this.pick(['detained', 'PUCs detained', 'INS detained'])}`);
    const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]!;
    return this.pick([`BDA: ${list}.`, `BDA: ${parts.join(', ')}.`, `Resulting in ${list}.`, `Casualties: ${list}.`]);
  }

  close(minutes: number): string {
    return this.pick([
      `Event closed at ${this.later(minutes)}.`,
      `TIC closed at ${this.later(minutes)}.`,
      'NFTR.',
      'NFI ATT.',
      'NFI att.',
      `Incident closed at ${this.later(minutes)}.`,
      `***Event closed at ${this.later(minutes)}*`,
      `EVENT CLOSED ${this.later(minutes)}.`,
      `Event closed at ${this.later(minutes)}. ${this.isaf()}.`,
    ]);
  }

  medevac(minutes: number): string {
    const mm = `${p2(wall(this.clock).getUTCMonth() + 1)}-${p2(this.int(1, 31))}${this.pick(['A', 'B', 'C', 'D'])}`;
    const air = this.pick(MEDEVAC_AIR[this.place.province.region]);
    const role = this.pick(MEDEVAC_ROLE[this.place.province.region]);
    return this.pick([
      `9-line MEDEVAC requested at ${this.later(minutes)}. MEDEVAC ${mm} approved; W/U ${air} at ${this.later(minutes + 12)}, W/D ${role} at ${this.later(minutes + 48)}. MC.`,
      `MEDEVAC requested and approved at ${this.later(minutes)}. Patients transported to ${role}.`,
      `MM ${mm} w/u from ${air} at ${this.later(minutes + 9)} and w/d ${role} at ${this.later(minutes + 41)}, MC.`,
      `Casualties were ground evacuated to ${role}.`,
    ]);
  }
}
