/**
 * How the command line fails: every error, whatever raised it, becomes one
 * code, one message and one exit code; with --json, exactly one
 * `{"error":{"code","message"}}` object on stdout, otherwise one line on stderr.
 */
import { CommanderError } from 'commander';
import { ConfigError } from './config.ts';
import { NothingImported } from './desk/postgres/health.ts';
import { DatabaseUnavailable } from './desk/postgres/pool.ts';
import { CorpusInvalid } from './corpus/problems.ts';
import { errorJson } from './render/json.ts';

/** Exit codes, as README.md documents them. */
export const EXIT = { invalidCorpus: 1, usage: 2, failed: 3 } as const;

/** A failure the CLI names itself: a code for scripts, a message for people. */
export class Failure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number,
    /** Already shown in words (commander prints its usage errors itself): only --json prints it again. */
    readonly shown = false,
  ) {
    super(message);
  }
}

/** Commander's errors by our codes: all usage errors. */
const USAGE: Record<string, string> = {
  'commander.unknownOption': 'unknown_option',
  'commander.unknownCommand': 'unknown_command',
  'commander.missingArgument': 'missing_argument',
  'commander.optionMissingArgument': 'missing_argument',
  'commander.missingMandatoryOptionValue': 'missing_argument',
  'commander.invalidArgument': 'invalid_argument',
  'commander.excessArguments': 'excess_arguments',
  // No command at all: commander shows the help, as an error.
  'commander.help': 'missing_command',
};

/** Any error as a Failure; an unexpected one keeps only its message (never a stack that could carry a token). */
export function asFailure(error: unknown): Failure {
  if (error instanceof Failure) return error;
  if (error instanceof CommanderError) {
    const message =
      error.code === 'commander.help'
        ? 'give a command: search, report, ask, timeline, map, related, random, export, serve, stats, validate, ' +
          'index or deploy'
        : error.message;
    return new Failure(USAGE[error.code] ?? 'usage', message.replace(/^error: /, ''), EXIT.usage, true);
  }
  if (error instanceof CorpusInvalid) {
    const { read, imported, rejected } = error.counts;
    const hint = rejected
      ? '\nFix those rows (the rejects file next to each CSV lists them), or pass --allow-rejects to serve the rest.'
      : '';
    return new Failure(
      'invalid_corpus',
      `${error.message}\nRead ${read}, imported ${imported}, rejected ${rejected}.${hint}`,
      EXIT.invalidCorpus,
    );
  }
  if (error instanceof ConfigError) return new Failure('invalid_settings', error.message, EXIT.usage);
  if (error instanceof DatabaseUnavailable) return new Failure(error.code, `${error.message}.`, EXIT.failed);
  if (error instanceof NothingImported) return new Failure('database_empty', `${error.message}.`, EXIT.failed);
  return new Failure('failed', error instanceof Error ? error.message : String(error), EXIT.failed);
}

/** Help and --version end in a CommanderError too: they are not failures. */
export const isHelpOrVersion = (error: unknown) =>
  error instanceof CommanderError && (error.code === 'commander.helpDisplayed' || error.code === 'commander.version');

/** Prints a failure once, as JSON or as text. */
export function report(failure: Failure, json: boolean): void {
  if (json) console.log(JSON.stringify(errorJson(failure)));
  else if (!failure.shown) console.error(`report-bot: ${failure.message}`);
  process.exitCode = failure.exitCode;
}
