/** Import progress for people: a bar on a terminal (rows, rate, elapsed), plain lines in logs. */
import { SingleBar } from 'cli-progress';
import type { Progress } from './corpus/wardiary.ts';
import type { Notes } from './open.ts';

const MB = 1024 * 1024;

export function progressReporter(notes: Notes, tty = Boolean(process.stderr.isTTY)): { onProgress: (p: Progress) => void; done: () => void } {
  const started = Date.now();
  const rate = (rows: number) => Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000));
  if (tty) {
    const bar = new SingleBar({
      format: '{file} [{bar}] {percentage}% · {rows} rows · {rate} rows/s · {duration_formatted}',
      hideCursor: true,
      stream: process.stderr,
    });
    let file = '';
    return {
      onProgress: (p) => {
        if (p.file !== file) {
          if (file) bar.stop();
          file = p.file;
          bar.start(Math.max(1, Math.round(p.totalBytes / MB)), 0, { file, rows: 0, rate: 0 });
        }
        bar.update(Math.round(p.bytes / MB), { rows: p.rows, rate: rate(p.rows) });
      },
      done: () => file && bar.stop(),
    };
  }
  let lastShare = -1;
  return {
    // One line per tenth of the file: enough to see it move, few enough for a log.
    onProgress: (p) => {
      const share = Math.floor((10 * p.bytes) / Math.max(1, p.totalBytes));
      if (share === lastShare) return;
      lastShare = share;
      notes.info({ file: p.file, rows: p.rows, percent: share * 10, rowsPerSecond: rate(p.rows), seconds: Math.round((Date.now() - started) / 1000) }, 'importing');
    },
    done: () => {},
  };
}
