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
import { FACETS, type Desk } from '../src/desk.ts';
import { CorpusInvalid, openDesk, SHIPPED_CORPUS } from '../src/open.ts';

/** Every desk thread started, to make one die as a crash or out-of-memory would, or hang (its requests never delivered). */
const started: Worker[] = vi.hoisted(() => []);
const hang = vi.hoisted(() => ({ on: false }));
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
        if (!hang.on) super.postMessage(...args);
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

const HOSTILE = ['', '   ', 'Iranian C4', 'iran'.repeat(2000), '2007-12-30', '2007', '2007-13-45', '@everyone <@123> <script>', 'Ｉｒａｎ 🇮🇷 تهران', '\u0000\uFFFF\uD800', 'ws-2007-12-30-iranian-c4', '"North Korea" weapons'];

describe('a desk on its own thread', () => {
  it('answers search, report and ask exactly as the desk in process does, for any input', async () => {
    for (const text of HOSTILE) {
      expect(await thread.desk.search({ query: text, limit: 5 }), text).toEqual(await local.search({ query: text, limit: 5 }));
      expect(await thread.desk.search({ query: text, from: text, limit: 3, offset: 3 }), text).toEqual(await local.search({ query: text, from: text, limit: 3, offset: 3 }));
      expect(await thread.desk.report(text, { limit: 2 }), text).toEqual(await local.report(text, { limit: 2 }));
      expect(await thread.desk.ask(text), text).toEqual(await local.ask(text));
    }
    expect((await thread.desk.ask('who went to North Korea?')).ok).toBe(true);
    // Out-of-range pages are the desk's error answers, not failures.
    expect(await thread.desk.search({ query: 'Iran', limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_limit' } });
  });

  it('serves from memory what autocomplete and /about read', async () => {
    expect(await thread.desk.stats()).toEqual(await local.stats());
    for (const field of ['date', 'words', ...FACETS] as const) {
      for (const typed of ['', '2007', 'i', 'iran', 'suicide ves', 'threat', 'Ｉｒａｎ 🇮🇷', 'x'.repeat(200)]) {
        const request = { field, typed, limit: 10_000 };
        expect(await thread.desk.complete(request), `${field} ${typed}`).toEqual(await local.complete(request));
      }
    }
    expect(thread.counts).toEqual({ read: 11, imported: 11, rejected: 0 });
  });

  it('when its thread dies, fails only what was in flight, opens the desk again and answers', async () => {
    const dying = started.at(-1)!;
    const inFlight = thread.desk.search({ query: 'Iranian C4' });
    await dying.terminate();
    await expect(inFlight).rejects.toThrow(/stopped/);
    expect(logged.lines).toContainEqual({ level: 'warn', message: 'the desk thread stopped; opening the desk again' });
    expect(started.at(-1)).not.toBe(dying);
    expect(await thread.desk.search({ query: 'Iranian C4', limit: 5 })).toEqual(await local.search({ query: 'Iranian C4', limit: 5 }));
  });

  it('rereads the corpus on restart, answering throughout', async () => {
    const before = started.at(-1);
    const during = thread.desk.search({ query: 'Kandahar', limit: 5 });
    await thread.restart();
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
      await vi.waitFor(() => expect(logged.lines).toContainEqual({ level: 'error', message: 'the desk could not be opened again' }), { timeout: 10_000 });
      await expect(one.desk.search({ query: 'Iranian C4' })).rejects.toThrow(/c4\.md:1/);
      // Mended: the next attempt (5 s later) opens it.
      await mend();
      await vi.waitFor(async () => expect((await Promise.resolve(one.desk.search({ query: 'Iranian C4' })).catch(() => null))?.ok).toBe(true), { timeout: 15_000, interval: 500 });
    } finally {
      await one.close();
    }
  }, 30_000);

  it('stops a thread that does not answer in time, fails that request, and answers the next from a new thread', async () => {
    const logged = notes();
    const one = await openDeskThread({ open: { cache: false }, answerWithinMs: 300 }, logged.log);
    try {
      const hung = started.at(-1)!;
      hang.on = true;
      await expect(one.desk.search({ query: 'Iranian C4' })).rejects.toThrow(/did not answer within 0.3 s/);
      hang.on = false;
      expect(logged.lines).toContainEqual({ level: 'error', message: 'the desk thread did not answer in time; stopping it' });
      await vi.waitFor(() => expect(started.at(-1)).not.toBe(hung));
      expect(await one.desk.search({ query: 'Iranian C4', limit: 5 })).toEqual(await local.search({ query: 'Iranian C4', limit: 5 }));
    } finally {
      hang.on = false;
      await one.close();
    }
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
    expect((error as CorpusInvalid).problems[0]).toMatchObject({ file: expect.stringContaining('broken.md'), line: expect.any(Number) });
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
