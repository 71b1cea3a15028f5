/** Logs: readable lines for a person at a terminal, one JSON object a line otherwise, the token never in either. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';

const TOKEN = 'MTIzNDU2Nzg5.log-test.secret-token-value';

function capture(pretty?: boolean) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger('info', [TOKEN], sink, pretty);
  logger.info({ guilds: 2, url: `https://x/${TOKEN}` }, 'ready');
  logger.flush();
  return lines.join('');
}

describe('createLogger', () => {
  it('writes one JSON object a line when not asked to be pretty (as when the logs are not a terminal)', () => {
    const out = capture();
    expect(JSON.parse(out)).toMatchObject({ level: 30, msg: 'ready', guilds: 2 });
    expect(out).not.toContain(TOKEN);
  });

  it('writes readable lines with pino-pretty for a terminal: time, level, message, fields', () => {
    const out = capture(true);
    expect(() => JSON.parse(out)).toThrow();
    expect(out).toMatch(/^\[\d{2}:\d{2}:\d{2}\] INFO: ready\n/);
    expect(out).toMatch(/guilds: 2/);
    expect(out).toContain('[REDACTED]');
    expect(out).not.toContain(TOKEN);
  });
});
