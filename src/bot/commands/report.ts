/** /report: the reports of a day, a month or a year, or one report by id; dates complete from the corpus. */
import { ApplicationCommandOptionType as OptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { reportReply } from '../replies.ts';
import { slashCommand } from './command.ts';
import { choices, PRIVATE } from './options.ts';

export default slashCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'report',
    description: 'The reports of a day, month or year, or one report by id',
    options: [
      {
        type: OptionType.String,
        name: 'date',
        description: '2007-12-30, 30 Dec 2007, 2007-12, 2007, or a report id',
        required: true,
        max_length: 100,
        autocomplete: true,
      },
      PRIVATE,
    ],
  },
  help: '`/report date:` a day (2007-12-30, 30 Dec 2007), a month (2007-12), a year, or a report id',
  privately: (args) => args.private ?? false,
  run: (args, { desk, caller, publicUrl }) => reportReply(desk, args.date, caller.userId, 1, publicUrl),
  complete: ({ name, value }, desk) => (name === 'date' ? choices(desk, 'date', value) : Promise.resolve([])),
});
