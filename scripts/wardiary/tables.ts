/**
 * The generator's data tables: provinces with their districts, bases, villages
 * and forces; report types and categories with their weights; the vocabulary
 * the templates draw on. Everything here is invented or public place names;
 * commanders' names are composed at random and stand for no real person.
 */
import { NULL_VALUE } from '../../src/corpus/wardiary-columns.ts';
import { Weighted } from './random.ts';

export type Region = 'RC SOUTH' | 'RC EAST' | 'RC WEST' | 'RC NORTH' | 'RC CAPITAL';

interface District {
  /** Spellings; the first is the most common. */
  names: readonly string[];
  lat: number;
  lon: number;
}

export interface Province {
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

export const PARWAN = PROVINCES.find((p) => p.names[0] === 'Parwan')!;
/** Where the real sample puts the Bagram Theater Internment Facility's transfer reports. */
export const BTIF = { lat: 34.94613647, lon: 69.26496887 };

export const PROVINCE_TABLE = new Weighted(PROVINCES.map((p) => [p, p.weight] as const));
export const PROVINCE_ENEMY = new Map(PROVINCES.map((p) => [p, new Weighted(p.enemy)]));

// ---------------------------------------------------------------------------
// Types and categories
// ---------------------------------------------------------------------------

export type Family =
  | 'directFire' | 'indirectFire' | 'ambush' | 'complexAttack' | 'deliberateAttack' | 'sniper' | 'safire' | 'murder'
  | 'iedFound' | 'iedStrike' | 'mineStrike' | 'uxo' | 'iedSuspected'
  | 'eof' | 'cache' | 'detaineeTransfer' | 'arrest' | 'searchAttack' | 'medevacLN' | 'plannedEvent' | 'friendlyOther'
  | 'accident' | 'nonCombatOther'
  | 'attackThreat' | 'assassinationThreat' | 'smallArmsThreat'
  | 'suspicious' | 'other' | 'friendlyFire';

export interface Kind {
  type: string;
  category: string;
  family: Family;
  /** The weapon or device detail in the title, e.g. "Small Arms". */
  details: readonly string[];
}

const k = (type: string, category: string, family: Family, details: readonly string[] = ['']): Kind => ({ type, category, family, details });

export const KINDS = new Weighted<Kind>([
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

export const AFFILIATION: Record<string, readonly [string, string]> = {
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
// Vocabulary
// ---------------------------------------------------------------------------

export const DIRECTIONS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export const GIVEN = ['Abdul', 'Mohammad', 'Mohammed', 'Muhammad', 'Gul', 'Abdullah', 'Rahmatullah', 'Hafizullah', 'Zabiullah', 'Nasrullah', 'Saifullah', 'Qudratullah', 'Ahmad', 'Janan', 'Wali', 'Sher', 'Noor', 'Shah', 'Fazal', 'Habib', 'Aziz', 'Akhtar', 'Samad', 'Sadiq', 'Rauf', 'Zia'];
export const SURNAME = ['Rahman', 'Karim', 'Wahid', 'Zaman', 'Jan', 'Agha', 'Khan', 'Din', 'Malik', 'Baz', 'Gul', 'Hakim', 'Nabi', 'Rashid', 'Ullah', 'Hamid', 'Qadir', 'Latif', 'Shakoor', 'Manan'];
export const HONORIFIC = ['Mullah', 'Mullah', 'Qari', 'Mawlawi', 'Haji', 'Commander', 'Mullah'];
export const VEHICLES_FRIENDLY = ['M1114', 'UAH', 'MRAP', 'RG-31', 'Cougar', 'MaxxPro', 'LAV III', 'Stryker', 'HMMWV', 'DINGO', 'FUCHS', 'FENNEK', 'WOLF', 'Mastiff', 'Jackal', 'Humvee', 'LMTV', 'M-ATV'];
export const VEHICLES_HN = ['ANP Ranger', 'ANA Ranger', 'ANP pick-up', 'Ford Ranger', 'ANA HMMWV'];
export const CIV_VEHICLES = ['white Toyota Corolla', 'blue Toyota Corolla', 'silver Toyota Corolla', 'motorcycle', 'jingle truck', 'white Toyota Hilux', 'red mini van', 'black SUV', 'taxi', 'fuel truck', 'tractor with trailer', 'white station wagon', 'bongo truck'];
export const IED_MAIN_CHARGE = ['1x TC-6 AT mine', '2x TC-6 AT mines (double stacked)', '1x 82mm mortar round', '2x 107mm rockets', '20 lbs of HME in a yellow jug', '1x 155mm artillery round', '1x Pakistani P3 MK1 AT mine', '3x 122mm rounds daisy chained', '1x PMN AP mine', '40 lbs HME in a pressure cooker', '1x 105mm round', '5 gal jug of HME'];
export const IED_INITIATOR = ['pressure plate', 'PPIED (wooden pressure plate)', 'RC initiator (Motorola radio)', 'command wire (copper)', 'cell phone initiator', 'doorbell switch', 'camera flash initiator', 'spider device', 'long range cordless phone (LRCT)', 'PIR switch'];
export const CACHE_ITEMS = [
  'AK-47s', 'RPG launchers', 'RPG rounds', '82mm mortar rounds', '107mm rockets', 'AT mines', 'AP mines', 'PKM', 'DShK',
  'bags of ammonium nitrate', 'lbs of HME', 'pressure plates', 'blasting caps', 'rounds of 7.62mm', 'grenades', 'Enfield rifles',
  'bags of opium', 'kg of hashish', 'det cord (meters)', 'suicide vests', 'Motorola radios', 'night letters', 'TB propaganda CDs',
];
export const INJURIES = ['GSW to the left leg', 'GSW to the abdomen', 'shrapnel wounds to both legs', 'burns to the face and hands', 'partial amputation of the right foot', 'head trauma', 'fractured pelvis', 'GSW to the chest', 'shrapnel to the eyes', 'blast injuries from an IED', 'multiple fragmentation wounds', 'broken arm'];
export const OP_NAMES = ['MEDUSA', 'BAAZ TSUKA', 'MOSHTARAK', 'KHANJAR', 'PANTHER\'S CLAW', 'MAR KARARDAD', 'ROCKHAMMER', 'MOUNTAIN FURY', 'ACHILLES', 'SHAHI TANDAR', 'HERRICK', 'JACKAL SNARE', 'EAGLE\'S SUMMIT', 'WRENTHAM', 'ARAGON', 'HARVEST', 'SPRING OFFENSIVE', 'ZAFAR', 'KALAK'];
export const OBJ_NAMES = ['PIKES PEAK', 'BROWNING', 'MIDWAY', 'CARBON', 'HILLSVILLE', 'McKINNLEY', 'WRENTHAM', 'RAVEN', 'COBALT', 'GRANITE', 'IRON', 'TALON', 'ANVIL', 'HATCHET', 'STONEWALL'];
export const AIR = ['2x AH-64', '2x OH-58D (SWT)', 'A-10s', 'B-1B', 'F-15E', 'AC-130', 'GR7 Harriers', 'Predator', 'Reaper', 'SCAN EAGLE', 'Apache AWT', '2x UH-60 (MEDEVAC)', 'CH-47s'];
export const CALLSIGNS = ['EDDY', 'AZREAL', 'OVERDRIVE', 'KNIGHTHAWK', 'DUSTOFF', 'PEDRO', 'HOG', 'DUDE', 'SPADE', 'RAPTOR', 'TIGER', 'NAZGUL', 'SHAMUS', 'GUNSLINGER'];
export const SOURCES = ['A walk-in source', 'A reliable source', 'An LN source', 'A source of unknown reliability', 'NDS', 'The district chief of police', 'A village elder', 'Multiple sources', 'HUMINT reporting', 'A local shopkeeper'];
export const TARGETS_THREAT = ['the district center', 'the ANP checkpoint', 'the DC', 'CF convoys', 'ANA patrols', 'the PRT', 'the ANP HQ', 'logistics convoys on HWY 1', 'the girls\' school', 'the bazaar', 'the FOB', 'GIRoA officials'];
export const OFFICIALS = ['district governor', 'chief of police', 'ANP district commander', 'provincial council member', 'NDS chief', 'mullah of the village mosque', 'school headmaster', 'ANA kandak commander', 'tribal elder'];

export const MEDEVAC_AIR: Record<Region, readonly string[]> = {
  'RC SOUTH': ['KAF', 'Camp Bastion', 'Tarin Kowt', 'FOB Ramrod', 'KAF'],
  'RC EAST': ['BAF', 'JAF', 'FOB Salerno', 'FOB Sharana', 'FOB Fenty', 'FOB Shank'],
  'RC NORTH': ['PRT KDZ', 'Camp Marmal', 'PRT FEY'],
  'RC WEST': ['Camp Arena', 'Shindand', 'FOB Farah'],
  'RC CAPITAL': ['KAIA', 'BAF'],
};
export const MEDEVAC_ROLE: Record<Region, readonly string[]> = {
  'RC SOUTH': ['KAF Role 3', 'Kandahar Airfield Role 3 MMU', 'the Role 3 at Kandahar Airfield', 'Bastion Role 3', 'Mirwais Hospital in Kandahar City', 'KAF R3'],
  'RC EAST': ['BAF CSH', 'CSH Bagram', 'the FST at FOB Salerno', 'JAF FST', 'the Craig Joint Theater Hospital (BAF)'],
  'RC NORTH': ['the R2 at Camp Marmal', 'DEU R3 hospital in MES', 'PRT KDZ MTF'],
  'RC WEST': ['Role 2 Herat', 'Camp Arena R2', 'the ESP R2 in Herat'],
  'RC CAPITAL': ['the French R3 at KAIA', 'CSH Bagram', 'the Role 3 at KAIA'],
};

/** Phrases that carry an apostrophe, quote, ampersand or "<", for the reports whose text gets escaped. */
export const ESCAPE_BAIT = [
  "The LN's compound was searched.", 'Operation "Jackel Snare" continues.', 'EOD & QRF RTB.', 'Range to POO est. <500M.',
  "The girl's school was not damaged.", 'The driver said "TB told us to stop here".', "Boys' coats and women's shoes distributed.",
];

export const TYPE_OF_UNIT = new Weighted<string>([['Coalition Forces', 66], ['ANSF', 12], ['None Selected', 17], [NULL_VALUE, 5]]);
export const CCIR_TEXT = ['(CCIR) Friendly Force KIA', '(CCIR) Friendly Force WIA', '(CCIR) ANSF KIA', '(CCIR) High Profile Attack', '(CCIR) CIVCAS caused by CF', '(CCIR) Attack on GIRoA official'];
