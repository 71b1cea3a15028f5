/**
 * The desk on its own thread (src/bot/desk-thread.ts), as npm start runs it:
 * it answers exactly as the desk does in process, bad input included; an
 * invalid corpus is refused with its problems; and when the thread dies or
 * the corpus is reread, the bot's desk goes on answering.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDeskThread, type DeskThread } from '../src/bot/desk-thread.ts';
import { crossed, uncrossed } from '../src/bot/desk-protocol.ts';
import { FACETS, type Desk, type SearchRequest } from '../src/desk.ts';
import { CorpusInvalid } from '../src/corpus/problems.ts';
import { openDesk, SHIPPED_CORPUS } from '../src/open.ts';
import { worded } from './worded.ts';

/**
 * Every desk thread started, to make one die as a crash or out-of-memory would, hang (nothing it says is heard, no
 * request reaches it), or answer late (its replies held while it goes on saying it is alive).
 */
const started: Worker[] = vi.hoisted(() => []);
const traffic = vi.hoisted(() => ({
  mode: 'open' as 'open' | 'hung' | 'holding',
  held: [] as (() => void)[],
  alive: new Map<object, number>(),
}));
vi.mock('node:worker_threads', async (original) => {
  const real = await original<typeof import('node:worker_threads')>();
  return {
    ...real,
    Worker: class extends real.Worker {
      constructor(...args: ConstructorParameters<typeof real.Worker>) {
        super(...args);
        started.push(this);
      }

      override postMessage(...args: Parameters<Worker['postMessage']>) {
        if (traffic.mode !== 'hung') super.postMessage(...args);
      }

      override emit(event: string | symbol, ...args: unknown[]): boolean {
        if (event !== 'message') return super.emit(event, ...args);
        const kind = (args[0] as { kind?: string } | undefined)?.kind;
        if (traffic.mode === 'hung') return false;
        if (traffic.mode === 'holding' && (kind === 'reply' || kind === 'thrown')) {
          traffic.held.push(() => super.emit(event, ...args));
          return true;
        }
        if (kind === 'alive') traffic.alive.set(this, (traffic.alive.get(this) ?? 0) + 1);
        return super.emit(event, ...args);
      }
    },
  };
});

const notes = () => {
  const lines: { level: string; message: string }[] = [];
  const at = (level: string) => (_fields: object, message: string) => void lines.push({ level, message });
  return { lines, log: { info: at('info'), warn: at('warn'), error: at('error') } };
};

let thread: DeskThread;
let local: Desk;
let dir: string;
const logged = notes();
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-thread-'));
  thread = await openDeskThread({ open: { cache: false } }, logged.log);
  ({ desk: local } = await openDesk({ cache: false }));
});
afterAll(async () => {
  await thread?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A corpus of one shipped report, in a folder of its own, to break and mend. */
async function oneReportCorpus(name: string) {
  const corpus = path.join(dir, name);
  await mkdir(corpus);
  const good = path.join(SHIPPED_CORPUS, 'weekly-standard-2010-07-27', '2007-12-30-iranian-c4.md');
  const file = path.join(corpus, 'c4.md');
  await copyFile(good, file);
  return { corpus, file, mend: () => copyFile(good, file) };
}

const HOSTILE = [
  '',
  '   ',
  'Iranian C4',
  'iran'.repeat(2000),
  '2007-12-30',
  '2007',
  '2007-13-45',
  '@everyone <@123> <script>',
  'Ｉｒａｎ 🇮🇷 تهران',
  '\u0000\uFFFF\uD800',
  'ws-2007-12-30-iranian-c4',
  '"North Korea" weapons',
];

describe('a desk on its own thread', () => {
  it('hands back an error thrown on it with its name, message and stack, and goes on answering', async () => {
    const error = await thread.desk.search(null as unknown as SearchRequest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'TypeError', message: expect.stringContaining('null') });
    expect((error as Error).stack).toMatch(/^TypeError: [^]*src\/desk\/search\.ts/);
    expect((await thread.desk.search({ query: 'Iranian C4' })).ok).toBe(true);
  });

  it('answers search, report and ask exactly as the desk in process does, for any input', async () => {
    for (const text of HOSTILE) {
      expect(await thread.desk.search({ query: text, limit: 5 }), text).toEqual(
        await local.search({ query: text, limit: 5 }),
      );
      expect(await thread.desk.search({ query: text, from: text, limit: 3, offset: 3 }), text).toEqual(
        await local.search({ query: text, from: text, limit: 3, offset: 3 }),
      );
      expect(await thread.desk.report(text, { limit: 2 }), text).toEqual(await local.report(text, { limit: 2 }));
      expect(await thread.desk.ask(text), text).toEqual(await local.ask(text));
    }
    expect((await thread.desk.ask('who went to North Korea?')).ok).toBe(true);
    // Out-of-range pages are the desk's error answers, not failures.
    expect(await thread.desk.search({ query: 'Iran', limit: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_limit' },
    });
  });

  it('answers timeline, places, related and export exactly as the desk in process does, for any input', async () => {
    for (const text of HOSTILE) {
      expect(await thread.desk.timeline({ query: text, by: text }), text).toEqual(
        await local.timeline({ query: text, by: text }),
      );
      expect(await thread.desk.timeline({ query: text }), text).toEqual(await local.timeline({ query: text }));
      expect(await thread.desk.places({ query: text, to: text }), text).toEqual(
        await local.places({ query: text, to: text }),
      );
      expect(await thread.desk.related(text), text).toEqual(await local.related(text));
      expect(await thread.desk.export({ query: text, sort: text }), text).toEqual(
        await local.export({ query: text, sort: text }),
      );
      expect(await thread.desk.export({ query: text, limit: 2 }), text).toEqual(
        await local.export({ query: text, limit: 2 }),
      );
      const picked = await thread.desk.random({ query: text });
      const local_ = await local.random({ query: text });
      expect(picked.ok && { ...picked, hit: null }, text).toEqual(local_.ok && { ...local_, hit: null });
    }
  });

  it('serves from memory what autocomplete and /about read', async () => {
    expect(await thread.desk.stats()).toEqual(await local.stats());
    for (const field of ['date', 'words', ...FACETS] as const) {
      const typing = ['', '2007', 'i', 'iran', 'suicide ves', 'threat', 'Ｉｒａｎ 🇮🇷', 'x'.repeat(200)];
      for (const typed of typing) {
        const request = { field, typed, limit: 10_000 };
        expect(await thread.desk.complete(request), `${field} ${typed}`).toEqual(await local.complete(request));
      }
    }
    expect(thread.counts).toEqual({ read: 11, imported: 11, rejected: 0 });
  });

  it('when its thread dies, fails only what was in flight, opens the desk again and answers', async () => {
    const dying = started.at(-1)!;
    expect(thread.status()).toEqual({ state: 'open', queue: 0, reports: 6 });
    const inFlight = thread.desk.search({ query: 'Iranian C4' });
    await dying.terminate();
    await expect(inFlight).rejects.toThrow(/stopped/);
    expect(thread.status()).toMatchObject({ state: 'loading', reason: expect.stringMatching(/desk thread stopped/) });
    expect(logged.lines).toContainEqual({ level: 'warn', message: 'the desk thread stopped; opening the desk again' });
    expect(started.at(-1)).not.toBe(dying);
    expect(await thread.desk.search({ query: 'Iranian C4', limit: 5 })).toEqual(
      await local.search({ query: 'Iranian C4', limit: 5 }),
    );
  });

  it('rereads the corpus on restart, answering throughout', async () => {
    const before = started.at(-1);
    const during = thread.desk.search({ query: 'Kandahar', limit: 5 });
    const restarted = thread.restart();
    await vi.waitFor(() =>
      expect(thread.status()).toMatchObject({ state: 'reloading', reason: 'rereading the corpus' }),
    );
    await restarted;
    expect(thread.status()).toMatchObject({ state: 'open' });
    expect(await during).toEqual(await local.search({ query: 'Kandahar', limit: 5 }));
    expect(started.at(-1)).not.toBe(before);
    expect(await thread.desk.report('2007-12-30')).toEqual(await local.report('2007-12-30'));
  });
});

describe('a desk thread that dies when the corpus no longer opens, or while it is reread', () => {
  it('says why the desk cannot be opened again, answers that to every call, and opens it once the corpus is mended', async () => {
    const { corpus, file, mend } = await oneReportCorpus('dies');
    const logged = notes();
    const one = await openDeskThread({ open: { corpus: [corpus], cache: false } }, logged.log);
    try {
      await writeFile(file, '---\nid: [unclosed\n');
      await started.at(-1)!.terminate();
      await vi.waitFor(
        () => expect(logged.lines).toContainEqual({ level: 'error', message: 'the desk could not be opened again' }),
        { timeout: 10_000 },
      );
      await expect(one.desk.search({ query: 'Iranian C4' })).rejects.toThrow(/c4\.md:1/);
      expect(one.status()).toMatchObject({
        state: 'loading',
        reason: expect.stringMatching(/could not be opened again/),
      });
      // Mended: the next attempt (5 s later) opens it.
      await mend();
      await vi.waitFor(
        async () =>
          expect((await Promise.resolve(one.desk.search({ query: 'Iranian C4' })).catch(() => null))?.ok).toBe(true),
        { timeout: 15_000, interval: 500 },
      );
    } finally {
      await one.close();
    }
  }, 30_000);

  it('stops a thread that does not answer in time, fails that request, and answers the next from a new thread', async () => {
    const logged = notes();
    // hungAfterMs leaves room for a loaded machine: the new thread's first heartbeats wait while it opens the corpus.
    const one = await openDeskThread({ open: { cache: false }, hungAfterMs: 3000, heartbeatMs: 50 }, logged.log);
    try {
      const hung = started.at(-1)!;
      // Nothing is heard from the thread any more, not even that it is alive: the heartbeat stops it.
      traffic.mode = 'hung';
      await expect(one.desk.search({ query: 'Iranian C4' })).rejects.toThrow(/did not answer within 3 s/);
      traffic.mode = 'open';
      expect(logged.lines).toContainEqual({
        level: 'error',
        message: 'the desk thread did not answer in time; stopping it',
      });
      await vi.waitFor(() => expect(started.at(-1)).not.toBe(hung), { timeout: 10_000 });
      expect(await one.desk.search({ query: 'Iranian C4', limit: 5 })).toEqual(
        await local.search({ query: 'Iranian C4', limit: 5 }),
      );
    } finally {
      traffic.mode = 'open';
      await one.close();
    }
  });

  it('does not take a thread that goes on saying it is alive for hung, however long an answer waits', async () => {
    const logged = notes();
    // hungAfterMs leaves room for a loaded machine to delay a heartbeat; sixty heartbeats still outlast it.
    const one = await openDeskThread({ open: { cache: false }, hungAfterMs: 1000, heartbeatMs: 20 }, logged.log);
    try {
      const worker = started.at(-1)!;
      traffic.mode = 'holding';
      const waiting = one.desk.search({ query: 'Iranian C4', limit: 5 });
      // Sixty heartbeats, twenty milliseconds apart on the desk's thread: the answer waits past hungAfterMs.
      const before = traffic.alive.get(worker) ?? 0;
      await vi.waitFor(() => expect(traffic.alive.get(worker)! - before).toBeGreaterThanOrEqual(60), {
        timeout: 10_000,
      });
      traffic.mode = 'open';
      for (const deliver of traffic.held.splice(0)) deliver();
      expect(await waiting).toEqual(await local.search({ query: 'Iranian C4', limit: 5 }));
      expect(started.at(-1)).toBe(worker);
      expect(logged.lines.map((l) => l.message)).not.toContain('the desk thread did not answer in time; stopping it');
    } finally {
      traffic.mode = 'open';
      await one.close();
    }
  });

  it('answers "busy" past its queue limit instead of piling calls up, then takes calls again', async () => {
    const one = await openDeskThread({ open: { cache: false }, queueLimit: 2 }, notes().log);
    try {
      const [first, second, third] = await Promise.all([1, 2, 3].map(() => one.desk.search({ query: 'Iranian C4' })));
      expect([first?.ok, second?.ok]).toEqual([true, true]);
      expect(third).toEqual({ ok: false, error: { code: 'busy' } });
      expect(worded(third!)).toMatchObject({
        error: { message: 'The desk is busy answering others: try again in a few seconds.' },
      });
      expect((await one.desk.search({ query: 'Iranian C4' })).ok).toBe(true);
    } finally {
      await one.close();
    }
  });

  it('runs within its heap limit; an opening that runs out of memory says so', async () => {
    const one = await openDeskThread({ open: { cache: false }, heapLimitMb: 300 }, notes().log);
    try {
      expect(started.at(-1)!.resourceLimits?.maxOldGenerationSizeMb).toBe(300);
    } finally {
      await one.close();
    }
    await expect(openDeskThread({ open: { cache: false }, heapLimitMb: 4 }, notes().log)).rejects.toThrow(/memory/);
  });

  it('a call made while the thread dies during a reread is answered by the reread thread', async () => {
    const one = await openDeskThread({ open: { cache: false } }, notes().log);
    try {
      const first = started.at(-1)!;
      const rereading = one.restart();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await first.terminate();
      const search = one.desk.search({ query: 'Iranian C4', limit: 5 });
      await rereading;
      expect(await search).toEqual(await local.search({ query: 'Iranian C4', limit: 5 }));
    } finally {
      await one.close();
    }
  });

  it('rereads one at a time when asked several times at once, and the last read wins', async () => {
    const one = await openDeskThread({ open: { cache: false } }, notes().log);
    try {
      const before = started.length;
      let alive = 0;
      const watch = setInterval(() => (alive = Math.max(alive, started.filter((w) => w.threadId !== -1).length)), 5);
      await Promise.all([one.restart(), one.restart(), one.restart()]);
      clearInterval(watch);
      expect(started.length - before).toBe(3);
      expect((await one.desk.search({ query: 'Iranian C4' })).ok).toBe(true);
      // Every thread of this test file but the two desks open now has stopped.
      expect(started.filter((w) => w.threadId !== -1)).toHaveLength(2);
      expect(alive).toBeLessThanOrEqual(3);
    } finally {
      await one.close();
    }
  });
});

describe('a corpus the desk refuses', () => {
  it('is refused with its problems, file and line, and no thread is left running', async () => {
    const broken = path.join(dir, 'broken');
    await mkdir(broken);
    await writeFile(path.join(broken, 'broken.md'), 'No front matter here.\n');
    const opening = openDeskThread({ open: { corpus: [broken], cache: false } }, notes().log);
    const error = await opening.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusInvalid);
    expect((error as CorpusInvalid).problems[0]).toMatchObject({
      file: expect.stringContaining('broken.md'),
      line: expect.any(Number),
    });
    expect(started.at(-1)!.threadId).toBe(-1);
  });

  it('a restart onto a corpus that no longer opens keeps serving the one it has', async () => {
    const { corpus, file } = await oneReportCorpus('reread');
    const one = await openDeskThread({ open: { corpus: [corpus], cache: false } }, notes().log);
    try {
      await writeFile(file, '---\nid: [unclosed\n');
      await expect(one.restart()).rejects.toBeInstanceOf(CorpusInvalid);
      const still = await one.desk.search({ query: 'Iranian C4' });
      expect(still.ok && still.results.map((h) => h.report.id)).toEqual(['ws-2007-12-30-iranian-c4']);
    } finally {
      await one.close();
    }
  });
});

describe('errors between threads', () => {
  it('keep name, message and stack; a thrown value that is not an Error becomes one', () => {
    const thrown = new RangeError('out of range');
    const back = uncrossed(structuredClone(crossed(thrown)));
    expect([back.name, back.message, back.stack]).toEqual(['RangeError', 'out of range', thrown.stack]);
    expect(uncrossed(crossed('a string'))).toMatchObject({ name: 'Error', message: 'a string' });
    expect(uncrossed(crossed(undefined)).message).toBe('undefined');
  });
});
