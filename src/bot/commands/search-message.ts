/** Apps → Search reports: a search for the text of the message it is run on. */
import { ApplicationCommandType } from 'discord-api-types/v10';
import { renderError } from '../../render/discord.ts';
import { searchReply } from '../replies.ts';
import type { MessageCommand } from './command.ts';
import { MAX_QUERY_LENGTH } from './options.ts';

export default {
  data: { type: ApplicationCommandType.Message, name: 'Search reports' },
  help: 'Right-click a message → Apps → **Search reports** to search its text.',
  run(message, { desk, caller }) {
    const text = message.content.slice(0, MAX_QUERY_LENGTH);
    if (!text.trim()) return renderError('That message has no text to search for.');
    return searchReply(desk, { query: text, page: 1, owner: caller.userId });
  },
} satisfies MessageCommand;
