/**
 * Opening progress for people: on a terminal, a bar for the phase under way
 * (reading each file, building the index, saving it), log lines printed above
 * it, never inside it, and a line for each phase done; elsewhere, a few plain lines.
 */
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Notes, OpenProgress } from './open.ts';

const MB = 1024 * 1024;

export interface ProgressReporter {
  onProgress: (p: OpenProgress) => void;
  /** Prints a line where it does not break a bar. */
  log: (line: string) => void;
  /** Ends the phase under way, leaving its line. */
  done: () => void;
}

export function progressReporter(notes: Notes, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  return stream.isTTY ? barReporter(stream) : lineReporter(notes, stream);
}

/** What a bar shows of a phase: how far, out of what, and in words. */
function view(p: OpenProgress, seconds: number) {
  const time = `${Math.round(seconds)} s`;
  if (p.phase === 'read') {
    const rate = seconds >= 1 ? ` · ${Math.round(p.rows / seconds)} rows/s` : '';
    const total = Math.max(1, Math.round(p.totalBytes / MB));
    return {
      key: `read ${p.file}`,
      value: Math.round(p.bytes / MB),
      total,
      step: `read ${basename(p.file)}`,
      detail: `${p.rows} rows${rate} · ${time}`,
    };
  }
  const counted = { build: 'reports', copy: 'rows', save: '' }[p.phase];
  const detail = counted ? `${p.done} of ${p.total} ${counted} · ${time}` : time;
  const step = p.phase === 'copy' ? 'copy into the database' : `${p.phase} the index`;
  return { key: p.phase, value: p.done, total: Math.max(1, p.total), step, detail };
}

/**
 * One bar at a time, for the phase under way. A log line clears the bar,
 * takes its line and the bar is drawn again below it; a phase that ends
 * leaves one line saying what it did.
 */
function barReporter(stream: NodeJS.WriteStream): ProgressReporter {
  type Phase = { started: number; last: OpenProgress };
  let current: (Phase & { bar: SingleBar }) | undefined;
  const shownOf = (phase: Phase) => view(phase.last, (Date.now() - phase.started) / 1000);
  const draw = (phase: Phase) => {
    const shown = shownOf(phase);
    const format = '{step} [{bar}] {percentage}% · {detail}';
    const bar = new SingleBar({ stream, hideCursor: true, clearOnComplete: true, barsize: 30, format });
    bar.start(shown.total, shown.value, shown);
    return bar;
  };
  const finish = () => {
    if (!current) return;
    current.bar.stop();
    const { step, detail } = shownOf(current);
    stream.write(`${step} · ${detail}\n`);
    current = undefined;
  };
  return {
    onProgress(p) {
      if (current && view(current.last, 0).key !== view(p, 0).key) finish();
      if (!current) {
        const phase = { started: Date.now(), last: p };
        current = { ...phase, bar: draw(phase) };
      }
      current.last = p;
      const shown = shownOf(current);
      current.bar.update(shown.value, shown);
    },
    log(line) {
      if (!current) return void stream.write(`${line}\n`);
      current.bar.stop();
      stream.write(`${line}\n`);
      current.bar = draw(current);
    },
    done: finish,
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
        const doing = { build: 'building the index', save: 'saving the index', copy: 'copying into the database' };
        notes.info({ reports: p.phase === 'build' ? p.total : undefined, seconds: seconds() }, doing[p.phase]);
      }
    },
    log: (line) => stream.write(`${line}\n`),
    done: () => {},
  };
}
