/**
 * The searches a desk runs on itself once open (src/desk/warm-up.ts), over a
 * real index of the real War Diary sample and of an empty corpus: every kind of
 * search users make is among them, every one is answered (none refused), and
 * they are made of the corpus's own words.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filtersOf } from '../src/desk/filters.ts';
import { warmUpQuestions, warmUpSearches } from '../src/desk/warm-up.ts';
import { openIndex } from '../src/open.ts';
import type { SearchIndex } from '../src/search/index.ts';
import { createDesk } from '../src/desk/memory.ts';
import { writeMashupCsv } from './fixtures/mashup.ts';

let dir: string;
let index: SearchIndex;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'warm-up-'));
  const mashup = path.join(dir, 'mashup.csv');
  await writeMashupCsv(mashup);
  ({ index } = await openIndex({ corpus: [mashup], cache: false, allowRejects: true }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('warmUpSearches', () => {
  it('searches as users do, with words the reports hold, and the desk answers every one', async () => {
    const requests = warmUpSearches(index, filtersOf(index.order).facets, ['2007', '2009']);
    const words = new Set(index.vocabulary.map(([word]) => word));
    const plain = requests.filter((r) => r.query && !r.query.includes(' ') && !r.from && !r.offset);
    expect(plain.some((r) => words.has(r.query))).toBe(true);
    // Two and three words, a quoted phrase, dates, a filter alone, a next page, pages further in, a misspelling.
    expect(requests.some((r) => r.query.trim().split(' ').length >= 3)).toBe(true);
    expect(requests.some((r) => r.query.startsWith('"'))).toBe(true);
    expect(requests.some((r) => r.from === '2007' && r.to === '2007')).toBe(true);
    expect(requests.some((r) => r.query === '' && r.category)).toBe(true);
    expect(requests.some((r) => r.offset === 5)).toBe(true);
    expect(requests.filter((r) => (r.offset ?? 0) >= 10).length).toBeGreaterThanOrEqual(20);
    expect(plain.some((r) => !words.has(r.query.toLowerCase()))).toBe(true);
    const desk = createDesk(index);
    for (const request of requests) expect((await desk.search(request)).ok, JSON.stringify(request)).toBe(true);
  });

  it('of an empty corpus: no words of its own, no filter, and every search made is answered', async () => {
    const csv = path.join(dir, 'empty.csv');
    await writeFile(csv, '');
    const { index: empty } = await openIndex({ corpus: [csv], cache: false, allowRejects: true });
    const requests = warmUpSearches(empty, filtersOf(empty.order).facets, []);
    expect(requests.every((r) => !r.category && !r.from)).toBe(true);
    const desk = createDesk(empty);
    for (const request of requests) expect((await desk.search(request)).ok, JSON.stringify(request)).toBe(true);
  });
});

describe('warmUpQuestions', () => {
  it("asks each kind of question the answerer reads, about the corpus's words, and every one is answered", async () => {
    const questions = warmUpQuestions(index);
    for (const wh of ['who', 'where', 'when', 'how many', 'what', 'why']) {
      expect(questions.some((q) => q.startsWith(`${wh} `))).toBe(true);
    }
    const words = new Set(index.vocabulary.map(([word]) => word));
    expect(questions.every((q) => q.split(/[ ?]/).some((w) => words.has(w) && w.length >= 4))).toBe(true);
    const desk = createDesk(index);
    for (const question of questions) expect((await desk.ask(question)).ok, question).toBe(true);
  });

  it('of an empty corpus: questions all the same, each answered or refused in words, none thrown', async () => {
    const csv = path.join(dir, 'empty-questions.csv');
    await writeFile(csv, '');
    const { index: empty } = await openIndex({ corpus: [csv], cache: false, allowRejects: true });
    const desk = createDesk(empty);
    for (const question of warmUpQuestions(empty)) await expect(desk.ask(question)).resolves.toHaveProperty('ok');
  });
});
