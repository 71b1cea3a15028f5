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

/**
 * The bot's public address, without a final slash: where people open report pages (report-bot serve, or the bot's
 * HTTP server) and, in HTTP mode, where Discord POSTs interactions (PUBLIC_URL/interactions).
 */
export const publicSettings = z.object({
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http or https URL, e.g. https://reports.example.org' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
});

/** The desk thread's heap limit: four times what the War Diary's desk needs (about 250 MB). */
export const DEFAULT_DESK_HEAP_MB = 1024;
const PORT = 'must be a TCP port from 0 to 65535, e.g. 8080';
const MEGABYTES = 'must be a whole number of megabytes from 256 to 65536, e.g. 1024';
const megabytes = z
  .string()
  .trim()
  .regex(/^\d+$/, MEGABYTES)
  .transform(Number)
  .pipe(z.number().min(256, MEGABYTES).max(65536, MEGABYTES))
  .default(DEFAULT_DESK_HEAP_MB);

const SHARDS = 'must be auto (as many as Discord recommends) or a number of shards from 1 to 10000, e.g. 2';
const shardCount = z
  .string()
  .trim()
  .regex(/^(auto|[1-9]\d{0,3}|10000)$/, SHARDS)
  .default('auto')
  .transform((v) => (v === 'auto' ? ('auto' as const) : Number(v)));

/** How interactions reach the bot, and where its HTTP server (health, metrics, HTTP interactions) listens. */
export const serviceSettings = z.object({
  INTERACTIONS_MODE: z
    .enum(['gateway', 'http'], { error: 'must be gateway (a websocket to Discord) or http (Discord POSTs to the bot)' })
    .default('gateway'),
  DISCORD_PUBLIC_KEY: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key, 64 hexadecimal characters")
    .transform((key) => key.toLowerCase())
    .optional(),
  PORT: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, PORT)
    .transform(Number)
    .pipe(z.number().max(65535, PORT))
    .default(8080),
  HOST: z.string().trim().default('0.0.0.0'),
});

const botSettings = corpusSettings
  .extend(discordSettings.shape)
  .extend(serviceSettings.shape)
  .extend(publicSettings.shape)
  .extend({
    COOLDOWN_SECONDS: seconds,
    ALLOWED_GUILDS: list.pipe(
      z.array(z.string().regex(SNOWFLAKE, 'must list server ids (15–21 digits), comma-separated')),
    ),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    DESK_HEAP_MB: megabytes,
    TOTAL_SHARDS: shardCount,
  })
  .refine((c) => c.INTERACTIONS_MODE !== 'http' || c.DISCORD_PUBLIC_KEY, {
    path: ['DISCORD_PUBLIC_KEY'],
    message: "is needed when INTERACTIONS_MODE=http: the application's public key (portal → General Information)",
  });

export type Config = z.infer<typeof botSettings>;
export type CorpusSettings = z.infer<typeof corpusSettings>;
export type DiscordSettings = z.infer<typeof discordSettings>;
export type ServiceSettings = z.infer<typeof serviceSettings>;

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
