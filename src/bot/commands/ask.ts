/** /ask: a plain question, answered by quoting the reports. Mentioning the bot asks it too (see mention.ts). */
import { ApplicationCommandOptionType as OptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { renderError } from '../../render/discord.ts';
import { askReply } from '../replies.ts';
import { slashCommand } from './command.ts';
import { MAX_QUERY_LENGTH, PRIVATE } from './options.ts';

export default slashCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'ask',
    description: 'Ask a plain question; the answer quotes the reports',
    options: [
      {
        type: OptionType.String,
        name: 'question',
        description: 'e.g. Who went to North Korea?',
        required: true,
        max_length: MAX_QUERY_LENGTH,
      },
      PRIVATE,
    ],
  },
  help: '`/ask question:` a plain question, answered by quoting the reports',
  privately: (args) => args.private ?? false,
  slow: true,
  run(args, { desk }) {
    if (args.question.length > MAX_QUERY_LENGTH) {
      return renderError(`Questions are limited to ${MAX_QUERY_LENGTH} characters.`);
    }
    return askReply(desk, args.question);
  },
});
