import { ApplicationCommandOptionType, ApplicationCommandType, type APIApplicationCommand } from 'discord.js';
import { charCount, Checks, type Json } from './checks.ts';
import { invalidFormBody, type Path } from './errors.ts';
import { snowflake } from './ids.ts';

/** Discord's documented naming rule for CHAT_INPUT commands and options (plus: lowercase where a lowercase form exists). */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_COMMANDS: Record<number, number> = {
  [ApplicationCommandType.ChatInput]: 100,
  [ApplicationCommandType.User]: 15,
  [ApplicationCommandType.Message]: 15,
};
const CHOICE_TYPES = new Set<unknown>([
  ApplicationCommandOptionType.String,
  ApplicationCommandOptionType.Integer,
  ApplicationCommandOptionType.Number,
]);
const SUBCOMMANDS = new Set<unknown>([
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
]);
/** Name + description + choice text of a command and everything nested in it. */
const MAX_COMBINED_CHARS = 4000;

/**
 * Validates a bulk-overwrite body and returns the stored commands. Ids survive an overwrite when
 * name and type match, as on Discord, so interactions for a re-registered command keep their command id.
 */
export function overwriteCommands(
  body: unknown,
  previous: readonly APIApplicationCommand[],
  applicationId: string,
  guildId?: string,
): APIApplicationCommand[] {
  const c = new Checks();
  const items = c.list(body, [], Number.MAX_SAFE_INTEGER, { required: true });
  const seen = new Set<string>();
  const perType = new Map<unknown, number>();
  items.forEach((item, i) => {
    const command = c.object(item, [i]);
    const type = command.type ?? ApplicationCommandType.ChatInput;
    checkCommand(c, command, type, [i]);
    const key = `${String(type)}:${String(command.name)}`;
    if (seen.has(key))
      c.fail([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    seen.add(key);
    perType.set(type, (perType.get(type) ?? 0) + 1);
  });
  for (const [type, count] of perType) {
    const max = MAX_COMMANDS[type as number];
    if (max !== undefined && count > max)
      c.fail(
        [],
        'APPLICATION_COMMANDS_TOO_MANY',
        `Maximum number of application commands of type ${String(type)} reached (${max}).`,
      );
  }
  if (c.violations.length > 0) throw invalidFormBody(c.violations);

  return (items as Json[]).map((command) => {
    const type = (command.type ?? ApplicationCommandType.ChatInput) as ApplicationCommandType;
    const kept = previous.find((old) => old.name === command.name && old.type === type);
    return {
      ...command,
      id: kept?.id ?? snowflake(),
      application_id: applicationId,
      version: snowflake(),
      type,
      description: command.description ?? '',
      default_member_permissions: command.default_member_permissions ?? null,
      nsfw: command.nsfw ?? false,
      ...(guildId ? { guild_id: guildId } : {}),
    } as APIApplicationCommand;
  });
}

function checkCommand(c: Checks, command: Json, type: unknown, path: Path): void {
  if (type === ApplicationCommandType.ChatInput) {
    checkChatInputName(c, command.name, [...path, 'name']);
    c.text(command.description, [...path, 'description'], 100, { min: 1, required: true });
    checkOptions(c, command.options, [...path, 'options'], 0);
    const combined = combinedChars(command);
    if (combined > MAX_COMBINED_CHARS) {
      c.fail(path, 'APPLICATION_COMMAND_TOO_LARGE', `Command exceeds maximum size (${MAX_COMBINED_CHARS})`);
    }
  } else if (type === ApplicationCommandType.User || type === ApplicationCommandType.Message) {
    c.text(command.name, [...path, 'name'], 32, { min: 1, required: true });
    if (command.description)
      c.fail(
        [...path, 'description'],
        'APPLICATION_COMMAND_DESCRIPTION_NOT_ALLOWED',
        'Context menu commands cannot have a description.',
      );
    if (command.options !== undefined)
      c.fail(
        [...path, 'options'],
        'APPLICATION_COMMAND_OPTIONS_NOT_ALLOWED',
        'Context menu commands cannot have options.',
      );
  } else {
    c.fail([...path, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3}.');
  }
}

function checkChatInputName(c: Checks, name: unknown, path: Path): void {
  if (c.text(name, path, 32, { min: 1, required: true }) === 0 || typeof name !== 'string') return;
  if (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase()) {
    c.fail(path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid`);
  }
}

/** depth 0: command level; 1: inside a subcommand or group; 2: inside a grouped subcommand. */
function checkOptions(c: Checks, value: unknown, path: Path, depth: number): void {
  const options = c.list(value, path, 25);
  const names = new Set<unknown>();
  let sawOptional = false;
  const subcommandCount = options.filter((option) => SUBCOMMANDS.has((option as Json | null)?.type)).length;
  if (subcommandCount > 0 && subcommandCount < options.length) {
    c.fail(
      path,
      'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
      'Sub-commands and sub-command groups cannot be mixed with other options.',
    );
  }
  options.forEach((item, i) => {
    const optionPath = [...path, i];
    const option = c.object(item, optionPath);
    checkChatInputName(c, option.name, [...optionPath, 'name']);
    c.text(option.description, [...optionPath, 'description'], 100, { min: 1, required: true });
    if (names.has(option.name))
      c.fail([...optionPath, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
    names.add(option.name);
    if (option.required === true && sawOptional) {
      c.fail(
        [...optionPath, 'required'],
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    }
    if (option.required !== true) sawOptional = true;

    if (option.type === ApplicationCommandOptionType.SubcommandGroup) {
      if (depth > 0)
        c.fail(
          [...optionPath, 'type'],
          'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
          'Sub-command groups can only be top-level options.',
        );
      const inner = c.list(option.options, [...optionPath, 'options'], 25);
      if (inner.some((sub) => (sub as Json | null)?.type !== ApplicationCommandOptionType.Subcommand)) {
        c.fail(
          [...optionPath, 'options'],
          'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
          'Sub-command groups may only contain sub-commands.',
        );
      }
      checkOptions(c, option.options, [...optionPath, 'options'], 1);
    } else if (option.type === ApplicationCommandOptionType.Subcommand) {
      if (depth > 1)
        c.fail(
          [...optionPath, 'type'],
          'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
          'Sub-commands cannot be nested this deep.',
        );
      checkOptions(c, option.options, [...optionPath, 'options'], 2);
    } else {
      checkValueOption(c, option, optionPath);
    }
  });
}

function checkValueOption(c: Checks, option: Json, path: Path): void {
  if (typeof option.type !== 'number' || !(option.type in ApplicationCommandOptionType) || option.type < 3) {
    c.fail([...path, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.');
  }
  if (option.choices !== undefined) {
    if (!CHOICE_TYPES.has(option.type))
      c.fail(
        [...path, 'choices'],
        'APPLICATION_COMMAND_OPTION_CHOICES_NOT_ALLOWED',
        'Only string, integer and number options can have choices.',
      );
    if (option.autocomplete === true)
      c.fail(
        [...path, 'autocomplete'],
        'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID',
        'Autocomplete cannot be enabled on options with choices.',
      );
    c.list(option.choices, [...path, 'choices'], 25).forEach((item, i) => {
      const choice = c.object(item, [...path, 'choices', i]);
      c.text(choice.name, [...path, 'choices', i, 'name'], 100, { min: 1, required: true });
      if (typeof choice.value === 'string') c.text(choice.value, [...path, 'choices', i, 'value'], 100, { min: 1 });
    });
  }
  if (option.type === ApplicationCommandOptionType.String) {
    c.integer(option.min_length, [...path, 'min_length'], 0, 6000);
    c.integer(option.max_length, [...path, 'max_length'], 1, 6000);
  } else if (option.min_length !== undefined || option.max_length !== undefined) {
    c.fail(
      path,
      'APPLICATION_COMMAND_OPTION_LENGTH_NOT_ALLOWED',
      'Only string options can have min_length/max_length.',
    );
  }
}

function combinedChars(node: Json): number {
  const own = [node.name, node.description].reduce<number>(
    (sum, text) => sum + (typeof text === 'string' ? charCount(text) : 0),
    0,
  );
  const choices = (Array.isArray(node.choices) ? (node.choices as Json[]) : []).reduce<number>(
    (sum, choice) => sum + charCount(String(choice.name ?? '')) + charCount(String(choice.value ?? '')),
    0,
  );
  const options = (Array.isArray(node.options) ? (node.options as Json[]) : []).reduce<number>(
    (sum, option) => sum + combinedChars(option),
    0,
  );
  return own + choices + options;
}
