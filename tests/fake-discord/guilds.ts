import {
  ApplicationFlags,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
  type GuildMemberFlags,
  type RoleFlags,
} from 'discord.js';
import { snowflake } from './ids.ts';

export interface GuildOptions {
  id?: string;
  name: string;
  /** Text channels; defaults to a single #general. */
  channels?: { id?: string; name: string }[];
}

export interface FakeChannel {
  id: string;
  name: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  channels: FakeChannel[];
  joinedAt: string;
}

/** Used for @everyone, the invoking member and the bot: enough to run slash commands and read replies. */
export const DEFAULT_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands
).toString();

export function makeUser(username: string, overrides: Partial<APIUser> = {}): APIUser {
  return {
    id: snowflake(),
    username,
    discriminator: '0',
    global_name: username,
    avatar: null,
    ...overrides,
  };
}

export function resolveGuild(options: GuildOptions): FakeGuild {
  const channels = (options.channels ?? [{ name: 'general' }]).map((channel) => ({
    id: channel.id ?? snowflake(),
    name: channel.name,
  }));
  return {
    id: options.id ?? snowflake(),
    name: options.name,
    ownerId: snowflake(),
    channels,
    joinedAt: new Date().toISOString(),
  };
}

/** A complete GUILD_CREATE: discord.js caches the guild, its channels, @everyone and the bot's member from it. */
export function guildCreatePayload(guild: FakeGuild, botUser: APIUser): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    mfa_level: GuildMFALevel.None,
    nsfw_level: GuildNSFWLevel.Default,
    premium_tier: GuildPremiumTier.None,
    premium_progress_bar_enabled: false,
    features: [],
    application_id: null,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    preferred_locale: Locale.EnglishUS,
    hub_type: null,
    incidents_data: null,
    emojis: [],
    stickers: [],
    roles: [
      {
        id: guild.id, // @everyone shares the guild's id
        name: '@everyone',
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: DEFAULT_PERMISSIONS,
        managed: false,
        mentionable: false,
        flags: 0 as RoleFlags, // no role flags set
      },
    ],
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [
      {
        user: botUser,
        nick: null,
        avatar: null,
        banner: null,
        roles: [],
        joined_at: guild.joinedAt,
        premium_since: null,
        deaf: false,
        mute: false,
        flags: 0 as GuildMemberFlags, // no member flags set
        pending: false,
        communication_disabled_until: null,
      },
    ],
    channels: guild.channels.map((channel, position) => ({
      id: channel.id,
      type: ChannelType.GuildText,
      guild_id: guild.id,
      name: channel.name,
      position,
      permission_overwrites: [],
      parent_id: null,
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
    })),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** READY lists every guild as unavailable; discord.js then waits for each one's GUILD_CREATE before `ready`. */
export function readyPayload(
  session: { id: string; resumeUrl: string },
  applicationId: string,
  botUser: APIUser,
  guilds: readonly FakeGuild[],
  shard: [number, number] = [0, 1],
): GatewayReadyDispatchData {
  // A typical unverified bot: message content is a limited (non-privileged) intent for it.
  const flags = ApplicationFlags.GatewayMessageContentLimited;
  return {
    v: 10,
    user: { ...botUser, verified: true, mfa_enabled: false },
    guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: session.id,
    resume_gateway_url: session.resumeUrl,
    shard,
    application: { id: applicationId, flags, flags_new: String(flags) },
  };
}
