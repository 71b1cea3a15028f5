/**
 * The term index (src/search/postings.ts) and its scorer are ours, but its
 * scores must be MiniSearch's: over the real War Diary sample and the article
 * corpus, MiniSearch's own addAll and search, given the same analysed fields
 * and the same leaves (src/search/leaves.ts), are the reference.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MiniSearch, { type Query } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Report } from '../src/corpus/model.ts';
import { SHIPPED_CORPUS } from '../src/open.ts';
import { loadGlossary, type Glossary } from '../src/search/glossary.ts';
import { analyseReports, FIELDS, restoreIndex, termsOf, type SearchIndex } from '../src/search/index.ts';
import { ATTESTED, leavesOf } from '../src/search/leaves.ts';
import { countPostings, Postings, type PostingsData } from '../src/search/postings.ts';
import { parseQuery, type ParsedQuery, type QueryUnit } from '../src/search/query.ts';
import { candidatesOf } from '../src/search/covering.ts';
import { countIn, forEachIn } from '../src/search/list-bits.ts';
import { planOf } from '../src/search/plan.ts';
import { listsOf, matchedFor, searchReports, unitOrdersMaking, wordReports } from '../src/search/rank.ts';
import { HEAD, unitKey, unitOrdersOf } from '../src/search/unit-orders.ts';
import { stemmerFor, stemOf } from '../src/search/text.ts';
import { filtersOf } from '../src/desk/filters.ts';
import { writeMashupCsv } from './fixtures/mashup.ts';

let dir: string;
let reports: Report[];
let glossary: Glossary;
let index: SearchIndex;
let reference: MiniSearch<Report>;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postings-'));
  const csv = path.join(dir, 'mashup.csv');
  await writeMashupCsv(csv);
  reports = (await loadCorpus([csv, SHIPPED_CORPUS])).reports;
  glossary = loadGlossary();
  index = restoreIndex(reports, analyseReports(reports, glossary), glossary);
  reference = referenceIndex();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The same reports indexed by MiniSearch's own add(), field by field, from the same analysed terms. */
function referenceIndex(): MiniSearch<Report> {
  const terms = new Map(reports.map((r) => [r.id, termsOf(r, glossary)]));
  const mini = new MiniSearch<Report>({
    fields: [...FIELDS],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    extractField: (r, field) =>
      field === 'id' ? r.id : terms.get(r.id)![FIELDS.indexOf(field as (typeof FIELDS)[number])]!.join(' '),
    searchOptions: { tokenize: (s) => [s], processTerm: (s) => s },
  });
  mini.addAll(reports);
  return mini;
}

/** A unit's leaves as a MiniSearch query: each leaf a term, its fields and boosts, and its edit distance. */
function asMiniSearch(unit: QueryUnit): Query {
  return {
    combineWith: 'OR',
    queries: leavesOf(unit, (word) => wordReports(index, word)).leaves.map((leaf) => ({
      queries: [leaf.term],
      fields: leaf.fields.map(([field]) => FIELDS[field]!),
      boost: Object.fromEntries(leaf.fields.map(([field, boost]) => [FIELDS[field]!, boost])),
      fuzzy: leaf.maxEdits || false,
    })),
  };
}

const oneUnit = (unit: QueryUnit): ParsedQuery => ({ text: '', units: [unit], phrases: [] });
/** Our scores for one unit, every report it matches. */
const ours = (unit: QueryUnit) =>
  new Map(searchReports(index, oneUnit(unit), { limit: reports.length }).hits.map((h) => [h.report.id, h.score]));

const QUERIES = [
  'IED Kandahar',
  'troops in contact',
  'Iranian C4',
  'detainee',
  'Hekmatyar North Korea',
  'kandahr',
  'explosiv devise',
  'weapons caches',
  'Taliban fighters fled',
  'escalation of force',
];

describe('the scorer', () => {
  it('scores every unit as MiniSearch scores its leaves over the same documents, and matches the same words', () => {
    for (const text of QUERIES) {
      for (const unit of parseQuery(text, glossary).units) {
        const want = reference.search(asMiniSearch(unit));
        const got = ours(unit);
        expect(want.length, text).toBeGreaterThan(0);
        expect([...got.keys()].sort(), text).toEqual(want.map((r) => r.id as string).sort());
        // The same expression, term for term, each posting's share kept to single precision.
        for (const r of want) expect(got.get(r.id)! / r.score, `${text}: ${r.id}`).toBeCloseTo(1, 6);
        // Words to highlight: every index word a leaf searching the reports' words reached, typos included.
        const words = leavesOf(unit, (word) => wordReports(index, word)).leaves.flatMap((leaf) =>
          leaf.fields.some(([field]) => field === 0)
            ? reference
                .search({ queries: [leaf.term], fields: ['exact'], fuzzy: leaf.maxEdits || false })
                .flatMap((r) => r.terms)
            : [],
        );
        expect([...matchedFor(index, oneUnit(unit)).exact].sort(), text).toEqual([...new Set(words)].sort());
      }
    }
  });

  it('searches related words in words and stems, at their weight of a concept’s boost, below the word', () => {
    const [killed] = parseQuery('killed', glossary).units as [QueryUnit];
    const related: QueryUnit = {
      ...killed,
      related: [
        { norm: 'dead', stem: 'dead', weight: 0.5 },
        { norm: 'wounded', stem: stemOf('wounded', glossary.protectedTerms), weight: 0.4 },
      ],
    };
    const leaves = leavesOf(related).leaves.filter(
      (l) => l.term === 'dead' || l.term === 'wound' || l.term === 'wounded',
    );
    // Words field 0, stems field 1; a concept's boost is 1.2.
    expect(leaves.map((l) => [l.term, l.fields, l.maxEdits])).toEqual([
      ['dead', [[0, 0.6]], 0],
      ['wounded', [[0, 0.48]], 0],
      [
        'wound',
        [
          [1, 0.48],
          [0, 0.48],
        ],
        0,
      ],
    ]);
    const plain = ours(killed);
    const widened = ours(related);
    const onlyRelated = [...widened.keys()].filter((id) => !plain.has(id));
    expect(onlyRelated.length).toBeGreaterThan(0);
    // The reference agrees on every score, related words included.
    for (const r of reference.search(asMiniSearch(related))) expect(widened.get(r.id)! / r.score).toBeCloseTo(1, 6);
    // A report holding only a related word never outranks one holding the word itself.
    const ranked = searchReports(index, oneUnit(related), { limit: reports.length }).hits.map((h) => h.report.id);
    const lastWithWord = Math.max(...[...plain.keys()].map((id) => ranked.indexOf(id)));
    expect(Math.min(...onlyRelated.map((id) => ranked.indexOf(id)))).toBeGreaterThan(lastWithWord);
    // Weights outside (0, 1) are not related words: nothing is added.
    const outside: QueryUnit = {
      ...killed,
      related: [
        { norm: 'dead', stem: 'dead', weight: 1 },
        { norm: 'dead', stem: 'dead', weight: Number.NaN },
      ],
    };
    expect(ours(outside)).toEqual(plain);
  });
});

describe('what the scorer looks up and keeps', () => {
  it('forgives typos in words the reports seldom hold, not in words they hold as typed in 20 reports or more', () => {
    const leafOf = (word: string) =>
      leavesOf(parseQuery(word, glossary).units[0]!, (w) => wordReports(index, w)).leaves[0]!;
    const long = index.vocabulary.filter(([w]) => /^[a-z]{8,}$/.test(w) && !glossary.protectedTerms.has(w));
    const common = long.find(([, n]) => n >= ATTESTED)![0];
    const rare = long.find(([, n]) => n < ATTESTED)![0];
    expect([leafOf(common).term, leafOf(common).maxEdits]).toEqual([common, 0]);
    expect([leafOf(rare).term, leafOf(rare).maxEdits]).toEqual([rare, 2]);
    expect(leafOf('kandahr').maxEdits).toBe(1);
  });

  it('returns only the best reports, and counts them all', () => {
    const keep = (p: number) => reports[p]!.id.startsWith('G');
    for (const text of [...QUERIES, 'IED found cleared', 'Kandahar police attack', '"small arms fire" Helmand']) {
      const query = parseQuery(text, glossary);
      const all = searchReports(index, query, { limit: reports.length });
      for (const limit of [1, 7, 30]) {
        const top = searchReports(index, query, { limit });
        expect(top.total, text).toBe(all.total);
        expect(top.hits, text).toEqual(all.hits.slice(0, limit));
      }
      expect(searchReports(index, query, { limit: 0 }), text).toMatchObject({ hits: [], total: all.total });
      const kept = all.hits.filter((h) => keep(h.position));
      expect(searchReports(index, query, { keep, limit: 5 }), text).toMatchObject({
        hits: kept.slice(0, 5),
        total: kept.length,
      });
    }
  });

  it('finds the reports with full credit in every unit of a query, and those matching any, as sets', () => {
    const { postings } = index;
    for (const text of [...QUERIES, 'IED found cleared', 'small arms fire']) {
      const query = parseQuery(text, glossary);
      const { full, any } = candidatesOf(index, planOf(index, query));
      const ids = (set: Int32Array) => {
        const found: string[] = [];
        forEachIn(set, (p) => found.push(reports[p]!.id));
        return found.sort();
      };
      const all = searchReports(index, query, { limit: reports.length }).hits;
      expect(ids(full), text).toEqual(
        all
          .filter((h) => h.coverage === 1)
          .map((h) => h.report.id)
          .sort(),
      );
      expect(ids(any), text).toEqual(all.map((h) => h.report.id).sort());
      expect(countIn(any), text).toBe(all.length);
    }
    // Long lists are read as bitsets of their own.
    expect(QUERIES.some((q) => listsOf(index, parseQuery(q, glossary)).some((at) => isLong(at)))).toBe(true);
    function isLong(at: number) {
      return postings.size(Math.floor(at / postings.fields), at % postings.fields) >= reports.length / 32;
    }
  });

  it('reads only the reports of a narrow date range, and ranks and counts them as reading every report does', () => {
    const days = reports.flatMap((r) => (r.date?.length === 10 ? [r.date] : [])).sort();
    const [first, middle, last] = [days[0]!, days[days.length >> 1]!, days.at(-1)!];
    const ranges = [
      { from: middle, to: middle },
      { from: middle.slice(0, 7), to: middle.slice(0, 7) },
      { from: last.slice(0, 7) },
      { to: first },
      { from: first.slice(0, 4), to: last.slice(0, 4) },
      { from: '1990', to: '1990' },
      { from: middle, to: middle, type: reports.find((r) => r.date === middle)!.type },
    ];
    const { keeper } = filtersOf(reports);
    let narrow = 0;
    for (const range of ranges) {
      const filter = keeper(range);
      if (!filter.ok) throw new Error(JSON.stringify(range));
      const { keep, among } = filter;
      const within = among?.();
      if (!within) continue;
      narrow++;
      const listed = new Set(within);
      expect(
        reports.every((_, p) => !keep!(p) || listed.has(p)),
        JSON.stringify(range),
      ).toBe(true);
      for (const text of ['IED Kandahar', 'attack', 'troops in contact', '"small arms fire"', 'Kandahr']) {
        const query = parseQuery(text, glossary);
        for (const limit of [0, 3, 100])
          expect(searchReports(index, query, { keep, among: within, limit }), text).toEqual(
            searchReports(index, query, { keep, limit }),
          );
      }
    }
    expect(narrow).toBeGreaterThanOrEqual(4);
  });
});

describe('units kept in rank order', () => {
  it('rank a query of one unit as scoring does, any page, filter or date range; scoring takes over past the head', () => {
    const days = reports.flatMap((r) => (r.date?.length === 10 ? [r.date] : [])).sort();
    const middle = days[days.length >> 1]!;
    const { keeper } = filtersOf(reports);
    const filters = [{}, { from: middle.slice(0, 4), to: middle.slice(0, 4) }, { from: middle, to: middle }];
    const texts = ['IED', 'Kandahar', 'attack', 'troops in contact', 'escalation of force', '"small arms fire"', 'ied'];
    const cases = texts.flatMap((text) =>
      filters.flatMap((range) => {
        const filter = keeper(range);
        if (!filter.ok) throw new Error(JSON.stringify(range));
        const { keep, among } = filter;
        return [0, 1, 7, 30, 250].map((limit) => ({ text, options: { keep, among: among?.(), limit } }));
      }),
    );
    const rank = () => cases.map(({ text, options }) => searchReports(index, parseQuery(text, glossary), options));
    const kept = unitOrdersOf(index);
    kept.clear();
    const scored = rank();
    for (const head of [3, HEAD]) {
      kept.clear();
      for (const step of unitOrdersMaking(index, head)) step();
      const keys = texts.map((text) => unitKey(planOf(index, parseQuery(text, glossary)).units[0]!));
      expect(keys.every((key) => key !== undefined && kept.has(key))).toBe(true);
      expect(rank()).toEqual(scored);
    }
    kept.clear();
  });
});

describe('near spellings', () => {
  it('are the terms SearchableMap finds within one, two and three edits, at the same distances, in the same order', () => {
    const { terms } = index.postings;
    const tree = new SearchableMap<number>();
    terms.forEach((term, id) => tree.set(term, id));
    // Words of every length, some as they are, most with a letter dropped, doubled, swapped or changed.
    const edits = [
      (w: string) => w,
      (w: string) => w.slice(1),
      (w: string) => w + w.at(-1),
      (w: string) => w.slice(0, 2) + w.slice(3, 4) + w.slice(2, 3) + w.slice(4),
      (w: string) => w.slice(0, 3) + 'é' + w.slice(4) + 'q',
    ];
    const words = terms.filter((_, id) => id % 29 === 0).map((term, i) => edits[i % edits.length]!(term));
    words.push('improvized', 'ambsuh', 'x'.repeat(70), 'x'.repeat(65) + 'yz');
    let found = 0;
    for (const word of words) {
      for (const maxEdits of [1, 2, 3]) {
        const near = [...tree.fuzzyGet(word, maxEdits).values()].filter(([, distance]) => distance > 0);
        expect(index.postings.near(word, maxEdits)).toEqual(near);
        found += near.length;
      }
    }
    expect(words.length).toBeGreaterThan(100);
    expect(found).toBeGreaterThan(words.length);
  });
});

describe('counting postings', () => {
  const documents = [
    [['ied', 'ied', 'kandahar'], []],
    [[], ['ied']],
    [['kandahar'], ['kandahar', 'abc']],
  ];

  it('counts a document once per term and field, terms in order, each list ascending', () => {
    const data = countPostings(documents, 2);
    expect(data.terms).toEqual(['abc', 'ied', 'kandahar']);
    // Lists: abc/0 abc/1 ied/0 ied/1 kandahar/0 kandahar/1.
    expect([...data.offsets]).toEqual([0, 0, 1, 2, 3, 5, 6]);
    expect([...data.docs]).toEqual([2, 0, 1, 0, 2, 2]);
  });

  it('gives each posting the BM25+ MiniSearch gives it, term frequency and field length included', () => {
    const data = countPostings(documents, 2);
    const mini = new MiniSearch<{ id: number; a: string; b: string }>({
      fields: ['a', 'b'],
      tokenize: (t) => t.split(' ').filter(Boolean),
    });
    mini.addAll(documents.map(([a, b], id) => ({ id, a: a!.join(' '), b: b!.join(' ') })));
    data.terms.forEach((term, id) => {
      for (const field of [0, 1]) {
        const want = new Map(mini.search(term, { fields: [field ? 'b' : 'a'] }).map((r) => [r.id as number, r.score]));
        const got = new Map(
          Array.from(data.docs.subarray(data.offsets[id * 2 + field], data.offsets[id * 2 + field + 1]), (doc, i) => [
            doc,
            data.impacts[data.offsets[id * 2 + field]! + i]!,
          ]),
        );
        expect([...got.keys()].sort(), `${term}/${field}`).toEqual([...want.keys()].sort());
        for (const [doc, score] of want) expect(got.get(doc)! / score, `${term}/${field}/${doc}`).toBeCloseTo(1, 6);
      }
    });
  });

  it('counts the terms of reports as termsOf gives them, word for word, Unicode and hostile text included', () => {
    const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
    const flat = ({ terms, offsets, docs, impacts, stems }: PostingsData) => ({
      terms,
      arrays: [offsets, docs, impacts, stems].map(bytes),
    });
    const stem = stemmerFor(glossary.protectedTerms);
    const want = countPostings(
      reports.map((r) => termsOf(r, glossary)),
      FIELDS.length,
      stem,
    );
    expect(flat(analyseReports(reports, glossary).postings)).toEqual(flat(want));
  });

  it('counts a word repeated 70,000 times', () => {
    const data = countPostings([[Array<string>(70_000).fill('ied')], [['ied']]], 1);
    expect(data.impacts[0]).toBeGreaterThan(data.impacts[1]!);
  });
});

describe('postings that do not make an index are refused, never loaded in part', () => {
  const good = (): PostingsData =>
    countPostings(
      [
        [['ied', 'kandahar'], ['ied']],
        [['ied'], []],
      ],
      2,
    );
  it('loads good postings', () => {
    const postings = new Postings(good(), 2, 2);
    expect([postings.id('ied'), postings.id('kandahar'), postings.id('x')]).toEqual([0, 1, undefined]);
    expect(postings.size(0, 0)).toBe(2);
  });

  it.each<[string, (d: PostingsData) => void]>([
    ['terms out of order', (d) => d.terms.reverse()],
    ['a term twice', (d) => (d.terms[1] = 'ied')],
    ['a term that is no string', (d) => ((d.terms as unknown[])[0] = 7)],
    ['too few offsets', (d) => (d.offsets = d.offsets.subarray(1))],
    ['offsets past the postings', (d) => (d.offsets[d.offsets.length - 1] = 99)],
    ['offsets going back', (d) => ((d.offsets[1] = 3), (d.offsets[2] = 1))],
    ['a report past the last', (d) => (d.docs[0] = 2)],
    ['a negative report', (d) => (d.docs[0] = -1)],
    ['reports out of order', (d) => ((d.docs[0] = 1), (d.docs[1] = 0))],
    ['a report twice in a list', (d) => (d.docs[1] = d.docs[0]!)],
    ['a score of zero', (d) => (d.impacts[0] = 0)],
    ['a score that is no number', (d) => (d.impacts[0] = Number.NaN)],
    ['an infinite score', (d) => (d.impacts[0] = Infinity)],
    ['fewer scores than postings', (d) => (d.impacts = d.impacts.subarray(1))],
    ['a stem that is no term', (d) => (d.stems[0] = 9)],
    ['fewer stems than terms', (d) => (d.stems = d.stems.subarray(1))],
  ])('%s', (_, edit) => {
    const data = good();
    edit(data);
    expect(() => new Postings(data, 2, 2)).toThrow();
  });
});

describe('what the index counts for answers and autocomplete', () => {
  it('counts a report once for a word found as itself, as a stem and as a concept', () => {
    // Brute force: reports whose exact, stem or concept terms hold the key.
    for (const key of ['ied', 'weapon', 'kandahar', 'iran']) {
      const expected = reports.filter((r) =>
        termsOf(r, glossary)
          .slice(0, 3)
          .some((terms) => terms.includes(key)),
      ).length;
      expect(index.docFrequency.get(key) ?? 0, key).toBe(expected);
    }
    expect(index.docFrequency.get('zebracorn')).toBeUndefined();
    const vocabulary = new Map(index.vocabulary);
    expect(vocabulary.get('kandahar')).toBe(
      reports.filter((r) => termsOf(r, glossary)[0]!.includes('kandahar')).length,
    );
    expect(index.vocabulary.map(([w]) => w)).toEqual(index.vocabulary.map(([w]) => w).sort());
  });
});
