/** /map: where the matching reports happened, over Afghanistan's borders, as a PNG attachment. */
import { ApplicationCommandType } from 'discord-api-types/v10';
import { mapReply } from '../research-replies.ts';
import { slashCommand } from './command.ts';
import { completeQueryOrFilter, FILTER_OPTIONS, filtersIn, MATCH_QUERY, PRIVATE, queryWords } from './options.ts';

export default slashCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'map',
    description: 'A map of where the matching reports happened',
    options: [MATCH_QUERY, ...FILTER_OPTIONS, PRIVATE],
  },
  help: '`/map query:` where the matching reports happened: points, or density when there are many',
  privately: (args) => args.private ?? false,
  run: (args, { desk }) => mapReply(desk, { query: queryWords(args.query), ...filtersIn(args) }),
  complete: completeQueryOrFilter,
});
