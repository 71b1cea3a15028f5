/**
 * Relevance over the shipped corpus: what a user types, and the report they should get.
 * The index is built once; every case is a query a reader of the article could ask.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Desk, Hit, SearchRequest } from '../src/desk.ts';
import { createDesk } from '../src/desk/memory.ts';
import { openIndex } from '../src/open.ts';
import { deskErrorText, NOTE_TEXT } from '../src/render/errors.ts';
import { analyseReports, restoreIndex, type SearchIndex } from '../src/search/index.ts';
import { worded } from './worded.ts';

const C4 = 'ws-2007-12-30-iranian-c4';
const AGENTS = 'ws-2006-06-03-iranian-agents';
const TEHERAN = 'ws-2006-10-20-transports-to-teheran';
const KANDAHAR = 'ws-2007-04-22-iranian-weapons-kandahar';
const HERAT = 'ws-2008-09-arabs-and-iranians-in-herat';
const NORTH_KOREA = 'ws-north-korea-weapons-deal';

let desk: Desk;
let index: SearchIndex;
beforeAll(async () => {
  // No saved index: the test neither reads one a previous run left nor writes into the corpus folder.
  ({ index } = await openIndex({ cache: false }));
  desk = createDesk(index);
});

async function search(query: string, filters: Omit<SearchRequest, 'query'> = {}) {
  const outcome = await desk.search({ query, ...filters });
  if (!outcome.ok) throw new Error(`search "${query}" failed: ${deskErrorText(outcome.error)}`);
  return outcome;
}
const ids = (hits: Hit[]) => hits.map((h) => h.report.id);
const marked = (hit: Hit) => hit.excerpt.highlights.map(([s, e]) => hit.excerpt.text.slice(s, e));

describe('search: the issue’s matching rules', () => {
  it.each([
    ['Hezb-e-Islami', AGENTS, 'HIG'],
    ['IRGC', HERAT, 'SEPAH-E-PASDARAN'],
    ['Revolutionary Guard', HERAT, 'SEPAH-E-PASDARAN'],
    ['Tehran', TEHERAN, 'TEHERAN'],
    ['Lashkar Gah', C4, 'LashKarGah'],
    ['bomber', C4, 'bombers'],
    ['Osama bin Laden', HERAT, 'OSAMA BIN LADEN'],
    ['OBL', HERAT, 'OSAMA BIN LADEN'],
    ['Sepah', HERAT, 'SEPAH-E-PASDARAN'],
    ['Qandahar', KANDAHAR, 'Kandahar'],
    ['TB', AGENTS, 'TB'],
    ['MOI', C4, 'MOI'],
  ])('"%s" finds %s first, highlighting "%s"', async (query, id, highlighted) => {
    const [first] = (await search(query)).results;
    expect(first?.report.id).toBe(id);
    expect(marked(first!)).toContain(highlighted);
  });

  it('"Taliban" finds the report that says TB', async () => {
    const hit = (await search('Taliban')).results.find((h) => h.report.id === AGENTS);
    expect(hit).toBeDefined();
    expect(marked(hit!)).toContain('TB');
  });

  it('"Taliban": passages that say Taliban rank above the one that says TB', async () => {
    const results = (await search('Taliban')).results;
    const tb = results.findIndex((h) => h.report.id === AGENTS);
    const literal = results.filter((h) => marked(h).includes('Taliban'));
    expect(literal.length).toBeGreaterThan(0);
    for (const hit of literal) expect(results.indexOf(hit)).toBeLessThan(tb);
  });

  it('"al Qaeda" finds the report that says Al-Qaeda', async () => {
    const hit = (await search('al Qaeda')).results.find((h) => h.report.id === C4);
    expect(hit && marked(hit)).toContain('Al-Qaeda');
  });

  it('"weapon" finds both reports that say weapons', async () => {
    const results = (await search('weapon')).results;
    expect(ids(results).slice(0, 2).sort()).toEqual([KANDAHAR, NORTH_KOREA].sort());
    for (const hit of results.slice(0, 2)) expect(marked(hit)).toContain('weapons');
  });

  it('exact words rank above their stems: "Iranians" puts the reports saying Iranians first', async () => {
    const results = (await search('Iranians')).results;
    expect(ids(results).slice(0, 2).sort()).toEqual([HERAT, TEHERAN].sort());
  });

  it('"Iranian C4" in quotes ranks the C4 report first', async () => {
    const outcome = await search('"Iranian C4"');
    expect(outcome.results[0]?.report.id).toBe(C4);
    expect(marked(outcome.results[0]!)).toEqual(['Iranian', 'C4']);
  });
});

describe('search: one query, one report at rank 1', () => {
  it.each([
    ['North Korea', NORTH_KOREA],
    ['Dr Amin', NORTH_KOREA],
    ['Hekmatyar', NORTH_KOREA],
    ['undetermined amount of money', NORTH_KOREA],
    ['shipment', NORTH_KOREA],
    ['Kandahar', KANDAHAR],
    ['foreign ministry', KANDAHAR],
    ['MFA', KANDAHAR],
    ['Ahmadinejad', KANDAHAR],
    ['HUMINT', HERAT],
    ['human intelligence', HERAT],
    ['Italian troops', HERAT],
    ['Al Mansour', HERAT],
    ['Herat', HERAT],
    ['propaganda', AGENTS],
    ['assumed identities', AGENTS],
    ['injured people', TEHERAN],
    ['Interior Ministry', C4],
    ['92% probability', C4],
    ['cache', C4],
    ['suicide bombers explosive vests', C4],
    ['provenance', 'ws-commentary-09'],
    ['collaboration between Iran and al Qaeda', 'ws-commentary-13'],
    ['corroborating evidence', 'ws-commentary-02'],
  ])('"%s" → %s', async (query, id) => {
    expect((await search(query)).results[0]?.report.id).toBe(id);
  });

  it.each([
    ['ISAF', [HERAT, 'ws-commentary-07']],
    ['coalition forces', [AGENTS, C4]],
    ['GIRoA', [HERAT]],
  ])('"%s" finds %j within the top 3', async (query, expected) => {
    const top = ids((await search(query)).results.slice(0, 3));
    for (const id of expected) expect(top).toContain(id);
  });

  it('gives each report once, with a positive score, best first', async () => {
    const results = (await search('Iranian')).results;
    expect(new Set(ids(results)).size).toBe(results.length);
    for (const h of results) expect(h.score).toBeGreaterThan(0);
  });

  it('forgives a typo in a long word', async () => {
    expect(ids((await search('Talibn')).results)).toContain(C4);
    expect(ids((await search('weapns')).results)).toContain(KANDAHAR);
  });

  it('suggests a near word when a misspelling finds nothing: "Iranain"', async () => {
    const outcome = await search('Iranain');
    const found = ids(outcome.results).some((id) => id.includes('iranian'));
    expect(found || outcome.suggestions.includes('iranian')).toBe(true);
  });

  it('has no results and no suggestions for a word nothing resembles', async () => {
    expect(await search('zzzqqq')).toMatchObject({ results: [], total: 0, suggestions: [] });
  });
});

describe('search: filters', () => {
  it('from/to narrow the results to the dates given', async () => {
    expect(ids((await search('Iranian', { from: '2007', to: '2007' })).results).sort()).toEqual([KANDAHAR, C4].sort());
    expect(ids((await search('Iranians', { from: 'Sep 2008' })).results)).toEqual([HERAT]);
    expect(ids((await search('Iranians', { to: '2006-12-31' })).results)).toEqual([TEHERAN, AGENTS]);
  });

  it('a month-precision report counts as inside a range that overlaps its month', async () => {
    expect(ids((await search('Arabs', { from: '2008-09-15', to: '2008-09-15' })).results)).toEqual([HERAT]);
    expect((await search('Arabs', { to: '2008-08-31' })).results).toEqual([]);
  });

  it('type narrows by the report’s type, ignoring case', async () => {
    expect(ids((await search('Iranian', { type: 'Document' })).results).sort()).toEqual([KANDAHAR, C4].sort());
    expect(ids((await search('Iranians', { type: 'humint' })).results)).toEqual([HERAT]);
  });

  it('dated filters leave out undated reports and commentary', async () => {
    const results = (await search('Iranian', { from: '2000' })).results;
    expect(results.length).toBeGreaterThan(0);
    for (const h of results) expect(h.report.date).not.toBeNull();
  });

  it('filters alone list the matching reports, newest first', async () => {
    const outcome = await search('', { from: '2007' });
    expect(ids(outcome.results)).toEqual([HERAT, C4, KANDAHAR]);
    expect(outcome.total).toBe(3);
    expect(ids((await search('   ', { type: 'threat report' })).results)).toEqual([HERAT, TEHERAN, AGENTS]);
  });

  it('says how many match without the filters when they hide every match, and offers no word for it', async () => {
    const outcome = await search('C4', { from: '2008' });
    expect(outcome.results).toEqual([]);
    expect(outcome.outsideFilters).toBe(1);
    expect(outcome.filters).toEqual({ from: '2008' });
    expect(outcome.suggestions).toEqual([]);
  });

  it('an unknown filter value is an error naming the nearest values, never a suggestion', async () => {
    const nearest = '"threat report" (2), "HUMINT threat report" (1), "report" (1), "document" (2)';
    const message = `No report has the type "thret". The nearest type values: ${nearest}.`;
    const outcome = await desk.search({ query: 'C4', type: 'thret' });
    expect(worded(outcome)).toEqual({ ok: false, error: { code: 'unknown_filter', message } });
    // A value some report's value contains is known: "threat" finds both kinds of threat report.
    expect((await search('', { type: 'THREAT' })).total).toBe(3);
    // The article's reports have no category at all.
    expect(worded(await desk.search({ query: '', category: 'IED Explosion' }))).toMatchObject({
      ok: false,
      error: { code: 'unknown_filter', message: 'No report has a category: drop the category filter.' },
    });
  });

  it('an invalid from date is an error result, not a throw', async () => {
    const outcome = await desk.search({ query: 'Iranian', from: 'yesterday' });
    expect(worded(outcome)).toMatchObject({
      ok: false,
      error: { code: 'invalid_date', message: expect.stringMatching(/^from: "yesterday" is not a date/) },
    });
  });

  it('from after to is an error result', async () => {
    expect(await desk.search({ query: 'Iranian', from: '2008', to: '2007' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_range' },
    });
  });

  it('a limit outside 1–100 or a negative offset is an error result', async () => {
    for (const limit of [0, 101, 1.5])
      expect(await desk.search({ query: 'Iranian', limit })).toMatchObject({
        ok: false,
        error: { code: 'invalid_limit' },
      });
    expect(await desk.search({ query: 'Iranian', offset: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_limit' },
    });
  });

  it('limit and offset page through the same ranking', async () => {
    const all = ids((await search('Iranian')).results);
    const page2 = await search('Iranian', { limit: 3, offset: 3 });
    expect(ids(page2.results)).toEqual(all.slice(3, 6));
    expect(page2.total).toBe(all.length);
  });
});

describe('ask', () => {
  async function ask(question: string) {
    const outcome = await desk.ask(question);
    if (!outcome.ok) throw new Error(`ask "${question}" failed: ${deskErrorText(outcome.error)}`);
    return outcome;
  }

  it('"How sure were the tests that the explosive was Iranian?" quotes the 92% match from the C4 report', async () => {
    const { answer, results } = await ask('How sure were the tests that the explosive was Iranian?');
    expect(answer?.text).toContain('92% probability');
    expect(answer?.report.id).toBe(C4);
    expect(results[0]?.report.id).toBe(C4);
  });

  it('"What explosive was found in the suicide vests?" asks for no kind of answer: the 92% match comes first among the closest passages, not as the answer', async () => {
    const { answer, results } = await ask('What explosive was found in the suicide vests?');
    expect(answer).toBeNull();
    expect(results[0]?.report.id).toBe(C4);
    expect(results[0]?.passage?.text).toContain('92% probability');
  });

  it('"What was the name?" names nothing to look for: no sentence is quoted for it', async () => {
    for (const question of ['What was the name?', `What was the name of ${'the '.repeat(100)}?`]) {
      const { answer } = await ask(question);
      expect(answer, question).toBeNull();
    }
  });

  it('"Where did Hekmatyar go?" is answered by "Hekmatyar went to Konar": an irregular verb meets its base form', async () => {
    const { answer } = await ask('Where did Hekmatyar go?');
    expect(answer?.report.id).toBe(NORTH_KOREA);
    expect(answer?.text).toContain('Hekmatyar went to Konar');
    // Searching for the base form highlights the irregular one.
    const found = await desk.search({ query: 'Hekmatyar go', limit: 1 });
    if (!found.ok) throw new Error(deskErrorText(found.error));
    const { text, highlights } = found.results[0]!.excerpt;
    expect(highlights.map(([s, e]) => text.slice(s, e))).toContain('went');
  });

  it('finds the answering sentence even when its passage names a longer concept across the sentence boundary', async () => {
    // The passage reads "Iranian. Revolutionary Guard" as the IRGC; the first sentence alone says Iranian.
    const text =
      'The rockets smuggled into Herat were Iranian. Revolutionary Guard officers handed them over at the border.';
    const reports = [
      ...index.order,
      { ...index.order[0]!, id: 'rockets-at-herat', title: 'Rockets at Herat', quotes: [text], paraphrase: [] },
    ];
    const withIt = createDesk(restoreIndex(reports, analyseReports(reports, index.glossary), index.glossary));
    const outcome = await withIt.ask('Where were the Iranian rockets smuggled?');
    expect(outcome.ok && outcome.answer?.text).toBe('The rockets smuggled into Herat were Iranian.');
  });

  it('"Who went to North Korea?" names Dr Amin and Hekmatyar from the North Korea report', async () => {
    const { answer } = await ask('Who went to North Korea?');
    expect(answer?.report.id).toBe(NORTH_KOREA);
    expect(answer?.text).toContain('Dr Amin');
    expect(answer?.text).toContain('Hekmatyar');
  });

  it.each([
    ['Who are the seven Arabs tied with?', HERAT, 'AL MANSOUR'],
    ['What unit do the four Iranians belong to?', HERAT, 'SEPAH-E-PASDARAN'],
    ['Where were the Iranian-made weapons found?', KANDAHAR, 'Kandahar'],
    ['Where were injured people transported?', TEHERAN, 'TEHERAN'],
    ['Who is helping HIG and TB?', AGENTS, 'terrorist attacks'],
  ])('"%s" is answered from %s', async (question, id, says) => {
    const { answer } = await ask(question);
    expect(answer?.report.id).toBe(id);
    expect(answer?.text).toContain(says);
  });

  it('reads a misspelt name as the word a report holds, and says so', async () => {
    const misspelt = await ask('Where did Hekmatyer go?');
    expect(misspelt.corrected).toEqual([{ typed: 'Hekmatyer', read: 'hekmatyar' }]);
    expect(misspelt.answer?.text).toContain('Hekmatyar went to Konar');
  });

  it('quotes the corpus word for word', async () => {
    const { answer } = await ask('Who went to North Korea?');
    expect(answer?.passage.text).toContain(answer!.text);
  });

  it('answers null, with no passages, when nothing in the corpus relates', async () => {
    expect(await ask('What is the capital of France?')).toMatchObject({ answer: null, results: [] });
  });

  it('is an error result for a question with no words', async () => {
    expect(await desk.ask('?!')).toMatchObject({ ok: false, error: { code: 'empty_query' } });
  });
});

describe('report: by date and by id', () => {
  async function report(input: string) {
    const outcome = await desk.report(input);
    if (!outcome.ok) throw new Error(`report "${input}" failed: ${deskErrorText(outcome.error)}`);
    return outcome;
  }

  it.each([['2007-12-30'], ['30 Dec 2007'], ['December 30, 2007'], ['2007-12-30 10:15:00'], ['12/30/2007']])(
    '%s lists the C4 report (day)',
    async (input) => {
      const outcome = await report(input);
      expect(ids(outcome.results)).toEqual([C4]);
      expect(outcome.matchedAs).toMatchObject({ kind: 'date', date: { precision: 'day', label: '2007-12-30' } });
      expect(outcome.results[0]?.note).toBeUndefined();
    },
  );

  it.each([['2007-12'], ['Dec 2007']])('%s lists the C4 report (month)', async (input) => {
    const outcome = await report(input);
    expect(ids(outcome.results)).toEqual([C4]);
    expect(outcome.matchedAs).toMatchObject({ kind: 'date', date: { precision: 'month' } });
  });

  it('2007 lists the two reports of that year, oldest first', async () => {
    const outcome = await report('2007');
    expect(ids(outcome.results)).toEqual([KANDAHAR, C4]);
    expect(outcome.matchedAs).toMatchObject({ kind: 'date', date: { precision: 'year' } });
  });

  it('a DTG finds the report of its day', async () => {
    expect(ids((await report('201530Z OCT 06')).results)).toEqual([TEHERAN]);
  });

  it('2008-09-15 lists the Herat report, noting that its day is not given', async () => {
    const outcome = await report('2008-09-15');
    expect(ids(outcome.results)).toEqual([HERAT]);
    const note = outcome.results[0]?.note;
    expect(note && NOTE_TEXT[note]).toBe('same month, day not given');
  });

  it('2008-09 lists the Herat report as a plain match', async () => {
    const outcome = await report('2008-09');
    expect(ids(outcome.results)).toEqual([HERAT]);
    expect(outcome.results[0]?.note).toBeUndefined();
  });

  it('2005-01-01 has no results; the nearest is the first report, 2006-06-03', async () => {
    const outcome = await report('2005-01-01');
    expect(outcome.results).toEqual([]);
    expect(ids(outcome.nearest)).toEqual([AGENTS]);
  });

  it('2010-01-01 has no results; the nearest before is the September 2008 report', async () => {
    const outcome = await report('2010-01-01');
    expect(outcome.results).toEqual([]);
    expect(ids(outcome.nearest)).toEqual([HERAT]);
  });

  it('a date between reports gives the nearest before and after', async () => {
    expect(ids((await report('2007-06')).nearest)).toEqual([KANDAHAR, C4]);
  });

  it('pages the reports of a date: a page of them, with the total and where the page starts', async () => {
    const first = await desk.report('2007', { limit: 1 });
    const second = await desk.report('2007', { limit: 1, offset: 1 });
    expect(first).toMatchObject({ ok: true, total: 2, offset: 0 });
    expect(second).toMatchObject({ ok: true, total: 2, offset: 1 });
    if (!first.ok || !second.ok) return;
    expect([...ids(first.results), ...ids(second.results)]).toEqual([KANDAHAR, C4]);
    expect(await desk.report('2007', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_limit' } });
    expect(await desk.report('2007', { offset: -1 })).toMatchObject({ ok: false, error: { code: 'invalid_limit' } });
  });

  it('the nearest before is the closest report, even in the same month as the date asked', async () => {
    expect(ids((await report('2007-12-31')).nearest)).toEqual([C4, HERAT]);
    expect(ids((await report('2007-12-29')).nearest)).toEqual([KANDAHAR, C4]);
    expect(ids((await report('2008-08-31')).nearest)).toEqual([C4, HERAT]);
  });

  it('finds a report by id, ignoring case, commentary included', async () => {
    expect(await report(NORTH_KOREA)).toMatchObject({ matchedAs: { kind: 'id' } });
    expect(ids((await report(NORTH_KOREA)).results)).toEqual([NORTH_KOREA]);
    expect(ids((await report(NORTH_KOREA.toUpperCase())).results)).toEqual([NORTH_KOREA]);
    expect(ids((await report('ws-commentary-02')).results)).toEqual(['ws-commentary-02']);
  });

  it('shows the whole report: every quote', async () => {
    const [hit] = (await report(C4)).results;
    for (const quote of hit!.report.quotes) expect(hit!.excerpt.text).toContain(quote);
  });

  it('an unreadable date is an error result naming the accepted forms', async () => {
    expect(worded(await desk.report('yesterday'))).toMatchObject({
      ok: false,
      error: { code: 'invalid_date', message: expect.stringContaining('2007-12-30') },
    });
    expect(worded(await desk.report('2007-02-30'))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('February 2007 has 28 days') },
    });
  });
});

describe('hostile input never throws', () => {
  const hostile: [string, string][] = [
    ['empty', ''],
    ['spaces', '   '],
    ['a lone quote', '"'],
    ['open parentheses', '(((('],
    ['2,000 characters of words', 'Iranian weapons Taliban '.repeat(84).slice(0, 2000)],
    ['2,000 emoji', '💣'.repeat(2000)],
    ['@everyone', '@everyone'],
    ['markdown', '*_~|>'],
    ['SQL injection', "'; DROP TABLE reports; -- 1' OR '1'='1"],
    ['null bytes', 'Iranian\0C4\0'],
    ['only null bytes', '\0\0\0'],
    ['operators', 'AND OR NOT - + * ( ) : ~ ^'],
    ['RTL override', '\u202eTaliban'],
    ['100,000 characters', 'x'.repeat(100_000)],
    ['a lone surrogate', '\ud83d Herat'],
  ];

  it.each(hostile)('search, ask and report answer %s with results or an error result', async (_, input) => {
    for (const outcome of [await desk.search({ query: input }), await desk.ask(input), await desk.report(input)]) {
      if (outcome.ok) expect(Array.isArray(outcome.results)).toBe(true);
      else expect(deskErrorText(outcome.error).length).toBeGreaterThan(0);
    }
  });

  it('reads the words in a noisy query', async () => {
    expect(ids((await search('Iranian\0C4\0')).results)[0]).toBe(C4);
    expect(ids((await search('((Herat))')).results)).toEqual([HERAT]);
  });

  it('does not echo more than the query cap back', async () => {
    const outcome = await search('Herat '.repeat(10_000));
    expect(outcome.query.length).toBeLessThanOrEqual(2000);
    expect(ids(outcome.results)).toEqual([HERAT]);
  });
});
