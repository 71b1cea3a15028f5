/** Settings: one schema for the CLI and the bot, and messages that say what each setting expects. */
import { describe, expect, it } from 'vitest';
import { ConfigError, corpusSettings, readConfig, readSettings } from '../src/config.ts';

const messageFor = (env: NodeJS.ProcessEnv) => {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
};

describe('settings', () => {
  it('reads the corpus settings the same way for the CLI and the bot: comma lists trimmed, empty means unset', () => {
    const env = {
      REPORT_CORPUS: 'a.csv, b , ,c',
      INDEX_CACHE_DIR: ' /tmp/x ',
      ALLOW_REJECTS: 'true',
      COOLDOWN_SECONDS: 'abc',
    };
    // The CLI reads only its part: a bad bot setting does not stop a search.
    expect(readSettings(corpusSettings, env)).toEqual({
      REPORT_CORPUS: ['a.csv', 'b', 'c'],
      INDEX_CACHE_DIR: '/tmp/x',
      ALLOW_REJECTS: true,
    });
    expect(readConfig({ REPORT_CORPUS: 'a.csv, b' })).toMatchObject({
      REPORT_CORPUS: ['a.csv', 'b'],
      ALLOW_REJECTS: false,
      COOLDOWN_SECONDS: 2,
      DESK_HEAP_MB: 1024,
      TOTAL_SHARDS: 'auto',
    });
    expect(readConfig({ TOTAL_SHARDS: ' 2 ' }).TOTAL_SHARDS).toBe(2);
    expect(readSettings(corpusSettings, { REPORT_CORPUS: '  ', ALLOW_REJECTS: '' })).toEqual({
      REPORT_CORPUS: [],
      ALLOW_REJECTS: false,
    });
  });

  it.each([
    ['COOLDOWN_SECONDS', 'abc', 'must be a number of seconds from 0 to 3600'],
    ['COOLDOWN_SECONDS', '-1', 'must be a number of seconds from 0 to 3600'],
    ['COOLDOWN_SECONDS', '1e9', 'must be a number of seconds from 0 to 3600'],
    ['ALLOW_REJECTS', 'yes', 'must be true or false'],
    ['LOG_LEVEL', 'loud', 'must be one of fatal, error, warn, info, debug, trace, silent'],
    ['DISCORD_API_BASE', 'not a url', 'must be an http or https URL'],
    ['DISCORD_API_BASE', 'ftp://example.com', 'must be an http or https URL'],
    ['DISCORD_CLIENT_ID', '12ab', 'must be the application id, a number of 15–21 digits'],
    ['ALLOWED_GUILDS', '123456789012345678,abc', 'must list server ids'],
    ['DESK_HEAP_MB', 'lots', 'must be a whole number of megabytes from 256 to 65536'],
    ['DESK_HEAP_MB', '64', 'must be a whole number of megabytes from 256 to 65536'],
    ['DESK_HEAP_MB', '1e9', 'must be a whole number of megabytes from 256 to 65536'],
    ['DESK_HEAP_MB', '99999999999999999999', 'must be a whole number of megabytes from 256 to 65536'],
    ['TOTAL_SHARDS', '0', 'must be auto (as many as Discord recommends) or a number of shards from 1 to 10000'],
    ['TOTAL_SHARDS', 'Auto', 'must be auto (as many as Discord recommends) or a number of shards from 1 to 10000'],
    ['TOTAL_SHARDS', '2.5', 'must be auto (as many as Discord recommends) or a number of shards from 1 to 10000'],
    ['TOTAL_SHARDS', '十', 'must be auto (as many as Discord recommends) or a number of shards from 1 to 10000'],
    ['INTERACTIONS_MODE', 'webhooks', 'must be gateway (a websocket to Discord) or http'],
    ['DISCORD_PUBLIC_KEY', 'abc', "must be the application's public key, 64 hexadecimal characters"],
    ['DISCORD_PUBLIC_KEY', 'g'.repeat(60), "must be the application's public key, 64 hexadecimal characters"],
    ['PORT', '65536', 'must be a TCP port from 0 to 65535'],
    ['PORT', 'http', 'must be a TCP port from 0 to 65535'],
    ['PUBLIC_URL', 'bot.example.org', 'must be an http or https URL'],
  ])('%s=%j says what is expected and what it got', (name, value, expected) => {
    const message = messageFor({ [name]: value });
    expect(message).toContain(`${name}: ${expected}`);
    expect(message).toContain(`(it is "${value}")`);
    expect(message).not.toMatch(/received|NaN|expected (number|string)|Invalid input/);
  });

  it('reads the service settings: gateway mode on port 8080 by default; HTTP mode needs the public key', () => {
    expect(readConfig({})).toMatchObject({ INTERACTIONS_MODE: 'gateway', PORT: 8080, HOST: '0.0.0.0' });
    const key = 'AB'.repeat(32);
    expect(readConfig({ INTERACTIONS_MODE: 'http', DISCORD_PUBLIC_KEY: key, PORT: '0' })).toMatchObject({
      INTERACTIONS_MODE: 'http',
      DISCORD_PUBLIC_KEY: key.toLowerCase(),
      PORT: 0,
    });
    expect(messageFor({ INTERACTIONS_MODE: 'http' })).toContain(
      'DISCORD_PUBLIC_KEY: is needed when INTERACTIONS_MODE=http',
    );
  });

  it('names every bad setting once, and never shows the token', () => {
    const message = messageFor({
      COOLDOWN_SECONDS: 'soon',
      LOG_LEVEL: 'x',
      ALLOWED_GUILDS: 'a,b',
      DISCORD_TOKEN: 'super-secret-token-value',
    });
    expect(message.match(/COOLDOWN_SECONDS/g)).toHaveLength(1);
    expect(message.match(/ALLOWED_GUILDS/g)).toHaveLength(1);
    expect(message).toContain('LOG_LEVEL');
    expect(message).not.toContain('super-secret-token-value');
  });

  it('reads REPORT_DATABASE_URL as a PostgreSQL URL, and never shows it (it may hold a password)', () => {
    const url = 'postgres://desk:pa%40ss@db.example:5433/reports';
    expect(readSettings(corpusSettings, { REPORT_DATABASE_URL: ` ${url} ` }).REPORT_DATABASE_URL).toBe(url);
    expect(readConfig({ REPORT_DATABASE_URL: 'postgresql://localhost/reports' }).REPORT_DATABASE_URL).toBe(
      'postgresql://localhost/reports',
    );
    expect(readConfig({ REPORT_DATABASE_URL: '' }).REPORT_DATABASE_URL).toBeUndefined();
    for (const bad of [
      'mysql://root:hunter2@db/reports',
      'postgres://root:hunter2@db',
      'not a url hunter2',
      `postgres://hunter2@${'x'.repeat(5000)}`,
      '\u0000hunter2',
    ]) {
      const message = messageFor({ REPORT_DATABASE_URL: bad });
      expect(message).toContain('REPORT_DATABASE_URL: must be a PostgreSQL URL');
      expect(message).not.toContain('hunter2');
    }
  });

  it('shows a huge or odd value cut short, as given', () => {
    const message = messageFor({ LOG_LEVEL: `\u202e${'x'.repeat(5000)}` });
    expect(message.length).toBeLessThan(300);
    expect(message).toContain('…');
  });
});
