/** Structured logs (pino). The token is redacted wherever it might appear: in fields and in messages. */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, secrets: string[] = [], destination?: pino.DestinationStream): Logger {
  const hidden = secrets.filter((s) => s.length >= 8);
  const scrub = (s: string) => hidden.reduce((text, secret) => text.split(secret).join('[REDACTED]'), s);
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'config.DISCORD_TOKEN'], censor: '[REDACTED]' },
      hooks: {
        // Errors from libraries may quote the token (e.g. in a URL): scrub the final line.
        streamWrite: scrub,
      },
    },
    destination,
  );
}
