/** Every setting, read and checked once at start-up, with messages that say how to fix it. */
import { z } from 'zod';

const list = z
  .string()
  .optional()
  .transform((s) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean));

const schema = z.object({
  DISCORD_TOKEN: z.string().trim().optional(),
  DISCORD_CLIENT_ID: z.string().trim().regex(/^\d{15,21}$/, 'must be the application id, a number of 15–21 digits').optional(),
  DISCORD_GUILD_ID: z.string().trim().regex(/^\d{15,21}$/, 'must be a server id, a number of 15–21 digits').optional(),
  DISCORD_API_BASE: z.url({ protocol: /^https?$/ }).default('https://discord.com/api'),
  REPORT_CORPUS: list,
  INDEX_CACHE_DIR: z.string().trim().optional(),
  ALLOW_REJECTS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  COOLDOWN_SECONDS: z.coerce.number().min(0).max(3600).default(2),
  ALLOWED_GUILDS: list.pipe(z.array(z.string().regex(/^\d{15,21}$/, 'each entry must be a server id'))),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty settings in .env mean "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(`invalid settings:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}
