/**
 * Structured logs (pino): one JSON object a line for log collectors, or
 * pino-pretty's readable lines when a person watches a terminal. The token
 * is redacted wherever it might appear: in fields and in messages.
 */
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * `pretty` defaults to whether the logs go to a terminal; `destination`
 * (stdout by default) receives the lines either way.
 */
export function createLogger(
  level: string,
  secrets: string[] = [],
  destination?: pino.DestinationStream,
  usePretty = !destination && Boolean(process.stdout.isTTY),
): Logger {
  const hidden = secrets.filter((s) => s.length >= 8);
  const scrub = (s: string) => hidden.reduce((text, secret) => text.split(secret).join('[REDACTED]'), s);
  const options: pino.LoggerOptions = {
    level,
    redact: {
      paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'config.DISCORD_TOKEN'],
      censor: '[REDACTED]',
    },
    hooks: {
      // Errors from libraries may quote the token (e.g. in a URL): scrub the line before it is written or prettified.
      streamWrite: scrub,
    },
  };
  if (!usePretty) return pino(options, destination);
  return pino(
    options,
    pretty({
      colorize: !destination && pretty.isColorSupported,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
      sync: true,
      destination: destination ?? 1,
    }),
  );
}
