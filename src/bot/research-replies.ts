/**
 * The research replies commands and buttons send: pictures drawn from the
 * desk's counts, related reports, a random report, a search's CSV within
 * Discord's attachment limit. Pure like replies.ts: no discord.js.
 */
import type { Desk, MatchRequest, TimelineRequest } from '../desk.ts';
import { exportAll } from '../desk/export-all.ts';
import { ATTACHMENT_LIMIT, renderError, type Reply } from '../render/discord.ts';
import { renderExport, renderPicture, renderRandom, renderRelated } from '../render/discord-research.ts';
import { deskErrorText } from '../render/errors.ts';
import { csvOf, exportCommand } from '../render/export-rows.ts';
import { count } from '../render/wording.ts';
import { pictureTitle } from '../render/picture-title.ts';

/**
 * The picture renderers are loaded when first drawn: vega-lite, once loaded,
 * breaks the loading of discord.js after it ("Set() is not iterable" in its
 * inspect), and a picture is never needed to start.
 */
const timelinePng = async (...args: Parameters<typeof import('../render/timeline.ts').renderTimelinePng>) =>
  (await import('../render/timeline.ts')).renderTimelinePng(...args);
const mapPng = async (...args: Parameters<typeof import('../render/map.ts').renderMapPng>) =>
  (await import('../render/map.ts')).renderMapPng(...args);

const corpusOf = async (desk: Desk) => (await desk.stats()).sources.map((s) => s.source);

export async function timelineReply(desk: Desk, request: TimelineRequest): Promise<Reply> {
  const t = await desk.timeline(request);
  if (!t.ok) return renderError(deskErrorText(t.error));
  if (t.total === 0) return renderError('No reports match: nothing to draw. Try other words, or fewer filters.');
  const titles = pictureTitle('timeline', t.query, t.filters, await corpusOf(desk));
  const png = await timelinePng({ ...titles, ...t });
  const undated = t.undated ? `, ${count(t.undated)} undated not shown` : '';
  return renderPicture('timeline', png, titles, `${count(t.total)} matching reports by ${t.by}${undated}.`);
}

export async function mapReply(desk: Desk, request: MatchRequest): Promise<Reply> {
  const p = await desk.places(request);
  if (!p.ok) return renderError(deskErrorText(p.error));
  if (p.total === 0) return renderError('No reports match: nothing to draw. Try other words, or fewer filters.');
  const titles = pictureTitle('map', p.query, p.filters, await corpusOf(desk));
  const png = await mapPng({ ...titles, points: p.points, withoutPlace: p.withoutPlace });
  const placed = `${count(p.points.length)} of ${count(p.total)} matching reports placed`;
  const caption = `${placed}; ${count(p.withoutPlace)} without a place.`;
  return renderPicture('map', png, titles, caption);
}

export async function relatedReply(desk: Desk, id: string, publicUrl?: string): Promise<Reply> {
  const r = await desk.related(id);
  return r.ok ? { ...renderRelated(r, publicUrl), ephemeral: true } : renderError(deskErrorText(r.error));
}

export async function randomReply(desk: Desk, request: MatchRequest, publicUrl?: string): Promise<Reply> {
  const r = await desk.random(request);
  return r.ok ? renderRandom(r, publicUrl) : renderError(deskErrorText(r.error));
}

/** A search's matches as CSV, page after page, up to the last row within Discord's attachment limit. */
export async function exportReply(
  desk: Desk,
  request: MatchRequest & { sort?: string },
  limit = ATTACHMENT_LIMIT,
): Promise<Reply> {
  const parts: Buffer[] = [];
  let [size, shown, total] = [0, 0, 0];
  for await (const page of exportAll(desk, request, 500)) {
    if (!page.ok) return renderError(deskErrorText(page.error));
    total = page.total;
    const first = parts.length === 0;
    const rows = page.reports.map((r, i) => Buffer.from(csvOf([r], first && i === 0), 'utf8'));
    const fit = rows.findIndex((row) => (size += row.length) > limit);
    parts.push(...(fit < 0 ? rows : rows.slice(0, fit)));
    shown += fit < 0 ? rows.length : fit;
    if (fit >= 0) break;
  }
  if (total === 0) return renderError('No reports match: nothing to export. Try other words, or fewer filters.');
  const command = exportCommand(request.query, request);
  return { ...renderExport(Buffer.concat(parts), shown, total, command), ephemeral: true };
}
