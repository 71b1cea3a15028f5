/**
 * The benchmark's fixed query mix: what users of the bot would type about the
 * War Diary. Built from the synthetic generator's vocabulary
 * (scripts/wardiary/tables.ts: provinces, districts, villages, bases, routes,
 * units, weapons, cache items, operations) and from the real sample
 * (tests/fixtures/mashup.ts). Deterministic: the same list on every run, in
 * the same order.
 */
import type { CompletionRequest, SearchFilters } from '../src/desk.ts';

export type Kind =
  /** One very common term or pair: IED, Kandahar, TB, TIC, ANP, "IED Kandahar"… */
  | 'common'
  /** A term found in few reports: a village, an operation, a call sign. */
  | 'rare'
  /** Two or three terms. */
  | 'multi'
  /** Words the glossary expands: "troops in contact" ↔ TIC. */
  | 'glossary'
  /** A query with from/to dates. */
  | 'date'
  /** Filters and no words (the desk only: the other engines have no equivalent). */
  | 'filters'
  /** A misspelt word. */
  | 'typo'
  /** Phrases taken from the real sample's reports. */
  | 'real'
  /** Page 1 (five results) of a query that is then paged. */
  | 'page1'
  /** Pages 2–5 of the query just before (offset 5, 10, 15, 20), right after its page 1. */
  | 'page';

export interface MixQuery extends SearchFilters {
  kind: Kind;
  query: string;
  /** Results per page; the desk's default is 10, the bot's page is 5. */
  limit: number;
  offset: number;
}

const q = (kind: Kind, query: string, extra: Partial<MixQuery> = {}): MixQuery => ({
  kind,
  query,
  limit: 10,
  offset: 0,
  ...extra,
});

const COMMON = [
  'IED',
  'Kandahar',
  'TB',
  'TIC',
  'ANP',
  'IED Kandahar',
  'ANA',
  'EOD',
  'CF',
  'SAF',
  'Helmand',
  'INS',
  'ISAF',
  'KIA',
  'WIA',
  'RPG',
  'IED strike',
  'medevac',
  'patrol',
  'convoy',
];

const RARE = [
  'Zangabad',
  'Shkin',
  'Gawardesh',
  'COP Keating',
  'MOSHTARAK',
  'BAAZ TSUKA',
  'NAZGUL',
  'FENNEK',
  'Mastiff',
  'hashish',
  'night letters',
  'spider device',
  'LRCT',
  'PIR switch',
  'Rahmatullah',
  'Qudratullah',
  'WILDHORSE',
  'Chelgazi',
  'Qaisar',
  'Bargi Matal',
  'Mirwais',
  'Camp Nathan Smith',
  'Jelawur',
  'Pul-e Charkhi',
  'Korengal',
  'Shindand',
  'Marjah',
  'Mike Spann',
  'Kajaki',
  'Sperwan',
];

const MULTI = [
  // two terms
  'IED Panjwayi',
  'ambush convoy',
  'mortar Salerno',
  'suicide Kabul',
  'cache Helmand',
  'rocket Bagram',
  'detainee BTIF',
  'EOF Kabul',
  'ANP checkpoint',
  'pressure plate',
  'RPG ambush',
  'GSW leg',
  'HME jug',
  'Route Summit',
  'Highway 1',
  'Sangin TIC',
  'Khost IDF',
  'Kunar ambush',
  'Jalalabad IED',
  'Kunduz EOF',
  'Arghandab IED',
  'Garmsir TIC',
  'Herat police',
  'Sharana rocket',
  'Tarin Kowt',
  // three terms
  'IED strike Kandahar',
  'TIC small arms RPG',
  'cache found weapons',
  'suicide bomber Kabul',
  'ANP checkpoint attacked',
  'medevac GSW chest',
  'IED found cleared',
  'HME pressure plate',
  'EOD controlled detonation',
  'escalation warning shots',
  'complex attack FOB',
  'rocket attack KAF',
  'mortar rounds impacted',
  'mine strike convoy',
  'AT mine Zhari',
  'TB commander killed',
  'enemy fighters fled',
  'Route 611 Sangin',
  'US MIL WIA',
  'CAT A wounded',
];

const GLOSSARY = [
  'improvised explosive device',
  'troops in contact',
  'Afghan police',
  'enemy killed',
  'escalation of force',
  'Taliban',
  'coalition forces',
  'Afghan National Army',
  'rocket-propelled grenade',
  'small arms fire',
  'indirect fire',
  'explosive ordnance disposal',
  'battle damage assessment',
  'forward operating base',
  'Haqqani network',
  'Hezb-e-Islami',
  'weapons cache',
  'local national',
  'car bomb',
  'roadside bomb',
];

const DATED: [string, string | undefined, string | undefined][] = [
  ['IED', '2008-01-01', '2008-03-31'],
  ['Kandahar', '2009-06', '2009-08'],
  ['TIC', '2007', '2007'],
  ['ANP', '2006-01', '2006-06'],
  ['IED Kandahar', '2009-01', '2009-12'],
  ['medevac', '2008-07', '2008-07'],
  ['cache', '2005', '2005'],
  ['Helmand', '2009-05-01', '2009-05-31'],
  ['EOF', '2004', '2006'],
  ['ambush', '2008-10', '2009-03'],
  ['suicide', '2007-06', '2007-12'],
  ['rocket', '2009-09', '2009-10'],
  ['Taliban', '2008', '2008'],
  ['troops in contact', '2009-03', '2009-04'],
  ['Zangabad', '2009', '2009'],
  ['FENNEK', '2009-01', '2009-12'],
  ['weapons cache', '2006-06', '2006-12'],
  ['TB', '2009-11', undefined],
  ['KIA', undefined, '2005-12'],
  ['ANA', '2009-12-01', undefined],
  ['patrol', '2009-08-01', '2009-08-07'],
  ['Route Summit', '2008', '2008'],
  ['mortar', '2007-01', '2007-02'],
  ['IED strike', '2009-07-01', '2009-07-31'],
  ['detainee', '2009-10', '2009-10'],
];

/** Filters with no words: the desk lists the matching reports, newest first. */
const FILTERS: Partial<MixQuery>[] = [
  { category: 'IED Explosion' },
  { region: 'RC SOUTH' },
  { type: 'Enemy Action' },
  { category: 'Escalation of Force', region: 'RC CAPITAL' },
  { category: 'Direct Fire', from: '2009-01', to: '2009-03' },
  { type: 'Threat Report', region: 'RC EAST' },
  { category: 'Cache' },
  { region: 'RC NORTH', from: '2009-06' },
  { category: 'Detainee Transfer' },
  { type: 'Non-Combat Event', to: '2006' },
];

const TYPOS = [
  'kandahr',
  'improvized',
  'Helmnd',
  'Panjwyi',
  'ambsuh',
  'detonaton',
  'Jalalbad',
  'Taliben',
  'explosiv',
  'Lashkar Gha',
  'Kunduzz',
  'medivac',
];

/** Words and phrases of the 307 real reports (tests/fixtures/mashup.ts). */
const REAL = [
  'CEXC-KAF',
  'TC-6 AT mine',
  'doorbell switches',
  'girls school',
  'K-9 unit',
  'canalized point',
  'condolence payment',
  'Hunter Base',
  'OBJ WRENTHAM',
  'jackpot',
  'warning shots',
  'pin flare',
  'Enfield rifles',
  'Jackel Snare',
  'negligent discharge',
  'DINGO rolled over',
  'BTIF headcount',
  'SAFIRE',
  'Toyota Corolla',
  'Kamdesh PRT',
];

/** Queries paged through as the bot pages them: five a page, pages 1 to 5 in a row. */
export const PAGED = [
  'IED',
  'Kandahar',
  'troops in contact',
  'ANP',
  'IED Kandahar',
  'Taliban',
  'weapons cache',
  'medevac',
  'escalation of force',
  'Helmand',
];
export const PAGE_SIZE = 5;
const PAGES = 5;

export function pages(query: string, size = PAGE_SIZE): MixQuery[] {
  return Array.from({ length: PAGES }, (_, i) =>
    q(i === 0 ? 'page1' : 'page', query, { limit: size, offset: i * size }),
  );
}

/** The whole mix, interleaved so that no kind runs in one block (the page runs stay together, as the bot sends them). */
export function queryMix(): MixQuery[] {
  const groups: MixQuery[][] = [
    COMMON.map((s) => q('common', s)),
    RARE.map((s) => q('rare', s)),
    MULTI.map((s) => q('multi', s)),
    GLOSSARY.map((s) => q('glossary', s)),
    DATED.map(([s, from, to]) => q('date', s, { from, to })),
    FILTERS.map((f) => q('filters', '', f)),
    TYPOS.map((s) => q('typo', s)),
    REAL.map((s) => q('real', s)),
  ];
  const paged = PAGED.map((query) => pages(query));
  const out: MixQuery[] = [];
  const longest = Math.max(...groups.map((g) => g.length));
  for (let i = 0; i < longest; i++) {
    for (const g of groups) if (g[i]) out.push(g[i]!);
    // A paged query every few rounds.
    if (i % 4 === 0 && paged.length) out.push(...paged.shift()!);
  }
  for (const rest of paged) out.push(...rest);
  return out;
}

/** The smoke-run mix: two of each kind and one paged query. */
export function quickMix(): MixQuery[] {
  const all = queryMix();
  const seen = new Map<Kind, number>();
  const out: MixQuery[] = [];
  for (const m of all) {
    if (m.kind === 'page1' || m.kind === 'page') continue;
    const n = seen.get(m.kind) ?? 0;
    if (n < 2) out.push(m);
    seen.set(m.kind, n + 1);
  }
  return [...out, ...pages(PAGED[0]!)];
}

/** Queries run before measuring, and not measured. */
export const WARMUP = [
  'IED',
  'Kandahar ambush',
  'troops in contact',
  'ANP checkpoint',
  'Helmand',
  'suicide',
  'medevac GSW',
  'cache',
];

/** What the desk's completion is asked while a user types in the bot's autocomplete (the desk only). */
export type AutocompleteCall = CompletionRequest;

export const AUTOCOMPLETE: AutocompleteCall[] = [
  { field: 'date', typed: '2008-0' },
  { field: 'date', typed: '' },
  { field: 'date', typed: '2009' },
  { field: 'date', typed: '2009-1' },
  { field: 'date', typed: '2007-06-1' },
  { field: 'date', typed: '2004' },
  { field: 'date', typed: '2006-12-2' },
  { field: 'date', typed: '20' },
  { field: 'words', typed: 'kandah' },
  { field: 'words', typed: 'i' },
  { field: 'words', typed: 'ie' },
  { field: 'words', typed: 'tal' },
  { field: 'words', typed: 'pan' },
  { field: 'words', typed: 'IED kand' },
  { field: 'words', typed: 'suic' },
  { field: 'words', typed: 'escalation of f' },
  { field: 'words', typed: 'h' },
  { field: 'words', typed: 'troops in c' },
  { field: 'words', typed: 'zan' },
  { field: 'words', typed: 'medev' },
  { field: 'category', typed: 'ied' },
  { field: 'category', typed: '' },
  { field: 'category', typed: 'fire' },
  { field: 'region', typed: 'rc' },
  { field: 'region', typed: '' },
  { field: 'type', typed: 'enemy' },
  { field: 'type', typed: '' },
];

/** /report by date, in the forms the desk reads (a day, a month, a year, a DTG; and dates with no reports). */
export const REPORT_DATES = [
  '2008-06-14',
  '14 Jun 2008',
  'June 14, 2008',
  '2009-11-19',
  '2007-12-30',
  '2006-10-20',
  '2009-08',
  'Dec 2007',
  '2004-06-19',
  '301015Z DEC 07',
  '12/30/2007',
  '2009-07-04 10:15:00',
  '2005-02',
  '2010-01-01',
  '2003-05-05',
  '2009',
];

/** Report keys are picked from the corpus itself: this many, spread evenly through it, plus tracking numbers. */
export const REPORT_KEYS = 16;
export const TRACKING_NUMBERS = 4;

/**
 * What /ask is asked: 100 questions in askers' own words over every family of report the War Diary holds (contacts,
 * indirect fire, IEDs, caches, medevacs, SAFIREs, threats, detentions, shuras, accidents, the article's Iran reports),
 * plain and chat-style. A hundred so that the p99 is a percentile (the slowest answer but one), not the slowest of a few.
 */
export const QUESTIONS = [
  'who attacked the convoy in Kandahar?',
  'how many IEDs were found in Helmand?',
  'where did the suicide bomber attack?',
  'what happened at FOB Salerno?',
  'who was killed by the IED?',
  'what weapons were in the cache?',
  'who went to North Korea?',
  'why did the patrol fire warning shots?',
  'where was the convoy ambushed on highway 1?',
  'how many insurgents attacked the checkpoint?',
  'who called in close air support during the TIC?',
  'when did the TIC close?',
  'what did the enemy use to block the road?',
  'how many rockets hit the FOB?',
  'where did the mortar rounds land?',
  'who tracked the men leaving the point of origin?',
  'what kind of IED hit the patrol?',
  'how was the IED set off?',
  'where was the roadside bomb found?',
  'who found the cache near the village?',
  'what was in the weapons cache?',
  'how many RPGs were in the cache?',
  'where were the wounded soldiers flown to?',
  'which hospital treated the injured?',
  'how badly was the soldier hurt?',
  'when did the medevac helicopter arrive?',
  'who shot at the helicopters?',
  'how high was the aircraft flying when it was hit?',
  'what did the crew see before the aircraft took evasive action?',
  'where did the SAFIRE come from?',
  'who fired the RPG at the Chinook?',
  'which aircraft came on station?',
  'why did the convoy stop?',
  'what was the sniper aiming at?',
  'where did the sniper shot come from?',
  'who was murdered in the village?',
  'who kidnapped the district governor?',
  'why was the chief of police attacked?',
  'which official was threatened?',
  'what did the night letter say?',
  'who is planning attacks on the district center?',
  'where are the Taliban planning to attack?',
  'how many fighters attacked the ANP checkpoint?',
  'how long did the attack last?',
  'who asked for the quick reaction force?',
  'which unit was hit by the suicide car bomb?',
  'how many civilians were killed in the blast?',
  'where did the VBIED go off?',
  'what were the detainees transferred for?',
  'how many detainees are held at the BTIF?',
  'who brought the detainees in?',
  'when was the detainee released?',
  'why was the vehicle searched at the checkpoint?',
  'what did the patrol find in the car?',
  'who was arrested with the explosives?',
  'where did the ANA patrol go?',
  'which village did the shura take place in?',
  'what did the elders ask for at the shura?',
  'who met with the district governor?',
  'how many people came to the meeting?',
  'what was the road like where the truck rolled over?',
  'how many soldiers were hurt in the rollover?',
  'where did the vehicle roll over?',
  'why did the vehicle go off the road?',
  'who recovered the broken vehicle?',
  'when did EOD destroy the device?',
  'what did EOD do with the mortar round?',
  'where did EOD blow up the rockets?',
  'how many UXO were found?',
  'who handed in the weapons?',
  'what was the local man paid for the cache?',
  'is there any report of Iranian weapons in Afghanistan?',
  'where did the Iranian C4 come from?',
  'which al Qaeda leader are the Arabs linked to?',
  'how much was the weapons deal worth?',
  'when is the shipment from North Korea due?',
  'who is supplying the insurgents with weapons?',
  'what is Iran doing in Afghanistan?',
  'did the Taliban get missiles from Iran?',
  'any idea who hit the patrol near the wadi?',
  'quick q: when did the rockets hit Camp Bastion?',
  'anyone know how many ANP got killed at the CP?',
  'where did the guys who fired the mortars run off to?',
  'what time did the qrf leave the fob?',
  'who got hurt when the humvee hit the mine?',
  'how many taliban were killed in the firefight?',
  'what did the drone see at the compound?',
  'who was the target of the raid?',
  'where was the high value target captured?',
  'what did the search of the compound turn up?',
  'how many weapons did the raid find?',
  'who was shooting from the tree line?',
  'which route was the logistics convoy on?',
  'why were the contractors attacked?',
  'where was the fuel truck burned?',
  'how many trucks were destroyed?',
  'who escorted the convoy?',
  'what happened to the interpreter?',
  'Which units reported troops in contact in Kunar in 2008?',
  'Who warned the ANP about the planned attack?',
];

export const QUICK = { autocomplete: 6, dates: 4, keys: 4, questions: 2 };
