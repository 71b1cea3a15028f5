/** /random: one report picked at random among those the filters keep, to browse the corpus. */
import { ApplicationCommandType } from 'discord-api-types/v10';
import { randomReply } from '../research-replies.ts';
import { slashCommand } from './command.ts';
import { completeFilter, FILTER_OPTIONS, filtersIn, PRIVATE } from './options.ts';

export default slashCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'random',
    description: 'A report picked at random, within the filters if given',
    options: [...FILTER_OPTIONS, PRIVATE],
  },
  help: '`/random` a report at random; filter with `from:` `to:` `type:` `category:` `region:`',
  privately: (args) => args.private ?? false,
  run: (args, { desk, publicUrl }) => randomReply(desk, { query: '', ...filtersIn(args) }, publicUrl),
  complete: ({ name, value }, desk) => completeFilter(desk, name, value),
});
