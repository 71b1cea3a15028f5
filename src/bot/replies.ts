/**
 * The replies commands and buttons share, as Discord payloads: the desk's
 * results through the renderers. Pure: no discord.js, so every path is unit-testable.
 */
import type { Desk } from '../desk.ts';
import type { SearchState } from '../render/custom-id.ts';
import {
  PAGE_SIZE,
  renderAnswer,
  renderError,
  renderFullReport,
  renderReportResults,
  renderSearchPage,
  type Reply,
} from '../render/discord.ts';
import { deskErrorText } from '../render/errors.ts';

export async function searchReply(desk: Desk, state: SearchState): Promise<Reply> {
  const { query, from, to, type, category, region, sort } = state;
  const page = { limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE };
  const outcome = await desk.search({ query, from, to, type, category, region, sort, ...page });
  if (!outcome.ok) return renderError(deskErrorText(outcome.error));
  if (outcome.total > 0 && outcome.results.length === 0) {
    return searchReply(desk, { ...state, page: Math.ceil(outcome.total / PAGE_SIZE) });
  }
  return renderSearchPage(outcome, state);
}

export async function reportReply(
  desk: Desk,
  input: string,
  owner: string,
  page = 1,
  publicUrl?: string,
): Promise<Reply> {
  const outcome = await desk.report(input, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  if (!outcome.ok) return renderError(deskErrorText(outcome.error));
  if (outcome.total > 0 && outcome.results.length === 0) {
    return reportReply(desk, input, owner, Math.ceil(outcome.total / PAGE_SIZE), publicUrl);
  }
  return renderReportResults(outcome, owner, publicUrl);
}

export async function askReply(desk: Desk, question: string): Promise<Reply> {
  const outcome = await desk.ask(question);
  return outcome.ok ? renderAnswer(outcome) : renderError(deskErrorText(outcome.error));
}

export async function openReportReply(desk: Desk, id: string, page = 1, publicUrl?: string): Promise<Reply> {
  const outcome = await desk.report(id, { limit: 1 });
  // Only the report of exactly this id: an id that is gone must not open whatever else it reads as.
  const report = outcome.ok && outcome.matchedAs.kind === 'id' ? outcome.results[0]?.report : undefined;
  if (report?.id !== id) return renderError('That report is no longer in the corpus.');
  return { ...renderFullReport(report, page, publicUrl), ephemeral: true };
}
