/** Options more than one command declares, written once: the search filters, "private", and their completion. */
import {
  ApplicationCommandOptionType as OptionType,
  type APIApplicationCommandStringOption,
} from 'discord-api-types/v10';
import {
  FACETS,
  FILTERS,
  type CompletionField,
  type Desk,
  type Facet,
  type Filter,
  type SearchFilters,
  type Sort,
  SORTS,
} from '../../desk.ts';
import { LIMITS, renderChoices, type Choice } from '../../render/discord.ts';

/** Longer queries are cut by the desk anyway; Discord's own input stops here. */
export const MAX_QUERY_LENGTH = 500;

/** A query that means "every report the filters keep", for commands that draw or pick from them. */
export const EVERY = '*';

/** The words of a query option, "*" read as none. */
export const queryWords = (query: string) => (query.trim() === EVERY ? '' : query);

const SORT_NAMES: Record<Sort, string> = {
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
  casualties: 'Most casualties (KIA + WIA)',
};

/** The order of search results, as a choice. */
export const SORT = {
  type: OptionType.String,
  name: 'sort',
  description: 'Order: best match (default), newest, oldest, or most casualties (KIA + WIA)',
  choices: SORTS.map((value) => ({ name: SORT_NAMES[value], value })),
} as const;

export const PRIVATE = {
  type: OptionType.Boolean,
  name: 'private',
  description: 'Show the reply to you only',
} as const;

/** What each filter's option says, and how long its value may be (dates are short). */
const FILTER_HELP: Record<Filter, [description: string, maxLength: number]> = {
  from: ['Only reports on or after this date, e.g. 2007-01-01', 40],
  to: ['Only reports on or before this date, e.g. Dec 2007', 40],
  type: ['Only reports of this type, e.g. threat report', 100],
  category: ['Only reports of this category, e.g. IED Explosion', 100],
  region: ['Only reports of this region, e.g. RC SOUTH', 100],
};

const isFacet = (name: string): name is Facet => (FACETS as readonly string[]).includes(name);

/** The search filters as options, in the desk's order; the facets complete from the corpus's values. */
export const FILTER_OPTIONS = FILTERS.map((name): APIApplicationCommandStringOption & { name: Filter } => {
  const [description, max_length] = FILTER_HELP[name];
  const option = { type: OptionType.String, name, description, max_length } as const;
  return isFacet(name) ? { ...option, autocomplete: true } : option;
});

/** The filters among a command's arguments. */
export const filtersIn = (args: SearchFilters): SearchFilters =>
  Object.fromEntries(FILTERS.flatMap((name) => (args[name] === undefined ? [] : [[name, args[name]]])));

/** The desk's completions for what is typed, as choices. */
export async function choices(desk: Desk, field: CompletionField, typed: string): Promise<Choice[]> {
  return renderChoices(field, await desk.complete({ field, typed, limit: LIMITS.choices }));
}

/** Completion of a filter option: the values of a facet present in the corpus; none for dates. */
export const completeFilter = (desk: Desk, name: string, typed: string): Promise<Choice[]> =>
  isFacet(name) ? choices(desk, name, typed) : Promise.resolve([]);

/** Completion of a command with a query and filters: the query's last word, or a filter's values. */
export const completeQueryOrFilter = ({ name, value }: { name: string; value: string }, desk: Desk) =>
  name === 'query' ? choices(desk, 'words', value) : completeFilter(desk, name, value);

/** The query of a command that draws or picks from the matches. */
export const MATCH_QUERY = {
  type: OptionType.String,
  name: 'query',
  description: `Words to look for, e.g. IED; ${EVERY} for every report the filters keep`,
  required: true,
  max_length: MAX_QUERY_LENGTH,
  autocomplete: true,
} as const;
