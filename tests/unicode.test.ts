/**
 * Bytes and characters, for every corpus format and every query: bytes that
 * are not UTF-8 and control characters are problems at file:line (never "�",
 * never a NUL served); text and queries are NFC without invisible characters,
 * so a zero-width space or a soft hyphen never splits a word and decomposed
 * accents meet precomposed ones, with highlights that still point at the
 * words; impossible times are refused.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { cleanText, decodeUtf8 } from '../src/corpus/unicode.ts';
import { WARDIARY_COLUMNS } from '../src/corpus/wardiary-columns.ts';
import type { Desk } from '../src/desk.ts';
import { openDesk } from '../src/open.ts';
import { dateProblemText, deskErrorText } from '../src/render/errors.ts';
import { parseDateQuery } from '../src/search/dates.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'unicode-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let files = 0;
async function file(name: string, content: string | Buffer): Promise<string> {
  const at = path.join(dir, `${++files}-${name}`);
  await writeFile(at, content);
  return at;
}

const LATIN1_E = Buffer.from([0xe9]); // "é" in Latin-1: not UTF-8

const markdown = (body: string, id = 'r1') =>
  `---\nid: ${id}\ndate: 2007-12-30\ntype: document\ntitle: A report\ncitation:\n  article: An article\n` +
  `  author: A. Writer\n  publication: The Paper\n  date: 2010-07-27\n  paragraphs: [1]\n---\n\n${body}\n`;

function csvRow(key: string, summary: string, date = '2008-03-01 10:00:00'): string[] {
  return WARDIARY_COLUMNS.map(
    (c) =>
      ({
        ReportKey: key,
        DateOccurred: date,
        Type: 'Enemy Action',
        Category: 'Direct Fire',
        Summary: summary,
        Region: 'RC SOUTH',
      })[c as string] ?? '',
  );
}

const jsonl = (id: string, quote: string) =>
  JSON.stringify({
    id,
    type: 'report',
    title: 'A report',
    date: '2008-03',
    quotes: [quote],
    citation: { source: 'article', article: 'A', author: 'B', publication: 'C', date: '2010-07-27', paragraphs: [1] },
  });

describe('bytes that are not UTF-8', () => {
  it('a report file: a problem at the line of the bad byte', async () => {
    // The body starts on line 14; the bad byte stands on the line after it.
    const md = await file(
      'latin1.md',
      Buffer.concat([Buffer.from(markdown('Two Iranian ')), LATIN1_E, Buffer.from('t agents.\n')]),
    );
    const { reports, problems } = await loadCorpus([md]);
    expect(reports).toEqual([]);
    expect(problems).toEqual([
      { file: expect.stringMatching(/latin1\.md$/), line: 15, message: 'not UTF-8 text (save the file as UTF-8)' },
    ]);
  });

  it('a War Diary row: rejected at its line, naming the column; the other rows import', async () => {
    const good = stringify([csvRow('K1', 'Fine text.')]);
    const bad = Buffer.concat([
      Buffer.from('K2,2008-03-01 10:00:00,Enemy Action,Direct Fire,,,"Two Iranian '),
      LATIN1_E,
      Buffer.from(`t agents",RC SOUTH${','.repeat(24)}\n`),
    ]);
    const csv = await file('latin1.csv', Buffer.concat([Buffer.from(good), bad]));
    const corpus = await loadCorpus([csv]);
    expect(corpus.reports.map((r) => r.id)).toEqual(['K1']);
    expect(corpus.problems).toEqual([
      {
        file: expect.stringMatching(/latin1\.csv$/),
        line: 2,
        message: 'Summary: not UTF-8 text (save the file as UTF-8)',
      },
    ]);
    expect(corpus.reports[0]!.quotes.join('')).not.toContain('\uFFFD');
  });

  it('a JSON Lines line: a problem on that line; the other lines import', async () => {
    const lines = Buffer.concat([
      Buffer.from(`${jsonl('a', 'Fine.')}\n${jsonl('b', 'Two Iranian ').slice(0, -20)}`),
      LATIN1_E,
      Buffer.from(`${jsonl('b', 'x').slice(-19)}\n`),
    ]);
    const { reports, problems } = await loadCorpus([await file('latin1.jsonl', lines)]);
    expect(reports.map((r) => r.id)).toEqual(['a']);
    expect(problems).toEqual([
      { file: expect.stringMatching(/latin1\.jsonl$/), line: 2, message: 'not UTF-8 text (save the file as UTF-8)' },
    ]);
  });

  it('decodeUtf8 names the first bad line, also past a valid multi-byte character', () => {
    expect(decodeUtf8(Buffer.from('é\nfine\n'))).toEqual({ text: 'é\nfine\n' });
    expect(decodeUtf8(Buffer.concat([Buffer.from('é\nfine\nbad '), LATIN1_E]))).toEqual({ badLine: 3 });
    expect(decodeUtf8(Buffer.from([0xe2, 0x82]))).toEqual({ badLine: 1 });
  });
});

describe('control characters', () => {
  it('a NUL or a lone CR in a report file: a problem at its line', async () => {
    const nul = await loadCorpus([await file('nul.md', markdown('Two Iranian\u0000 agents.'))]);
    expect(nul.problems).toEqual([
      { file: expect.any(String), line: 14, message: 'control character U+0000: remove it' },
    ]);
    const cr = await loadCorpus([await file('cr.md', markdown('first line\rsecond'))]);
    expect(cr.problems).toMatchObject([{ line: 14, message: 'control character U+000D: remove it' }]);
    // CRLF line ends are fine.
    expect((await loadCorpus([await file('crlf.md', markdown('Fine.').replace(/\n/g, '\r\n'))])).problems).toEqual([]);
  });

  it('a NUL in a War Diary summary or key rejects the row at its line; a CR in a quoted field is kept', async () => {
    const csv = await file(
      'nul.csv',
      stringify([
        csvRow('K1', 'Fine.\r\nSecond line.'),
        csvRow('K2', 'Two\u0000 agents.'),
        csvRow('K\u00003', 'Text.'),
        csvRow('K4', 'Bell\u0007.'),
      ]),
    );
    const corpus = await loadCorpus([csv]);
    expect(corpus.reports.map((r) => r.id)).toEqual(['K1']);
    expect(corpus.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'Summary: control character U+0000: remove it'],
      [4, 'ReportKey: control character U+0000: remove it'],
      [5, 'Summary: control character U+0007: remove it'],
    ]);
    expect(corpus.rejects.get(csv)).toHaveLength(3);
  });

  it('an escaped control character in JSON Lines, or one an HTML entity writes: refused at its line', async () => {
    const lines = [jsonl('a', 'Fine.'), jsonl('b', 'Two\u0000 agents.'), jsonl('c', 'C1\u0085 control')].join('\n');
    const { reports, problems } = await loadCorpus([await file('nul.jsonl', lines)]);
    expect(reports.map((r) => r.id)).toEqual(['a']);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'control character U+0000 in quotes.0: remove it'],
      [3, 'control character U+0085 in quotes.0: remove it'],
    ]);
    const entity = await loadCorpus([await file('entity.csv', stringify([csvRow('K1', 'Bell&#7; rings.')]))]);
    expect(entity.problems.map((p) => p.message)).toEqual(['control character U+0007 in quotes.0: remove it']);
  });

  it('a plain row in a CSV whose name is not plain text: the name in its citation is cleaned all the same', async () => {
    // A row of plain ASCII is not looked at again for cleaning (see readWarDiary): the file's name is part of it too.
    const name = 'Hera\u0301t.csv';
    const { reports } = await loadCorpus([await file(name, stringify([csvRow('K1', 'Plain text.')]))], { cwd: dir });
    expect(reports.map((r) => [r.origin.file, r.citation.source === 'wardiary' && r.citation.file])).toEqual([
      [`${files}-Her\u00e1t.csv`, `${files}-Her\u00e1t.csv`],
    ]);
  });
});

describe('invisible characters and normal forms', () => {
  let desk: Desk;
  beforeAll(async () => {
    const csv = await file(
      'forms.csv',
      stringify([
        csvRow('NFC-1', 'A meeting in Tehr\u00e1n with two Iranian agents.'),
        csvRow('NFD-2', 'Convoy left Hera\u0301t at dawn.'),
        csvRow('ZW-\u200b3', 'The Ira\u200bnian wea\u00adpons were found.'),
      ]),
    );
    ({ desk } = await openDesk({ corpus: [csv], cache: false }));
  });

  const hitsFor = async (query: string) => {
    const outcome = await desk.search({ query });
    if (!outcome.ok) throw new Error(deskErrorText(outcome.error));
    return outcome;
  };

  it('a zero-width space or soft hyphen inside a query word does not split it', async () => {
    for (const query of ['Ira\u200bnian', 'Ira\u00adnian', '\ufeffIranian', 'Ira\u2060nian']) {
      const found = await hitsFor(query);
      expect(found.results.map((h) => h.report.id).sort(), query).toEqual(['NFC-1', 'ZW-3']);
      expect(found.suggestions).toEqual([]);
      expect(found.query).toBe('Iranian');
    }
  });

  it('invisible characters in stored text are gone: words are found whole, highlights point at them', async () => {
    const [hit] = (await hitsFor('weapons')).results;
    expect(hit!.report.quotes).toEqual(['The Iranian weapons were found.']);
    const [s, e] = hit!.excerpt.highlights[0]!;
    expect(hit!.excerpt.text.slice(s, e)).toBe('weapons');
  });

  it('decomposed accents meet precomposed ones, both ways, and highlights cover the whole word', async () => {
    for (const [query, id, word] of [
      ['Tehra\u0301n', 'NFC-1', 'Tehr\u00e1n'],
      ['Her\u00e1t', 'NFD-2', 'Her\u00e1t'],
    ] as const) {
      const [hit] = (await hitsFor(query)).results;
      expect(hit?.report.id, query).toBe(id);
      const [s, e] = hit!.excerpt.highlights[0]!;
      expect(hit!.excerpt.text.slice(s, e)).toBe(word);
    }
  });

  it('a report key with an invisible character is stored and found without it', async () => {
    const found = await desk.report('ZW-3');
    expect(found.ok && found.results.map((h) => h.report.id)).toEqual(['ZW-3']);
    const typed = await desk.report('ZW-\u200b3');
    expect(typed.ok && typed.matchedAs.kind).toBe('id');
  });

  it('cleanText keeps ordinary text as it is, and only composes', () => {
    expect(cleanText('IED found, 2x KIA.\nNext line\ttab')).toBe('IED found, 2x KIA.\nNext line\ttab');
    expect(cleanText('Tehra\u0301n')).toBe('Tehr\u00e1n');
    expect(cleanText('🙂 emoji and \u05e2\u05d1\u05e8\u05d9\u05ea')).toBe(
      '🙂 emoji and \u05e2\u05d1\u05e8\u05d9\u05ea',
    );
  });
});

describe('impossible times', () => {
  it('are refused in queries, and said why', () => {
    for (const input of ['2007-12-30T25:61:00', '2007-12-30 24:00', '2007-12-30 23:60', '2007-12-30T10:15:61']) {
      const parsed = parseDateQuery(input);
      expect(parsed.ok, input).toBe(false);
      expect(!parsed.ok && dateProblemText(parsed.problem), input).toMatch(/times run from 00:00 to 23:59:59/);
    }
    expect(parseDateQuery('2007-12-30T23:59:59Z')).toMatchObject({
      ok: true,
      date: { precision: 'day', start: '2007-12-30' },
    });
  });

  it('are refused in the War Diary, the row rejected at its line', async () => {
    const corpus = await loadCorpus([
      await file('time.csv', stringify([csvRow('K1', 'Fine.'), csvRow('K2', 'Late.', '2007-12-30 25:61:00')])),
    ]);
    expect(corpus.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'unreadable DateOccurred "2007-12-30 25:61:00"'],
    ]);
  });
});
