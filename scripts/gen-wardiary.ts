/**
 * Writes a synthetic WikiLeaks Afghan War Diary CSV (`afg.csv` layout: 32
 * columns, no header row), deterministic for a seed.
 *
 *   node --import tsx scripts/gen-wardiary.ts --reports 76911 --seed 1 [--out FILE]
 *
 * The reports are shaped like the real sample in tests/fixtures/wardiary-sample:
 * terse, acronym-dense field reports (half of them in capitals), real place names
 * with varying spellings, DTGs that agree with DateOccurred, casualty columns that
 * agree with the text and the title, a heavy-tailed length distribution, and the
 * real file's quirks at realistic rates (`<null value>` markers, HTML entities
 * escaped one to four times, empty or NaN coordinates, CR inside summaries, four
 * ReportKey formats, a few summaries shared by two reports).
 *
 * Everything here is invented. Commanders' names are composed at random from
 * common name parts and stand for no real person.
 */
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { stringify } from 'csv-stringify';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

// ---------------------------------------------------------------------------
// The layout
// ---------------------------------------------------------------------------

export const WARDIARY_COLUMNS = [
  'ReportKey', 'DateOccurred', 'Type', 'Category', 'TrackingNumber', 'Title', 'Summary', 'Region',
  'AttackOn', 'ComplexAttack', 'ReportingUnit', 'UnitName', 'TypeOfUnit', 'FriendlyWIA', 'FriendlyKIA',
  'HostNationWIA', 'HostNationKIA', 'CivilianWIA', 'CivilianKIA', 'EnemyWIA', 'EnemyKIA', 'EnemyDetained',
  'MGRS', 'Latitude', 'Longitude', 'OriginatorGroup', 'UpdatedByGroup', 'CCIR', 'Sigact', 'Affiliation',
  'DColor', 'Classification',
] as const;
export type WardiaryColumn = (typeof WARDIARY_COLUMNS)[number];
/** Column name → index in a row. */
export const COL = Object.fromEntries(WARDIARY_COLUMNS.map((c, i) => [c, i])) as Record<WardiaryColumn, number>;
/** The War Diary's literal empty marker. */
export const NULL_VALUE = '<null value>';

export const MAX_REPORTS = 10_000_000;
export const MAX_SEED = 0xffff_ffff;

// ---------------------------------------------------------------------------
// Randomness (pure-rand, seeded)
// ---------------------------------------------------------------------------

class Rng {
  private readonly g: RandomGenerator;
  constructor(seed: number) {
    this.g = xoroshiro128plus(seed | 0);
    // xoroshiro128+ seeded with nearby integers starts out correlated; run it in.
    for (let i = 0; i < 64; i++) this.g.next();
  }
  /** Uniform in [0, 1). */
  float(): number {
    return (this.g.next() >>> 0) / 4294967296;
  }
  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return uniformInt(this.g, lo, hi);
  }
  u32(): number {
    return this.g.next() >>> 0;
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }
  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }
  hex(chars: number): string {
    let out = '';
    while (out.length < chars) out += this.u32().toString(16).padStart(8, '0');
    return out.slice(0, chars);
  }
}

class Weighted<T> {
  private readonly items: T[] = [];
  private readonly cum: number[] = [];
  private total = 0;
  constructor(entries: readonly (readonly [T, number])[]) {
    for (const [item, weight] of entries) {
      this.total += weight;
      this.items.push(item);
      this.cum.push(this.total);
    }
  }
  pick(r: Rng): T {
    const x = r.float() * this.total;
    let i = 0;
    while (this.cum[i]! <= x) i++;
    return this.items[i]!;
  }
}

/** A bijection on 32-bit integers (lowbias32): distinct row numbers give distinct key prefixes. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

// ---------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------

type Region = 'RC SOUTH' | 'RC EAST' | 'RC WEST' | 'RC NORTH' | 'RC CAPITAL';

interface District {
  /** Spellings; the first is the most common. */
  names: readonly string[];
  lat: number;
  lon: number;
}

interface Province {
  names: readonly string[];
  region: Region;
  weight: number;
  districts: readonly District[];
  bases: readonly string[];
  villages: readonly string[];
  routes: readonly string[];
  /** Friendly nationalities written in casualty lines. */
  nations: readonly string[];
  /** Host-nation forces seen there, most common first. */
  hn: readonly string[];
  enemy: readonly (readonly [string, number])[];
  hq: readonly string[];
  units: readonly string[];
}

const d = (names: string[], lat: number, lon: number): District => ({ names, lat, lon });

const ENEMY_SOUTH = [['TB', 34], ['INS', 30], ['Taliban', 9], ['AAF', 9], ['EF', 7], ['ACM', 6], ['TB fighters', 3]] as const;
const ENEMY_EAST = [['INS', 30], ['AAF', 25], ['TB', 15], ['HIG', 10], ['ACM', 8], ['Taliban', 5], ['EF', 4], ['AQ', 1], ['HQN', 2]] as const;
const ENEMY_HQN = [['HQN', 20], ['Haqqani Network', 7], ['INS', 26], ['AAF', 22], ['TB', 15], ['AQ', 3], ['ACM', 7]] as const;
const ENEMY_NORTH = [['INS', 50], ['TB', 18], ['HIG', 12], ['ACF', 10], ['OMF', 5], ['IMU', 5]] as const;
const ENEMY_WEST = [['INS', 45], ['TB', 22], ['AAF', 18], ['ACM', 10], ['Taliban', 5]] as const;

const HQ_SOUTH = ['TF KANDAHAR', 'TF KANDAHAR', 'TF HELMAND', 'TF PALADIN', 'TF 31', 'TF 32', 'TF AEGIS', 'TF ORION', 'TF MOHAWK', 'CJSOTF-A', 'TF 373', 'RC SOUTH'];
const HQ_EAST = ['TF SPARTAN', 'TF FURY', 'TF DUKE', 'TF RAKKASAN', 'TF BAYONET', 'TF TITAN', 'TF EAGLE', 'TF GERONIMO', 'TF STEEL', 'TF WILDHORSE', 'TF TIGER', 'TF CHOSIN', 'TF YUKON', 'TF 373', 'TF 3-71', 'TF 33', 'CJSOTF-A', 'TF PALADIN'];

const PROVINCES: readonly Province[] = [
  {
    names: ['Kandahar', 'KANDAHAR', 'Kandahar', 'KANDAHAR', 'Kandahar', 'Qandahar'], region: 'RC SOUTH', weight: 20,
    districts: [
      d(['Kandahar City', 'KANDAHAR CITY', 'Kandahar'], 31.61, 65.71),
      d(['Panjwayi', 'PANJWAYI', 'Panjwai', 'Panjwaii', 'PANJAWAYI'], 31.52, 65.42),
      d(['Zhari', 'ZHARI', 'Zharey', 'Zharmi'], 31.6, 65.52),
      d(['Arghandab', 'ARGHANDAB', 'Arghandob'], 31.69, 65.65),
      d(['Spin Boldak', 'SPIN BOLDAK', 'Spin Buldak'], 31.01, 66.4),
      d(['Maywand', 'MAYWAND', 'Maiwand'], 31.64, 65.06),
      d(['Shah Wali Kot', 'SHAH WALI KOT', 'Shawali Kot'], 31.96, 65.9),
      d(['Khakrez', 'KHAKREZ'], 32.02, 65.8),
      d(['Daman', 'DAMAN'], 31.45, 65.95),
    ],
    bases: ['KAF', 'Kandahar Airfield', 'FOB Wilson', 'PB Wilson', 'FOB Sperwan Ghar', 'FOB SPERMAN GHAR', 'FOB Masum Ghar', "FOB Ma'sum Ghar", 'FOB Ramrod', 'FOB Frontenac', 'Camp Nathan Smith', 'FOB Khakrez', 'PBW'],
    villages: ['Pashmul', 'Sangsar', 'Zangabad', 'Talukan', 'Nalgham', 'Siah Choy', 'Howz-e Madad', 'Senjaray', 'Bazaar-e Panjwayi', 'Mushan', 'Nakhonay', 'Jelawur', 'Chalghowr', 'Khenjakak', 'Sperwan', 'Mahalajat'],
    routes: ['Highway 1', 'HWY 1', 'Route Summit', 'Route Fosters', 'Route Hyena', 'Route Lake Effect', 'Route Bear', 'Route Ring Road'],
    nations: ['CAN', 'US', 'CAN', 'ISAF', 'US MIL'], hn: ['ANP', 'ANA', 'AUP', 'ANA', 'ABP'],
    enemy: ENEMY_SOUTH, hq: HQ_SOUTH,
    units: ['1RCR BG', '2-2 IN', '1-12 IN', '1-17 IN', 'C/S CB 6', 'MOHAWK 6', 'ODA 330', 'ODB 330', 'TF 31', 'ETT', 'OMLT', 'F33', 'Whiskey 36', 'PRT Kandahar'],
  },
  {
    names: ['Helmand', 'HELMAND', 'Hilmand'], region: 'RC SOUTH', weight: 12,
    districts: [
      d(['Lashkar Gah', 'LASHKAR GAH', 'LashKarGah', 'Lashkargah', 'LASHKARGAH'], 31.58, 64.36),
      d(['Sangin', 'SANGIN', 'Sangeen'], 32.07, 64.83),
      d(['Musa Qala', 'MUSA QALA', "Musa Qal'eh", 'Musa Qalah'], 32.45, 64.76),
      d(['Garmsir', 'GARMSIR', 'Garmser'], 31.12, 64.2),
      d(['Nawa', 'NAWA', 'Nawa-I-Barakzayi'], 31.3, 64.3),
      d(['Marjah', 'MARJAH', 'Marja'], 31.52, 64.12),
      d(['Nad Ali', 'NAD-E ALI', 'Nad-e Ali'], 31.64, 64.26),
      d(['Gereshk', 'GERESHK', 'Girishk'], 31.82, 64.57),
      d(['Now Zad', 'NOW ZAD', 'Nawzad'], 32.4, 64.47),
      d(['Kajaki', 'KAJAKI'], 32.26, 65.05),
    ],
    bases: ['Camp Bastion', 'Camp Leatherneck', 'FOB Jackson', 'FOB Edinburgh', 'FOB Delhi', 'FOB Price', 'FOB Dwyer', 'PB Jaker', 'FOB Inkerman', 'FOB Robinson'],
    villages: ['Babaji', 'Chah-e Anjir', 'Showal', 'Loy Bagh', 'Malgir', 'Kharako', 'Mian Poshteh', 'Hazar Joft', 'Khan Neshin', 'Koshtay', 'Pir Zadeh'],
    routes: ['Route 611', 'Highway 1', 'HWY 1 (Kandahar-Herat)', 'Route Cowboys', 'Route Red', 'Route Pear', 'Route Cornwall'],
    nations: ['UK', 'US', 'USMC', 'DNK', 'EST', 'ISAF'], hn: ['ANA', 'ANP', 'AUP', 'ANCOP'],
    enemy: ENEMY_SOUTH, hq: ['TF HELMAND', 'TF HELMAND', 'TF LEATHERNECK', 'RC SOUTH', 'TF KANDAHAR', 'TF 373', 'CJSOTF-A'],
    units: ['2/8 MARINES', '1/5 MARINES', '3/8 MARINES', '2/7 MARINES', '1 RGR', '2 PARA', '45 CDO', 'OMLT', 'ETT', 'TF 32', 'ODA 765'],
  },
  {
    names: ['Uruzgan', 'URUZGAN', 'Oruzgan', 'ORUZGAN'], region: 'RC SOUTH', weight: 3.5,
    districts: [
      d(['Tarin Kowt', 'TARIN KOWT', 'Tirin Kot', 'TK'], 32.63, 65.87),
      d(['Deh Rawud', 'DEH RAWOD', 'Deh Rawod'], 32.62, 65.46),
      d(['Chora', 'CHORA', 'Chowra'], 32.78, 65.98),
      d(['Char Chineh', 'CAHAR CINEH', 'Char Chino'], 32.98, 65.67),
    ],
    bases: ['Camp Holland', 'FOB Ripley', 'FOB Cobra', 'Camp Russell', 'PB Poentjak'],
    villages: ['Kala Kala', 'Sorkh Morghab', 'Mirabad', 'Baluchi', 'Darafshan', 'Sarab'],
    routes: ['Route Bear', 'Route Tarin Kowt', 'Route Corvette'],
    nations: ['NLD', 'AUS', 'US'], hn: ['ANP', 'ANA'],
    enemy: ENEMY_SOUTH, hq: ['TF URUZGAN', 'TF URUZGAN', 'RC SOUTH', 'TF 31', 'TF 66'],
    units: ['NLD BG', 'AUS MRTF', 'OMLT', 'ETT', 'TF 31', 'ODA 331'],
  },
  {
    names: ['Zabul', 'ZABUL', 'Zabol'], region: 'RC SOUTH', weight: 3,
    districts: [
      d(['Qalat', 'QALAT', 'Qalat City'], 32.11, 66.9),
      d(['Shinkay', 'SHINKAY', 'Shinkai'], 31.98, 67.36),
      d(['Shah Joy', 'SHAH JOY', 'Shajoy'], 32.52, 67.42),
      d(['Mizan', 'MIZAN'], 32.05, 66.6),
    ],
    bases: ['FOB Lagman', 'FOB Sweeney', 'FOB Baylough', 'FOB Apache', 'Camp Apache'],
    villages: ['Mulki Zay', 'Kalandar', 'Naw Bahar', 'Daychopan', 'Khak-e Afghan'],
    routes: ['Highway 1', 'HWY 1 (Kabul-Kandahar)', 'Route Bismarck'],
    nations: ['US', 'ROU', 'ISAF'], hn: ['ANP', 'ANA', 'AUP'],
    enemy: ENEMY_SOUTH, hq: ['TF ZABUL', 'TF ZABUL', 'RC SOUTH', 'TF 31', 'TF KANDAHAR'],
    units: ['2-4 IN', 'ROU BN', 'ETT', 'PMT', 'TF 31', 'ODA 322'],
  },
  {
    names: ['Kunar', 'KUNAR', 'Konar', 'KONAR'], region: 'RC EAST', weight: 7,
    districts: [
      d(['Asadabad', 'ASADABAD', 'Asadabad City'], 34.87, 71.15),
      d(['Pech', 'PECH', 'Pech Valley'], 34.95, 70.93),
      d(['Korengal', 'KORENGAL', 'Korengal Valley'], 34.88, 70.92),
      d(['Nari', 'NARI', 'Naray'], 35.17, 71.5),
      d(['Dangam', 'DANGAM'], 34.97, 71.42),
      d(['Marawara', 'MARAWARA'], 34.82, 71.2),
    ],
    bases: ['FOB Blessing', 'FOB Naray', 'FB Naray', 'Korengal Outpost', 'KOP', 'FOB Asadabad', 'FOB Wright', 'COP Michigan', 'COP Vegas'],
    villages: ['Shuryak', 'Aranas', 'Darkano', 'Saw', 'Shingar', 'Kandigal', 'Badel', 'Chapa Dara', 'Omar'],
    routes: ['Route Rhode Island', 'Route California', 'the Pech Road', 'MSR Kamdesh-Gardesh'],
    nations: ['US', 'US MIL', 'CF'], hn: ['ANA', 'ANP', 'ABP', 'ANP'],
    enemy: ENEMY_EAST, hq: ['TF SPARTAN', 'TF BAYONET', 'TF TITAN', 'TF 3-71', 'TF DUKE', 'TF CHOSIN', 'TF 373', 'CJSOTF-A'],
    units: ['1-26 IN', '2-503 IN', '1-32 IN', '3-71 CAV', '1-91 CAV', 'C/3-71', 'B/2-503', 'ODA 773', 'ETT', 'SWT', 'AWT'],
  },
  {
    names: ['Nuristan', 'NURISTAN', 'Nooristan'], region: 'RC EAST', weight: 2.5,
    districts: [
      d(['Kamdesh', 'KAMDESH', 'Kamdish'], 35.42, 71.33),
      d(['Waygal', 'WAYGAL', 'Wanat'], 35.09, 70.89),
      d(['Barg-e Matal', 'BARGE MATAL', 'Bargi Matal'], 35.67, 71.34),
      d(['Parun', 'PARUN'], 35.42, 70.92),
    ],
    bases: ['COP Keating', 'COP Kamu', 'OP Warheit', 'VPB Wanat', 'COP Kamdesh'],
    villages: ['Pitigal', 'Mandagal', 'Urmul', 'Gawardesh', 'Kamdesh Village', 'Bazgal'],
    routes: ['MSR Kamdesh-Gardesh', 'the Landay Sin road', 'Route Pluto'],
    nations: ['US', 'US MIL', 'CF'], hn: ['ANA', 'ANP', 'ABP'],
    enemy: ENEMY_EAST, hq: ['TF TITAN', 'TF 3-71', 'TF DUKE', 'TF BAYONET', 'TF SPARTAN'],
    units: ['3-71 CAV', 'C/3-71', '1-91 CAV', 'ODA 773', 'ETT', 'AWT'],
  },
  {
    names: ['Nangarhar', 'NANGARHAR', 'Ningarhar'], region: 'RC EAST', weight: 5,
    districts: [
      d(['Jalalabad', 'JALALABAD', 'J-Bad', 'JBAD'], 34.43, 70.45),
      d(['Khogyani', 'KHOGYANI', 'Khugiani'], 34.22, 70.22),
      d(['Achin', 'ACHIN'], 34.08, 70.68),
      d(['Shinwar', 'SHINWAR'], 34.17, 70.8),
      d(['Sherzad', 'SHERZAD'], 34.3, 70.0),
    ],
    bases: ['FOB Fenty', 'JAF', 'Camp Torkham', 'FOB Finley-Shields', 'FOB Hughie'],
    villages: ['Wazir', 'Gandumak', 'Marko', 'Ghani Khel', 'Kodi Khel'],
    routes: ['Highway 7', 'Route Alaska', 'Route Dallas'],
    nations: ['US', 'CF', 'US MIL'], hn: ['ANP', 'ABP', 'ANA'],
    enemy: ENEMY_EAST, hq: ['TF BAYONET', 'TF SPARTAN', 'TF DUKE', 'TF 373', 'CJSOTF-A'],
    units: ['2-503 IN', '1-32 IN', 'PRT Jalalabad', 'ETT', 'PMT', 'ODA 3122'],
  },
  {
    names: ['Laghman', 'LAGHMAN', 'Lagman'], region: 'RC EAST', weight: 2,
    districts: [
      d(['Mehtar Lam', 'MEHTAR LAM', 'Mehtarlam'], 34.67, 70.21),
      d(['Alingar', 'ALINGAR'], 34.83, 70.36),
      d(['Alishang', 'ALISHANG'], 34.7, 70.13),
    ],
    bases: ['FOB Mehtar Lam', 'FOB Kalagush', 'PRT Laghman'],
    villages: ['Qarghayi', 'Kats', 'Bad Pakh'],
    routes: ['Route Alaska', 'Route Ohio'],
    nations: ['US', 'CF'], hn: ['ANP', 'ANA'],
    enemy: ENEMY_EAST, hq: ['TF BAYONET', 'TF SPARTAN', 'TF DUKE'],
    units: ['2-503 IN', 'ETT', 'PRT Laghman'],
  },
  {
    names: ['Khost', 'KHOST', 'Khowst', 'KHOWST'], region: 'RC EAST', weight: 5,
    districts: [
      d(['Khost', 'KHOST', 'Khowst'], 33.34, 69.92),
      d(['Sabari', 'SABARI'], 33.45, 69.98),
      d(['Tani', 'TANI'], 33.27, 69.84),
      d(['Spera', 'SPERA'], 33.2, 69.52),
      d(['Tere Zayi', 'TERE ZAYI'], 33.38, 70.03),
    ],
    bases: ['FOB Salerno', 'FOB Chapman', 'COP Spera', 'Camp Clark', 'COP Sabari', 'the Khowst Bowl'],
    villages: ['Mandozai', 'Lakan', 'Bak', 'Matun', 'Dzadran', 'Zambar'],
    routes: ['KG Pass', 'the K-G Pass road', 'Route Trans-Am', 'Route Alabama'],
    nations: ['US', 'US MIL', 'CF'], hn: ['ANA', 'ANP', 'ABP'],
    enemy: ENEMY_HQN, hq: ['TF FURY', 'TF RAKKASAN', 'TF EAGLE', 'TF YUKON', 'TF 373', 'TF STEEL'],
    units: ['1-501 IN', '2-377 PFAR', '1-26 IN', 'ETT', 'PRT Khost', 'EDDY 53/57', 'AWT'],
  },
  {
    names: ['Paktika', 'PAKTIKA', 'Paktica'], region: 'RC EAST', weight: 5,
    districts: [
      d(['Sharana', 'SHARANA', 'Sharan'], 33.13, 68.79),
      d(['Orgun', 'ORGUN', 'Orgun-E', 'URGUN'], 32.93, 69.16),
      d(['Bermel', 'BERMEL', 'Barmal'], 32.63, 69.26),
      d(['Yahya Khel', 'YAHYA KHAIL', 'Yayakhel'], 32.94, 68.6),
      d(['Sar Hawza', 'SAR HAWZA', 'Sarhawza'], 33.05, 69.0),
      d(['Waza Khwa', 'WAZA KHAWA'], 32.2, 68.43),
    ],
    bases: ['FOB Sharana', 'FOB Orgun-E', 'FB Lilley', 'FOB Boris', 'FOB Tillman', 'COP Zerok', 'Mest OP'],
    villages: ['Marghah', 'Faqiran', 'Mest', 'Zerok', 'Lwara', 'Shkin'],
    routes: ['Route Idaho', 'Route Chicago', 'Route Audi', 'Route Lincoln'],
    nations: ['US', 'US MIL', 'PL', 'CF'], hn: ['ANA', 'ANP', 'ABP'],
    enemy: ENEMY_HQN, hq: ['TF GERONIMO', 'TF 1 GERONIMO', 'TF EAGLE', 'TF FURY', 'TF 373', 'TF YUKON'],
    units: ['1-501 IN', '4-73 CAV', 'PRT Sharana', 'ETT', 'APACHE 17', 'B Co'],
  },
  {
    names: ['Paktya', 'PAKTYA', 'Paktia', 'PAKTIA'], region: 'RC EAST', weight: 4,
    districts: [
      d(['Gardez', 'GARDEZ', 'Gardeyz'], 33.6, 69.22),
      d(['Zormat', 'ZORMAT', 'Zurmat'], 33.43, 69.03),
      d(['Chamkani', 'CHAMKANI'], 33.8, 69.82),
      d(['Jaji', 'JAJI'], 33.95, 69.8),
      d(['Sayed Karam', 'SAYED KARAM'], 33.67, 69.37),
    ],
    bases: ['FOB Gardez', 'FOB Lightning', 'FOB Zormat', 'COP Wilderness', 'FOB Tellier'],
    villages: ['Ahmad Khel', 'Patan', 'Suri Khel', 'Mangal'],
    routes: ['Route Idaho', 'KG Pass', 'Route Vermont'],
    nations: ['US', 'US MIL', 'CF'], hn: ['ANA', 'ANP'],
    enemy: ENEMY_HQN, hq: ['TF FURY', 'TF EAGLE', 'TF RAKKASAN', 'TF 373', 'TF 37'],
    units: ['1-26 IN', '4-25 FA', 'ETT', 'PRT Gardez', 'TF 37'],
  },
  {
    names: ['Ghazni', 'GHAZNI', 'Ghaznee'], region: 'RC EAST', weight: 5,
    districts: [
      d(['Ghazni', 'GHAZNI', 'Ghazni City'], 33.55, 68.42),
      d(['Andar', 'ANDAR'], 33.38, 68.5),
      d(['Giro', 'GIRO'], 33.0, 68.2),
      d(['Moqor', 'MOQOR', 'Muqur'], 32.86, 67.78),
      d(['Qarabagh', 'QARABAGH', 'Qara Bagh'], 33.2, 68.1),
      d(['Deh Yak', 'DEH YAK'], 33.5, 68.6),
    ],
    bases: ['FOB Ghazni', 'FOB Warrior', 'COP Giro', 'FOB Andar', 'COP Muqur'],
    villages: ['Sheikhabad', 'Nani', 'Shah Baz', 'Pana', 'Rashidan'],
    routes: ['Highway 1', 'HWY 1', 'Route Green', 'Route Olympics'],
    nations: ['US', 'PL', 'POL', 'CF'], hn: ['ANP', 'ANA', 'ANCOP'],
    enemy: ENEMY_EAST, hq: ['TF WHITE EAGLE', 'TF WARRIOR', 'TF SPARTAN', 'TF 373', 'TF FURY'],
    units: ['2-87 IN', 'PL BG', 'ETT', 'PMT', 'PRT Ghazni'],
  },
  {
    names: ['Logar', 'LOGAR', 'Lowgar'], region: 'RC EAST', weight: 2.5,
    districts: [
      d(['Pul-e Alam', 'PUL-E ALAM', 'Puli Alam', 'Pol-i-Alam'], 33.99, 69.02),
      d(['Baraki Barak', 'BARAKI BARAK'], 33.97, 68.94),
      d(['Charkh', 'CHARKH'], 33.8, 68.9),
      d(['Muhammad Agha', 'MOHAMMAD AGHA'], 34.2, 69.1),
    ],
    bases: ['FOB Shank', 'COP Altimur', 'Hunter Base', 'FOB Hunter'],
    villages: ['Padkhwab', 'Kolangar', 'Deh Naw'],
    routes: ['Highway 1', 'Route Georgia'],
    nations: ['US', 'CZE', 'CF'], hn: ['ANP', 'ANA'],
    enemy: ENEMY_EAST, hq: ['TF STEEL', 'TF SPARTAN', 'TF 373', 'TF 333'],
    units: ['3BSTB', '2-377 (TF STEEL)', 'ETT', 'PRT Logar', 'TF 333'],
  },
  {
    names: ['Wardak', 'WARDAK', 'Wardag', 'Maidan Wardak'], region: 'RC EAST', weight: 2.5,
    districts: [
      d(['Maidan Shahr', 'MAIDAN SHAHR', 'Maydan Shar'], 34.39, 68.87),
      d(['Sayyidabad', 'SAYYIDABAD', 'Sayed Abad'], 34.0, 68.72),
      d(['Chak', 'CHAK'], 34.1, 68.6),
      d(['Jalrez', 'JALREZ'], 34.46, 68.6),
      d(['Nerkh', 'NERKH'], 34.35, 68.8),
    ],
    bases: ['FOB Airborne', 'COP Conlon', 'FOB Tangi', 'COP Carwile'],
    villages: ['Tangi', 'Salar', 'Baghi', 'Durani'],
    routes: ['Highway 1', 'HWY 1', 'Route Georgia'],
    nations: ['US', 'CF'], hn: ['ANP', 'ANA', 'ANCOP'],
    enemy: ENEMY_EAST, hq: ['TF SPARTAN', 'TF WARRIOR', 'TF 373'],
    units: ['1-503 IN', '4-25 FA', 'ETT', 'PMT'],
  },
  {
    names: ['Kapisa', 'KAPISA', 'Kapsia'], region: 'RC EAST', weight: 1.5,
    districts: [
      d(['Tagab', 'TAGAB'], 34.85, 69.66),
      d(['Nijrab', 'NIJRAB', 'Nejrab'], 34.98, 69.62),
      d(['Mahmud Raqi', 'MAHMUD RAQI', 'Mahmood Raqi'], 35.02, 69.33),
    ],
    bases: ['FOB Tagab', 'FB Morales-Frazier', 'FB MF', 'FOB Nijrab'],
    villages: ['Jangali', 'Bedraw', 'Pachaghan', 'Alasay'],
    routes: ['Route Vermont', 'Route Blue'],
    nations: ['US', 'FRA', 'FR', 'CF'], hn: ['ANA', 'ANP'],
    enemy: ENEMY_EAST, hq: ['TF TIGER', 'TF 33', 'TF LAFAYETTE', 'TF 373'],
    units: ['TF 33', 'FR OMLT', 'ETT', 'ODA 3311'],
  },
  {
    names: ['Parwan', 'PARWAN', 'Parvan'], region: 'RC EAST', weight: 2,
    districts: [
      d(['Bagram', 'BAGRAM'], 34.946, 69.265),
      d(['Charikar', 'CHARIKAR'], 35.01, 69.17),
    ],
    bases: ['BAF', 'Bagram Airfield', 'the BTIF', 'BAF CSH'],
    villages: ['Qal-e Naw', 'Bayan Khel'],
    routes: ['Route Vermont', 'Highway 76'],
    nations: ['US', 'CF'], hn: ['ANP', 'ANA'],
    enemy: ENEMY_EAST, hq: ['TF 373', 'TF GUARDIAN', 'TF PROTECTOR', 'CJTF-101'],
    units: ['TF GUARDIAN', 'TF 373', 'TF 3-73', 'BDOC', 'GLADIUS 6'],
  },
  {
    names: ['Kabul', 'KABUL', 'Kabol'], region: 'RC CAPITAL', weight: 6,
    districts: [
      d(['Kabul', 'KABUL', 'Kabul City'], 34.53, 69.17),
      d(['Surobi', 'SUROBI', 'Sarobi', 'Sarowbi'], 34.59, 69.77),
      d(['Musahi', 'MUSAHI'], 34.37, 69.2),
      d(['Char Asiab', 'CHAR ASIAB'], 34.38, 69.15),
      d(['Paghman', 'PAGHMAN'], 34.58, 68.95),
      d(['Bagrami', 'BAGRAMI'], 34.49, 69.27),
    ],
    bases: ['Camp Eggers', 'Camp Phoenix', 'Camp Warehouse', 'KAIA', 'Camp Julien', 'FOB Surobi'],
    villages: ['Pul-e Charkhi', 'Deh Sabz', 'Butkhak', 'Khak-e Jabar'],
    routes: ['Jalalabad Road', 'Route Violet', 'Highway 1', 'Route Massachusetts', 'PD-10'],
    nations: ['US', 'FRA', 'TUR', 'ITA', 'ISAF'], hn: ['ANP', 'ANA', 'ANCOP', 'ANA'],
    enemy: [['INS', 40], ['TB', 30], ['HIG', 15], ['AAF', 10], ['HQN', 5]], hq: ['RC CAPITAL', 'TF PHOENIX', 'KCC', 'CSTC-A', 'BSG OPS'],
    units: ['ETT', 'PMT', 'FR OMLT', 'ITA BN', 'TUR BN', '1-178 IN', 'BSG C/S 11A'],
  },
  {
    names: ['Herat', 'HERAT', 'Hirat'], region: 'RC WEST', weight: 3,
    districts: [
      d(['Herat', 'HERAT', 'Herat City'], 34.34, 62.2),
      d(['Shindand', 'SHINDAND'], 33.3, 62.14),
      d(['Guzara', 'GUZARA', 'Gozareh'], 34.2, 62.21),
      d(['Adraskan', 'ADRASKAN'], 33.64, 62.27),
    ],
    bases: ['Camp Arena', 'Shindand Airbase', 'FOB Shindand', 'Camp Stone'],
    villages: ['Zerkoh', 'Azizabad', 'Koh-e Zor'],
    routes: ['Highway 1', 'Ring Road', 'Route Lithium'],
    nations: ['ITA', 'ESP', 'US', 'ISAF'], hn: ['ANP', 'ANA', 'ABP'],
    enemy: ENEMY_WEST, hq: ['RC WEST', 'PRT HERAT', 'TF 333', 'TF 3-73', 'CJSOTF-A'],
    units: ['ITA PRT', 'ESP QRF', 'ETT', 'PMT', 'ODA 3336', 'USMC ETT'],
  },
  {
    names: ['Farah', 'FARAH', 'Farah'], region: 'RC WEST', weight: 2.5,
    districts: [
      d(['Farah', 'FARAH', 'Farah City'], 32.37, 62.11),
      d(['Bala Baluk', 'BALA BALUK', 'Bala Buluk'], 32.6, 62.5),
      d(['Bakwa', 'BAKWA'], 32.25, 62.97),
      d(['Gulistan', 'GULISTAN'], 32.6, 63.6),
      d(['Pusht Rod', 'PUSHT ROD'], 32.5, 62.2),
    ],
    bases: ['FOB Farah', 'PRT Farah', 'FOB Delaram', 'COP Bala Baluk'],
    villages: ['Granai', 'Shewan', 'Kwaja Hamza', 'Qala-e Kah'],
    routes: ['Highway 1', 'Route 517', 'Ring Road'],
    nations: ['US', 'USMC', 'ITA'], hn: ['ANP', 'ANA', 'ABP'],
    enemy: ENEMY_WEST, hq: ['RC WEST', 'PRT FARAH', 'TF 333', 'TF 3-73'],
    units: ['USMC ETT', 'PMT', '2/7 MARINES', 'PRT Farah'],
  },
  {
    names: ['Badghis', 'BADGHIS', 'Badghes'], region: 'RC WEST', weight: 1.5,
    districts: [
      d(['Qala-i-Naw', 'QALA-E NAW', "Qal'eh-ye Now"], 34.98, 63.13),
      d(['Bala Murghab', 'BALA MURGHAB'], 35.58, 63.33),
      d(['Ghormach', 'GHORMACH'], 35.73, 63.78),
    ],
    bases: ['PRT Qala-i-Naw', 'FOB Bala Murghab', 'COP Mustang'],
    villages: ['Darah-ye Bum', 'Akazai'],
    routes: ['Ring Road', 'Route Lithium'],
    nations: ['ESP', 'ITA', 'US'], hn: ['ANP', 'ANA'],
    enemy: ENEMY_WEST, hq: ['RC WEST', 'PRT QALA-I-NAW'],
    units: ['ESP QRF', 'ITA BN', 'OMLT', 'PMT'],
  },
  {
    names: ['Kunduz', 'KUNDUZ', 'Konduz', 'KONDUZ'], region: 'RC NORTH', weight: 3,
    districts: [
      d(['Kunduz', 'KUNDUZ', 'Konduz', 'KDZ'], 36.73, 68.86),
      d(['Chahar Darah', 'CHAHAR DARREH', 'Char Dara'], 36.7, 68.78),
      d(['Imam Sahib', 'EMAM SAHEB', 'Imam Saheb'], 37.18, 68.92),
      d(['Ali Abad', 'ALI ABAD'], 36.64, 68.88),
      d(['Khanabad', 'KHANABAD'], 36.68, 69.12),
    ],
    bases: ['PRT KDZ', 'PRT Kunduz', 'PHQ Khanabad', 'COP Chahar Darah', 'OP North'],
    villages: ['Aliabad', 'Gor Tepa', 'Quatliam', 'Isa Khel', 'Zar Kharid-I Sufla'],
    routes: ['LOC PLUTO', 'LOC Little Pluto', 'Route Archer', 'Route Taurus', 'LOC BANANA', 'LOC KAMINS'],
    nations: ['DEU', 'GER', 'BEL', 'ISAF'], hn: ['ANP', 'ANA'],
    enemy: ENEMY_NORTH, hq: ['RC NORTH', 'PRT KDZ', 'RC(N)', 'QRF COY DEU'],
    units: ['DEU QRF', 'QRF COY DEU', 'INF PLT F', 'INF PLT G', 'BEL OMLT', 'DEU OMLT', 'DEU EOD', 'RECCE SQD DEU QRF', 'TASK UNIT A QRF DEU'],
  },
  {
    names: ['Balkh', 'BALKH'], region: 'RC NORTH', weight: 1.5,
    districts: [
      d(['Mazar-e Sharif', 'MAZAR-E-SHARIF', 'Mazar-i-Sharif', 'MES'], 36.71, 67.11),
      d(['Dehdadi', 'DEHDADI'], 36.65, 66.98),
      d(['Balkh', 'BALKH'], 36.76, 66.9),
      d(['Chimtal', 'CHIMTAL'], 36.6, 66.7),
    ],
    bases: ['Camp Marmal', 'CAMP MARMAL', 'Camp Mike Spann', 'PRT MES', 'AW MES'],
    villages: ['Qisilabad', 'Iman Bukri', 'Borya Baf'],
    routes: ['RR(N)', 'Highway 1', 'Route Uranus'],
    nations: ['DEU', 'GER', 'SWE', 'NOR'], hn: ['ANP', 'ANA'],
    enemy: ENEMY_NORTH, hq: ['RC NORTH', 'PRT MES', 'RC(N)'],
    units: ['DEU LOG SPT BN', 'DEU MP TRNG COY', 'PMT', 'DEU RECCE PATROL', 'FP GP AW MES'],
  },
  {
    names: ['Badakhshan', 'BADAKHSHAN', 'Badakshan'], region: 'RC NORTH', weight: 1,
    districts: [
      d(['Feyzabad', 'FEYZABAD', 'Faizabad', 'FEY'], 37.12, 70.58),
      d(['Baharak', 'BAHARAK'], 36.93, 70.9),
      d(['Jurm', 'JURM'], 36.86, 70.83),
      d(['Keshem', 'KESHEM', 'Kishim'], 36.8, 70.08),
    ],
    bases: ['PRT FEY', 'Camp Fey', 'CAMP FEYZABAD'],
    villages: ['Tanjar', 'Nawabad', 'Cak-I-Abdul'],
    routes: ['LOC ARAGON', 'the Feyzabad-Baharak road'],
    nations: ['DEU', 'DNK', 'ISAF'], hn: ['ANP', 'ANA'],
    enemy: ENEMY_NORTH, hq: ['RC NORTH', 'PRT FEY', 'JOC PRT FEY'],
    units: ['PRO COY FEY', 'MOLT 3', 'DEU RECCE', 'PRT FEY EOD'],
  },
  {
    names: ['Baghlan', 'BAGHLAN'], region: 'RC NORTH', weight: 1,
    districts: [
      d(['Pul-e Khumri', 'POL-E KHOMRI', 'Pol-e Khomri', 'PEK'], 35.94, 68.71),
      d(['Baghlan-e Jadid', 'BAGHLANI JADID'], 36.13, 68.7),
      d(['Dahana-i-Ghori', 'DAHANA-I-GHORI'], 35.9, 68.5),
    ],
    bases: ['PRT PEK', 'FOB Pol-e Khomri'],
    villages: ['Kelagay', 'Dand-e Ghori'],
    routes: ['Highway 3', 'Route Taurus'],
    nations: ['HUN', 'DEU', 'ISAF'], hn: ['ANP', 'ANA'],
    enemy: ENEMY_NORTH, hq: ['RC NORTH', 'PRT PEK'],
    units: ['HUN PRT', 'DEU MIXED RECCE COY', 'EW COY'],
  },
  {
    names: ['Faryab', 'FARYAB', 'Fariab'], region: 'RC NORTH', weight: 0.7,
    districts: [
      d(['Meymaneh', 'MEYMANEH', 'Maimana', 'MEY'], 35.92, 64.78),
      d(['Qeysar', 'QEYSAR', 'Qaisar'], 35.68, 64.3),
    ],
    bases: ['PRT MEY', 'FOB Qeysar'],
    villages: ['Chelgazi', 'Almar'],
    routes: ['Ring Road', 'Route Lizard'],
    nations: ['NOR', 'LVA', 'ISAF'], hn: ['ANP', 'ANA'],
    enemy: ENEMY_NORTH, hq: ['RC NORTH', 'PRT MEY'],
    units: ['NOR QRF', 'PRT MOT P (LVA)', 'OMLT'],
  },
];

const PARWAN = PROVINCES.find((p) => p.names[0] === 'Parwan')!;
/** Where the real sample puts the Bagram Theater Internment Facility's transfer reports. */
const BTIF = { lat: 34.94613647, lon: 69.26496887 };

const PROVINCE_TABLE = new Weighted(PROVINCES.map((p) => [p, p.weight] as const));
const PROVINCE_ENEMY = new Map(PROVINCES.map((p) => [p, new Weighted(p.enemy)]));

// ---------------------------------------------------------------------------
// Types and categories
// ---------------------------------------------------------------------------

type Family =
  | 'directFire' | 'indirectFire' | 'ambush' | 'complexAttack' | 'deliberateAttack' | 'sniper' | 'safire' | 'murder'
  | 'iedFound' | 'iedStrike' | 'mineStrike' | 'uxo' | 'iedSuspected'
  | 'eof' | 'cache' | 'detaineeTransfer' | 'arrest' | 'searchAttack' | 'medevacLN' | 'plannedEvent' | 'friendlyOther'
  | 'accident' | 'nonCombatOther'
  | 'attackThreat' | 'assassinationThreat' | 'smallArmsThreat'
  | 'suspicious' | 'other' | 'friendlyFire';

interface Kind {
  type: string;
  category: string;
  family: Family;
  /** The weapon or device detail in the title, e.g. "Small Arms". */
  details: readonly string[];
}

const k = (type: string, category: string, family: Family, details: readonly string[] = ['']): Kind => ({ type, category, family, details });

const KINDS = new Weighted<Kind>([
  [k('Enemy Action', 'Direct Fire', 'directFire', ['Small Arms', 'Small Arms', 'RPG,Small Arms', 'Small Arms,RPG', 'RPG', '']), 17],
  [k('Enemy Action', 'Indirect Fire', 'indirectFire', ['Rocket', 'Mortar', '', '']), 7],
  [k('Enemy Action', 'Ambush', 'ambush', ['RPG,Small Arms', 'Small Arms', '']), 1.8],
  [k('Enemy Action', 'Complex Attack', 'complexAttack', ['RPG,Mortar,Small Arms', 'SVBIED,Small Arms', '']), 1],
  [k('Enemy Action', 'Deliberate Attack', 'deliberateAttack', ['RPG,Small Arms', 'Small Arms', '']), 1],
  [k('Enemy Action', 'Sniper Ops', 'sniper', ['Small Arms', '']), 0.8],
  [k('Enemy Action', 'SAFIRE', 'safire', ['Small Arms', 'RPG,Small Arms', 'AAA']), 0.9],
  [k('Enemy Action', 'Murder', 'murder', ['']), 1.3],
  [k('Enemy Action', 'Attack', 'directFire', ['RPG,Small Arms', 'Mortar,RPG,Small Arms']), 1.2],
  [k('Explosive Hazard', 'IED Found/Cleared', 'iedFound', ['Components', 'RCIED', 'PPIED', 'CWIED', 'VOIED', 'UNK']), 9.5],
  [k('Explosive Hazard', 'IED Explosion', 'iedStrike', ['RCIED', 'VOIED', 'CWIED', 'UNK', 'PPIED', 'VBIED', 'SVBIED']), 8],
  [k('Explosive Hazard', 'Mine Strike', 'mineStrike', ['AT Mine', '']), 0.9],
  [k('Explosive Hazard', 'Mine Found/Cleared', 'iedFound', ['AT Mine', 'AP Mine']), 0.7],
  [k('Explosive Hazard', 'Unexploded Ordnance', 'uxo', ['']), 2],
  [k('Explosive Hazard', 'IED Suspected', 'iedSuspected', ['']), 0.6],
  [k('Explosive Hazard', 'IED Hoax', 'iedSuspected', ['']), 0.3],
  [k('Friendly Action', 'Escalation of Force', 'eof', ['Small Arms', '', '']), 4],
  [k('Friendly Action', 'Cache Found/Cleared', 'cache', ['Weapons', 'Mortar', 'HME', 'Rocket', '']), 4.5],
  [k('Friendly Action', 'Detainee Transfer', 'detaineeTransfer', ['']), 2.5],
  [k('Friendly Action', 'Arrest', 'arrest', ['']), 2],
  [k('Friendly Action', 'Search and Attack', 'searchAttack', ['']), 2],
  [k('Friendly Action', 'Medevac (Local National)', 'medevacLN', ['']), 2.5],
  [k('Friendly Action', 'Planned Event', 'plannedEvent', ['']), 1.5],
  [k('Friendly Action', 'Other', 'friendlyOther', ['']), 2.5],
  [k('Non-Combat Event', 'Vehicle Accident', 'accident', ['']), 3.5],
  [k('Non-Combat Event', 'Medevac (Local National)', 'medevacLN', ['']), 2.5],
  [k('Non-Combat Event', 'Other', 'nonCombatOther', ['']), 2.5],
  [k('Non-Combat Event', 'Accident', 'accident', ['']), 1],
  [k('Threat Report', 'Attack Threat', 'attackThreat', ['']), 3.3],
  [k('Threat Report', 'Assassination Threat', 'assassinationThreat', ['']), 1.5],
  [k('Threat Report', 'Small Arms Threat', 'smallArmsThreat', ['']), 0.8],
  [k('Threat Report', 'IED Threat', 'attackThreat', ['']), 0.6],
  [k('Suspicious Incident', 'Other', 'suspicious', ['']), 2.2],
  [k('Suspicious Incident', 'Surveillance', 'suspicious', ['']), 0.8],
  [k('Other', 'Other', 'other', ['']), 3],
  [k('Other', 'Planned Event', 'plannedEvent', ['']), 0.5],
  [k('Friendly Fire', 'Friendly Fire', 'friendlyFire', ['']), 0.5],
]);

const AFFILIATION: Record<string, readonly [string, string]> = {
  'Enemy Action': ['ENEMY', 'RED'],
  'Explosive Hazard': ['ENEMY', 'RED'],
  'Threat Report': ['ENEMY', 'RED'],
  'Suspicious Incident': ['ENEMY', 'RED'],
  'Friendly Action': ['FRIEND', 'BLUE'],
  'Friendly Fire': ['FRIEND', 'BLUE'],
  'Non-Combat Event': ['NEUTRAL', 'GREEN'],
  Other: ['UNKNOWN', 'NONE'],
};

// ---------------------------------------------------------------------------
// Time: DateOccurred is Zulu; D / D* / L times in the text are Afghan local (UTC+4:30)
// ---------------------------------------------------------------------------

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const MONTH_CASE = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
type Zone = 'Z' | 'z' | 'D*' | 'D' | 'L';
const ZONES = new Weighted<Zone>([['Z', 64], ['z', 6], ['D*', 14], ['D', 8], ['L', 8]]);
const LOCAL_OFFSET_MS = 4.5 * 3600_000;
const YEARS = new Weighted<number>([[2004, 4], [2005, 5], [2006, 9], [2007, 13], [2008, 22], [2009, 47]]);

const p2 = (n: number) => (n < 10 ? '0' : '') + n;

interface Clock {
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
    case 0: return `${dd}${time}${c.zone}${mon}${yy}`; // 311200ZOCT06
    case 1: return `${dd}${time}${c.zone} ${mon} ${yy}`; // 201530Z OCT 06
    case 2: return `${dd}${time}${c.zone} ${MONTH_CASE[t.getUTCMonth()]} ${yy}`; // 201530Z Oct 06
    default: return `${dd}${time}${c.zone}${mon}${t.getUTCFullYear()}`; // 071212ZNOV2009
  }
}

function dateOccurred(ms: number): string {
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
  const M = a * ((1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256) * phi
    - ((3 * e2) / 8 + (3 * e2 ** 2) / 32 + (45 * e2 ** 3) / 1024) * Math.sin(2 * phi)
    + ((15 * e2 ** 2) / 256 + (45 * e2 ** 3) / 1024) * Math.sin(4 * phi)
    - ((35 * e2 ** 3) / 3072) * Math.sin(6 * phi));
  const easting = k0 * N * (A + ((1 - T + C) * A ** 3) / 6 + ((5 - 18 * T + T * T + 72 * C - 58 * ep2) * A ** 5) / 120) + 500000;
  const northing = k0 * (M + N * tan * ((A * A) / 2 + ((5 - T + 9 * C + 4 * C * C) * A ** 4) / 24
    + ((61 - 58 * T + T * T + 600 * C - 330 * ep2) * A ** 6) / 720));
  const col = ['STUVWXYZ', 'ABCDEFGH', 'JKLMNPQR'][zone % 3]![Math.floor(easting / 1e5) - 1]!;
  const row = 'ABCDEFGHJKLMNPQRSTUV'[(Math.floor(northing / 1e5) + (zone % 2 === 0 ? 5 : 0)) % 20]!;
  const five = (x: number) => String(Math.floor(x % 1e5)).padStart(5, '0');
  return `${zone}${band}${col}${row}${five(easting)}${five(northing)}`;
}

// ---------------------------------------------------------------------------
// Casualties
// ---------------------------------------------------------------------------

interface Casualties {
  fWIA: number; fKIA: number; hWIA: number; hKIA: number; cWIA: number; cKIA: number; eWIA: number; eKIA: number; eDet: number;
}
const NO_CASUALTIES: Casualties = { fWIA: 0, fKIA: 0, hWIA: 0, hKIA: 0, cWIA: 0, cKIA: 0, eWIA: 0, eKIA: 0, eDet: 0 };

/** 1, rarely more: a geometric-ish count. */
function count(r: Rng, mean: number): number {
  let n = 1;
  while (r.chance(1 - 1 / mean) && n < 40) n++;
  return n;
}

function casualtiesFor(family: Family, r: Rng): Casualties {
  const c = { ...NO_CASUALTIES };
  const maybe = (p: number, mean: number) => (r.chance(p) ? count(r, mean) : 0);
  switch (family) {
    case 'iedStrike': case 'mineStrike':
      if (r.chance(0.45)) {
        c.fWIA = maybe(0.55, 1.8); c.fKIA = maybe(0.15, 1.3); c.hWIA = maybe(0.3, 1.6); c.hKIA = maybe(0.15, 1.4);
        c.cWIA = maybe(0.15, 2); c.cKIA = maybe(0.08, 1.5);
        if (c.fWIA + c.fKIA + c.hWIA + c.hKIA + c.cWIA + c.cKIA === 0) c.fWIA = 1;
      }
      break;
    case 'directFire': case 'ambush': case 'deliberateAttack':
      c.fWIA = maybe(0.12, 1.5); c.fKIA = maybe(0.03, 1.2); c.hWIA = maybe(0.1, 1.6); c.hKIA = maybe(0.05, 1.5);
      c.cWIA = maybe(0.04, 1.5); c.eKIA = maybe(0.2, 2.5); c.eWIA = maybe(0.06, 1.5); c.eDet = maybe(0.03, 1.5);
      break;
    case 'complexAttack':
      c.fWIA = maybe(0.4, 2.5); c.fKIA = maybe(0.15, 1.5); c.hWIA = maybe(0.4, 2.5); c.hKIA = maybe(0.3, 2);
      c.cWIA = maybe(0.3, 3); c.cKIA = maybe(0.2, 2); c.eKIA = maybe(0.6, 4);
      break;
    case 'indirectFire':
      c.fWIA = maybe(0.07, 1.6); c.hWIA = maybe(0.04, 1.4); c.cWIA = maybe(0.04, 2); c.cKIA = maybe(0.02, 1.3);
      break;
    case 'sniper':
      c.fWIA = maybe(0.15, 1); c.fKIA = maybe(0.05, 1); c.eKIA = maybe(0.1, 1);
      break;
    case 'murder':
      if (r.chance(0.75)) c.cKIA = count(r, 1.4); else c.hKIA = count(r, 1.3);
      c.cWIA = maybe(0.1, 1.3);
      break;
    case 'eof':
      c.cWIA = maybe(0.2, 1.3); c.cKIA = maybe(0.07, 1.1);
      break;
    case 'medevacLN':
      c.cWIA = count(r, 1.3);
      break;
    case 'accident':
      c.fWIA = maybe(0.3, 1.6); c.fKIA = maybe(0.02, 1); c.cWIA = maybe(0.1, 1.5); c.cKIA = maybe(0.03, 1);
      break;
    case 'arrest':
      c.eDet = count(r, 1.8);
      break;
    case 'searchAttack':
      c.eDet = maybe(0.6, 2.2); c.eKIA = maybe(0.25, 2.5);
      break;
    case 'friendlyFire':
      c.fWIA = maybe(0.4, 1.4); c.hWIA = maybe(0.3, 1.4); c.hKIA = maybe(0.15, 1.2);
      break;
    default:
      break;
  }
  return c;
}

const anyCasualty = (c: Casualties) => c.fWIA + c.fKIA + c.hWIA + c.hKIA + c.cWIA + c.cKIA + c.eWIA + c.eKIA + c.eDet > 0;

/** The title's tail: ": 0 INJ/DAM" or ": 1 CF KIA 3 CF WIA " (with the War Diary's trailing space). */
function titleTail(c: Casualties): string {
  if (!anyCasualty(c)) return '0 INJ/DAM';
  const parts: [number, string][] = [
    [c.fKIA, 'CF KIA'], [c.fWIA, 'CF WIA'], [c.hKIA, 'HNSF KIA'], [c.hWIA, 'HNSF WIA'],
    [c.cKIA, 'CIV KIA'], [c.cWIA, 'CIV WIA'], [c.eKIA, 'UE KIA'], [c.eWIA, 'UE WIA'], [c.eDet, 'UE DET'],
  ];
  return parts.filter(([n]) => n > 0).map(([n, label]) => `${n} ${label} `).join('');
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

const DIRECTIONS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const GIVEN = ['Abdul', 'Mohammad', 'Mohammed', 'Muhammad', 'Gul', 'Abdullah', 'Rahmatullah', 'Hafizullah', 'Zabiullah', 'Nasrullah', 'Saifullah', 'Qudratullah', 'Ahmad', 'Janan', 'Wali', 'Sher', 'Noor', 'Shah', 'Fazal', 'Habib', 'Aziz', 'Akhtar', 'Samad', 'Sadiq', 'Rauf', 'Zia'];
const SURNAME = ['Rahman', 'Karim', 'Wahid', 'Zaman', 'Jan', 'Agha', 'Khan', 'Din', 'Malik', 'Baz', 'Gul', 'Hakim', 'Nabi', 'Rashid', 'Ullah', 'Hamid', 'Qadir', 'Latif', 'Shakoor', 'Manan'];
const HONORIFIC = ['Mullah', 'Mullah', 'Qari', 'Mawlawi', 'Haji', 'Commander', 'Mullah'];
const VEHICLES_FRIENDLY = ['M1114', 'UAH', 'MRAP', 'RG-31', 'Cougar', 'MaxxPro', 'LAV III', 'Stryker', 'HMMWV', 'DINGO', 'FUCHS', 'FENNEK', 'WOLF', 'Mastiff', 'Jackal', 'Humvee', 'LMTV', 'M-ATV'];
const VEHICLES_HN = ['ANP Ranger', 'ANA Ranger', 'ANP pick-up', 'Ford Ranger', 'ANA HMMWV'];
const CIV_VEHICLES = ['white Toyota Corolla', 'blue Toyota Corolla', 'silver Toyota Corolla', 'motorcycle', 'jingle truck', 'white Toyota Hilux', 'red mini van', 'black SUV', 'taxi', 'fuel truck', 'tractor with trailer', 'white station wagon', 'bongo truck'];
const IED_MAIN_CHARGE = ['1x TC-6 AT mine', '2x TC-6 AT mines (double stacked)', '1x 82mm mortar round', '2x 107mm rockets', '20 lbs of HME in a yellow jug', '1x 155mm artillery round', '1x Pakistani P3 MK1 AT mine', '3x 122mm rounds daisy chained', '1x PMN AP mine', '40 lbs HME in a pressure cooker', '1x 105mm round', '5 gal jug of HME'];
const IED_INITIATOR = ['pressure plate', 'PPIED (wooden pressure plate)', 'RC initiator (Motorola radio)', 'command wire (copper)', 'cell phone initiator', 'doorbell switch', 'camera flash initiator', 'spider device', 'long range cordless phone (LRCT)', 'PIR switch'];
const CACHE_ITEMS = [
  'AK-47s', 'RPG launchers', 'RPG rounds', '82mm mortar rounds', '107mm rockets', 'AT mines', 'AP mines', 'PKM', 'DShK',
  'bags of ammonium nitrate', 'lbs of HME', 'pressure plates', 'blasting caps', 'rounds of 7.62mm', 'grenades', 'Enfield rifles',
  'bags of opium', 'kg of hashish', 'det cord (meters)', 'suicide vests', 'Motorola radios', 'night letters', 'TB propaganda CDs',
];
const INJURIES = ['GSW to the left leg', 'GSW to the abdomen', 'shrapnel wounds to both legs', 'burns to the face and hands', 'partial amputation of the right foot', 'head trauma', 'fractured pelvis', 'GSW to the chest', 'shrapnel to the eyes', 'blast injuries from an IED', 'multiple fragmentation wounds', 'broken arm'];
const OP_NAMES = ['MEDUSA', 'BAAZ TSUKA', 'MOSHTARAK', 'KHANJAR', 'PANTHER\'S CLAW', 'MAR KARARDAD', 'ROCKHAMMER', 'MOUNTAIN FURY', 'ACHILLES', 'SHAHI TANDAR', 'HERRICK', 'JACKAL SNARE', 'EAGLE\'S SUMMIT', 'WRENTHAM', 'ARAGON', 'HARVEST', 'SPRING OFFENSIVE', 'ZAFAR', 'KALAK'];
const OBJ_NAMES = ['PIKES PEAK', 'BROWNING', 'MIDWAY', 'CARBON', 'HILLSVILLE', 'McKINNLEY', 'WRENTHAM', 'RAVEN', 'COBALT', 'GRANITE', 'IRON', 'TALON', 'ANVIL', 'HATCHET', 'STONEWALL'];
const AIR = ['2x AH-64', '2x OH-58D (SWT)', 'A-10s', 'B-1B', 'F-15E', 'AC-130', 'GR7 Harriers', 'Predator', 'Reaper', 'SCAN EAGLE', 'Apache AWT', '2x UH-60 (MEDEVAC)', 'CH-47s'];
const CALLSIGNS = ['EDDY', 'AZREAL', 'OVERDRIVE', 'KNIGHTHAWK', 'DUSTOFF', 'PEDRO', 'HOG', 'DUDE', 'SPADE', 'RAPTOR', 'TIGER', 'NAZGUL', 'SHAMUS', 'GUNSLINGER'];
const SOURCES = ['A walk-in source', 'A reliable source', 'An LN source', 'A source of unknown reliability', 'NDS', 'The district chief of police', 'A village elder', 'Multiple sources', 'HUMINT reporting', 'A local shopkeeper'];
const TARGETS_THREAT = ['the district center', 'the ANP checkpoint', 'the DC', 'CF convoys', 'ANA patrols', 'the PRT', 'the ANP HQ', 'logistics convoys on HWY 1', 'the girls\' school', 'the bazaar', 'the FOB', 'GIRoA officials'];
const OFFICIALS = ['district governor', 'chief of police', 'ANP district commander', 'provincial council member', 'NDS chief', 'mullah of the village mosque', 'school headmaster', 'ANA kandak commander', 'tribal elder'];

const MEDEVAC_AIR: Record<Region, readonly string[]> = {
  'RC SOUTH': ['KAF', 'Camp Bastion', 'Tarin Kowt', 'FOB Ramrod', 'KAF'],
  'RC EAST': ['BAF', 'JAF', 'FOB Salerno', 'FOB Sharana', 'FOB Fenty', 'FOB Shank'],
  'RC NORTH': ['PRT KDZ', 'Camp Marmal', 'PRT FEY'],
  'RC WEST': ['Camp Arena', 'Shindand', 'FOB Farah'],
  'RC CAPITAL': ['KAIA', 'BAF'],
};
const MEDEVAC_ROLE: Record<Region, readonly string[]> = {
  'RC SOUTH': ['KAF Role 3', 'Kandahar Airfield Role 3 MMU', 'the Role 3 at Kandahar Airfield', 'Bastion Role 3', 'Mirwais Hospital in Kandahar City', 'KAF R3'],
  'RC EAST': ['BAF CSH', 'CSH Bagram', 'the FST at FOB Salerno', 'JAF FST', 'the Craig Joint Theater Hospital (BAF)'],
  'RC NORTH': ['the R2 at Camp Marmal', 'DEU R3 hospital in MES', 'PRT KDZ MTF'],
  'RC WEST': ['Role 2 Herat', 'Camp Arena R2', 'the ESP R2 in Herat'],
  'RC CAPITAL': ['the French R3 at KAIA', 'CSH Bagram', 'the Role 3 at KAIA'],
};

// ---------------------------------------------------------------------------
// One report being written
// ---------------------------------------------------------------------------

interface Place {
  province: Province;
  provinceName: string;
  district: string;
  village: string;
  base: string;
  route: string;
  lat: number;
  lon: number;
}

class Report {
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
      case 0: return `${n}x`;
      case 1: return `${n}X`;
      case 2: return `${n} x`;
      case 3: return `${n} X`;
      case 4: return n <= 10 ? `${NUMBER_WORDS[n]} (${n})` : `${n}x`;
      default: return `${n}`;
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
      case 0: return m;
      case 1: return `${zone} ${sq} ${e} ${n}`;
      case 2: return `${zone} ${sq} ${e.slice(0, 4)} ${n.slice(0, 4)}`;
      case 3: return `${sq} ${e.slice(0, 3)} ${n.slice(0, 3)}`;
      case 4: return `${zone}${sq} ${e} ${n}`;
      default: return `${zone} ${sq} ${e.slice(0, 3)} ${n.slice(0, 3)}`;
    }
  }

  isaf(): string {
    return this.pick([`ISAF #${this.isafNo}`, `ISAF # ${this.isafNo}`, `ISAF Tracking# ${this.isafNo}`, `(ISAF #:  ${this.isafNo})`, `ISAF EVENT TRACKING #${this.isafNo}`, `IJC#${this.isafNo}`]);
  }

  km(): string {
    return `${this.int(1, 25)}${this.pick(['km', 'KM', 'Km', ' km'])} ${this.pick(DIRECTIONS)} of ${this.place.base}`;
  }

  /** Where it happened, in one of the usual ways of saying it. */
  where(): string {
    const p = this.place;
    switch (this.int(0, 9)) {
      case 0: case 1: return `IVO ${p.village}, ${p.district} District, ${p.provinceName} Province`;
      case 2: return `(${p.district} District, ${p.provinceName} Province)`;
      case 3: return `${this.km()} (${p.district} District, ${p.provinceName} Province)`;
      case 4: return `IVO ${p.village} (${p.district} District)`;
      case 5: return `in ${p.district} District, ${p.provinceName}`;
      case 6: return `on ${p.route} IVO ${p.village}, ${p.provinceName} Province`;
      case 7: return `${this.km()}`;
      case 8: return `at grid ${this.grid()} IVO ${p.village}`;
      default: return `in the ${p.village} area of ${p.district}, ${p.provinceName} Province`;
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
      return this.pick(['No casualties or damage reported.', 'No injuries or damage reported.', 'NO INJURIES TO PERSONNEL OR DAMAGE TO EQUIPMENT.', 'No CF or ANSF casualties.', 'No BDA.', 'NEGATIVE CASUALTIES.', 'No damage and casualties.']);
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
      `Event closed at ${this.later(minutes)}.`, `TIC closed at ${this.later(minutes)}.`, 'NFTR.', 'NFI ATT.', 'NFI att.',
      `Incident closed at ${this.later(minutes)}.`, `***Event closed at ${this.later(minutes)}*`, `EVENT CLOSED ${this.later(minutes)}.`,
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

// ---------------------------------------------------------------------------
// Templates: the body of a report, per family
// ---------------------------------------------------------------------------

type Template = (c: Report) => string;

const iedDevice = (c: Report) => `${c.pick(IED_MAIN_CHARGE)} with a ${c.pick(IED_INITIATOR)}`;

const TEMPLATES: Record<Family, readonly Template[]> = {
  directFire: [
    (c) => `At ${c.at}, ${c.unit} reported a TIC ${c.where()}. ${c.hnForce} CP attacked by ${c.x(c.int(3, 20))} ${c.enemy()} with SAF${c.chance(0.5) ? ' and RPGs' : ''}. ${c.unit} moved to support and ${c.pick(['returned fire with 240B and 50 cal', 'engaged with 60mm mortars', 'engaged the enemy with SAF and 155mm', 'called for CAS', 'broke contact'])}. ${c.bda()} TIC closed at ${c.later(c.int(30, 240))}.`,
    (c) => `At ${c.at} ${c.hq} reported that ${c.unit} was engaged by RPG and SAF from the ${c.pick(['northern ridgeline', 'tree line to the west', 'compounds to the south', 'high ground', 'grape rows'])} ${c.where()}. ${c.pick(['SAF was reported to be ineffective.', 'FF returned fire and PID enemy positions.', 'Element established a hasty defense.', 'AWT on station at ' + c.later(c.int(20, 60)) + '.'])} ${c.bda()} TIC was declared over at ${c.later(c.int(45, 200))} and the element continued to ${c.place.base}.`,
    (c) => `${c.unit} REPORTS TIC WITH ${c.x(c.int(5, 30))} ${c.enemy().toUpperCase()} IVO ${c.place.village.toUpperCase()} AT ${c.at}. ENEMY ENGAGED FF WITH SAF AND PKM FROM ${c.int(200, 900)}M ${c.pick(DIRECTIONS)}. FF RETURNED FIRE. ${c.pick(['CAS ON STATION', 'AWT REQUESTED', 'ISR PUSHED TO THE AREA', 'QRF LAUNCHED FROM ' + c.place.base.toUpperCase()])}. ${c.bda().toUpperCase()}`,
    (c) => `At ${c.at}, ${c.place.district} ${c.hnForce} reported ${c.enemy()} attacked the ${c.hnForce} checkpoint ${c.where()}. The attack lasted approx ${c.int(10, 90)} minutes. ${c.hnForce} requested support from ${c.unit}. ${c.bda()} ${c.close(c.int(60, 300))}`,
    (c) => `S: ${c.x(c.int(4, 25))} ${c.enemy()}\nA: TAKING SAF${c.chance(0.4) ? ' AND RPG' : ''}\nL: ${c.grid()}\nT: ${c.atFull}\nU: ${c.unit}\nR: ${c.pick(['REQUESTING ISR', 'RETURNING FIRE, REQUESTING CAS', 'REQUESTING AWT', 'MANEUVERING TO CONTACT'])}\n\nTIMELINE: ${c.later(0)} ${c.unit} REPORTS TIC ${c.where().toUpperCase()}. ${c.bda()}`,
  ],
  indirectFire: [
    (c) => `At ${c.at}, ${c.place.base} received ${c.x(c.int(1, 8))} ${c.pick(['107mm rockets', '82mm mortar rounds', 'rounds of IDF', '122mm rockets', '60mm mortar rounds'])}. Rounds impacted approx ${c.int(50, 1500)}m ${c.pick(DIRECTIONS)} of the ${c.pick(['ECP', 'TOC', 'HLZ', 'DFAC', 'perimeter', 'ANA compound'])}. POO assessed at ${c.grid()}. ${c.pick(['Counter-battery fire with 120mm mortars.', 'No POO identified.', 'AWT conducted a search of the POO site.', 'Q-36 acquired the POO; 155mm fired 4x rounds.'])} ${c.bda()} ${c.close(c.int(30, 180))}`,
    (c) => `${c.unit} REPORTS IDF ON ${c.place.base.toUpperCase()} AT ${c.at}. ${c.x(c.int(1, 6))} ROUNDS ${c.pick(['IMPACTED INSIDE THE FOB', 'LANDED SHORT', 'IMPACTED OUTSIDE THE HESCO', 'WERE INEFFECTIVE'])}. ${c.enemy().toUpperCase()} POO IVO ${c.place.village.toUpperCase()}. ${c.bda().toUpperCase()} NFI ATT.`,
    (c) => `At ${c.at} ${c.hq} reported ${c.place.base} was attacked with ${c.int(2, 12)} rockets. ${c.int(1, 3)} impacted inside the FOB IVO the ${c.pick(['OGA compound', 'motor pool', 'tower ' + c.int(1, 6), 'fuel point'])}. ${c.pick(['ISR tracked 2x MAM departing the POO on motorcycles.', 'ANA patrol moved to the suspected POO.', 'Unit declared imminent threat and requested JDAM on the POO bunker.'])} ${c.bda()}`,
  ],
  ambush: [
    (c) => `At ${c.at}, ${c.unit} convoy was ambushed on ${c.place.route} ${c.where()} by an estimated ${c.int(10, 40)} ${c.enemy()} with RPG, PKM and SAF. Enemy used ${c.pick(['burned vehicles', 'a culvert', 'an IED', 'boulders'])} to block the road. Unit pushed through and broke contact. ${c.bda()} ${c.close(c.int(40, 200))}`,
    (c) => `${c.unit} REPORTS AMBUSH ON ${c.place.route.toUpperCase()} AT ${c.at}, APPROX ${c.int(2, 28)}KM FROM ${c.place.base.toUpperCase()}. ${c.x(c.int(6, 30))} ${c.enemy().toUpperCase()} ENGAGED THE PATROL FROM BOTH SIDES OF THE WADI. TIC. ${c.bda().toUpperCase()}`,
  ],
  complexAttack: [
    (c) => `At ${c.at}, ${c.x(c.int(8, 40))} ${c.enemy()} conducted a complex attack against ${c.pick([c.place.base, 'the ' + c.place.district + ' DC', 'the ANP HQ', 'a CF convoy'])} ${c.where()} using ${c.pick(['an SVBIED followed by RPG and SAF', 'IDF, RPG and PKM', 'an IED initiation followed by SAF', 'suicide bombers and SAF'])}. ${c.hnForce} and ${c.unit} repelled the attack. ${c.bda()} ${c.medevac(c.int(10, 40))}`,
  ],
  deliberateAttack: [
    (c) => `At ${c.at}, ${c.enemy()} conducted a deliberate attack on the ${c.pick(['ANP CP', 'district center', 'ANA OP', 'COP'])} ${c.where()} with an estimated ${c.int(15, 80)} fighters. ${c.unit} ${c.pick(['responded with CAS', 'requested QRF', 'engaged with 120mm and CAS'])}. The TIC lasted ${c.int(1, 6)} hours. ${c.bda()}`,
  ],
  sniper: [
    (c) => `At ${c.at}, ${c.unit} received a single shot of sniper fire ${c.where()} from an unknown position. ${c.pick(['Round impacted near the gunner\'s hatch.', 'FF could not PID the shooter.', 'FF suppressed the suspected position.'])} ${c.bda()}`,
  ],
  safire: [
    (c) => `WHO: ${c.pick(CALLSIGNS)} ${c.int(10, 69)}/${c.int(10, 69)} (${c.pick(AIR)})\nWHEN: ${c.atFull}\nWHERE: ${c.grid()} (${c.int(100, 9000)} AGL, HDG ${p2(c.int(0, 35))}0, SPD ${c.int(60, 140)}KTS)\nWHAT: Aircraft were ${c.pick(['flying in support of ' + c.unit, 'conducting an aerial recon of ' + c.place.route, 'enroute to ' + c.place.base])} when the crew observed ${c.pick(['tracer fire', 'an RPG airburst', 'small arms fire', 'HMG/AAA tracers'])} originating from ${c.grid()}. Aircraft took evasive action. ${c.bda()}`,
    (c) => `At ${c.at}, ${c.unit} (CH-47s) reported SAFIRE ${c.where()}. Both aircraft observed ${c.int(2, 4)} bursts with 3-6 tracers each. POO at ${c.grid()}. ${c.bda()} ${c.close(c.int(20, 90))}`,
  ],
  murder: [
    (c) => `At ${c.at}, ${c.place.district} ${c.hnForce} reported that ${c.enemy()} ${c.pick(['shot and killed', 'abducted and killed', 'killed'])} ${c.cas.hKIA ? `${c.x(c.cas.hKIA)} off-duty ${c.hnForce}` : `${c.x(c.cas.cKIA)} LN`} ${c.where()}. The victim${(c.cas.hKIA || c.cas.cKIA) > 1 ? 's were' : ' was'} accused of ${c.pick(['working for CF', 'spying for GIRoA', 'supporting the ANP', 'working as an interpreter'])}. ${c.pick(['A night letter was left at the scene.', 'ANP are investigating.', 'NDS are investigating. No suspects.'])} ${c.bda()}`,
    (c) => `${c.hnForce} REPORTS ${c.x(c.cas.cKIA || c.cas.hKIA)} ${c.cas.hKIA ? c.hnForce : 'LN'} FOUND DEAD IN ${c.place.village.toUpperCase()} AT ${c.at}. ${c.pick(['GSW TO THE HEAD', 'HANDS WERE TIED', 'BODY LEFT ON THE ROAD'])}. ${c.enemy().toUpperCase()} SUSPECTED. ${c.bda().toUpperCase()}`,
  ],
  iedFound: [
    (c) => `At ${c.at}, ${c.unit} found an IED ${c.where()}. The IED consisted of ${iedDevice(c)}. ${c.pick(['EOD responded and conducted RSP.', 'EOD BIP the IED.', 'TF PALADIN conducted exploitation.', 'EOD interrogated the site with the robot and PUCA the components.'])} Components recovered for CEXC exploitation. ${c.bda()} ${c.isaf()}`,
    (c) => `At ${c.at} ${c.hq} reported ${c.hnForce} discovered an IED ${c.km()} on ${c.place.route}. ${c.hnForce} secured the site. ${c.pick(['Convoy was tipped off by civilians.', 'A LN informed the ' + c.hnForce + ' of the IED location.', 'Freshly dug earth was observed on the road.'])} ${c.pick(['EOD blew the IED in place.', 'EOD recovered the IED and returned to ' + c.place.base + '.', 'Paladin and EOD deployed to the location.'])} ${c.close(c.int(60, 300))}`,
    (c) => `${c.unit} FOUND IED ${c.where().toUpperCase()} AT ${c.at}. IED WAS A ${c.pick(IED_INITIATOR).toUpperCase()} WITH ${c.pick(IED_MAIN_CHARGE).toUpperCase()}. EOD CONDUCTED RSP. NO INJURIES OR DAMAGE. ${c.isaf().toUpperCase()}`,
    (c) => `S:1X ${c.pick(['PPIED', 'RCIED', 'CWIED', 'IED'])}\nA:FOUND IED\nL:${c.grid()}\nT:${c.atFull}\nU:${c.unit}\nR:REQUESTING EOD\n\nTIMELINE: ${c.later(0)} THE ${c.hnForce} ${c.pick(['ARRIVED AT THE COMPOUND WITH AN IED THEY FOUND', 'REPORTED AN IED IVO THEIR CP', 'MARKED A SUSPECTED IED ON ' + c.place.route.toUpperCase()])}. ${c.later(c.int(30, 90))} EOD ON SITE. ${c.later(c.int(95, 200))} IED DESTROYED IN PLACE. NO INJURIES OR DAMAGE.`,
    (c) => `At ${c.at}, ${c.regionName()} reported an IED find:\nFF reported that ${c.hnForce} found ${c.pick(['an IED', 'IED components', 'a possible IED', 'an AT mine'])} ${c.where()}. EOD ${c.pick(['took possession of the components and disposed of them in a controlled detonation', 'recovered the device for later disposal', 'BIP the device'])}. ${c.bda()} NFI att.`,
  ],
  iedStrike: [
    (c) => `At ${c.at}, ${c.unit} struck an IED ${c.where()}. ${c.pick(VEHICLES_FRIENDLY)} ${c.pick(['sustained minor damage', 'was a catastrophic kill', 'lost the front axle', 'is non-mission capable', 'remained mobile'])}. ${c.bda()} ${anyCasualty(c.cas) ? c.medevac(c.int(5, 30)) : ''} ${c.pick(['EOD and QRF dispatched from ' + c.place.base + '.', 'TF PALADIN en route for PBA.', 'CEXC notified.', 'Recovery assets en route.'])}`,
    (c) => `At ${c.at} ${c.hq} reported a local ${c.hnForce} patrol struck an IED near ${c.place.base} (${c.place.district} District, ${c.place.provinceName} Province). ${c.bda()} ${c.pick(['All patients were transported to hospitals (9-liner).', 'Patients were evacuated by ground.', 'UPDATE: In total: ' + c.x(c.cas.hWIA + c.cas.fWIA + 1) + ' persons treated.'])} Incident closed at ${c.later(c.int(60, 240))}.`,
    (c) => `${c.unit} REPORTED AN IED STRIKE ON ${c.place.route.toUpperCase()} AT ${c.at}. ${c.pick(['THE IED WAS POSSIBLY PLACED IN A CULVERT', 'VEHICLE STRUCK A PRESSURE PLATE IED', 'RCIED DETONATED ON THE LEAD VEHICLE', 'IED DETONATED BETWEEN THE 2ND AND 3RD VEHICLE'])}. ${c.bda().toUpperCase()} QRF AND EOD ENROUTE.`,
    (c) => `At ${c.at}, a ${c.pick(['security vehicle', 'jingle truck', 'civilian minibus', 'tractor', ...VEHICLES_HN])} struck an IED ${c.where()}. The IED consisted of ${iedDevice(c)}. ${c.bda()} ${c.hnForce} secured the site. ${c.close(c.int(60, 240))}`,
    (c) => `FF reported an IED strike. ${c.hq} was informed by ${c.unit} that while doing a patrol the vehicle struck an IED.\n${c.bda()} ${c.pick(VEHICLES_FRIENDLY)} vehicle damaged. NFI, att. At ${c.at} strike reported; UPDATE ${c.later(c.int(30, 90))}: EOD and MP exploited the site.`,
  ],
  mineStrike: [
    (c) => `At ${c.at}, ${c.unit} ${c.pick(VEHICLES_FRIENDLY)} struck an AT mine ${c.where()}. ${c.bda()} ${c.pick(['The area is a known Soviet-era minefield.', 'HALO Trust notified.', 'EOD cleared a lane for recovery.'])}`,
  ],
  uxo: [
    (c) => `At ${c.at}, ${c.regionName()} reported a UXO Find:\nFF with EOD reported that while conducting a ${c.pick(['Combat Reconnaissance Patrol', 'dismounted patrol', 'route clearance', 'planned UXO sweep'])} ${c.where()} they discovered ${c.x(c.int(1, 12))} ${c.pick(['AT mines (Italian made TC-6)', '82mm mortar rounds', '76mm HE shells', 'BMP-1 rockets', 'RPG warheads', 'Soviet 122mm projectiles', 'submunitions'])}. ${c.pick(['The items were BIP by EOD.', 'UXOs were transportable and picked up by EOD for later demolition.', 'FF marked the UXO for later disposal.'])} ${c.bda()} NFTR. Event closed at ${c.later(c.int(30, 300))}.`,
    (c) => `LN TURNED IN ${c.x(c.int(1, 30))} ${c.pick(['MORTAR ROUNDS', 'ROCKETS', 'AP MINES', 'RPG ROUNDS'])} TO ${c.place.base.toUpperCase()} AT ${c.at}. ${c.pick(['WALK-IN WAS PAID IAW THE SMALL REWARDS PROGRAM', 'ITEMS WILL BE DESTROYED BY EOD', 'ITEMS WILL BE REISSUED TO ANA OR DESTROYED'])}. NFTR.`,
  ],
  iedSuspected: [
    (c) => `At ${c.at}, ${c.unit} observed a suspected IED ${c.where()} (freshly dug earth and wires). ${c.pick(['EOD investigated and found nothing.', 'Route was closed until EOD cleared it.', 'It was a false report; the item was trash.'])} ${c.bda()}`,
  ],
  eof: [
    (c) => `At ${c.at}, ${c.unit} conducted an EOF at a ${c.pick(['TCP', 'checkpoint', 'VCP', 'roadblock', 'maintenance halt'])} ${c.where()} on a ${c.pick(CIV_VEHICLES)} that approached at a high rate of speed. FF used ${c.pick(['hand signals, a pen flare and a warning shot', 'a green laser, then warning shots', 'verbal warnings and a flare', 'the standard procedures of dissuasion'])}. ${c.pick(['The vehicle stopped and the driver was searched.', 'The vehicle did not stop; FF fired disabling shots into the engine block.', 'The driver did not react and FF fired ' + c.x(c.int(1, 3)) + ' warning shots.'])} ${c.bda()}`,
    (c) => `INITIAL @ ${c.at} ${c.unit} NOTIFIES ${c.hq} THAT THERE WAS AN ESCALATION OF FORCE ON A CIVILIAN VEHICLE. VEHICLE WAS APPROACHING AT A HIGH RATE OF SPEED AND MANEUVERED AROUND OTHER TRAFFIC. ONE PIN FLARE WAS FIRED, VEHICLE DID NOT STOP, FF FIRED WARNING SHOTS, THEN DISABLING SHOTS. ${c.bda().toUpperCase()} BATTLEFIELD HANDOVER TO ${c.hnForce}.`,
    (c) => `${c.unit} reported that at ${c.at} a ${c.pick(CIV_VEHICLES)} came too close to the rear of a convoy on ${c.place.route}. After the standard procedures of dissuasion the car didn't decrease its speed. A member of the last vehicle fired a MG burst in the air. The car stopped immediately. ${c.bda()}`,
  ],
  cache: [
    (c) => `At ${c.at}, ${c.unit} found a cache ${c.where()}. The cache contained ${cacheList(c)}. ${c.pick(['EOD BIP the munitions.', 'All items transported to ' + c.place.base + '.', 'Items will be reissued to ANA or destroyed.', 'EOD cleared the cache and destroyed the munitions in place.'])} ${c.bda()}`,
    (c) => `${c.unit} REPORTS CACHE FIND IVO ${c.place.village.toUpperCase()} AT ${c.at}. CACHE CONSISTED OF ${cacheList(c).toUpperCase()}. ${c.pick(['ITEMS DESTROYED BY EOD', 'CEXC NOTIFIED', 'SITE EXPLOITED'])}. NFI.`,
    (c) => `At ${c.at}, a walk-in source led ${c.hnForce} and ${c.unit} to a cache in a ${c.pick(['qalat', 'karez', 'culvert', 'grape drying hut', 'cave'])} ${c.where()}. Cache: ${cacheList(c)}. ${c.enemy()} fighters are believed to use the site. ${c.isaf()}.`,
  ],
  detaineeTransfer: [
    (c) => {
      const n = c.int(1, 7);
      return `${c.x(n)} ${n > 1 ? 'detainees' : 'detainee'} ${c.pick(['were transferred into', 'transferred to', 'in-processed into'])} the BTIF from ${c.pick(['TF 373', 'TF 3-73', 'TF Paladin', 'CJSOTF', c.hq])} at ${c.at}. ${isns(c, n)} ${c.pick(['assigned', 'issued', 'were assigned'])}. ${headcount(c)}`;
    },
    (c) => {
      const n = c.int(1, 4);
      return `${c.at}, TF Guardian, ${c.x(n)} ${n > 1 ? 'Detainees were' : 'Detainee was'} transfered to the Bagram Theater Internment Facility from ${c.pick(['TF 373', c.hq])}. The ${n > 1 ? 'detainees were' : 'detainee was'} inprocessed into the BTIF. ${isns(c, n)} issued.`;
    },
  ],
  arrest: [
    (c) => `At ${c.at}, ${c.pick(['NDS', c.hnForce, 'ANP and ' + c.unit])} arrested ${c.x(c.cas.eDet)} suspected ${c.enemy()} ${c.pick(['facilitators', 'IED emplacers', 'fighters', 'financiers'])} ${c.where()}. ${c.pick(['GSR testing was positive.', 'The suspects had IED components in their vehicle.', 'One of the suspects is a known associate of ' + c.cmdr() + '.'])} ${c.bda()} The detainees were transferred to ${c.place.base}.`,
  ],
  searchAttack: [
    (c) => `At ${c.at}, ${c.unit} conducted OBJ ${c.pick(OBJ_NAMES)} ISO Operation ${c.pick(OP_NAMES)} ${c.where()}, a kill/capture mission against ${c.enemy()} commander ${c.cmdr()}. ${c.pick(['Cordon set; assault team searched the compound.', 'The assault force met light resistance.', 'Hard compromise on infil; firefight ensued.'])} ${c.bda()} ${c.pick(['JACKPOT.', 'The target was not on the objective.', 'Exfil complete at ' + c.later(c.int(90, 300)) + '.'])}`,
    (c) => `${c.unit} CONDUCTED A CORDON AND SEARCH OF ${c.place.village.toUpperCase()} AT ${c.at} WITH ${c.hnForce}. ${c.pick(['TWO COMPOUNDS SEARCHED', 'SEVERAL INS COMPOUNDS CLEARED', 'BIOMETRICS ENROLLED ON ALL MAM'])}. ${c.bda().toUpperCase()}`,
  ],
  medevacLN: [
    (c) => `At ${c.at}, ${c.unit} requested MEDEVAC for ${c.x(c.cas.cWIA)} LN ${c.pick(['male', 'child', 'female', 'elder', 'boy approx 10 y/o'])} with ${c.pick(INJURIES)} ${c.where()}. ${c.medevac(c.int(5, 25))} ${c.bda()}`,
    (c) => `${c.unit} REQUESTS MEDEVAC FOR ${c.x(c.cas.cWIA)} LN AT ${c.at}. PT HAS ${c.pick(INJURIES).toUpperCase()} FROM ${c.pick(['CROSSFIRE DURING A TIC', 'AN IED BLAST', 'A VEHICLE ACCIDENT', 'A FALL'])}. ${c.medevac(c.int(5, 30)).toUpperCase()}`,
    (c) => `At ${c.at}, an LN brought ${c.x(c.cas.cWIA)} wounded ${c.cas.cWIA > 1 ? 'family members' : 'family member'} to the gate of ${c.place.base} with ${c.pick(INJURIES)}. The ${c.pick(['FST', 'medics', 'BAS'])} treated the patient${c.cas.cWIA > 1 ? 's' : ''}. ${c.medevac(c.int(10, 50))}`,
  ],
  plannedEvent: [
    (c) => `At ${c.at}, ${c.unit} conducted a ${c.pick(['shura', 'KLE', 'key leader engagement', 'MEDCAP', 'VETCAP', 'HA drop'])} with the elders of ${c.place.village} ${c.where()}. Topics discussed: ${c.pick(['security, ANP pay and the new road project', 'TB intimidation and night letters', 'the ANP checkpoint on ' + c.place.route, 'the girls\' school and the well project', 'poppy eradication'])}. The district governor and the ${c.hnForce} commander attended. ${c.pick(['The elders asked for more ANP.', 'The elders complained about CF night raids.', 'The elders were receptive.'])}`,
    (c) => `District: ${c.place.district} Village: ${c.place.village} HCA Type: Non-CDS HCA MGRS Location of Drop: ${c.mgrs} at ${c.at}\n\nRice ${c.int(5, 60)}\nBeans ${c.int(5, 60)}\nBlankets ${c.int(5, 80)}\nTeacher Kits ${c.int(5, 50)}\nMen's Coats ${c.int(5, 50)}\nWomen's Shoes ${c.int(5, 50)}\n\nThe elders expressed thanks; ANP and ANA were present during the HA distro.`,
  ],
  friendlyOther: [
    (c) => `At ${c.at}, ${c.unit} ${c.pick(['conducted a combined patrol with ' + c.hnForce, 'established a TCP', 'conducted route clearance', 'escorted a CLP', 'conducted a presence patrol'])} ${c.where()}. ${c.pick(['No enemy contact.', 'Locals reported ' + c.enemy() + ' movement in the area the previous night.', 'Patrol observed ' + c.x(c.int(2, 9)) + ' MAM who fled on motorcycles.'])} ${c.bda()}`,
    (c) => `At ${c.at}, ${c.hq} reported ${c.unit} engaged ${c.x(c.int(1, 6))} ${c.enemy()} emplacing an IED ${c.where()} with ${c.pick(['indirect fire', '155mm', 'a Hellfire from Predator', 'CAS (GBU-12)'])}. ${c.pick(['No BDA.', 'BDA pending.', 'Post strike assessment not conducted due to terrain.'])}`,
  ],
  accident: [
    (c) => `At ${c.at}, ${c.unit} reported a ${c.pick(VEHICLES_FRIENDLY)} rollover on ${c.place.route} ${c.where()} when the road gave way. ${c.bda()} Unit attempted to self-recover; vehicle recovered to ${c.place.base} at ${c.later(c.int(120, 600))}.`,
    (c) => `${c.unit} REPORTS A TRAFFIC ACCIDENT INVOLVING A ${c.pick(VEHICLES_FRIENDLY).toUpperCase()} AND A ${c.pick(CIV_VEHICLES).toUpperCase()} IVO ${c.place.village.toUpperCase()} AT ${c.at}. ${c.bda().toUpperCase()} MP INVESTIGATING.`,
    (c) => `At ${c.at}, ${c.hq} reported that one ${c.pick(VEHICLES_FRIENDLY)} slipped off the road and turned on its side due to bad road conditions ${c.where()}. The other vehicles of the convoy secured the scene. ${c.bda()} Recovery was finished at ${c.later(c.int(90, 400))}.`,
  ],
  nonCombatOther: [
    (c) => `At ${c.at}, ${c.unit} reported a ${c.pick(['negligent discharge', 'heat casualty', 'fire in the DFAC', 'generator fire', 'fuel spill', 'dog bite', 'fall from a guard tower'])} at ${c.place.base}. ${c.bda()} NFTR.`,
    (c) => `At ${c.at}, ${c.unit} reported ${c.pick(['flooding', 'a sandstorm', 'heavy snow'])} ${c.where()} closed ${c.place.route}. ${c.pick(['HA requested for the village.', 'Movement restricted until further notice.', 'ANP are assisting the locals.'])}`,
  ],
  attackThreat: [
    (c) => `As of ${c.at}, ${lowerFirst(c.pick(SOURCES))} reports that ${c.enemy()} commander ${c.cmdr()} and ${c.x(c.int(5, 60))} fighters are planning to attack ${c.pick(TARGETS_THREAT)} ${c.where()} with ${c.pick(['IEDs', 'RPGs and PKMs', 'an SVBIED', 'suicide bombers', 'rockets'])} within the next ${c.int(2, 14)} days. ${c.pick(['The fighters are staging in ' + c.place.village + '.', 'Weapons were moved from Pakistan through ' + c.place.district + '.', 'The attack is in retaliation for a CF raid.'])} ${c.pick(['Reliability of the source is unknown.', 'This is consistent with previous reporting.', 'No further details.'])}`,
    (c) => `THREAT REPORT (${c.at}): ${c.enemy().toUpperCase()} INTEND TO CONDUCT IED ATTACKS ALONG ${c.place.route.toUpperCase()} BETWEEN ${c.place.base.toUpperCase()} AND ${c.place.district.toUpperCase()} DC. ${c.enemy().toUpperCase()} COMMANDER ${c.cmdr().toUpperCase()} HAS RECEIVED ${c.int(5, 40)} IEDS FROM ${c.pick(['QUETTA', 'MIRAM SHAH', 'PESHAWAR', 'CHAMAN'])}. ANP AND CF ARE THE INTENDED TARGETS.`,
    (c) => `At ${c.at}, ${lowerFirst(c.pick(SOURCES))} reported that ${c.pick(['HIG', 'TB', 'Haqqani Network', 'AQ-linked'])} fighters under ${c.cmdr()} are planning a complex attack on ${c.place.base}. ${c.x(c.int(2, 6))} suicide bombers reportedly arrived in ${c.place.district}. ${c.pick(['Force protection measures increased.', 'Reporting passed to ' + c.hq + '.', 'NDS informed.'])}`,
  ],
  assassinationThreat: [
    (c) => `As of ${c.at}, ${c.enemy()} are planning to assassinate the ${c.place.district} ${c.pick(OFFICIALS)}. ${c.cmdr()} reportedly ordered the killing and ${c.x(c.int(2, 5))} gunmen are conducting surveillance of his residence ${c.where()}. ${c.pick(['The official has been informed.', 'ANP increased security at the residence.', 'No further details.'])}`,
    (c) => `THREAT: ${c.enemy().toUpperCase()} HAVE PLACED A BOUNTY ON THE ${c.pick(OFFICIALS).toUpperCase()} OF ${c.place.district.toUpperCase()} (${c.at}). NIGHT LETTERS DISTRIBUTED IN ${c.place.village.toUpperCase()} THREATEN ANYONE WORKING FOR GIRoA, ANP OR CF.`,
  ],
  smallArmsThreat: [
    (c) => `As of ${c.at}, ${c.x(c.int(3, 20))} ${c.enemy()} with small arms and RPGs plan to attack ${c.hnForce} patrols ${c.where()}. ${c.pick(['They are reportedly in ' + c.place.village + '.', 'The fighters are led by ' + c.cmdr() + '.'])}`,
  ],
  suspicious: [
    (c) => `At ${c.at}, ${c.unit} observed ${c.x(c.int(1, 8))} MAM conducting surveillance of ${c.place.base} ${c.pick(['with binoculars', 'from a motorcycle', 'from the ridgeline', 'and taking photos'])} ${c.where()}. ${c.pick(['PID could not be established.', 'The MAM fled when approached.', 'ISR tracked them to a compound in ' + c.place.village + '.'])} NFI.`,
    (c) => `${c.unit} REPORTS SUSPICIOUS ${c.pick(['VEHICLE', 'ACTIVITY', 'PACKAGE', 'DIGGING'])} IVO ${c.place.village.toUpperCase()} AT ${c.at}. ${c.hnForce} INVESTIGATED. NOTHING FOUND. NFTR.`,
  ],
  other: [
    (c) => `At ${c.at}, ${c.hq} reported ${c.pick(['a power outage on', 'comms outage at', 'a demonstration of approx 200 LN at', 'a land dispute IVO', 'a tribal feud in'])} ${c.pick([c.place.base, c.place.village, c.place.district + ' DC'])}. ${c.pick(['ANP dispersed the crowd.', 'Elders resolved the dispute.', 'Service restored at ' + c.later(c.int(30, 300)) + '.'])} ${c.bda()}`,
    (c) => `Event Title: ${c.at} ${c.pick(['PRT weekly', 'KLE', 'Project visit'])}\nZone: ${c.place.district} District\nPlacename: ${c.place.provinceName}\nOutcome: null\n\nThe ${c.place.provinceName} Team prepared contracts and requested payments for ${c.int(2, 12)} projects (schools, wells and a road). The governor and the Provincial Council approved the list.`,
  ],
  friendlyFire: [
    (c) => `At ${c.at}, ${c.unit} and ${c.hnForce} were involved in a blue-on-blue engagement ${c.where()} when ${c.pick(['the ANP mistook the patrol for INS', 'CAS engaged the wrong compound', 'both elements fired on each other at night'])}. ${c.bda()} Investigation initiated.`,
  ],
};

/** "A walk-in source" → "a walk-in source"; acronyms ("NDS") stay. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** "ISN 4182" or "ISN's 4219, 4220 and 20031": one internment serial number per detainee. */
function isns(c: Report, n: number): string {
  const numbers: number[] = [];
  let next = c.int(3000, 4400);
  for (let i = 0; i < n; i++) {
    numbers.push(c.chance(0.3) ? c.int(20000, 20100) : next);
    next += c.int(1, 3);
  }
  if (n === 1) return `ISN ${numbers[0]}`;
  return `${c.pick(["ISN's", 'ISNs', "ISN's"])} ${numbers.slice(0, -1).join(', ')} and ${numbers[n - 1]}`;
}

function headcount(c: Report): string {
  const assigned = c.int(480, 760);
  const present = assigned - (c.chance(0.8) ? 0 : c.int(1, 2));
  return c.pick([
    `New facility headcount is ${assigned} assigned / ${present} present.`,
    `New facility headcount is ${assigned} assigned and ${present} present.`,
    `The new facility head count is ${assigned}A / ${present}P.`,
  ]);
}

function cacheList(c: Report): string {
  const n = c.int(2, 6);
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`${c.x(c.int(1, 200))} ${c.pick(CACHE_ITEMS)}`);
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

type Update = (c: Report, m: number) => string;

/** Follow-up paragraphs that make long reports long; none of them adds casualties. */
const COMBAT_UPDATES: readonly Update[] = [
  (c, m) => `UPDATE ${c.later(m)}: QRF arrived on site and established a cordon. NFI ATT.`,
  (c, m) => `At ${c.later(m)}, ${c.unit} reported all personnel accounted for and RTB ${c.place.base}.`,
  (c, m) => `UPDATE: ${c.later(m)} ${c.pick(CALLSIGNS)} ${c.int(10, 69)} (${c.pick(AIR)}) on station, conducting a search of the area. No PID of ${c.enemy()}.`,
  (c, m) => `${c.later(m)}: ISR reports ${c.x(c.int(2, 9))} MAM moving ${c.pick(DIRECTIONS)} from the site toward ${c.place.village}; PID not confirmed.`,
  (c, m) => `At ${c.later(m)}, EOD completed RSP and recovered components for exploitation at ${c.pick(['CEXC-KAF', 'CEXC-BAF', 'CEXC'])}.`,
  (c, m) => `UPDATE ${c.later(m)}: ${c.hnForce} took over the site. ${c.unit} continued the mission.`,
  (c, m) => `${c.later(m)}- ${c.unit} confirms ${c.x(c.int(2, 12))} ${c.enemy()} observed digging IVO ${c.grid()}.`,
  (c, m) => `At ${c.later(m)}, the district chief of police reported that ${c.enemy()} had warned villagers in ${c.place.village} not to cooperate with ${c.hnForce} or CF.`,
  (c, m) => `UPDATE ${c.later(m)}\n${c.unit} conducted a BDA of the POO site and found ${c.pick(['spent casings', 'a rocket rail', 'a firing point with aiming stakes', 'nothing of note'])}.`,
  (c, m) => `${c.later(m)}: ${c.hq} requests the unit submit a storyboard NLT ${c.later(m + 240)}.`,
  (c, m) => `At ${c.later(m)}, ${c.hnForce} reported that ${c.enemy()} fighters had moved into ${c.place.village} and were demanding food and shelter from the locals.`,
  (c, m) => `UPDATE ${c.later(m)}: Recovery assets SP from ${c.place.base}. Route ${c.pick(['open', 'closed to civilian traffic', 'being cleared by RCP'])}.`,
  (c, m) => `${c.later(m)} ${c.pick(['Weather', 'Illum', 'Terrain'])} ${c.pick(['delayed the recovery', 'limited ISR coverage', 'prevented the AWT from landing'])}; unit remained in overwatch positions.`,
  (c, m) => `At ${c.later(m)}, ${lowerFirst(c.pick(SOURCES))} reported that ${c.cmdr()} was present during the attack and has since fled toward ${c.place.district}.`,
  (c, m) => `UPDATE ${c.later(m)}: ${c.unit} conducted a KLE with the elders of ${c.place.village}; the elders denied any knowledge of ${c.enemy()} activity.`,
  (c, m) => `${c.later(m)}: ANSF and CF continue to search compounds along ${c.place.route}. ${c.pick(['Nothing found.', 'Several military-aged males questioned and released.', 'Biometrics collected on ' + c.int(3, 30) + ' MAM.'])}`,
  (c, m) => `UPDATE ${c.later(m)}: ${c.x(c.int(1, 4))} ${c.pick(VEHICLES_FRIENDLY)} returned to ${c.place.base} for maintenance; ${c.pick(['the rest of the patrol continued', 'convoy halted for the night', 'the element RON in place'])}.`,
  (c, m) => `At ${c.later(m)}, the ${c.place.district} district governor requested CF assistance to secure the bazaar after the incident.`,
  (c, m) => `${c.later(m)} TOC directed the unit to collect ${c.pick(['photos', 'GSR samples', 'biometrics', 'witness statements'])} and forward them to ${c.hq}.`,
  (c, m) => `UPDATE ${c.later(m)}: FF pushed ISR to the ${c.pick(DIRECTIONS)} of ${c.place.village}; no further enemy activity observed. Event remains open.`,
];

const MEDICAL_UPDATES: readonly Update[] = [
  (c, m) => `UPDATE ${c.later(m)}: Patient is stable and was transferred to ${c.pick(MEDEVAC_ROLE[c.place.province.region])}.`,
  (c, m) => `At ${c.later(m)}, the ${c.pick(['FST', 'BAS', 'medics', 'MTF'])} reported the patient's condition as ${c.pick(['stable', 'serious', 'critical', 'urgent surgical'])}.`,
  (c, m) => `${c.later(m)}: PT has been given ${c.int(1, 6)} units of packed red blood cells.`,
  (c, m) => `UPDATE ${c.later(m)}: MP completed the investigation; ${c.pick(['speed and road conditions', 'driver fatigue', 'a mechanical failure', 'the weather'])} assessed as the cause.`,
  (c, m) => `At ${c.later(m)}, the recovery team SP from ${c.place.base} with a wrecker.`,
  (c, m) => `${c.later(m)}: Vehicle recovered to ${c.place.base}. ${c.pick(['Sensitive items accounted for.', 'All SI accounted for.', '1x M240 damaged.'])}`,
  (c, m) => `UPDATE ${c.later(m)}: ${c.hq} notified the CIVCAS cell and the district governor.`,
  (c, m) => `At ${c.later(m)}, the family was paid IAW the condolence payment SOP.`,
  (c, m) => `${c.later(m)}: Weather at ${c.pick(MEDEVAC_AIR[c.place.province.region])} is red; MEDEVAC delayed.`,
  (c, m) => `UPDATE ${c.later(m)}: ${c.hnForce} escorted the family to ${c.place.base}; interpreter present.`,
];

const THREAT_UPDATES: readonly Update[] = [
  (c) => `Additional reporting indicates that ${c.cmdr()} has ${c.x(c.int(5, 60))} fighters staging in ${c.place.village}.`,
  (c) => `${c.pick(SOURCES)} stated the fighters are armed with ${c.pick(['AK-47s and RPGs', 'PKMs and RPGs', 'IED materials', 'a DShK', 'suicide vests'])}.`,
  (c) => `The source has reported ${c.pick(['reliably', 'once before', 'with mixed results'])} in the past.`,
  (c) => `COMMENT: This reporting is consistent with ${c.enemy()} intent to disrupt ${c.pick(['the elections', 'GIRoA governance', 'CF freedom of movement on ' + c.place.route, 'the ANP recruiting drive'])} in ${c.place.district}.`,
  (c) => `${c.hq} assessment: the threat is ${c.pick(['credible', 'possible', 'unconfirmed'])}; units are advised to vary routes and times.`,
  (c) => `Previous reporting (${c.isaf()}) identified ${c.cmdr()} as responsible for IED attacks along ${c.place.route}.`,
  (c) => `${c.enemy()} have reportedly been moving weapons at night from ${c.place.village} to ${c.place.district}.`,
  (c) => `Night letters in ${c.place.village} warn locals against working with the ${c.hnForce} and CF.`,
  (c) => `${c.enemy()} reportedly pay fighters ${c.int(5, 20)},000 PKR a month; several LN in ${c.place.village} have joined.`,
];

const ADMIN_UPDATES: readonly Update[] = [
  (c) => `Governance: The ${c.place.district} district governor held a security shura with ${c.int(8, 60)} elders; topics included ANP recruiting and land disputes.`,
  (c) => `Development: The ${c.place.village} ${c.pick(['well', 'school', 'clinic', 'road', 'micro-hydro', 'bridge'])} project is ${c.int(5, 95)}% complete; the contractor requested payment.`,
  (c) => `Security: ${c.hnForce} conducted ${c.int(2, 30)} patrols in ${c.place.district}; no significant activity.`,
  (c) => `Logistics: ${c.int(5, 12)} of 17 UAH FMC; ${c.int(1, 4)} NMC awaiting parts.`,
  (c) => `KLE: ${c.unit} met with Haji ${c.pick(GIVEN)} ${c.pick(SURNAME)} of ${c.place.village}, who asked for ${c.pick(['more ANP', 'a new well', 'compensation for crop damage', 'a school', 'the release of a detainee'])}.`,
  (c) => `Information operations: ${c.int(20, 500)} radios distributed in ${c.place.village}.`,
  (c) => `Detainee ops: ${c.int(1, 9)} detainees awaiting transfer; ${c.int(0, 5)} released after the review board.`,
  (c) => `Medical: ${c.int(20, 400)} patients seen at the MEDCAP in ${c.place.village}.`,
  (c) => `Agriculture: wheat seed distribution in ${c.place.district} is ${c.int(5, 95)}% complete.`,
  (c) => `Personnel: ${c.int(1, 9)} soldiers on R&R; ${c.int(1, 9)} returned.`,
  (c) => `Commanders Summary: CAT-A Team B traveled to ${c.place.district} to conduct QA/QC and leader engagements.`,
];

const UPDATES_FOR: Partial<Record<Family, readonly Update[]>> = {
  medevacLN: MEDICAL_UPDATES, accident: MEDICAL_UPDATES, nonCombatOther: MEDICAL_UPDATES,
  attackThreat: THREAT_UPDATES, assassinationThreat: THREAT_UPDATES, smallArmsThreat: THREAT_UPDATES,
  detaineeTransfer: ADMIN_UPDATES, plannedEvent: ADMIN_UPDATES, other: ADMIN_UPDATES,
};

// ---------------------------------------------------------------------------
// Quirks
// ---------------------------------------------------------------------------

const ESCAPABLE = /['"&<>]/;
/** Phrases that carry an apostrophe, quote, ampersand or "<", for the reports whose text gets escaped. */
const ESCAPE_BAIT = [
  "The LN's compound was searched.", 'Operation "Jackel Snare" continues.', 'EOD & QRF RTB.', 'Range to POO est. <500M.',
  "The girl's school was not damaged.", 'The driver said "TB told us to stop here".', "Boys' coats and women's shoes distributed.",
];

function htmlEscape(s: string): string {
  return s.replace(/[&'"<>]/g, (ch) => ({ '&': '&amp;', "'": '&apos;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[ch]!);
}

// ---------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------

const TYPE_OF_UNIT = new Weighted<string>([['Coalition Forces', 66], ['ANSF', 12], ['None Selected', 17], [NULL_VALUE, 5]]);
const CCIR_TEXT = ['(CCIR) Friendly Force KIA', '(CCIR) Friendly Force WIA', '(CCIR) ANSF KIA', '(CCIR) High Profile Attack', '(CCIR) CIVCAS caused by CF', '(CCIR) Attack on GIRoA official'];

export interface GenerateOptions {
  /** Share of summaries written in capitals (default 0.5). */
  capsShare?: number;
}

/**
 * The rows of a synthetic War Diary, one 32-field array per report, produced
 * lazily: the same (n, seed) always yields the same rows.
 */
export function* generateRows(n: number, seed: number, options: GenerateOptions = {}): Generator<string[]> {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`report count must be a non-negative integer, not ${n}`);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, not ${seed}`);
  const capsShare = options.capsShare ?? 0.5;
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
  const unique = mix32((i + keyOffset) >>> 0).toString(16).toUpperCase().padStart(8, '0');
  const f = r.float();
  if (f < 0.52) {
    const guid = `${unique}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
    return r.chance(0.003) ? guid.toLowerCase() : guid.toUpperCase();
  }
  if (f < 0.9) {
    // 8-4-4-16; the real file has runs sharing the middle groups (…-1517-911C-C5…).
    return r.chance(0.7) ? `${unique}-1517-911C-C5${r.hex(14).toUpperCase()}` : `${unique}-${r.hex(4)}-${r.hex(4)}-${r.hex(16)}`.toUpperCase();
  }
  if (f < 0.96) return String(nextNumeric());
  return `0x080e0000${unique.toLowerCase()}${r.hex(16)}`;
}

function makeRow(r: Rng, i: number, keyOffset: number, nextNumeric: () => number, capsShare: number): string[] {
  const key = reportKey(r, i, keyOffset, nextNumeric);

  // When
  const year = YEARS.pick(r);
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const ms = start + r.int(0, days - 1) * 86_400_000 + r.int(0, 23) * 3_600_000 + r.int(0, 59) * 60_000;
  const clock: Clock = { ms, zone: ZONES.pick(r) };

  // What
  const kind = KINDS.pick(r);

  // Where. Detainee transfers are all filed at the Bagram internment facility, at one point.
  const atBtif = kind.family === 'detaineeTransfer';
  const province = atBtif ? PARWAN : PROVINCE_TABLE.pick(r);
  const district = atBtif ? province.districts[0]! : r.pick(province.districts);
  const lat = atBtif ? BTIF.lat : district.lat + (r.float() - 0.5) * 0.09;
  const lon = atBtif ? BTIF.lon : district.lon + (r.float() - 0.5) * 0.09;
  const place: Place = {
    province,
    provinceName: r.pick(province.names),
    district: r.chance(0.75) ? district.names[0]! : r.pick(district.names),
    village: r.pick(province.villages),
    base: r.pick(province.bases),
    route: r.pick(province.routes),
    lat,
    lon,
  };

  const cas = casualtiesFor(kind.family, r);
  const c = new Report(r, clock, place, kind, cas);
  let summary = writeSummary(c, r);

  // Quirks of the text. Capitals first, so entity names and CR stay as the real file has them.
  if (r.chance(capsShare)) summary = summary.toUpperCase();
  if (r.chance(0.02)) {
    if (!ESCAPABLE.test(summary)) summary += ` ${r.pick(ESCAPE_BAIT)}`;
    const times = r.pick([1, 1, 2, 2, 2, 3, 3, 4]);
    for (let t = 0; t < times; t++) summary = htmlEscape(summary);
  }
  if (r.chance(0.005)) {
    summary = summary.includes('\n') && r.chance(0.6) ? summary.replace(/\n/g, '\r\n') : `${summary}\r`;
  }
  if (r.chance(0.0005)) summary = NULL_VALUE;

  // Title
  const detail = r.pick(kind.details);
  const ivo = r.chance(0.25) ? `${place.route.toUpperCase()}` : '';
  const tail = titleTail(cas);
  let title: string;
  const tf = r.float();
  if (tf < 0.85) {
    title = `(${kind.type.toUpperCase()}) ${kind.category.toUpperCase()} RPT  ${detail ? `(${detail})` : ''} ${c.unit.toUpperCase()}${ivo ? ` IVO  (${ivo})` : ' '}: ${tail}`;
  } else if (tf < 0.95) {
    title = `${kind.category.toUpperCase()} RPT BY ${c.hq} IVO ${place.district.toUpperCase()}: ${tail}`;
  } else if (tf < 0.999) {
    title = `(${kind.type}) ${kind.category} rpt ${place.province.region.replace(/^RC (\w).*/, 'RC ($1)')}`;
  } else {
    title = NULL_VALUE;
  }

  // Coordinates: ~1% empty or NaN.
  let latitude = lat.toFixed(8);
  let longitude = lon.toFixed(8);
  let mgrs = c.mgrs;
  const coordRoll = r.float();
  if (coordRoll < 0.005) {
    latitude = longitude = '';
    mgrs = r.chance(0.5) ? '' : NULL_VALUE;
  } else if (coordRoll < 0.01) {
    latitude = longitude = 'NaN';
  } else if (coordRoll < 0.02) {
    mgrs = NULL_VALUE;
  }

  const region = r.chance(0.02) ? 'UNKNOWN' : province.region;
  const [affiliation, dcolor] = AFFILIATION[kind.type] ?? ['UNKNOWN', 'NONE'];
  const attackOn = r.chance(0.12)
    ? NULL_VALUE
    : kind.type === 'Friendly Action' ? (kind.family === 'eof' || kind.family === 'medevacLN' ? 'NEUTRAL' : 'ENEMY')
      : kind.type === 'Enemy Action' || kind.type === 'Explosive Hazard' ? (kind.family === 'murder' ? 'NEUTRAL' : 'FRIEND')
        : r.pick(['NEUTRAL', 'UNKNOWN', 'FRIEND']);
  const originator = r.chance(0.05) ? NULL_VALUE : r.chance(0.45) ? 'UNKNOWN' : c.hq;
  const updatedBy = r.chance(0.05) ? NULL_VALUE : r.chance(0.5) ? originator : r.pick(['UNKNOWN', c.hq, province.region]);
  const ccir = cas.fKIA || cas.fWIA || cas.hKIA ? (r.chance(0.6) ? r.pick(CCIR_TEXT) : '') : r.chance(0.03) ? r.pick(CCIR_TEXT) : r.chance(0.02) ? NULL_VALUE : '';
  const sigact = kind.type === 'Enemy Action' || kind.type === 'Explosive Hazard' ? (r.chance(0.5) ? 'TOC' : r.chance(0.04) ? NULL_VALUE : '') : r.chance(0.03) ? NULL_VALUE : '';
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
  let text = r.pick(TEMPLATES[c.kind.family])(c).replace(/ {2,}(?=\S)/g, (s) => (r.chance(0.7) ? ' ' : s)).trim();

  // Openers and closers seen in the real reports.
  const open = r.float();
  if (open < 0.06) text = `(DELAYED REPORT) ${text}`;
  else if (open < 0.09) text = `***DELAYED REPORT***\n${text}`;
  else if (open < 0.12) text = `REFERENCE ISAF INCIDENT ${c.isafNo}.\n\n${text}`;
  else if (open < 0.15) text = `(S//REL) ${text}`;
  else if (open < 0.17) text = `${new Date(c.clock.ms).getUTCFullYear()}-${p2(new Date(c.clock.ms).getUTCMonth() + 1)}#${p2(r.int(0, 99))}${r.int(10, 99)} \n\n${text}`;
  else if (open < 0.19) text = `Event Title:D${r.int(1, 30)} ${c.isaf().replace(/^\(|\)$/g, '')}\nZone:${c.place.district} District\nPlacename:${c.place.provinceName}\nOutcome:${r.pick(['Ineffective', 'null', 'Effective'])}\n\n${text}`;

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

/** Streams n rows as CSV into out (with backpressure); resolves with what was written. Ends out. */
export async function writeWardiaryCsv(n: number, seed: number, out: Writable): Promise<{ rows: number; bytes: number }> {
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
      for (const row of generateRows(n, seed)) {
        rows++;
        yield row;
      }
    })(),
  );
  await pipeline(source, stringify({ eof: true }), counter, out);
  return { rows, bytes };
}

function parseCount(value: string): number {
  if (!/^\d[\d_,]*$/.test(value.trim())) throw new InvalidArgumentError('Write a whole number of reports, such as 76911.');
  const n = Number(value.trim().replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_REPORTS) throw new InvalidArgumentError(`The number of reports must be from 1 to ${MAX_REPORTS.toLocaleString('en-US')}.`);
  return n;
}

function parseSeed(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`The seed must be a whole number from 0 to ${MAX_SEED}.`);
  const n = Number(value.trim());
  if (!Number.isSafeInteger(n) || n > MAX_SEED) throw new InvalidArgumentError(`The seed must be a whole number from 0 to ${MAX_SEED}.`);
  return n;
}

function parseOut(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('Name a file, or "-" for stdout.');
  return value;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const program = new Command()
    .name('gen-wardiary')
    .description('Write a synthetic WikiLeaks Afghan War Diary CSV (32 columns, no header row), deterministic for a seed.')
    .requiredOption('-n, --reports <count>', `number of reports, 1 to ${MAX_REPORTS}`, parseCount)
    .option('-s, --seed <seed>', `PRNG seed, 0 to ${MAX_SEED}`, parseSeed, 1)
    .option('-o, --out <file>', 'output file, or "-" for stdout (default: stdout when it is piped, else wardiary-<N>-<S>.csv)', parseOut)
    .option('-q, --quiet', 'no summary line on stderr')
    .allowExcessArguments(false)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  try {
    program.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    throw err;
  }
  const opts = program.opts<{ reports: number; seed: number; out?: string; quiet?: boolean }>();
  const toStdout = opts.out === '-' || (opts.out === undefined && !process.stdout.isTTY);
  const file = toStdout ? undefined : (opts.out ?? `wardiary-${opts.reports}-${opts.seed}.csv`);
  const out: Writable = file ? createWriteStream(file) : process.stdout;

  const started = performance.now();
  try {
    const { rows, bytes } = await writeWardiaryCsv(opts.reports, opts.seed, out);
    const seconds = (performance.now() - started) / 1000;
    if (!opts.quiet) {
      process.stderr.write(
        `gen-wardiary: ${rows.toLocaleString('en-US')} rows, ${bytes.toLocaleString('en-US')} bytes, ${seconds.toFixed(2)} s ` +
          `(seed ${opts.seed}) -> ${file ?? 'stdout'}\n`,
      );
    }
    return 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') return 0; // e.g. piped into `head`
    process.stderr.write(`gen-wardiary: ${(err as Error).message}\n`);
    return 1;
  }
}

const invokedAs = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  main().then((code) => {
    process.exitCode = code;
  });
}
