/**
 * The generator's command line: writes a synthetic War Diary CSV
 * (scripts/wardiary/generate.ts), deterministic for a seed.
 *
 *   node --import tsx scripts/gen-wardiary.ts --reports 76911 --seed 1 [--out FILE]
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { MAX_REPORTS, MAX_SEED, writeWardiaryCsv } from './wardiary/generate.ts';

function parseCount(value: string): number {
  if (!/^\d[\d_,]*$/.test(value.trim()))
    throw new InvalidArgumentError('Write a whole number of reports, such as 76911.');
  const n = Number(value.trim().replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_REPORTS)
    throw new InvalidArgumentError(`The number of reports must be from 1 to ${MAX_REPORTS.toLocaleString('en-US')}.`);
  return n;
}

function parseSeed(value: string): number {
  if (!/^\d+$/.test(value.trim()))
    throw new InvalidArgumentError(`The seed must be a whole number from 0 to ${MAX_SEED}.`);
  const n = Number(value.trim());
  if (!Number.isSafeInteger(n) || n > MAX_SEED)
    throw new InvalidArgumentError(`The seed must be a whole number from 0 to ${MAX_SEED}.`);
  return n;
}

function parseBadRows(value: string): number {
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value)))
    throw new InvalidArgumentError('Write a whole number of bad rows, such as 5.');
  return Number(value);
}

function parseOut(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('Name a file, or "-" for stdout.');
  return value;
}

async function main(argv: string[] = process.argv): Promise<number> {
  const program = new Command()
    .name('gen-wardiary')
    .description(
      'Write a synthetic WikiLeaks Afghan War Diary CSV (32 columns, no header row), deterministic for a seed.',
    )
    .requiredOption('-n, --reports <count>', `number of reports, 1 to ${MAX_REPORTS}`, parseCount)
    .option('-s, --seed <seed>', `PRNG seed, 0 to ${MAX_SEED}`, parseSeed, 1)
    .option(
      '-o, --out <file>',
      'output file, or "-" for stdout (default: stdout when it is piped, else wardiary-<N>-<S>.csv)',
      parseOut,
    )
    .option(
      '--bad-rows <count>',
      'also write this many rows the importer must reject, one of each kind in turn (default 0)',
      parseBadRows,
      0,
    )
    .option('-q, --quiet', 'no summary line on stderr')
    .allowExcessArguments(false)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  try {
    program.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError)
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    throw err;
  }
  const opts = program.opts<{ reports: number; seed: number; badRows: number; out?: string; quiet?: boolean }>();
  if (opts.badRows > opts.reports) {
    process.stderr.write(
      `gen-wardiary: --bad-rows (${opts.badRows}) may be at most the number of reports (${opts.reports}).\n`,
    );
    return 2;
  }
  const toStdout = opts.out === '-' || (opts.out === undefined && !process.stdout.isTTY);
  const file = toStdout ? undefined : (opts.out ?? `wardiary-${opts.reports}-${opts.seed}.csv`);
  const out: Writable = file ? createWriteStream(file) : process.stdout;

  const started = performance.now();
  try {
    const { rows, bytes } = await writeWardiaryCsv(opts.reports, opts.seed, out, { badRows: opts.badRows });
    const seconds = (performance.now() - started) / 1000;
    if (!opts.quiet) {
      process.stderr.write(
        `gen-wardiary: ${rows.toLocaleString('en-US')} rows${opts.badRows ? ` (${opts.badRows} bad)` : ''}, ` +
          `${bytes.toLocaleString('en-US')} bytes, ${seconds.toFixed(2)} s ` +
          `(seed ${opts.seed}) -> ${file ?? 'stdout'}\n`,
      );
    }
    return 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') return 0; // e.g. piped into `head`
    process.stderr.write(`gen-wardiary: ${(err as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main();
