/**
 * Opening progress for people: on a terminal, a bar per phase (reading each
 * file, building the index, saving it) with log lines printed above the bars,
 * never inside one; elsewhere, a few plain lines.
 */
import { basename } from 'node:path';
import { MultiBar, type SingleBar } from 'cli-progress';
import type { Notes, OpenProgress } from './open.ts';

const MB = 1024 * 1024;

export interface ProgressReporter {
  onProgress: (p: OpenProgress) => void;
  /** Prints a line where it does not break a bar. */
  log: (line: string) => void;
  /** Draws the bars a last time and leaves them. */
  done: () => void;
}

export function progressReporter(notes: Notes, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  return stream.isTTY ? barReporter(stream) : lineReporter(notes, stream);
}

/** What a bar shows of a phase: how far, out of what, and in words. */
function view(p: OpenProgress, seconds: number) {
  if (p.phase === 'read') {
    const rate = seconds >= 1 ? ` · ${Math.round(p.rows / seconds)} rows/s` : '';
    return {
      key: `read ${p.file}`,
      value: Math.round(p.bytes / MB),
      total: Math.max(1, Math.round(p.totalBytes / MB)),
      step: `read ${basename(p.file)}`,
      detail: `${p.rows} rows${rate}`,
    };
  }
  const detail = p.phase === 'build' ? `${p.done} of ${p.total} reports` : '';
  return { key: p.phase, value: p.done, total: Math.max(1, p.total), step: `${p.phase} the index`, detail };
}

function barReporter(stream: NodeJS.WriteStream): ProgressReporter {
  const bars = new MultiBar({
    stream,
    hideCursor: true,
    barsize: 30,
    format: '{step} [{bar}] {percentage}% · {duration_formatted} {detail}',
  });
  let current: { key: string; bar: SingleBar; started: number } | undefined;
  return {
    onProgress(p) {
      const first = view(p, 0);
      if (current?.key !== first.key) {
        current?.bar.update(current.bar.getTotal());
        current?.bar.stop();
        current = { key: first.key, bar: bars.create(first.total, 0, first), started: Date.now() };
      }
      const { value, step, detail } = view(p, (Date.now() - current.started) / 1000);
      current.bar.update(value, { step, detail });
    },
    log: (line) => (current ? bars.log(`${line}\n`) : stream.write(`${line}\n`)),
    done() {
      if (!current) return;
      // A log line still waiting is written by a last redraw: stop alone would drop it.
      bars.update();
      bars.stop();
      current = undefined;
    },
  };
}

function lineReporter(notes: Notes, stream: NodeJS.WriteStream): ProgressReporter {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  let lastShare = -1;
  let phase = '';
  return {
    onProgress(p) {
      if (p.phase === 'read') {
        // One line per tenth of the file: enough to see it move, few enough for a log.
        const share = Math.floor((10 * p.bytes) / Math.max(1, p.totalBytes));
        if (share === lastShare && phase === p.file) return;
        [lastShare, phase] = [share, p.file];
        notes.info(
          {
            file: p.file,
            rows: p.rows,
            percent: share * 10,
            rowsPerSecond: Math.round(p.rows / Math.max(1, seconds())),
            seconds: seconds(),
          },
          'importing',
        );
      } else if (phase !== p.phase) {
        phase = p.phase;
        notes.info(
          { reports: p.phase === 'build' ? p.total : undefined, seconds: seconds() },
          `${p.phase === 'build' ? 'building' : 'saving'} the index`,
        );
      }
    },
    log: (line) => stream.write(`${line}\n`),
    done: () => {},
  };
}
