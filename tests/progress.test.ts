/** Opening progress on a terminal: a bar per phase (read, build, save), log lines above the bars, never inside one. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Notes } from '../src/open.ts';
import { progressReporter } from '../src/progress.ts';

const MB = 1024 * 1024;
const quiet: Notes = { info: () => {}, warn: () => {} };

/** A terminal 100 columns wide that keeps what is written to it. */
function terminal() {
  const stream = Object.assign(new PassThrough(), {
    isTTY: true,
    columns: 100,
    rows: 40,
  }) as unknown as NodeJS.WriteStream & PassThrough;
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return { stream, text: () => written };
}

// What the screen shows, line by line: on each line, what was written after its last return or clear.
const visible = (raw: string) =>
  raw
    .split('\n')
    .map((line) => line.split(/\r|\u001b\[2K|\u001b\[1G|\u001b8/).at(-1)!)
    .map((line) => line.replace(/\u001b(\[[0-9;?]*[A-Za-z]|[78])/g, ''))
    .filter((l) => l.trim());

describe('progressReporter on a terminal', () => {
  it('shows a bar for reading each file, building and saving, log lines on lines of their own', () => {
    const { stream, text } = terminal();
    const progress = progressReporter(quiet, stream);
    progress.onProgress({ phase: 'read', file: 'data/wd.csv', rows: 1000, bytes: 5 * MB, totalBytes: 10 * MB });
    progress.log('report-bot: rows rejected; see the rejects file');
    progress.onProgress({ phase: 'read', file: 'data/wd.csv', rows: 2000, bytes: 10 * MB, totalBytes: 10 * MB });
    progress.onProgress({ phase: 'build', done: 500, total: 2000 });
    progress.onProgress({ phase: 'build', done: 2000, total: 2000 });
    progress.onProgress({ phase: 'save', done: 0, total: 1 });
    progress.onProgress({ phase: 'save', done: 1, total: 1 });
    progress.log('report-bot: saved the index');
    progress.done();
    const lines = visible(text());
    expect(lines).toContain('report-bot: rows rejected; see the rejects file');
    expect(lines).toContain('report-bot: saved the index');
    // While a phase runs, its bar was drawn; once it ends, the screen keeps one line saying what it did, in order.
    expect(text()).toMatch(/read wd\.csv \[=+-+\] 50% · 1000 rows/);
    expect(text()).toMatch(/build the index \[=+-+\] 25% · 500 of 2000 reports/);
    expect(lines).toEqual([
      'report-bot: rows rejected; see the rejects file',
      expect.stringMatching(/^read wd\.csv · 2000 rows · \d+ s$/),
      expect.stringMatching(/^build the index · 2000 of 2000 reports · \d+ s$/),
      'report-bot: saved the index',
      expect.stringMatching(/^save the index · \d+ s$/),
    ]);
  });

  it('prints log lines straight through before any bar is shown', () => {
    const { stream, text } = terminal();
    const progress = progressReporter(quiet, stream);
    progress.log('report-bot: building the index');
    progress.done();
    expect(text()).toBe('report-bot: building the index\n');
  });
});

describe('progressReporter elsewhere', () => {
  it('notes each tenth of a file and each phase once, as plain lines', () => {
    const notes: string[] = [];
    const stream = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
    const progress = progressReporter(
      { info: (f, m) => notes.push(`${m} ${JSON.stringify(f)}`), warn: () => {} },
      stream,
    );
    for (const bytes of [1, 2, 5, 10])
      progress.onProgress({ phase: 'read', file: 'wd.csv', rows: bytes * 100, bytes: bytes * MB, totalBytes: 10 * MB });
    progress.onProgress({ phase: 'build', done: 0, total: 1000 });
    progress.onProgress({ phase: 'build', done: 1000, total: 1000 });
    progress.onProgress({ phase: 'save', done: 0, total: 1 });
    expect(notes.filter((n) => n.startsWith('importing'))).toHaveLength(4);
    expect(notes.filter((n) => n.startsWith('building the index'))).toHaveLength(1);
    expect(notes.filter((n) => n.startsWith('saving the index'))).toHaveLength(1);
  });
});
