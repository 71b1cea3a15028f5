/**
 * Discord message payloads, as plain API JSON: pure functions from desk
 * results to embeds and components that stay inside Discord's limits. Every
 * piece of corpus text and user input is escaped, so nothing can break the
 * formatting or ping anyone.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
} from 'discord-api-types/v10';
import type { Report } from '../corpus/model.ts';
import {
  FILTERS,
  type AskResults,
  type Completion,
  type CompletionField,
  type Hit,
  type HitNote,
  type ReportResults,
  type SearchResults,
  type Stats,
} from '../desk.ts';
import { attribution, citationText, humanDate } from './citation.ts';
import {
  dateId,
  exportId,
  fullReportId,
  relatedId,
  MAX_CUSTOM_ID,
  OPEN_REPORT_ID,
  reportPageId,
  searchPageId,
  type SearchOf,
  type SearchState,
} from './custom-id.ts';
import { NOTE_TEXT } from './errors.ts';
import { CONFIDENCE_LABEL, markSpans, NO_ANSWER } from './highlight.ts';
import { correctedQuery, filtersText, quoted } from './wording.ts';

export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: Row[];
  /** Files sent with the message (pictures, exports); each edge attaches them its way. */
  files?: { name: string; data: Buffer; contentType?: string }[];
  ephemeral?: boolean;
}

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

export const LIMITS = {
  choices: 25,
  choice: 100,
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsTotal: 6000,
  label: 80,
  option: 100,
  url: 512,
} as const;
export const PAGE_SIZE = 5;
const COLOR = 0x5865f2;

/** Cuts text to `max` characters, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * User or corpus text shown as-is, on one line: the characters markdown gives a
 * meaning inline (\ * _ ~ ` | and the openers of links and mentions, [ and <)
 * are backslash-escaped, as are > # - where they would start a quote, heading
 * or list; "@" is defused so it cannot even look like a ping. discord.js's
 * escapeMarkdown is not used: it leaves runs of asterisks such as the War
 * Diary's "*********04JULY**********" half-escaped.
 */
export function safe(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\*_~`|[<]/g, '\\$&')
    .replace(/^(\s*)([>#-])/, '$1\\$2')
    .replace(/@/g, '@\u200b');
}

const excerptMarkdown = (hit: Hit) =>
  markSpans(hit.excerpt.text, hit.excerpt.highlights, (s) => `**${safe(s)}**`, safe);

/** One result: what and when, the excerpt with matched words in bold, and where it comes from. */
function hitField(hit: Hit, n: number): APIEmbedField {
  const r = hit.report;
  const head = `${safe(attribution(r, hit.passage))} · \`${r.id}\`${hit.note ? ` · *${NOTE_TEXT[hit.note]}*` : ''}`;
  const cite = `— ${safe(citationText(r))}`;
  const room = LIMITS.fieldValue - head.length - cite.length - 8;
  return {
    name: clip(`${n}. ${r.title}`, LIMITS.fieldName),
    value: `${head}\n> ${clip(excerptMarkdown(hit), room)}\n${cite}`,
  };
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const pageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

/** ◀ ▶ buttons; on a middle page both, at either end one disabled (ids stay unique: they differ by page). */
function pager(page: number, pages: number, idFor: (page: number) => string): Row {
  return {
    type: ComponentType.ActionRow as const,
    components: [
      {
        type: ComponentType.Button as const,
        style: ButtonStyle.Secondary,
        label: '◀ Previous',
        custom_id: idFor(Math.max(1, page - 1)),
        disabled: page <= 1,
      },
      {
        type: ComponentType.Button as const,
        style: ButtonStyle.Secondary,
        label: 'Next ▶',
        custom_id: idFor(Math.min(pages, page + 1)),
        disabled: page >= pages,
      },
    ],
  };
}

export function openMenu(reports: Report[]): Row {
  return {
    type: ComponentType.ActionRow as const,
    components: [
      {
        type: ComponentType.StringSelect as const,
        custom_id: OPEN_REPORT_ID,
        placeholder: 'Open a full report…',
        options: reports.map((r) => ({
          label: clip(r.title, LIMITS.option),
          value: r.id,
          description: clip(`${attribution(r)} · ${r.id}`, LIMITS.option),
        })),
      },
    ],
  };
}

/** The filters line of a search footer, also read back for long searches (see custom-id.ts). */
export function searchFooterLines(s: SearchOf): string[] {
  const filters = FILTERS.flatMap((f) => (s[f] ? [`${f} ${s[f]}`] : []));
  return [
    `Query: ${s.query}`,
    ...(filters.length ? [`Filters: ${filters.join(' · ')}`] : []),
    ...(s.sort && s.sort !== 'relevance' ? [`Order: ${s.sort}`] : []),
  ];
}

/** The largest file a bot may attach in a server without boosts (Discord's default upload limit since 2024). */
export const ATTACHMENT_LIMIT = 10 * 1024 * 1024;

/** A report's actions: its related reports, and its page on the web when PUBLIC_URL is set. */
export function reportActions(report: Report, publicUrl?: string): Row[] {
  const related = relatedId(report.id);
  const url = publicUrl && `${publicUrl}/reports/${encodeURIComponent(report.id)}`;
  const buttons: Row['components'] = [
    ...(related
      ? [
          {
            type: ComponentType.Button as const,
            style: ButtonStyle.Secondary as const,
            label: 'Related',
            custom_id: related,
          },
        ]
      : []),
    ...(url && url.length <= LIMITS.url
      ? [{ type: ComponentType.Button as const, style: ButtonStyle.Link as const, label: 'Open the full report', url }]
      : []),
  ];
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** Why nothing matched, and what might: the filters hid every match, or a near spelling would find some. */
function noMatch(results: SearchResults): Reply {
  const filters = filtersText(results.filters);
  const lines = [`No reports match ${safe(quoted(results.query, '“', '”'))}${filters ? ` (${safe(filters)})` : ''}.`];
  const outside = results.outsideFilters;
  const matching = `${outside} ${outside === 1 ? 'report matches' : 'reports match'}`;
  if (outside) lines.push(`${matching} without the filters: widen or drop them.`);
  const suggestions = results.suggestions.map((s) => `**${safe(s)}**`);
  if (suggestions.length) lines.push(`Did you mean: ${suggestions.join(', ')}?`);
  return { content: clip(lines.join('\n'), LIMITS.content) };
}

/** "Showing results for **kandahar** (no report has “kandahr”)", when a typo was read as a near word. */
const correctionLine = (results: Pick<SearchResults, 'query' | 'corrected'>, lead = 'Showing results for') =>
  results.corrected.length
    ? `${lead} **${safe(correctedQuery(results))}** ` +
      `(no report has ${results.corrected.map((c) => `“${safe(c.typed)}”`).join(', ')}).`
    : undefined;

export function renderSearchPage(results: SearchResults, state: SearchState): Reply {
  if (results.total === 0) return noMatch(results);
  const pages = pageCount(results.total);
  const first = (state.page - 1) * PAGE_SIZE + 1;
  const footer = [
    `Results ${first}–${first + results.results.length - 1} of ${results.total} · page ${state.page}/${pages}`,
    ...searchFooterLines(state),
  ];
  const embed: APIEmbed = {
    title: clip(`Search: ${safe(results.query || filtersText(results.filters))}`, LIMITS.title),
    description: correctionLine(results),
    color: COLOR,
    fields: results.results.map((h, i) => hitField(h, first + i)),
    footer: { text: clip(footer.join('\n'), LIMITS.footer) },
  };
  const exportButton = { type: ComponentType.Button as const, style: ButtonStyle.Secondary as const };
  const components: Row[] = [
    openMenu(results.results.map((h) => h.report)),
    {
      type: ComponentType.ActionRow,
      components: [{ ...exportButton, label: 'Export CSV', custom_id: exportId(state) }],
    },
  ];
  if (pages > 1) components.unshift(pager(state.page, pages, (page) => searchPageId({ ...state, page })));
  return { embeds: [fitEmbeds([embed])[0]!], components };
}

/** The report's facts as embed fields: type, date, and for War Diary reports category, region, unit, casualties. */
function reportFields(report: Report, note?: HitNote): APIEmbedField[] {
  const d = report.details;
  const c = report.citation;
  const when =
    c.source === 'wardiary' && c.dateTime.length > 10
      ? c.dateTime
      : `${humanDate(report.date)}${report.precision === 'month' ? ' (day not given)' : ''}`;
  const fields: APIEmbedField[] = [
    {
      name: report.kind === 'commentary' ? 'Commentary' : 'Type',
      value: report.kind === 'commentary' ? 'The article’s own words' : safe(report.type),
      inline: true,
    },
    { name: 'Date', value: `${safe(when)}${note ? `\n*${NOTE_TEXT[note]}*` : ''}`, inline: true },
  ];
  const add = (name: string, value: string | undefined) =>
    value && fields.push({ name, value: clip(safe(value), LIMITS.fieldValue), inline: true });
  add('Category', d?.category);
  add('Region', d?.region);
  add('Unit', d?.unit);
  add('Places', d ? undefined : report.places.join(', '));
  if (d?.casualties) {
    const k = d.casualties;
    const line = (who: string, wia: number, kia: number) => (wia || kia ? `${who}: ${kia} killed, ${wia} wounded` : '');
    const lines = [
      line('Friendly', k.friendlyWia, k.friendlyKia),
      line('Host nation', k.hostNationWia, k.hostNationKia),
      line('Civilian', k.civilianWia, k.civilianKia),
      line('Enemy', k.enemyWia, k.enemyKia),
      k.enemyDetained ? `Enemy detained: ${k.enemyDetained}` : '',
    ];
    // One line per side: our own text, so it needs no escaping (and safe() would join the lines).
    fields.push({ name: 'Casualties', value: lines.filter(Boolean).join('\n'), inline: true });
  }
  return fields;
}

/** The report's words as quoted markdown. */
const reportWords = (report: Report) => report.quotes.map((q) => `> ${safe(q)}`).join('\n> \n');

/** A report in one embed: its words (cut to `budget`), its facts, and the citation. */
export function reportEmbed(
  report: Report,
  budget: number = LIMITS.description,
  note?: HitNote,
  words = reportWords(report),
): APIEmbed {
  return {
    title: clip(report.title, LIMITS.title),
    description: clip(words, Math.min(budget, LIMITS.description)),
    color: COLOR,
    fields: reportFields(report, note),
    footer: { text: clip(`${report.id} · ${citationText(report)}`, LIMITS.footer) },
  };
}

/** Splits text into pages of at most `size` characters, at spaces. */
export function pagesOf(text: string, size: number): string[] {
  const pages: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const cut = rest.lastIndexOf(' ', size);
    const at = cut > size / 2 ? cut : size;
    pages.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  return [...pages, rest];
}

/** A whole report, paged when its words are longer than one embed holds. */
export function renderFullReport(report: Report, page = 1, publicUrl?: string): Reply {
  const pages = pagesOf(reportWords(report), LIMITS.description - 200);
  const current = Math.min(Math.max(1, page), pages.length);
  const pagedId = (p: number) => fullReportId(report.id, p);
  const embed = reportEmbed(report, LIMITS.description, undefined, pages[current - 1]);
  const actions = reportActions(report, publicUrl);
  if (pages.length === 1 || pagedId(pages.length).length > MAX_CUSTOM_ID) {
    return { embeds: fitEmbeds([embed]), components: actions };
  }
  embed.footer = { text: clip(`Page ${current}/${pages.length} · ${embed.footer!.text}`, LIMITS.footer) };
  return { embeds: fitEmbeds([embed]), components: [pager(current, pages.length, pagedId), ...actions] };
}

/** One page of the reports of a date (the desk pages them: `results` is the page, `offset` where it starts). */
export function renderReportResults(results: ReportResults, owner: string, publicUrl?: string): Reply {
  const label = results.matchedAs.kind === 'id' ? results.query : results.matchedAs.date.label;
  if (results.results.length === 0) {
    const buttons = results.nearest.map((h) => {
      const label = h.side === 'before' ? `◀ ${h.report.date}` : `${h.report.date} ▶`;
      const style = ButtonStyle.Primary as const;
      return { type: ComponentType.Button as const, style, custom_id: dateId(h.report.date!), label };
    });
    const nearest = results.nearest.length ? ' The nearest dated reports are below.' : '';
    return {
      content: `No reports dated ${safe(label)}.${nearest}`,
      components: buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    };
  }
  const pages = pageCount(results.total);
  const current = Math.floor(results.offset / PAGE_SIZE) + 1;
  const shown = results.results.slice(0, PAGE_SIZE);
  const budget = Math.floor((LIMITS.embedsTotal - 1500) / shown.length);
  const embeds = shown.map((h) => reportEmbed(h.report, budget, h.note));
  const count = results.total;
  return {
    content: `${plural(count, 'report')} for ${safe(label)}${pages > 1 ? ` · page ${current}/${pages}` : ''}`,
    embeds: fitEmbeds(embeds),
    components: [
      ...(pages > 1 ? [pager(current, pages, (p) => reportPageId(results.query, p, owner))] : []),
      openMenu(shown.map((h) => h.report)),
      // One report shown (by id, or alone on its date): its actions too; several: each has them once opened.
      ...(results.total === 1 ? reportActions(shown[0]!.report, publicUrl) : []),
    ],
  };
}

/**
 * An answer: how sure (in words), the quote with the words that answer in
 * bold, where it comes from, and supporting excerpts. No answer: the closest
 * passages, cited and highlighted; nothing related: a short note.
 */
export function renderAnswer(results: AskResults): Reply {
  const asked = safe(results.query);
  if (!results.answer && !results.results.length) {
    return {
      content: clip(
        `Nothing in the corpus relates to “${asked}”. Try \`/search\` with a few key words.`,
        LIMITS.content,
      ),
    };
  }
  const menu = [openMenu(results.results.map((h) => h.report))];
  const readAs = correctionLine(results, 'Answering');
  if (!results.answer) {
    const fields = results.results.map((h, i) => hitField(h, i + 1));
    return {
      content: clip([readAs, NO_ANSWER].filter(Boolean).join('\n'), LIMITS.content),
      embeds: fitEmbeds([{ title: clip(`Q: ${asked}`, LIMITS.title), color: COLOR, fields }]),
      components: menu,
    };
  }
  const { text, span, confidence, report, passage } = results.answer;
  const quote = span ? markSpans(text, [span], (s) => `**${safe(s)}**`, safe) : safe(text);
  const embed: APIEmbed = {
    title: clip(`Q: ${asked}`, LIMITS.title),
    color: COLOR,
    description: clip(
      [
        `**${CONFIDENCE_LABEL[confidence]}**`,
        `> “${quote}”`,
        `— ${safe(attribution(report, passage))} · \`${report.id}\``,
        safe(citationText(report)),
      ].join('\n'),
      LIMITS.description,
    ),
    fields: results.results.slice(1).map((h, i) => ({
      ...hitField(h, i + 1),
      name: clip(`Supporting ${i + 1}. ${h.report.title}`, LIMITS.fieldName),
    })),
  };
  return { ...(readAs && { content: clip(readAs, LIMITS.content) }), embeds: fitEmbeds([embed]), components: menu };
}

/** What the corpus holds, and each command's help line. */
export function renderAbout(stats: Stats, help: string[]): Reply {
  const range = stats.dateRange
    ? `${humanDate(stats.dateRange.first)} to ${humanDate(stats.dateRange.last)}`
    : 'no dated reports';
  return {
    embeds: [
      {
        title: 'Report Desk',
        color: COLOR,
        description: clip(
          [
            `**${stats.reports}** reports (${stats.undated} undated) and **${stats.commentary}** paragraphs ` +
              `of commentary, ${stats.passages} passages, dated ${range}.`,
            '',
            '**Sources**',
            ...stats.sources.map((s) => `• ${safe(s.source)}: ${s.count} entries`),
            '',
            '**Commands**',
            ...help,
            'Add `private: True` to see the reply alone. ' +
              'Every excerpt says which report and which source it comes from.',
          ].join('\n'),
          LIMITS.description,
        ),
      },
    ],
  };
}

export const renderError = (message: string): Reply => ({ content: clip(message, LIMITS.content), ephemeral: true });

/** Trims descriptions, last embed first, until all embeds together fit Discord's 6,000 characters. */
export function fitEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  const size = (e: APIEmbed) =>
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  const out = embeds.slice(0, 10).map((e) => ({ ...e }));
  let over = out.reduce((n, e) => n + size(e), 0) - LIMITS.embedsTotal;
  for (let i = out.length - 1; over > 0 && i >= 0; i--) {
    const e = out[i]!;
    const desc = e.description ?? '';
    const keep = Math.max(1, desc.length - over);
    over -= desc.length - keep;
    e.description = clip(desc, keep);
    while (over > 0 && e.fields?.length) over -= e.fields.pop()!.value.length;
  }
  return out;
}

/** An autocomplete choice, as Discord takes it. */
export interface Choice {
  name: string;
  value: string;
}

/** Completions as autocomplete choices: dates and filter values with their report counts, query words as typed. */
export function renderChoices(field: CompletionField, completions: Completion[]): Choice[] {
  const nameOf = (c: Completion) =>
    c.count === undefined || field === 'words'
      ? c.value
      : `${c.value} — ${plural(c.count, 'report')}${c.month ? ' that month' : ''}`;
  return completions
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: clip(nameOf(c), LIMITS.choice), value: clip(c.value, LIMITS.choice) }));
}
