/**
 * The desk on PostgreSQL: the same answers as the desk in memory, from the
 * same ranking, excerpt and answer code, over an import of the report
 * database (see stored.ts). A query fetches its postings lists, ranks, then
 * fetches only the reports it shows; reports by date and by key are SQL.
 * The database going away is an answer (`database_unavailable`), never a
 * crash, and the desk recovers by itself when it returns.
 */
import { LRUCache } from 'lru-cache';
import type { Report } from '../../corpus/model.ts';
import type {
  AskResults,
  Completion,
  Desk,
  DeskError,
  Outcome,
  ReportResults,
  SearchFilters,
  SearchRequest,
  SearchResults,
  Stats,
} from '../../desk.ts';
import { correctedQuestion, questionSearch } from '../../search/answer.ts';
import { caseLists, caseSamples, inWrittenCase, unreadCases } from '../../search/written-case.ts';
import { prepareReading } from '../../search/nlp.ts';
import { parseDateQuery, type DateQuery } from '../../search/dates.ts';
import type { ParsedQuery } from '../../search/query.ts';
import { listsOf, rankPositions, withReports, type Positions } from '../../search/rank.ts';
import { corrections, suggest, suggestionLists } from '../../search/suggest.ts';
import { onDateHit, reportRequest } from '../by-date.ts';
import { completer, typedWord } from '../complete.ts';
import { highlighterOf, hitOf, wholeReport } from '../hits.ts';
import { answerAsRead } from '../memory.ts';
import { sortOf } from '../matches.ts';
import { checkPage, fail, readRequest } from '../search.ts';
import { storedMatcher } from './matches.ts';
import { marks, related, researcher } from './research.ts';
import { databaseHealth, NothingImported, type Health } from './health.ts';
import { DatabaseUnavailable, type Database } from './pool.ts';
import { loadImport, type StoredImport } from './stored.ts';

/** Hits ranked per search, as the desk in memory keeps them. */
const KEPT_HITS = 100;
/** How often a desk looks whether a new import was made current. */
const RECHECK_MS = 30_000;

export interface PostgresDesk extends Desk {
  /** Whether the database answers and holds an import: what /healthz reports. */
  health(): Promise<Health>;
  close(): Promise<void>;
}

export function createPostgresDesk(db: Database): PostgresDesk {
  let opened: Promise<StoredImport> | undefined;
  const ranked = rankings();
  const research = researcher(storedMatcher());
  let checked = 0;
  /** The import served: loaded when first needed, again when another was made current, retried after a failure. */
  async function current(): Promise<StoredImport> {
    if (opened && Date.now() - checked > RECHECK_MS) {
      const served = await opened.catch(() => undefined);
      const { rows } = await db.run((pool) => pool.query<{ id: number }>('SELECT import_id AS id FROM current_import'));
      checked = Date.now();
      if (served && rows[0] && rows[0].id !== served.id) opened = undefined;
    }
    if (!opened) {
      checked = Date.now();
      opened = loadImport(db).then((stored) => {
        if (!stored) throw new NothingImported(db.name);
        // The answerer's English model takes a tenth of a second to load: not on the first question.
        setImmediate(prepareReading).unref();
        return stored;
      });
      opened.catch(() => (opened = undefined));
    }
    return opened;
  }
  /** The database being away as the desk's answer; any other failure as it is. */
  const answering = async <T>(work: (stored: StoredImport) => Promise<Outcome<T>>): Promise<Outcome<T>> => {
    try {
      return await work(await current());
    } catch (error) {
      if (error instanceof DatabaseUnavailable) return fail(unavailableError(db.name));
      throw error;
    }
  };
  return {
    search: (request) => answering((stored) => search(stored, request, ranked, research)),
    report: (input, page) => answering((stored) => report(db, stored, input, page)),
    ask: (question) => answering((stored) => ask(stored, question)),
    stats: async (): Promise<Stats> => (await current()).summary.stats,
    complete: async (request): Promise<Completion[]> => {
      // Completion has no time to wait for a database: nothing to offer until the import is open.
      const stored = await current().catch(() => undefined);
      if (!stored) return [];
      const words = request.field === 'words' ? stored.wordsStarting(typedWord(String(request.typed))) : [];
      return completer({ ...stored.summary.completion, words })(request);
    },
    timeline: (request) => answering((stored) => research.timeline(stored, request)),
    places: (request) => answering((stored) => research.places(stored, request)),
    related: (id) => answering((stored) => related(stored, id)),
    random: (request) => answering((stored) => research.random(stored, request)),
    marks: (id, query) => answering((stored) => marks(stored, id, query)),
    export: (request) => answering((stored) => research.export(stored, request)),
    health: async () => {
      try {
        await current();
      } catch (error) {
        return { ok: false, database: db.name, reason: (error as Error).message };
      }
      return databaseHealth(db);
    },
    close: () => db.close(),
  };
}

/**
 * Whether the database answers and holds an import, asked of the database alone (the bot's thread asks it for
 * /healthz while the desk serves on a thread of its own).
 */
const unavailableError = (database: string): DeskError => ({ code: 'database_unavailable', database });

async function search(
  stored: StoredImport,
  request: SearchRequest,
  rankings: Rankings,
  research: Research,
): Promise<Outcome<SearchResults>> {
  const { index } = stored;
  // Refused as the desk in memory refuses: the page, then the order, then the filters.
  const refused = checkPage(request.limit ?? 10, request.offset ?? 0);
  if (refused) return refused;
  const sort = sortOf(request.sort, 'relevance');
  if (!sort.ok) return sort;
  const { limit = 10, offset = 0 } = request;
  const inOrder =
    sort.sort === 'relevance' ? undefined : await research.sorted(stored, request, sort.sort, limit, offset);
  if (inOrder) return inOrder;
  const read = readRequest(request, stored.filters, index.glossary);
  if (!read.ok) return read;
  const { filters, query, found } = read;
  const { keep } = read.filter;
  if (query.units.length === 0) {
    // Filters alone list the matching reports, newest first.
    const matching = stored.newest.filter((p) => !keep || keep(p));
    const page = Array.from(matching.subarray(offset, offset + limit));
    const reports = await stored.fetchReports(page);
    return { ...found, total: matching.length, results: page.map((p) => wholeReport(reports.get(p)!)) };
  }
  const entry = await rankedFor(stored, query, filters, keep, offset + limit, rankings);
  const { ranked, named, outsideFilters, suggestions } = entry;
  const shown = shownOf(ranked, query, offset + limit);
  const reports = await stored.fetchReports([...shown.hits.map((h) => h.position), ...(named ? [named] : [])]);
  const results = stored.within({ reports }, () => {
    const hits = withReports(index, query, shown, Math.max(KEPT_HITS, offset + limit)).hits.slice(
      offset,
      offset + limit,
    );
    const highlight = highlighterOf(index, ranked.matched);
    return hits.map((h) => hitOf(index, h, highlight));
  });
  const total = ranked.total;
  return { ...found, total, results, corrected: corrections(index, query), outsideFilters, suggestions };
}

/** A search's ranking as kept between pages (the buttons carry no results), with what a page without hits shows. */
interface Ranked {
  ranked: Positions;
  /** The position of the report a pasted key names. */
  named?: number;
  outsideFilters: number;
  suggestions: string[];
}

type Rankings = LRUCache<string, Ranked>;
type Research = ReturnType<typeof researcher>;
/** Rankings kept, by their size: the hits held, and their words and suggestions. */
const rankings = (): Rankings =>
  new LRUCache<string, Ranked>({ maxSize: 4 * 1024 * 1024, sizeCalculation: (r) => r.ranked.hits.length * 64 + 2048 });

/** The ranking of a query within its filters: kept from an earlier page, or its lists fetched and ranked. */
async function rankedFor(
  stored: StoredImport,
  query: ParsedQuery,
  filters: SearchFilters,
  keep: ((position: number) => boolean) | undefined,
  needed: number,
  cache: Rankings,
): Promise<Ranked> {
  const { index } = stored;
  // A pasted report key or tracking number names its report: it comes first.
  const named = await byKey(stored, query.text);
  const terms = query.units.map((u) => [u.conceptId, u.tokens.map((t) => t.norm)]);
  const key = JSON.stringify([stored.id, terms, query.phrases, named?.[0], filters]);
  const cached = cache.get(key);
  if (cached && (cached.ranked.hits.length >= needed || cached.ranked.hits.length >= cached.ranked.total))
    return cached;
  const lists = await stored.fetchLists(listsOf(index, query));
  const reports = new Map(named ? [named] : []);
  const limit = Math.max(KEPT_HITS, needed);
  const ranked = stored.within({ lists, reports }, () =>
    rankPositions(index, query, { keep, limit, first: named?.[1] }),
  );
  const outsideFilters =
    !ranked.total && keep ? stored.within({ lists }, () => rankPositions(index, query, { limit: 0 }).total) : 0;
  const suggestions = ranked.total || outsideFilters ? [] : await suggestionsFor(stored, query);
  const entry = { ranked, named: named?.[0], outsideFilters, suggestions };
  cache.set(key, entry);
  return entry;
}

/** The ranked positions whose reports a page needs: all that the phrase check reads, else only up to the page. */
function shownOf(ranked: Positions, query: ParsedQuery, needed: number): Positions {
  return query.phrases.length ? ranked : { ...ranked, hits: ranked.hits.slice(0, needed) };
}

/** "Did you mean" rewrites of a query that found nothing: the near words' lists fetched, then as in memory. */
async function suggestionsFor(stored: StoredImport, query: ParsedQuery): Promise<string[]> {
  const lists = await stored.fetchLists(suggestionLists(stored.index, query));
  return stored.within({ lists }, () => suggest(stored.index, query));
}

/** The report a key or tracking number names (in any case), with its position. */
async function byKey(stored: StoredImport, text: string): Promise<[number, Report] | undefined> {
  const position = await stored.positionOfKey(text.toLowerCase());
  if (position === undefined) return undefined;
  const reports = await stored.fetchReports([position]);
  const report = reports.get(position);
  return report && [position, report];
}

async function report(
  db: Database,
  stored: StoredImport,
  input: string,
  page: { limit?: number; offset?: number } = {},
): Promise<Outcome<ReportResults>> {
  const request = reportRequest(input, page);
  if (!request.ok) return request;
  const { text, limit, offset } = request;
  const byId = await stored.positionOfId(text);
  if (byId !== undefined) {
    const report = (await stored.fetchReports([byId])).get(byId)!;
    const results = [wholeReport(report)];
    return { ok: true, query: text, matchedAs: { kind: 'id' }, results, total: 1, offset: 0, nearest: [] };
  }
  const parsed = parseDateQuery(text);
  if (!parsed.ok) return { ok: false, error: { code: 'invalid_date', problem: parsed.problem } };
  const { date } = parsed;
  return {
    ok: true,
    query: text,
    matchedAs: { kind: 'date', date },
    ...(await onDate(db, stored, date, limit, offset)),
  };
}

/**
 * A page of the reports on a date, oldest first, as the desk in memory pages them: the month-precision reports of
 * the first month (they sort before its days), then every report from the first day to the last; nothing there,
 * the nearest dated reports before and after. The dates and their counts (report_days, counted at import) give the
 * total and the dates the page spans: only those dates' reports are read.
 */
async function onDate(db: Database, stored: StoredImport, date: DateQuery, limit: number, offset: number) {
  const month = date.start.slice(0, 7);
  const end = `${date.end}\uffff`;
  const days = await db.run((pool) =>
    pool.query<{ date: string; reports: number }>(
      `SELECT date, reports FROM report_days
       WHERE import_id = $1 AND (date >= $2 AND date < $3 OR date >= $4 AND date < $5) ORDER BY date`,
      [stored.id, month, `${month}-`, date.start, end],
    ),
  );
  const { total, shown, skip } = pageDates(days.rows, limit, offset);
  const page = shown.length
    ? await db.run((pool) =>
        pool.query<{ body: string }>(
          `SELECT body FROM reports WHERE import_id = $1 AND date = ANY($2::text[])
           ORDER BY date, position LIMIT $3 OFFSET $4`,
          [stored.id, shown, limit, skip],
        ),
      )
    : { rows: [] };
  const results = page.rows.map((r) => onDateHit(JSON.parse(r.body) as Report, date));
  if (total) return { results, total, offset, nearest: [] };
  const { rows } = await db.run((pool) =>
    pool.query<{ side: 'before' | 'after'; body: string }>(
      `(SELECT 'before' AS side, body FROM reports WHERE import_id = $1 AND date < $2
         ORDER BY date DESC, position DESC LIMIT 1)
       UNION ALL
       (SELECT 'after' AS side, body FROM reports WHERE import_id = $1 AND date >= $3
         ORDER BY date, position LIMIT 1)`,
      [stored.id, date.start, end],
    ),
  );
  const nearest = rows.map((r) => ({ ...wholeReport(JSON.parse(r.body) as Report), side: r.side }));
  return { results, total, offset, nearest };
}

/** The reports on these dates in all, the dates a page spans, and how many of its first date's come before it. */
function pageDates(days: { date: string; reports: number }[], limit: number, offset: number) {
  let total = 0;
  let skip = 0;
  const shown: string[] = [];
  for (const { date, reports } of days) {
    if (total + reports > offset && total < offset + limit) {
      if (!shown.length) skip = offset - total;
      shown.push(date);
    }
    total += reports;
  }
  return { total, shown, skip };
}

/**
 * A question typed in lower case is read in the case the reports write its words (written-case.ts), from a few
 * reports holding each: their lists, then those reports, are fetched and read before the question is.
 */
async function readCases(stored: StoredImport, text: string): Promise<void> {
  const { index } = stored;
  const ids = unreadCases(index, text);
  if (!ids.length) return;
  const lists = await stored.fetchLists(caseLists(index, ids));
  const reports = await stored.fetchReports(stored.within({ lists }, () => caseSamples(index, ids)));
  stored.within({ lists, reports }, () => inWrittenCase(index, text));
}

async function ask(stored: StoredImport, question: string): Promise<Outcome<AskResults>> {
  const { index } = stored;
  const read = correctedQuestion(index, question);
  if (read.query.units.length === 0) return fail({ code: 'empty_query', asked: 'ask' });
  // The answerer ranks the reports of the bridged query, then reads the best: fetched first, then answered as in
  // memory, from the question as read and searched here.
  await readCases(stored, read.query.text);
  const found = questionSearch(index, read.query);
  const lists = await stored.fetchLists(listsOf(index, found.searched));
  // The reports of the question's rarest words are read too (a subset of its words: their lists are fetched).
  const ranked = stored.within({ lists }, () =>
    [found.searched, found.rare].flatMap((q) => (q ? rankPositions(index, q).hits : [])),
  );
  const reports = await stored.fetchReports(ranked.map((h) => h.position));
  return stored.within({ lists, reports }, () => answerAsRead(index, read, found));
}
