/** /search: keywords, a quoted phrase, filters; five results a page, with buttons to page and a menu to open one. */
import { ApplicationCommandOptionType as OptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { SORTS } from '../../desk.ts';
import { renderError } from '../../render/discord.ts';
import { searchReply } from '../replies.ts';
import { slashCommand } from './command.ts';
import { completeQueryOrFilter, FILTER_OPTIONS, filtersIn, MAX_QUERY_LENGTH, PRIVATE, SORT } from './options.ts';

export default slashCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'search',
    description: 'Search the reports by keyword; quote a phrase to rank it first',
    options: [
      {
        type: OptionType.String,
        name: 'query',
        description: 'Words to look for, e.g. Iranian C4; * with filters lists them all',
        required: true,
        max_length: MAX_QUERY_LENGTH,
        autocomplete: true,
      },
      ...FILTER_OPTIONS,
      SORT,
      PRIVATE,
    ],
  },
  help: '`/search query:` keywords; quote a phrase; filter with `from:` `to:` `type:`',
  privately: (args) => args.private ?? false,
  run(args, { desk, caller }) {
    if (args.query.length > MAX_QUERY_LENGTH)
      return renderError(`Queries are limited to ${MAX_QUERY_LENGTH} characters.`);
    const sort = SORTS.find((s) => s === args.sort);
    return searchReply(desk, { query: args.query, ...filtersIn(args), sort, page: 1, owner: caller.userId });
  },
  complete: completeQueryOrFilter,
});
