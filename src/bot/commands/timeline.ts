/** /timeline: a bar chart of the matching reports over time, as a PNG attachment. */
import { ApplicationCommandOptionType as OptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { TIME_UNITS } from '../../desk.ts';
import { timelineReply } from '../research-replies.ts';
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
    name: 'timeline',
    description: 'A chart of the matching reports over time',
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
      {
        type: OptionType.String,
        name: 'by',
        description: 'Count by day, week, month or year (default: the finest that stays readable)',
        choices: TIME_UNITS.map((unit) => ({ name: unit, value: unit })),
      },
      PRIVATE,
    ],
  },
  help: '`/timeline query:` a chart of the matches over time; `by:` day, week, month, year',
  privately: (args) => args.private ?? false,
  run: (args, { desk }) => timelineReply(desk, { query: queryWords(args.query), ...filtersIn(args), by: args.by }),
  complete: ({ name, value }, desk) =>
    name === 'query' ? choices(desk, 'words', value) : completeFilter(desk, name, value),
});
