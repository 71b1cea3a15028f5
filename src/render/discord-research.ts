/**
 * The research replies as Discord payloads: a picture (timeline, map) as an
 * attachment shown in its embed, related reports with why, a random report,
 * an export's CSV file (or as much of it as Discord takes, and how to get the rest).
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { RandomPick, Related } from '../desk.ts';
import { humanDate } from './citation.ts';
import { ATTACHMENT_LIMIT, clip, LIMITS, openMenu, reportActions, reportEmbed, safe, type Reply } from './discord.ts';
import type { PictureKind, PictureTitle } from './picture-title.ts';
import { reasonsText } from './reasons.ts';
import { filtersText } from './wording.ts';

const COLOR = 0x5865f2;

/** A picture in its embed: the title, the filters and corpus, a caption of what it counts. */
export function renderPicture(kind: PictureKind, png: Buffer, titles: PictureTitle, caption: string): Reply {
  const name = `${kind}.png`;
  const embed: APIEmbed = {
    title: clip(safe(titles.title), LIMITS.title),
    description: clip(`${safe(titles.subtitle)}\n${caption}`, LIMITS.description),
    color: COLOR,
    image: { url: `attachment://${name}` },
  };
  return { embeds: [embed], files: [{ name, data: png, contentType: 'image/png' }] };
}

/** Each related report, linked to its page when there is one, with why; a menu opens any of them. */
export function renderRelated(r: Related, publicUrl?: string): Reply {
  const title = clip(`Related to: ${r.report.title}`, LIMITS.title);
  if (!r.related.length) {
    const none = 'No related reports: no rare phrase shared, and nothing reported at its place within 6 hours.';
    return { embeds: [{ title, description: none, color: COLOR }] };
  }
  const lines = r.related.map(({ report, reasons }, i) => {
    const name = clip(safe(report.title), 120);
    const link = publicUrl ? `[${name}](${publicUrl}/reports/${encodeURIComponent(report.id)})` : `**${name}**`;
    return `${i + 1}. ${link} (${humanDate(report.date)})\n   ${clip(safe(reasonsText(reasons)), 300)}`;
  });
  const description = clip(lines.join('\n'), LIMITS.description);
  const footer = {
    text: clip(`${r.report.id} · phrases shared by 2–9 reports; the same place (1 km) within 6 h`, 200),
  };
  return {
    embeds: [{ title, description, color: COLOR, footer }],
    components: [openMenu(r.related.slice(0, LIMITS.choices).map((x) => x.report))],
  };
}

export function renderRandom(r: RandomPick, publicUrl?: string): Reply {
  const filters = filtersText(r.filters);
  const within = filters ? ` (${safe(filters)})` : '';
  if (!r.hit) return { content: `No reports${within} to pick from.`, ephemeral: true };
  const report = r.hit.report;
  const among = `${r.total.toLocaleString('en-US')} report${r.total === 1 ? '' : 's'}`;
  return {
    content: `A random report, one of ${among}${within}:`,
    embeds: [reportEmbed(report)],
    components: reportActions(report, publicUrl),
  };
}

/** The export's file, saying when it holds only the first reports, and the command that gives them all. */
export function renderExport(csv: Buffer, shown: number, total: number, command: string): Reply {
  const all = shown === total;
  const content = all
    ? `Every matching report, ${total.toLocaleString('en-US')} in all, one row each with its citation.`
    : `The first ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} matching reports: ` +
      `Discord takes files up to ${ATTACHMENT_LIMIT / 1024 / 1024} MiB. ` +
      `All of them, from a terminal:\n\`${clip(command, 1500)}\``;
  return {
    content: clip(content, LIMITS.content),
    files: [{ name: 'reports.csv', data: csv, contentType: 'text/csv' }],
  };
}
