/** /about: what the corpus holds, and how to use every command. */
import { ApplicationCommandType } from 'discord-api-types/v10';
import { renderAbout } from '../../render/discord.ts';
import { slashCommand } from './command.ts';

export default slashCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'about',
    description: 'What the corpus holds and how to use the commands',
  },
  privately: () => false,
  run: async (_args, { desk, help }) => renderAbout(await desk.stats(), help),
});
