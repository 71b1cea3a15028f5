/**
 * Helpers for the end-to-end bot tests: the real bot (createBot + login) against the fake Discord,
 * a logger writing into memory, a desk whose search can be made slow or failing, and readers for
 * what a user sees in a message (buttons, menus, embeds).
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { ComponentType, Events, type APIEmbed, type APIMessage, type Client } from 'discord.js';
import { createBot, type BotConfig } from '../../src/bot/bot.ts';
import type { Desk } from '../../src/desk.ts';
import { createLogger, type Logger } from '../../src/log.ts';

/** Every line pino writes, kept in memory so tests can read the log. */
export class MemoryLog {
  readonly lines: string[] = [];
  readonly logger: Logger;

  constructor(level: string, secrets: string[]) {
    this.logger = createLogger(level, secrets, { write: (line: string) => void this.lines.push(line) });
  }

  get text(): string {
    return this.lines.join('');
  }

  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

export interface RunningBot {
  client: Client;
  stop(): Promise<void>;
}

/** createBot + login, resolved once discord.js says it is ready. */
export async function startBot(desk: Desk, config: BotConfig, log: Logger, token: string): Promise<RunningBot> {
  const client = createBot(desk, config, log);
  const ready = once(client, Events.ClientReady);
  await client.login(token);
  await ready;
  return { client, stop: () => client.destroy() };
}

/** Words in a query that make the test desk misbehave, so one bot can serve every test. */
export const SLOW = 'slowly';
/** Slow only for pages after the first: the first page answers at once, the click is slow. */
export const SLOW_PAGES = 'slowpages';
export const BOOM = 'kaboom';

/**
 * The shipped desk, with a search that is asynchronous (as a desk in a worker or behind a network
 * would be): slow when the query holds SLOW (or SLOW_PAGES past page 1), failing when it holds BOOM.
 * The failure quotes `secret` so the tests can check that the log scrubs it.
 */
export function misbehavingDesk(desk: Desk, slowMs: number, secret: string): Desk {
  return {
    ...desk,
    search: async (request) => {
      const words = new Set(request.query.toLowerCase().split(/\s+/));
      if (words.has(SLOW) || (words.has(SLOW_PAGES) && (request.offset ?? 0) > 0)) await sleep(slowMs);
      if (words.has(BOOM)) throw new Error(`search backend refused the request (credentials ${secret})`);
      return desk.search(request);
    },
  };
}

type Component = {
  type: number;
  custom_id?: string;
  label?: string;
  disabled?: boolean;
  options?: { label: string; value: string; description?: string }[];
  components?: Component[];
};

/** Every component of a message, rows flattened. */
export function componentsOf(message: APIMessage): Component[] {
  const walk = (list: Component[]): Component[] => list.flatMap((c) => [c, ...walk(c.components ?? [])]);
  return walk((message.components ?? []) as unknown as Component[]);
}

export function buttons(message: APIMessage): Component[] {
  return componentsOf(message).filter((c) => c.type === ComponentType.Button);
}

/** The button whose label matches, e.g. /Next/; throws when the message has none. */
export function button(message: APIMessage, label: RegExp): Component & { custom_id: string } {
  const found = buttons(message).find((b) => label.test(b.label ?? ''));
  if (!found?.custom_id)
    throw new Error(
      `no button ${label} on the message (buttons: ${
        buttons(message)
          .map((b) => b.label)
          .join(', ') || 'none'
      })`,
    );
  return found as Component & { custom_id: string };
}

export function selectMenuOf(message: APIMessage): Component & { custom_id: string } {
  const found = componentsOf(message).find((c) => c.type === ComponentType.StringSelect);
  if (!found?.custom_id) throw new Error('no select menu on the message');
  return found as Component & { custom_id: string };
}

export function firstEmbed(message: APIMessage): APIEmbed {
  const embed = message.embeds[0];
  if (!embed) throw new Error(`the message has no embed (content: ${JSON.stringify(message.content)})`);
  return embed;
}
