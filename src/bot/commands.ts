/** The one list of commands: deployment registers it, dispatch routes by it. */
import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  SlashCommandBuilder,
  type RESTPostAPIApplicationCommandsJSONBody,
  type SlashCommandOptionsOnlyBuilder,
} from 'discord.js';

/** Longer queries are cut by the desk anyway; Discord's own input stops here. */
export const MAX_QUERY_LENGTH = 500;
export const SEARCH_MESSAGE = 'Search reports';

const privateOption = (b: SlashCommandOptionsOnlyBuilder) => b.addBooleanOption((o) => o.setName('private').setDescription('Show the reply to you only'));

export const commands: RESTPostAPIApplicationCommandsJSONBody[] = [
  privateOption(
    new SlashCommandBuilder()
      .setName('search')
      .setDescription('Search the reports by keyword; quote a phrase to rank it first')
      .addStringOption((o) => o.setName('query').setDescription('Words to look for, e.g. Iranian C4; * with filters lists them all').setRequired(true).setMaxLength(MAX_QUERY_LENGTH).setAutocomplete(true))
      .addStringOption((o) => o.setName('from').setDescription('Only reports on or after this date, e.g. 2007-01-01').setMaxLength(40))
      .addStringOption((o) => o.setName('to').setDescription('Only reports on or before this date, e.g. Dec 2007').setMaxLength(40))
      .addStringOption((o) => o.setName('type').setDescription('Only reports of this type, e.g. threat report').setMaxLength(100).setAutocomplete(true))
      .addStringOption((o) => o.setName('category').setDescription('Only reports of this category, e.g. IED Explosion').setMaxLength(100).setAutocomplete(true))
      .addStringOption((o) => o.setName('region').setDescription('Only reports of this region, e.g. RC SOUTH').setMaxLength(100).setAutocomplete(true)),
  ).toJSON(),
  privateOption(
    new SlashCommandBuilder()
      .setName('report')
      .setDescription('The reports of a day, month or year, or one report by id')
      .addStringOption((o) => o.setName('date').setDescription('2007-12-30, 30 Dec 2007, 2007-12, 2007, or a report id').setRequired(true).setMaxLength(100).setAutocomplete(true)),
  ).toJSON(),
  privateOption(
    new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask a plain question; the answer quotes the reports')
      .addStringOption((o) => o.setName('question').setDescription('e.g. Who went to North Korea?').setRequired(true).setMaxLength(MAX_QUERY_LENGTH)),
  ).toJSON(),
  new SlashCommandBuilder().setName('about').setDescription('What the corpus holds and how to use the commands').toJSON(),
  new ContextMenuCommandBuilder().setName(SEARCH_MESSAGE).setType(ApplicationCommandType.Message).toJSON(),
];
