/**
 * What each command and button answers, as Discord payloads: the desk's
 * results through the renderers. Pure: no discord.js, so every path is unit-testable.
 */
import type { Desk } from '../desk.ts';
import { deskErrorText } from '../render/errors.ts';
import { parseCustomId, stateHash, type SearchState } from '../render/custom-id.ts';
import {
  PAGE_SIZE,
  renderAbout,
  renderAnswer,
  renderError,
  renderFullReport,
  renderReportResults,
  renderSearchPage,
  searchFooterLines,
  type Reply,
} from '../render/discord.ts';

type Awaitable<T> = T | Promise<T>;
type BotDesk = Desk;

export async function searchReply(desk: BotDesk, state: SearchState): Promise<Reply> {
  const { query, from, to, type, category, region } = state;
  const outcome = await desk.search({ query, from, to, type, category, region, limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE });
  if (!outcome.ok) return renderError(deskErrorText(outcome.error));
  if (outcome.total > 0 && outcome.results.length === 0) {
    return searchReply(desk, { ...state, page: Math.ceil(outcome.total / PAGE_SIZE) });
  }
  return renderSearchPage(outcome, state);
}

export async function reportReply(desk: BotDesk, input: string, owner: string, page = 1): Promise<Reply> {
  const outcome = await desk.report(input, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  if (!outcome.ok) return renderError(deskErrorText(outcome.error));
  if (outcome.total > 0 && outcome.results.length === 0) return reportReply(desk, input, owner, Math.ceil(outcome.total / PAGE_SIZE));
  return renderReportResults(outcome, owner);
}

export async function askReply(desk: BotDesk, question: string): Promise<Reply> {
  const outcome = await desk.ask(question);
  return outcome.ok ? renderAnswer(outcome) : renderError(deskErrorText(outcome.error));
}

export const aboutReply = async (desk: BotDesk): Promise<Reply> => renderAbout(await desk.stats());

export async function openReportReply(desk: BotDesk, id: string, page = 1): Promise<Reply> {
  const outcome = await desk.report(id, { limit: 1 });
  // Only the report of exactly this id: an id that is gone must not open whatever else it reads as.
  const report = outcome.ok && outcome.matchedAs.kind === 'id' ? outcome.results[0]?.report : undefined;
  return report?.id === id ? { ...renderFullReport(report, page), ephemeral: true } : renderError('That report is no longer in the corpus.');
}

/** What a click answers: a new page of the same message, a reply of its own, or a refusal (the reply may still be in the making). */
export type ClickAnswer = { update: Awaitable<Reply> } | { reply: Awaitable<Reply> };

export interface Click {
  customId: string;
  values: string[];
  userId: string;
  /** Footer of the message's first embed, where long searches keep their words. */
  footer?: string;
}

const notYours = { reply: renderError('Only the person who ran this command can turn its pages. Run it yourself to get your own.') };
const unknown = { reply: renderError('This button is not one of mine, or it has expired. Run the command again.') };

export function clickAnswer(desk: BotDesk, click: Click): ClickAnswer {
  const action = parseCustomId(click.customId);
  if (!action) return unknown;
  switch (action.kind) {
    case 'open-report':
      return click.values[0] ? { reply: openReportReply(desk, click.values[0]) } : unknown;
    case 'full-report':
      // A full report is shown privately to whoever opened it, so whoever sees it may page it.
      return { update: openReportReply(desk, action.id, action.page) };
    case 'date':
      return { reply: reportReply(desk, action.date, click.userId).then((r) => ({ ...r, ephemeral: true })) };
    case 'report-page':
      return action.owner === click.userId ? { update: reportReply(desk, action.input, action.owner, action.page) } : notYours;
    case 'search-page':
      return action.state.owner === click.userId ? { update: searchReply(desk, action.state) } : notYours;
    case 'search-page-hashed': {
      if (action.owner !== click.userId) return notYours;
      const state = stateFromFooter(click.footer ?? '');
      if (!state || stateHash(state) !== action.hash) return unknown;
      return { update: searchReply(desk, { ...state, page: action.page, owner: action.owner }) };
    }
  }
}

/** Reads back the search a footer describes (see searchFooterLines); null when it is not one. */
export function stateFromFooter(footer: string): Omit<SearchState, 'page' | 'owner'> | null {
  const lines = footer.split('\n');
  const query = lines.find((l) => l.startsWith('Query: '))?.slice('Query: '.length);
  if (query === undefined) return null;
  const filters = lines.find((l) => l.startsWith('Filters: '))?.slice('Filters: '.length).split(' · ') ?? [];
  const value = (name: string) => filters.find((f) => f.startsWith(`${name} `))?.slice(name.length + 1);
  const state = { query, from: value('from'), to: value('to'), type: value('type'), category: value('category'), region: value('region') };
  // Only a footer this bot wrote reads back to itself.
  return searchFooterLines(state).every((l) => lines.includes(l)) ? state : null;
}
