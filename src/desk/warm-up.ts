/**
 * The searches a desk runs on itself once it is open, before anyone asks. The
 * engine compiles code as it runs it: a desk just opened ran a user's first
 * searches two to three times slower than the same searches a minute later,
 * each kind of search paying for the code only it runs. So the desk searches
 * as users do, with words of its own corpus: common, middling and rare words,
 * two and three together, the glossary's names, a misspelling, a quoted phrase,
 * dates and filters, a next page and pages further in; and it asks questions of each kind the
 * answerer reads (a first /ask took 75–110 ms at War Diary size, the next ones
 * 5–50). Nothing is kept for any user's search but the compiled code (and the
 * desk's usual caches).
 */
import type { Counted, Facet, SearchRequest } from '../desk.ts';
import type { SearchIndex } from '../search/index.ts';

/** How many words of each band of frequency are searched: enough runs for the engine to optimise a search. */
const PER_BAND = 12;

/** Words in this share of the reports or more are common; in a thousandth or fewer (and several), rare. */
const COMMON = 1 / 10;
const RARE = 1 / 1000;

/** Words spread evenly through the vocabulary among those `fits` keeps: plain words, long enough to mean something. */
function wordsWhere(index: SearchIndex, fits: (reports: number) => boolean, count: number): string[] {
  const found = index.vocabulary.filter(([word, reports]) => /^[a-z]{4,}$/.test(word) && fits(reports));
  const step = Math.max(1, Math.floor(found.length / count));
  return found
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map(([word]) => word);
}

/** A misspelling of a word as users make them: two letters swapped inside it. */
const swapped = (word: string) => word.slice(0, 2) + word[3] + word[2] + word.slice(4);

/**
 * The warm-up searches for a corpus: its own words and names, its first and
 * last years, its commonest category. `facets`: the desk's counted filter values.
 */
export function warmUpSearches(index: SearchIndex, facets: Record<Facet, Counted[]>, years: string[]): SearchRequest[] {
  const n = index.order.length;
  const common = wordsWhere(index, (r) => r >= n * COMMON, PER_BAND);
  const middling = wordsWhere(index, (r) => r < n * COMMON && r > n * RARE, PER_BAND);
  const rare = wordsWhere(index, (r) => r <= n * RARE && r >= 3, PER_BAND);
  const names = index.glossary.concepts
    .filter((_, i) => i % Math.max(1, Math.floor(index.glossary.concepts.length / PER_BAND)) === 0)
    .map((c) => c.name);
  const words = [...common, ...middling, ...rare, ...names].map((query) => ({ query }));
  const together = common.map((word, i) => ({
    query: i % 2 ? `${word} ${middling[i] ?? ''}` : `${word} ${rare[i] ?? ''} ${names[i] ?? ''}`,
  }));
  const misspelt = [...middling, ...rare].filter((w) => w.length >= 6).map((w) => ({ query: swapped(w) }));
  const quoted = names.filter((name) => name.includes(' ')).map((name) => ({ query: `"${name}"` }));
  const dated = years.flatMap((year, i) =>
    [common, names].map((list) => ({ query: list[i] ?? '', from: year, to: year })),
  );
  const [category, type, region] = [facets.category[0]?.value, facets.type[0]?.value, facets.region[0]?.value];
  // Filters alone are counted one way for one value, another for two or for dates: each way is run once.
  const filtered = category
    ? [
        { query: '', category },
        { query: common[0] ?? '', category },
        { query: '', category, region },
        { query: '', type, from: years.at(-1), to: years.at(-1) },
        { query: '', region, from: years[0] },
      ]
    : [];
  const paged = [...common.slice(0, 3), ...names.slice(0, 3)].map((query) => ({ query, limit: 5, offset: 5 }));
  // A hit's excerpt is cut from its report's passages by code the engine optimises only after a few thousand hits (a
  // first page of ten cost half again as much before): pages further into a few searches give it as many again.
  const deeper = [...middling.slice(0, 4), ...names.slice(0, 4)].flatMap((query) =>
    [10, 20, 30, 40, 50].map((offset) => ({ query, offset })),
  );
  return [...words, ...together, ...misspelt, ...quoted, ...dated, ...filtered, ...paged, ...deeper];
}

/** Questions of each kind the answerer reads (who, where, when, how many, what, why), about the corpus's own words. */
export function warmUpQuestions(index: SearchIndex): string[] {
  const n = index.order.length;
  const [a = 'report', b = a, c = b] = wordsWhere(index, (r) => r < n * COMMON && r > n * RARE, 3);
  return [
    `who reported the ${a}?`,
    `where was the ${b} found?`,
    `when did the ${c} happen?`,
    `how many ${a} were there?`,
    `what was in the ${b}?`,
    `why was the ${c} reported?`,
  ];
}

/** How long warming up holds the thread at a time: a call waits at most this long behind it. */
const SLICE_MS = 40;

/**
 * Runs the steps a slice of time at a turn, each slice after whatever is waiting then: a user's call, or the
 * heartbeat of the desk's thread, never waits behind the whole warm-up (at War Diary size, about half a second). A
 * step that fails is skipped: it was only a warm-up, and a search that fails is answered when a user asks it. Nothing
 * here keeps a process alive (a CLI command exits when it has answered); a timer, not an immediate, as an unref'd
 * immediate waits for something else to wake the event loop, and a timer wakes it itself.
 */
export function inTurns(steps: Iterator<() => unknown>) {
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    let step: IteratorResult<() => unknown> = { done: true, value: undefined };
    do {
      try {
        step = steps.next();
        if (!step.done) step.value();
      } catch {
        // Only a warm-up (steps that throw while being made end it).
      }
    } while (!step.done && performance.now() < until);
    if (!step.done) setTimeout(slice).unref();
  };
  setTimeout(slice).unref();
}
