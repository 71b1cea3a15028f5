/** Registers the command list with Discord: in one server while developing, or globally. */
import { REST, Routes } from 'discord.js';
import { COMMANDS } from './commands/index.ts';
import { explainDiscordError } from './discord-check.ts';

export interface DeployTarget {
  token: string;
  clientId: string;
  guildId?: string;
  apiBase: string;
}

export async function deployCommands(target: DeployTarget): Promise<{ name: string; id: string }[]> {
  const rest = new REST({ api: target.apiBase, retries: 1 }).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.clientId, target.guildId)
    : Routes.applicationCommands(target.clientId);
  try {
    return (await rest.put(route, { body: COMMANDS.map((c) => c.data) })) as { name: string; id: string }[];
  } catch (error) {
    throw explainDiscordError(error, target.apiBase);
  }
}
