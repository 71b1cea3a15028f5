/**
 * A command's arguments, typed from the options it declares (the pattern of
 * discord-utils-bot's ArgumentsOf) and read from the options Discord sends as
 * raw API JSON, which both edges hand over as they get it and which is not
 * trusted: an option of another type, or a required one missing, is a problem
 * named, never a value a handler reads.
 */
import { ApplicationCommandOptionType as OptionType } from 'discord-api-types/v10';

/** An option as a command declares it, as far as reading arguments goes. */
export interface OptionData {
  readonly type: OptionType;
  readonly name: string;
  readonly required?: boolean;
}

/** What each option type gives a handler. */
interface Values {
  [OptionType.String]: string;
  [OptionType.Integer]: number;
  [OptionType.Number]: number;
  [OptionType.Boolean]: boolean;
}
type Primitive = keyof Values;
const JS_TYPE: Record<Primitive, 'string' | 'number' | 'boolean'> = {
  [OptionType.String]: 'string',
  [OptionType.Integer]: 'number',
  [OptionType.Number]: 'number',
  [OptionType.Boolean]: 'boolean',
};

type Declared<D> = D extends { readonly options: readonly (infer O extends OptionData)[] } ? O : never;
type ValueOf<O extends OptionData> = O['type'] extends Primitive ? Values[O['type']] : never;

type Flat<T> = { [K in keyof T]: T[K] };

/** The arguments of a command: each declared option by name, its value typed, required ones always present. */
export type ArgumentsOf<D extends { readonly options?: readonly OptionData[] }> = Flat<
  { [O in Extract<Declared<D>, { required: true }> as O['name']]: ValueOf<O> } & {
    [O in Exclude<Declared<D>, { required: true }> as O['name']]?: ValueOf<O>;
  }
>;

export type Parsed<A> = { ok: true; args: A } | { ok: false; problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isPrimitive = (type: OptionType): type is Primitive => type in JS_TYPE;

function fits(option: OptionData, sent: Record<string, unknown>): sent is { value: string | number | boolean } {
  const { value } = sent;
  if (sent.type !== option.type || !isPrimitive(option.type) || typeof value !== JS_TYPE[option.type]) return false;
  return option.type !== OptionType.Integer || Number.isSafeInteger(value);
}

/**
 * Reads `options` as Discord sends them (`data.options`) into the arguments `data` declares; unknown ones are let be.
 */
export function argumentsOf<D extends { readonly options?: readonly OptionData[] }>(
  data: D,
  options: unknown,
): Parsed<ArgumentsOf<D>> {
  const sent = Array.isArray(options) ? options.filter(isRecord) : [];
  const args: Record<string, string | number | boolean> = {};
  for (const option of data.options ?? []) {
    const given = sent.find((o) => o.name === option.name);
    if (given && fits(option, given)) args[option.name] = given.value;
    else if (given || option.required) return { ok: false, problem: option.name };
  }
  // Every declared option was read with its declared type above: the record is the arguments the type says.
  return { ok: true, args: args as ArgumentsOf<D> };
}

/** The option being typed in an autocomplete interaction, as text (whatever its type, Discord sends what is typed). */
export function focusedOf(options: unknown): { name: string; value: string } | undefined {
  const focused = (Array.isArray(options) ? options : []).find((o) => isRecord(o) && o.focused === true);
  if (!isRecord(focused) || typeof focused.name !== 'string') return undefined;
  const { value } = focused;
  return { name: focused.name, value: typeof value === 'string' || typeof value === 'number' ? String(value) : '' };
}
