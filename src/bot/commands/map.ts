/** /map: where the matching reports happened, over Afghanistan's borders, as a PNG attachment. */
import { ApplicationCommandOptionType as OptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { mapReply } from '../research-replies.ts';
import { slashCommand } from './command.ts';
import {
  choices,
  completeFilter,
  FILTER_OPTIONS,
  filtersIn,
  MAX_QUERY_LENGTH,
  PRIVATE,
  queryWords,
} from './options.ts';

export default slashCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'map',
    description: 'A map of where the matching reports happened',
    options: [
      {
        type: OptionType.String,
        name: 'query',
        description: 'Words to look for, e.g. IED; * for every report the filters keep',
        required: true,
        max_length: MAX_QUERY_LENGTH,
        autocomplete: true,
      },
      ...FILTER_OPTIONS,
      PRIVATE,
    ],
  },
  help: '`/map query:` where the matching reports happened: points, or density when there are many',
  privately: (args) => args.private ?? false,
  run: (args, { desk }) => mapReply(desk, { query: queryWords(args.query), ...filtersIn(args) }),
  complete: ({ name, value }, desk) =>
    name === 'query' ? choices(desk, 'words', value) : completeFilter(desk, name, value),
});
