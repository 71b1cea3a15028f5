/**
 * Routes an interaction, as every edge sees it (plain data, no discord.js),
 * to the command or component that answers it, and says how the answer goes
 * out: a new message, public or private; a new page of the message clicked;
 * or autocomplete choices. The server allow-list and the cooldown apply here,
 * the same for every edge.
 */
import { ApplicationCommandType } from 'discord-api-types/v10';
import type { Config } from '../config.ts';
import type { Desk } from '../desk.ts';
import { renderError, type Choice, type Reply } from '../render/discord.ts';
import { argumentsOf, focusedOf } from './commands/arguments.ts';
import type { Caller, Command, Context, MessageCommand } from './commands/command.ts';
import { COMMANDS } from './commands/index.ts';
import type { Click } from './components/component.ts';
import { clickAnswer } from './components/index.ts';
import type { Cooldown } from './cooldown.ts';

/** An interaction: a command (a message command carries its message's text), an autocomplete, or a click. */
export type Incoming =
  | { kind: 'command'; name: string; options?: unknown; message?: { content: string }; caller: Caller }
  | { kind: 'autocomplete'; name: string; options: unknown; caller: Caller }
  | { kind: 'component'; click: Omit<Click, 'userId'>; caller: Caller }
  /** A kind the bot has nothing for: a modal submitted, a user or channel menu, a user's menu command. */
  | { kind: 'unsupported'; caller: Caller };

type Work = () => Reply | Promise<Reply>;
/** `deferAtOnce`: the command's answers take seconds, an edge that can should acknowledge before any work. */
export type Outgoing =
  { reply: Work; privately: boolean; deferAtOnce?: boolean } | { update: Work } | { choices: () => Promise<Choice[]> };

/** What an interaction of a kind the bot has nothing for is answered. */
export const NOT_HANDLED =
  'Report Desk does not handle this kind of interaction. Try `/search`, `/report`, `/ask` or `/about`.';

const refusal = (message: string): Outgoing => ({ reply: () => renderError(message), privately: true });
const isMessageCommand = (command: Command): command is MessageCommand =>
  command.data.type === ApplicationCommandType.Message;

export function dispatcher(desk: Desk, config: Pick<Config, 'ALLOWED_GUILDS' | 'PUBLIC_URL'>, cooldown: Cooldown) {
  const publicUrl = config.PUBLIC_URL;
  const help = COMMANDS.flatMap((c) => c.help ?? []);
  const byName = new Map(COMMANDS.map((c) => [c.data.name, c]));
  return (incoming: Incoming): Outgoing => {
    const { caller } = incoming;
    if (incoming.kind === 'unsupported') return refusal(NOT_HANDLED);
    if (config.ALLOWED_GUILDS.length && !config.ALLOWED_GUILDS.includes(caller.guildId ?? '')) {
      if (incoming.kind === 'autocomplete') return { choices: async () => [] };
      return refusal('Report Desk is not enabled in this server.');
    }
    if (incoming.kind === 'component') {
      const click = clickAnswer({ ...incoming.click, userId: caller.userId }, desk, publicUrl);
      return 'update' in click ? click : { reply: click.reply, privately: true };
    }
    const command = byName.get(incoming.name);
    if (incoming.kind === 'autocomplete') return { choices: () => choicesFor(command, incoming.options, desk) };
    // Autocomplete and buttons are not limited: only running a command is.
    const wait = cooldown.take(caller.userId);
    if (wait > 0) return refusal(`Slow down: you can run another command in ${Math.ceil(wait / 1000)} s.`);
    return command ? run(command, incoming, { desk, caller, help, publicUrl }) : refusal(UNKNOWN_COMMAND);
  };
}

const UNKNOWN_COMMAND = 'Unknown command: the bot may be older than its registered commands.';
const NEWER = 'the bot may be newer than its registered commands.';

function run(command: Command, incoming: Incoming & { kind: 'command' }, context: Context): Outgoing {
  const { message } = incoming;
  if (isMessageCommand(command)) {
    return message ? { reply: () => command.run(message, context), privately: true } : refusal(UNKNOWN_COMMAND);
  }
  if (message) return refusal(UNKNOWN_COMMAND);
  const parsed = argumentsOf(command.data, incoming.options);
  if (!parsed.ok) {
    const { name } = command.data;
    return refusal(`/${name} came without its option "${parsed.problem}", or with another kind of value: ${NEWER}`);
  }
  const work = () => command.run(parsed.args, context);
  return { reply: work, privately: command.privately(parsed.args), deferAtOnce: command.slow };
}

async function choicesFor(command: Command | undefined, options: unknown, desk: Desk): Promise<Choice[]> {
  const focused = focusedOf(options);
  if (!command || isMessageCommand(command) || !command.complete || !focused) return [];
  return command.complete(focused, desk);
}
