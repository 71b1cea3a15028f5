/** /timeline: a bar chart of the matching reports over time, as a PNG attachment. */
import { ApplicationCommandOptionType as OptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { TIME_UNITS } from '../../desk.ts';
import { timelineReply } from '../research-replies.ts';
import { slashCommand } from './command.ts';
import { completeQueryOrFilter, FILTER_OPTIONS, filtersIn, MATCH_QUERY, PRIVATE, queryWords } from './options.ts';

export default slashCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'timeline',
    description: 'A chart of the matching reports over time',
    options: [
      MATCH_QUERY,
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
  complete: completeQueryOrFilter,
});
