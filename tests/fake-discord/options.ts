import {
  ApplicationCommandOptionType as OptionType,
  type APIApplicationCommand,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
} from 'discord.js';
import { charCount, type Json } from './checks.ts';

export type OptionValue = string | number | boolean;
/** Force a type the value alone cannot tell, e.g. `{ type: ApplicationCommandOptionType.Number, value: 3 }`. */
export type OptionInput = OptionValue | { type: OptionType; value: OptionValue };

const SUPPORTED = new Set<OptionType>([OptionType.String, OptionType.Integer, OptionType.Number, OptionType.Boolean]);

/**
 * Builds `data.options` the way Discord's client would: typed by the registered command when there is one,
 * refusing input the client could not send (unknown or missing options, values outside choices or bounds).
 * `path` names the subcommand group and/or subcommand; `focused` marks an autocomplete's option.
 */
export function commandOptions(
  command: APIApplicationCommand | undefined,
  path: readonly string[],
  values: Record<string, OptionInput>,
  focused?: string,
): APIApplicationCommandInteractionDataOption[] {
  const leaf = command ? leafDefinitions(command, path) : undefined;
  const options = Object.entries(values).map(([name, input]) => {
    const isFocused = name === focused;
    const type = leaf ? definedType(leaf, name, input, isFocused, command?.name ?? '') : inferredType(input);
    // The focused value is the raw text typed so far, whatever the option's type.
    const value = isFocused ? String(valueOf(input)) : valueOf(input);
    return { name, type, value, ...(isFocused && { focused: true }) };
  });
  if (leaf && focused === undefined) {
    const missing = leaf.filter((o) => 'required' in o && o.required && !(o.name in values)).map((o) => o.name);
    if (missing.length > 0) throw new Error(`/${command?.name}: required option(s) missing: ${missing.join(', ')}`);
  }
  const nested = path.reduceRight<Json[]>(
    (inner, name, i) => [
      { name, type: i === path.length - 1 ? OptionType.Subcommand : OptionType.SubcommandGroup, options: inner },
    ],
    options,
  );
  return nested as unknown as APIApplicationCommandInteractionDataOption[]; // shapes built above per option type
}

function leafDefinitions(command: APIApplicationCommand, path: readonly string[]): APIApplicationCommandOption[] {
  let options = command.options ?? [];
  for (const name of path) {
    const next = options.find(
      (o) => o.name === name && (o.type === OptionType.Subcommand || o.type === OptionType.SubcommandGroup),
    );
    if (!next) throw new Error(`/${command.name} has no subcommand (group) "${name}"`);
    options = ('options' in next ? next.options : undefined) ?? [];
  }
  if (options.some((o) => o.type === OptionType.Subcommand || o.type === OptionType.SubcommandGroup)) {
    throw new Error(`/${command.name} ${path.join(' ')}: pick a subcommand; Discord never sends the bare parent`);
  }
  return options;
}

function definedType(
  definitions: APIApplicationCommandOption[],
  name: string,
  input: OptionInput,
  focused: boolean,
  command: string,
): OptionType {
  const definition = definitions.find((o) => o.name === name);
  const where = `/${command} option "${name}"`;
  if (!definition) throw new Error(`${where} is not registered`);
  if (!SUPPORTED.has(definition.type))
    throw new Error(`${where}: the fake builds only string/integer/number/boolean options`);
  const value = valueOf(input);
  if (focused) {
    if (!('autocomplete' in definition && definition.autocomplete))
      throw new Error(`${where} does not have autocomplete enabled`);
    return definition.type;
  }
  const expected =
    { [OptionType.String]: 'string', [OptionType.Boolean]: 'boolean' }[definition.type as number] ?? 'number';
  if (typeof value !== expected || (definition.type === OptionType.Integer && !Number.isInteger(value))) {
    throw new Error(`${where} expects ${OptionType[definition.type]}, got ${JSON.stringify(value)}`);
  }
  const bounds = definition as unknown as Json; // choices/min/max live on different members of the union
  if (Array.isArray(bounds.choices) && !bounds.choices.some((choice: Json) => choice.value === value)) {
    throw new Error(`${where}: ${JSON.stringify(value)} is not one of its choices`);
  }
  const size = typeof value === 'string' ? charCount(value) : undefined;
  const tooShort = size !== undefined && typeof bounds.min_length === 'number' && size < bounds.min_length;
  const tooLong = size !== undefined && typeof bounds.max_length === 'number' && size > bounds.max_length;
  const outOfRange =
    typeof value === 'number' &&
    ((typeof bounds.min_value === 'number' && value < bounds.min_value) ||
      (typeof bounds.max_value === 'number' && value > bounds.max_value));
  if (tooShort || tooLong || outOfRange)
    throw new Error(`${where}: ${JSON.stringify(value)} is outside its registered bounds`);
  return definition.type;
}

function inferredType(input: OptionInput): OptionType {
  if (typeof input === 'object') return input.type;
  if (typeof input === 'string') return OptionType.String;
  if (typeof input === 'boolean') return OptionType.Boolean;
  return Number.isInteger(input) ? OptionType.Integer : OptionType.Number;
}

function valueOf(input: OptionInput): OptionValue {
  return typeof input === 'object' ? input.value : input;
}
