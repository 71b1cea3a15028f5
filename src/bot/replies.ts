/**
 * What each command and button answers, as Discord payloads: the desk's
 * results through the renderers. Pure: no discord.js, so every path is unit-testable.
 */
import type { Desk } from '../desk.ts';
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

export function searchReply(desk: Desk, state: SearchState): Reply {
  const { query, from, to, type, category, region } = state;
  const outcome = desk.search({ query, from, to, type, category, region, limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE });
  if (!outcome.ok) return renderError(outcome.error.message);
  if (outcome.total > 0 && outcome.results.length === 0) {
    return searchReply(desk, { ...state, page: Math.ceil(outcome.total / PAGE_SIZE) });
  }
  return renderSearchPage(outcome, state);
}

export function reportReply(desk: Desk, input: string, owner: string, page = 1): Reply {
  const outcome = desk.report(input);
  return outcome.ok ? renderReportResults(outcome, owner, page) : renderError(outcome.error.message);
}

export function askReply(desk: Desk, question: string): Reply {
  const outcome = desk.ask(question);
  return outcome.ok ? renderAnswer(outcome) : renderError(outcome.error.message);
}

export const aboutReply = (desk: Desk): Reply => renderAbout(desk.stats());

export function openReportReply(desk: Desk, id: string, page = 1): Reply {
  const report = desk.index.reports.get(id);
  return report ? { ...renderFullReport(report, page), ephemeral: true } : renderError('That report is no longer in the corpus.');
}

/** What a click answers: a new page of the same message, a reply of its own, or a refusal. */
export type ClickAnswer = { update: Reply } | { reply: Reply };

export interface Click {
  customId: string;
  values: string[];
  userId: string;
  /** Footer of the message's first embed, where long searches keep their words. */
  footer?: string;
}

const notYours = { reply: renderError('Only the person who ran this command can turn its pages. Run it yourself to get your own.') };
const unknown = { reply: renderError('This button is not one of mine, or it has expired. Run the command again.') };

export function clickAnswer(desk: Desk, click: Click): ClickAnswer {
  const action = parseCustomId(click.customId);
  if (!action) return unknown;
  switch (action.kind) {
    case 'open-report':
      return click.values[0] ? { reply: openReportReply(desk, click.values[0]) } : unknown;
    case 'full-report':
      // A full report is shown privately to whoever opened it, so whoever sees it may page it.
      return { update: openReportReply(desk, action.id, action.page) };
    case 'date':
      return { reply: { ...reportReply(desk, action.date, click.userId), ephemeral: true } };
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
