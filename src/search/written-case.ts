/**
 * A question typed in lower case, as Discord users type ("what did tf titan hit", "who came to kamdesh"), read in the
 * case the reports write each of its words: the tagger reads a name or an acronym by its capitals, so "tf titan" is
 * a verb and a noun to it and "TF Titan" a name. Each lower-case word of the question is looked up in a sample of the
 * reports holding it: written in capitals far more often than not where the text around it is in lower case
 * ("ISN 3264", "the ANA"), it is given capitals; written capitalised so inside a sentence ("at Kamdesh"), a capital.
 * A word the reports mostly write in lower case ("mike", "may") stays as typed, and so does a question with capitals of
 * its own: its asker wrote the case meant. The text keeps its length, so every
 * offset of the question still holds; only the tagger reads it so.
 */
import type { SearchIndex } from './index.ts';

/** How many reports holding a word are read for its case: enough to see a habit, few enough to be cheap. */
const SAMPLE = 10;
/** How many times a word must be seen inside lower-case prose for its case to tell anything. */
const SEEN = 3;
/** The share of those times a word must be written in capitals to be read so: "far more often than not". */
const MOSTLY = 0.75;
/** Around a word, the text looked at to tell whether it stands in lower-case prose or in a report in capitals. */
const AROUND = 40;

type Case = 'lower' | 'title' | 'upper';

/** Each index's words' cases, read once each. */
const cases = new WeakMap<SearchIndex, Map<string, Case>>();

/** How an occurrence is written, or undefined where its case tells nothing (prose in capitals, a sentence's start). */
function caseAt(text: string, at: number, written: string): Case | undefined {
  const around = text.slice(Math.max(0, at - AROUND), at + written.length + AROUND);
  if (!/[a-z]{2}/.test(around.replace(written, ''))) return undefined;
  if (written === written.toLowerCase()) return 'lower';
  // An acronym stays in capitals where a sentence begins ("ISN 3814 thru 3816 assigned"), a word only gets a capital.
  if (written === written.toUpperCase()) return 'upper';
  if (/(?:^|[.!?:;]["')]*\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at)) || at === 0) return undefined;
  return written.slice(1) === written.slice(1).toLowerCase() ? 'title' : undefined;
}

/** The positions of some reports holding the term, spread over its list. */
function sampleOf(index: SearchIndex, id: number): number[] {
  const stride = Math.max(1, Math.ceil(index.postings.size(id, 0) / SAMPLE));
  const out: number[] = [];
  let k = 0;
  index.postings.forEach(id, 0, (p) => {
    if (k++ % stride === 0) out.push(p);
  });
  return out;
}

/** The case the reports mostly write `word` in inside lower-case prose. */
function caseOf(index: SearchIndex, word: string): Case {
  const id = index.postings.id(word);
  if (id === undefined) return 'lower';
  const seen = { lower: 0, title: 0, upper: 0 };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}]|['’][a-rt-z])`, 'giu');
  for (const p of sampleOf(index, id)) {
    const report = index.order[p];
    for (const text of report ? report.quotes : []) {
      for (const m of text.matchAll(pattern)) {
        const c = caseAt(text, m.index, m[0]);
        if (c) seen[c]++;
      }
    }
  }
  const total = seen.lower + seen.title + seen.upper;
  if (total < SEEN || seen.title + seen.upper < MOSTLY * total) return 'lower';
  return seen.upper > seen.title ? 'upper' : 'title';
}

const written = (word: string, c: Case) =>
  c === 'upper' ? word.toUpperCase() : c === 'title' ? word[0]!.toUpperCase() + word.slice(1) : word;

/** `text` with each word typed in lower case written as the reports write it: as long as `text`. */
export function inWrittenCase(index: SearchIndex, text: string): string {
  // A question with a capital past its first letter tells the case its asker meant: "the wounded cop" beside "ANP" is
  // no COP (combat outpost).
  if (/[A-Z]/.test(text.slice(1))) return text;
  let known = cases.get(index);
  if (!known) cases.set(index, (known = new Map()));
  const memo = known;
  return text.replace(/(?<![\p{L}\p{N}'’-])[a-z]{2,}(?![\p{L}\p{N}'’-])/gu, (word) => {
    let c = memo.get(word);
    if (c === undefined) memo.set(word, (c = caseOf(index, word)));
    return written(word, c);
  });
}
