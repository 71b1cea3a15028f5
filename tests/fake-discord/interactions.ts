import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  type APIApplicationCommand,
  type APIInteraction,
  type APIMessage,
  type APIMessageButtonInteractionData,
  type APIMessageStringSelectInteractionData,
  type APIUser,
  type GuildMemberFlags,
} from 'discord.js';
import type { Json } from './checks.ts';
import { DEFAULT_PERMISSIONS, makeUser, type FakeGuild } from './guilds.ts';
import { interactionToken, snowflake } from './ids.ts';
import { channelMessage, type MessageDraft } from './messages.ts';
import { commandOptions, type OptionInput } from './options.ts';

/** What builders need to know about the fake they will be dispatched on. */
export interface World {
  applicationId: string;
  guilds: readonly FakeGuild[];
  requireRegisteredCommands: boolean;
  /** Guild commands shadow global ones, as in Discord's command picker. */
  findCommand(type: ApplicationCommandType, name: string, guildId: string): APIApplicationCommand | undefined;
}

/** Builders return factories so ids, guild and registered commands come from the fake they are dispatched on. */
export type InteractionFactory = (world: World) => APIInteraction;

export interface InteractionContext {
  user?: APIUser;
  /** Defaults to the first configured guild and its first channel. */
  guildId?: string;
  channelId?: string;
  locale?: Locale;
  /** The invoking member's permissions (decimal bitfield string). */
  permissions?: string;
  /** The bot's permissions in the channel. */
  appPermissions?: string;
}

export interface ComponentContext extends InteractionContext {
  /** The message carrying the component, as the fake stored it (e.g. `ix.finalMessage()`). */
  message: APIMessage;
}

/** The default invoking user; one per test process so successive interactions share an author. */
export const TEST_USER = makeUser('tester');
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

/** `/name` with options; `name` may include a subcommand path: `'admin reindex'`. */
export function slashCommand(
  name: string,
  options: Record<string, OptionInput> = {},
  ctx: InteractionContext = {},
): InteractionFactory {
  return (world) => commandInteraction(world, InteractionType.ApplicationCommand, name, options, ctx);
}

/** The user is typing into `focusedName`; its value is the partial text (defaults to ''). */
export function autocomplete(
  name: string,
  options: Record<string, OptionInput>,
  focusedName: string,
  ctx: InteractionContext = {},
): InteractionFactory {
  const withFocused = focusedName in options ? options : { ...options, [focusedName]: '' };
  return (world) =>
    commandInteraction(world, InteractionType.ApplicationCommandAutocomplete, name, withFocused, ctx, focusedName);
}

/** Apps → `name` on a message: a bot message from the fake, or a draft a user posted in the channel. */
export function messageContextMenu(
  name: string,
  target: APIMessage | MessageDraft,
  ctx: InteractionContext = {},
): InteractionFactory {
  return (world) => {
    const base = baseInteraction(world, ctx);
    const command = registeredCommand(world, ApplicationCommandType.Message, name, base.guild_id);
    const message =
      'id' in target ? structuredClone(target) : channelMessage(target, base.channel.id, makeUser('reporter'));
    return {
      ...base,
      type: InteractionType.ApplicationCommand,
      data: {
        id: command?.id ?? snowflake(),
        name,
        type: ApplicationCommandType.Message,
        target_id: message.id,
        resolved: { messages: { [message.id]: message } },
        ...(command?.guild_id && { guild_id: command.guild_id }),
      },
    };
  };
}

/** A click on an enabled button of `ctx.message`; throws if a user could not click it. */
export function buttonClick(customId: string, ctx: ComponentContext): InteractionFactory {
  const button = findComponent(ctx.message, customId);
  if (button?.type !== ComponentType.Button)
    throw new Error(
      `message ${ctx.message.id} has no button "${customId}" (it has: ${customIdsOf(ctx.message).join(', ') || 'none'})`,
    );
  if (button.disabled === true)
    throw new Error(`button "${customId}" is disabled; Discord would not let the user click it`);
  return (world) => componentInteraction(world, ctx, { custom_id: customId, component_type: ComponentType.Button });
}

/** A choice in a string select menu of `ctx.message`; values must be its options, within min/max_values. */
export function selectMenu(customId: string, values: string[], ctx: ComponentContext): InteractionFactory {
  const menu = findComponent(ctx.message, customId);
  if (menu?.type !== ComponentType.StringSelect)
    throw new Error(`message ${ctx.message.id} has no string select "${customId}"`);
  if (menu.disabled === true) throw new Error(`select "${customId}" is disabled`);
  const offered = (menu.options as Json[]).map((option) => option.value);
  const unknown = values.filter((value) => !offered.includes(value));
  if (unknown.length > 0) throw new Error(`select "${customId}" does not offer ${unknown.join(', ')}`);
  const min = typeof menu.min_values === 'number' ? menu.min_values : 1;
  const max = typeof menu.max_values === 'number' ? menu.max_values : 1;
  if (values.length < min || values.length > max)
    throw new Error(`select "${customId}" takes ${min}–${max} values, got ${values.length}`);
  return (world) =>
    componentInteraction(world, ctx, { custom_id: customId, component_type: ComponentType.StringSelect, values });
}

function commandInteraction(
  world: World,
  type: InteractionType.ApplicationCommand | InteractionType.ApplicationCommandAutocomplete,
  fullName: string,
  options: Record<string, OptionInput>,
  ctx: InteractionContext,
  focused?: string,
): APIInteraction {
  const [name = '', ...path] = fullName.split(' ');
  const base = baseInteraction(world, ctx);
  const command = registeredCommand(world, ApplicationCommandType.ChatInput, name, base.guild_id);
  return {
    ...base,
    type,
    data: {
      id: command?.id ?? snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: commandOptions(command, path, options, focused),
      ...(command?.guild_id && { guild_id: command.guild_id }),
    },
  };
}

function componentInteraction(
  world: World,
  ctx: ComponentContext,
  data: APIMessageButtonInteractionData | APIMessageStringSelectInteractionData,
): APIInteraction {
  return {
    ...baseInteraction(world, ctx),
    type: InteractionType.MessageComponent,
    message: structuredClone(ctx.message),
    data,
  };
}

function registeredCommand(
  world: World,
  type: ApplicationCommandType,
  name: string,
  guildId: string,
): APIApplicationCommand | undefined {
  const command = world.findCommand(type, name, guildId);
  if (!command && world.requireRegisteredCommands) {
    throw new Error(`"${name}" is not a registered command; Discord only sends interactions for registered commands`);
  }
  return command;
}

/** Everything a guild interaction carries besides its type and data. */
function baseInteraction(world: World, ctx: InteractionContext) {
  const guild = ctx.guildId === undefined ? world.guilds[0] : world.guilds.find((g) => g.id === ctx.guildId);
  if (!guild) throw new Error(`unknown guild ${ctx.guildId ?? '(none configured)'}`);
  const position = ctx.channelId === undefined ? 0 : guild.channels.findIndex((c) => c.id === ctx.channelId);
  const channel = guild.channels[position];
  if (!channel) throw new Error(`guild ${guild.id} has no channel ${ctx.channelId ?? '(none configured)'}`);
  const user = ctx.user ?? TEST_USER;
  return {
    id: snowflake(),
    application_id: world.applicationId,
    token: interactionToken(),
    version: 1 as const,
    guild: { id: guild.id, locale: Locale.EnglishUS, features: [] },
    guild_id: guild.id,
    guild_locale: Locale.EnglishUS,
    channel: {
      id: channel.id,
      type: ChannelType.GuildText as const,
      guild_id: guild.id,
      name: channel.name,
      position,
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
    },
    channel_id: channel.id,
    member: {
      user,
      roles: [],
      permissions: ctx.permissions ?? DEFAULT_PERMISSIONS,
      joined_at: guild.joinedAt,
      nick: null,
      avatar: null,
      banner: null,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      pending: false,
      communication_disabled_until: null,
    },
    app_permissions: ctx.appPermissions ?? DEFAULT_PERMISSIONS,
    locale: ctx.locale ?? Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guild.id },
    context: InteractionContextType.Guild,
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
}

/** Finds a component by custom_id anywhere in a message, including Components V2 nesting. */
function findComponent(message: APIMessage, customId: string): Json | undefined {
  return walk(message.components ?? []).find((component) => component.custom_id === customId);
}

function customIdsOf(message: APIMessage): string[] {
  return walk(message.components ?? []).flatMap((component) =>
    typeof component.custom_id === 'string' ? [component.custom_id] : [],
  );
}

function walk(components: readonly unknown[]): Json[] {
  return (components as Json[]).flatMap((component) => [
    component,
    ...walk(Array.isArray(component.components) ? component.components : []),
    ...(component.accessory ? walk([component.accessory]) : []),
  ]);
}
