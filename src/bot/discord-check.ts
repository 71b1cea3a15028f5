/**
 * Is Discord there, and does it take the token? One REST call answers both
 * before anything slow happens, so either failure is one clear line instead
 * of a stack after the corpus has loaded.
 */
import { DiscordAPIError, REST, Routes, type RESTGetAPIGatewayBotResult } from 'discord.js';

/** Discord could not be reached, or refused the token: said in words, with a code for scripts. */
export class DiscordUnavailable extends Error {
  constructor(
    readonly code: 'discord_unreachable' | 'token_rejected',
    message: string,
  ) {
    super(message);
  }
}

const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The error a REST call failed with, in words when it is the network or the token; others as they are. */
export function explainDiscordError(error: unknown, apiBase: string): unknown {
  if (error instanceof DiscordAPIError && error.status === 401) {
    return new DiscordUnavailable(
      'token_rejected',
      'Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the token under "Bot" in the developer portal' +
        ' and put the new one in .env.',
    );
  }
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code ??
    (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  const timedOut = error instanceof Error && error.name === 'AbortError';
  if (timedOut || (typeof code === 'string' && NETWORK.has(code))) {
    return new DiscordUnavailable(
      'discord_unreachable',
      `cannot reach Discord at ${apiBase} (${timedOut ? 'timed out' : code}): ` +
        'check the network connection, or DISCORD_API_BASE.',
    );
  }
  return error;
}

/**
 * Asks Discord for the gateway with the token: the first thing logging in does anyway. Its answer says how many shards
 * Discord recommends for the bot's servers.
 */
export async function checkDiscord(token: string, apiBase: string): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST({ api: apiBase, retries: 0, timeout: 10_000 }).setToken(token);
  try {
    return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    throw explainDiscordError(error, apiBase);
  }
}
