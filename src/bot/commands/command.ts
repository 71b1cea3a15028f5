/**
 * What a command module is: its registration data (plain API JSON, declared
 * once), and a handler that takes the arguments typed from that data and who
 * asked, and returns a reply payload. No discord.js here: the gateway edge
 * (bot.ts) and an HTTP edge run the same modules, each answering in its way.
 */
import type {
  APIApplicationCommandBasicOption,
  ApplicationCommandType,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Desk } from '../../desk.ts';
import type { Choice, Reply } from '../../render/discord.ts';
import type { ArgumentsOf } from './arguments.ts';

/**
 * A slash command's registration, as `as const` data keeps it: its options' literal names and types type its arguments.
 */
export type SlashData = Readonly<Omit<RESTPostAPIChatInputApplicationCommandsJSONBody, 'options'>> & {
  readonly type: ApplicationCommandType.ChatInput;
  readonly options?: readonly APIApplicationCommandBasicOption[];
};
export type MessageData = Readonly<RESTPostAPIContextMenuApplicationCommandsJSONBody> & {
  readonly type: ApplicationCommandType.Message;
};

/** Who ran a command, where: what both edges know of every interaction. */
export interface Caller {
  userId: string;
  guildId?: string;
  locale?: string;
}

export interface Context {
  desk: Desk;
  caller: Caller;
  /** The help line of every command, in the list's order (for /about). */
  help: string[];
  /** Where the report pages are served (PUBLIC_URL): replies carry a link to a report's page when it is set. */
  publicUrl?: string;
}

export interface SlashCommand<D extends SlashData = SlashData> {
  data: D;
  /** What /about says of it, if anything. */
  help?: string;
  /** Whether the reply is seen by the caller alone: known before any work, as a deferral must say it. */
  privately(args: ArgumentsOf<D>): boolean;
  /** Its answers often take seconds: acknowledged at once where the edge can (HTTP mode), then edited in. */
  slow?: boolean;
  run(args: ArgumentsOf<D>, context: Context): Reply | Promise<Reply>;
  /** Choices for the option being typed, for options declared with autocomplete. */
  complete?(focused: { name: string; value: string }, desk: Desk): Promise<Choice[]>;
}

/** A command on a message's menu (Apps): it reads the message's text. Its reply is the caller's alone. */
export interface MessageCommand {
  data: MessageData;
  help?: string;
  run(message: { content: string }, context: Context): Reply | Promise<Reply>;
}

export type Command = SlashCommand | MessageCommand;

/** Checks a slash command against its own data: the arguments its handler reads are those the data declares. */
export const slashCommand = <const D extends SlashData>(command: SlashCommand<D>): SlashCommand<D> => command;
