/**
 * Every setting, read and checked once, with messages that say what is expected.
 * The corpus settings are the same schema for the CLI and the bot: each reads the part it needs.
 */
import { z } from 'zod';

const SNOWFLAKE = /^\d{15,21}$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const list = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );

const seconds = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, 'must be a number of seconds from 0 to 3600, e.g. 2')
  .transform(Number)
  .pipe(z.number().max(3600, 'must be a number of seconds from 0 to 3600, e.g. 2'))
  .default(2);

const DATABASE_URL = 'must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/reports';
/** A PostgreSQL connection URL: checked here, so a typo is a setting's error rather than a failed connection. */
export const databaseUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.pathname.length > 1;
    } catch {
      return false;
    }
  }, DATABASE_URL);

/** Where the corpus is and how it is opened: read by the CLI and the bot alike. */
export const corpusSettings = z.object({
  /** Set: the desk is served from this PostgreSQL database (imported by `index`), not from memory. */
  REPORT_DATABASE_URL: databaseUrl.optional(),
  REPORT_CORPUS: list,
  INDEX_CACHE_DIR: z.string().trim().optional(),
  ALLOW_REJECTS: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true'),
});

/** How to reach Discord: read by `deploy` and the bot. */
export const discordSettings = z.object({
  DISCORD_TOKEN: z.string().trim().optional(),
  DISCORD_CLIENT_ID: z
    .string()
    .trim()
    .regex(SNOWFLAKE, 'must be the application id, a number of 15–21 digits')
    .optional(),
  DISCORD_GUILD_ID: z.string().trim().regex(SNOWFLAKE, 'must be a server id, a number of 15–21 digits').optional(),
  DISCORD_API_BASE: z
    .url({ protocol: /^https?$/, error: 'must be an http or https URL, e.g. https://discord.com/api' })
    .default('https://discord.com/api'),
});

/** The desk thread's heap limit: four times what the War Diary's desk needs (about 250 MB). */
export const DEFAULT_DESK_HEAP_MB = 1024;
const MEGABYTES = 'must be a whole number of megabytes from 256 to 65536, e.g. 1024';
const megabytes = z
  .string()
  .trim()
  .regex(/^\d+$/, MEGABYTES)
  .transform(Number)
  .pipe(z.number().min(256, MEGABYTES).max(65536, MEGABYTES))
  .default(DEFAULT_DESK_HEAP_MB);

const botSettings = corpusSettings.extend(discordSettings.shape).extend({
  COOLDOWN_SECONDS: seconds,
  ALLOWED_GUILDS: list.pipe(
    z.array(z.string().regex(SNOWFLAKE, 'must list server ids (15–21 digits), comma-separated')),
  ),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  DESK_HEAP_MB: megabytes,
});

export type Config = z.infer<typeof botSettings>;
export type CorpusSettings = z.infer<typeof corpusSettings>;
export type DiscordSettings = z.infer<typeof discordSettings>;

export class ConfigError extends Error {}

/** A value as given, cut by characters (an emoji is never halved) when it is long. */
const shorten = (value: string) => (value.length > 60 ? `${Array.from(value).slice(0, 60).join('')}…` : value);

/** Settings whose values never appear in a message (a database URL may hold a password). */
const SECRET = new Set(['DISCORD_TOKEN', 'REPORT_DATABASE_URL']);

/** Reads the settings a schema names from the environment; throws a ConfigError naming each bad one. */
export function readSettings<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  // Empty settings in .env mean "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const value = given[name];
    const shown = SECRET.has(name) || value === undefined ? '' : ` (it is "${shorten(value)}")`;
    return `  ${name}: ${issue.message}${shown}`;
  });
  throw new ConfigError(`invalid settings:\n${[...new Set(lines)].join('\n')}`);
}

/** Everything the bot reads. */
export const readConfig = (env: NodeJS.ProcessEnv = process.env): Config => readSettings(botSettings, env);
