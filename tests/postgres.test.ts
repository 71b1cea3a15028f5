/**
 * The desk on PostgreSQL against a real PostgreSQL (a throwaway cluster, see
 * postgres-cluster.ts): it answers exactly as the desk in memory on the
 * shipped corpus and the real War Diary sample, imports are idempotent and
 * switched atomically, and the database going away is an answer the desk
 * recovers from by itself, and one clear error from the command line.
 */
import { appendFile, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionRequest, Desk, MatchRequest, SearchRequest } from '../src/desk.ts';
import type { PostgresDesk } from '../src/desk/postgres/desk.ts';
import { importCorpus } from '../src/desk/postgres/import.ts';
import { connect, databaseName } from '../src/desk/postgres/pool.ts';
import { openDatabaseDesk, openDesk, SHIPPED_CORPUS } from '../src/open.ts';
import { writeMashupCsv } from './fixtures/mashup.ts';
import { PLACED_KEYS, writeGeneratedCsv } from './fixtures/placed-wardiary.ts';
import { startCluster, type Cluster } from './postgres-cluster.ts';
import { cli } from './run-cli.ts';
import { HOSTILE_VALUES } from './fixtures/hostile-report.ts';

let cluster: Cluster;
let dir: string;
const opened: PostgresDesk[] = [];

beforeAll(async () => {
  cluster = await startCluster();
  dir = await mkdtemp(path.join(tmpdir(), 'report-desk-pg-test-'));
}, 120_000);

afterAll(async () => {
  for (const desk of opened) await desk.close();
  await cluster?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

/** A desk on the database at `url`, closed after the tests. */
function deskOn(url: string): PostgresDesk {
  const desk = openDatabaseDesk(url);
  opened.push(desk);
  return desk;
}

async function imported(url: string, corpus: string[], allowRejects = false) {
  const db = connect(url);
  try {
    return await importCorpus(db, { corpus, allowRejects });
  } finally {
    await db.close();
  }
}

/** Both desks' answers to the same requests, as JSON: equal means the same hits, excerpts, scores and order. */
async function compare(memory: Desk, stored: Desk, searches: SearchRequest[], reports: string[], asks: string[]) {
  const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
  for (const request of searches) {
    expect(json(await stored.search(request)), JSON.stringify(request)).toEqual(json(await memory.search(request)));
  }
  for (const input of reports) {
    // Pages that start inside a date, span several, and lie past the end.
    for (const page of [{}, { limit: 2, offset: 1 }, { limit: 7, offset: 5 }, { offset: 10_000 }]) {
      expect(json(await stored.report(input, page)), input).toEqual(json(await memory.report(input, page)));
    }
  }
  for (const question of asks)
    expect(json(await stored.ask(question)), question).toEqual(json(await memory.ask(question)));
  expect(json(await stored.stats())).toEqual(json(await memory.stats()));
  const completions: CompletionRequest[] = [
    { field: 'words', typed: 'ira' },
    { field: 'words', typed: 'improvised ex' },
    { field: 'words', typed: 'Talib' },
    { field: 'words', typed: 'k' },
    { field: 'words', typed: 'zzqx' },
    { field: 'words', typed: 'kandahar ' },
    { field: 'date', typed: '200' },
    { field: 'type', typed: '' },
    { field: 'category', typed: 'ied' },
    { field: 'region', typed: 'rc' },
  ];
  for (const request of completions) expect(await stored.complete(request)).toEqual(await memory.complete(request));
}

describe('the desk on PostgreSQL answers as the desk in memory', () => {
  it('on the shipped corpus', async () => {
    await imported(cluster.url, [SHIPPED_CORPUS]);
    const { desk: memory } = await openDesk({ cache: false });
    const searches: SearchRequest[] = [
      { query: 'Iranian C4' },
      { query: '"Iranian C4"' },
      { query: 'Taliban', limit: 2, offset: 1 },
      { query: 'Tehran' },
      { query: 'IRGC' },
      { query: 'North Korea weapons' },
      { query: 'Iranain' },
      { query: 'zzqxj' },
      { query: 'al Qaeda', from: '2007-01', to: '2009-12' },
      { query: 'Iran', type: 'threat' },
      { query: '', from: '2007' },
      { query: '' },
      { query: 'Iran', limit: 0 },
      { query: 'Iran', from: 'yesterday' },
      { query: 'Iran', category: 'no such category' },
    ];
    const reports = ['2007-12-30', 'Dec 2007', '2007', '2005-06', '1990-01-01', '2030', 'not a date', '', '  '];
    const asks = ['Who went to North Korea?', 'How many rockets?', 'Where was the C4 from?', '???'];
    await compare(memory, deskOn(cluster.url), searches, reports, asks);
  }, 120_000);

  it('on the real War Diary sample (307 summaries), by key and tracking number too', async () => {
    const csv = path.join(dir, 'sample.csv');
    await writeMashupCsv(csv);
    const url = await cluster.database('sample');
    // One row of the sample has no summary: rejected, the rest served, by both desks.
    await imported(url, [csv], true);
    const { desk: memory } = await openDesk({ corpus: [csv], cache: false, allowRejects: true });
    const searches: SearchRequest[] = [
      'IED',
      'improvised explosive device',
      'troops in contact',
      'TIC Kandahar',
      'escalation of force',
      'weapons cache',
      '"small arms fire"',
      'Taliban fighters',
      'kandahaar',
      // Near spellings found in the desk's sorted terms rather than a radix tree: typos, "did you mean", prefixes.
      'talibxxx',
      'ambushh ieddd',
      'convoyyyy',
      'patro',
      'EDC22673-A26F-4E08-82BF-E2873E3D0A78',
      'edc22673-a26f-4e08-82bf-e2873e3d0a78 IED',
    ].map((query) => ({ query, limit: 10 }));
    searches.push(
      { query: 'IED', category: 'IED Explosion', limit: 5 },
      { query: 'IED', region: 'RC SOUTH', from: '2008-01', limit: 5, offset: 5 },
      { query: '', region: 'RC EAST', limit: 5 },
      { query: 'Taliban', category: 'IED Explodsion' },
    );
    const reports = ['EDC22673-A26F-4E08-82BF-E2873E3D0A78', 'GER-0044', '2008-09', '2007', '2004-01-01', "'; DROP--"];
    const asks = [
      'Who attacked the patrol?',
      'How many IEDs were found?',
      'Where did the IED explode?',
      'What was the boy riding near Pol-e Khumri?',
      // A long question: its rarest words find reports of their own, read beside the whole question's.
      'How many kids died in the suicide car bomb attack on the German patrol from Kunduz?',
    ];
    await compare(memory, deskOn(url), searches, reports, asks);
  }, 180_000);
});

/** Values no report id or query holds, and some that break careless code. */
const HOSTILE = [...HOSTILE_VALUES, "'; DROP--"];

/**
 * Both desks' research answers, as JSON: sorted searches, timelines, maps,
 * exports, related reports and marks equal; a random pick is one of the same
 * matches, counted alike.
 */
async function compareResearch(memory: Desk, stored: Desk, requests: MatchRequest[], ids: string[]) {
  const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
  const same = async <T>(what: string, ask: (desk: Desk) => Promise<T>) =>
    expect(json(await ask(stored)), what).toEqual(json(await ask(memory)));
  for (const request of requests) {
    const said = JSON.stringify(request);
    for (const sort of ['newest', 'oldest', 'casualties', 'NEWEST', 'sideways']) {
      await same(`${said} by ${sort}`, (d) => d.search({ ...request, sort, limit: 5, offset: 1 }));
    }
    for (const by of [undefined, 'day', 'week', 'month', 'year', 'fortnight']) {
      await same(`${said} timeline by ${by}`, (d) => d.timeline({ ...request, by }));
    }
    await same(`${said} map`, (d) => d.places(request));
    for (const sort of [undefined, 'relevance', 'newest', 'casualties']) {
      await same(`${said} export by ${sort}`, (d) => d.export({ ...request, sort, offset: 2, limit: 50 }));
    }
    const [picked, matches] = [await stored.random(request), await memory.random(request)];
    if (!matches.ok) expect(picked).toEqual(matches);
    else if (picked.ok) {
      expect(picked.total).toBe(matches.total);
      if (!picked.hit) expect(matches.hit).toBeNull();
      else {
        const every = await memory.export({ ...request, limit: 1000 });
        expect(every.ok && every.reports.map((r) => r.id)).toContain(picked.hit.report.id);
      }
    } else expect.unreachable(JSON.stringify(picked.error));
  }
  for (const id of [...ids, ...HOSTILE]) {
    await same(`related ${id.slice(0, 40)}`, (d) => d.related(id));
    await same(`marks ${id.slice(0, 40)}`, (d) => d.marks(id, 'IED Taliban "small arms" Iran'));
  }
}

describe('the research tools on PostgreSQL answer as the desk in memory', () => {
  it('on the shipped corpus', async () => {
    await imported(cluster.url, [SHIPPED_CORPUS]);
    const { desk: memory } = await openDesk({ cache: false });
    const requests: MatchRequest[] = [
      { query: 'Iran' },
      { query: '"Iranian C4"' },
      { query: '', type: 'threat' },
      { query: 'al Qaeda', from: '2007-01', to: '2009-12' },
      { query: 'zzqxj' },
      { query: '' },
      { query: 'Iran', from: 'yesterday' },
    ];
    const ids = ['ws-2007-12-30-iranian-c4', 'WS-2007-12-30-IRANIAN-C4'];
    await compareResearch(memory, deskOn(cluster.url), requests, ids);
  }, 120_000);

  it('from the command line: the same output with --database as on the corpus in memory', async () => {
    await imported(cluster.url, [SHIPPED_CORPUS]);
    const commands = [
      ['timeline', 'Iran', '--json'],
      ['search', 'Iran', '--sort', 'newest', '--json'],
      ['related', 'ws-2007-12-30-iranian-c4'],
      ['export', 'Iran', '--format', 'csv'],
    ];
    for (const args of commands) {
      const [stored, memory] = [await cli(['--database', cluster.url, ...args]), await cli(args)];
      expect(stored.code, args.join(' ')).toBe(0);
      expect(stored.stdout, args.join(' ')).toBe(memory.stdout);
    }
  }, 120_000);

  it('on the real War Diary sample and a generated War Diary with reports at one place within hours', async () => {
    const csv = path.join(dir, 'sample.csv');
    await writeMashupCsv(csv);
    const url = await cluster.database('research');
    await imported(url, [csv], true);
    const { desk: memory } = await openDesk({ corpus: [csv], cache: false, allowRejects: true });
    const requests: MatchRequest[] = [
      { query: 'IED' },
      { query: '"small arms fire"', region: 'RC SOUTH' },
      { query: '', region: 'RC EAST' },
      { query: 'EDC22673-A26F-4E08-82BF-E2873E3D0A78' },
      { query: 'Taliban', category: 'IED Explodsion' },
    ];
    const all = await memory.export({ query: '', limit: 1000 });
    const ids = all.ok ? all.reports.slice(0, 80).map((r) => r.id) : [];
    await compareResearch(memory, deskOn(url), requests, ['edc22673-a26f-4e08-82bf-e2873e3d0a78', ...ids]);

    const wd = path.join(dir, 'generated.csv');
    await writeGeneratedCsv(wd);
    const generatedUrl = await cluster.database('generated');
    await imported(generatedUrl, [wd]);
    const { desk: generated } = await openDesk({ corpus: [wd], cache: false });
    const stored = deskOn(generatedUrl);
    const near = await stored.related('PLACE-0');
    expect(near.ok && near.related.map((r) => r.report.id)).toEqual(
      expect.arrayContaining(['PLACE-2H', 'PLACE-BEFORE']),
    );
    await compareResearch(generated, stored, [{ query: 'IED', from: '2008-05' }], PLACED_KEYS);
  }, 240_000);
});

describe('imports', () => {
  it('are keyed by the corpus bytes: the same corpus is nothing to do; a changed one is a new import, served', async () => {
    const url = await cluster.database('imports');
    const corpus = path.join(dir, 'corpus');
    await rm(corpus, { recursive: true, force: true });
    await cp(SHIPPED_CORPUS, corpus, { recursive: true });
    const first = await imported(url, [corpus]);
    expect(first.imported).toBe(true);
    const again = await imported(url, [corpus]);
    expect(again).toMatchObject({ imported: false, importId: first.importId, counts: first.counts });
    const desk = deskOn(url);
    const stats = await desk.stats();
    expect(stats.reports + stats.commentary).toBe(first.counts.imported);
    const files = await readdir(corpus, { recursive: true });
    const file = files.find((f) => f.endsWith('.md') && !f.endsWith('README.md'))!;
    await appendFile(path.join(corpus, file), '\n');
    const changed = await imported(url, [corpus]);
    expect(changed.imported).toBe(true);
    expect(changed.importId).toBeGreaterThan(first.importId);
    expect(await deskOn(url).health()).toMatchObject({ ok: true, importId: changed.importId });
    // The import before stays for desks still serving it.
    const client = new pg.Client(url);
    await client.connect();
    const { rows } = await client.query<{ id: number }>('SELECT id FROM imports ORDER BY id');
    await client.end();
    expect(rows.map((r) => r.id)).toEqual([first.importId, changed.importId]);
  }, 120_000);

  it('a database without an import says to run index', async () => {
    const url = await cluster.database('empty');
    const run = await cli(['--database', url, 'search', 'Iran', '--json']);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toEqual({
      error: { code: 'database_empty', message: expect.stringContaining('run "report-bot index"') },
    });
  }, 60_000);
});

describe('the database going away', () => {
  it('is an answer, not a crash, and the desk recovers by itself when it returns', async () => {
    const url = await cluster.database('away');
    await imported(url, [SHIPPED_CORPUS]);
    const desk = deskOn(url);
    const before = await desk.search({ query: 'Iranian C4' });
    expect(before.ok).toBe(true);
    expect(await desk.health()).toMatchObject({ ok: true, database: databaseName(url) });
    await cluster.pause();
    try {
      const error = { ok: false, error: { code: 'database_unavailable', database: databaseName(url) } };
      expect(await desk.search({ query: 'Iranian C4' })).toEqual(error);
      expect(await desk.report('2007-12-30')).toEqual(error);
      expect(await desk.ask('Who went to North Korea?')).toEqual(error);
      expect(await desk.health()).toMatchObject({ ok: false, database: databaseName(url) });
      const run = await cli(['--database', url, 'report', '2007-12-30', '--json']);
      expect(run.code).toBe(3);
      expect(JSON.parse(run.stdout).error.code).toBe('database_unavailable');
    } finally {
      await cluster.start();
    }
    expect(await desk.search({ query: 'Iranian C4' })).toEqual(before);
    expect(await desk.health()).toMatchObject({ ok: true });
  }, 120_000);

  it('the command line prints one line naming host:port/database, never the password, and exits 3', async () => {
    const url = 'postgres://desk:hunter2-secret@127.0.0.1:1/nowhere';
    const text = await cli(['--database', url, 'search', 'Iran']);
    expect(text.code).toBe(3);
    expect(text.stdout).toBe('');
    expect(text.stderr.trim().split('\n')).toEqual([
      'report-bot: the report database 127.0.0.1:1/nowhere is unavailable, try again shortly.',
    ]);
    const json = await cli(['stats', '--json'], { REPORT_DATABASE_URL: url });
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout).error.code).toBe('database_unavailable');
    const bad = await cli(['--database', 'mysql://root:hunter2-secret@x/db', 'stats']);
    expect(bad.code).toBe(2);
    for (const run of [text, json, bad]) expect(run.stdout + run.stderr).not.toContain('hunter2');
    expect(bad.stderr).toContain('must be a PostgreSQL URL');
  }, 60_000);
});
