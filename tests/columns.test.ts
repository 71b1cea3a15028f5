/**
 * Plain data as columns (src/columns.ts), as the saved index keeps its reports: what comes back is what a JSON round
 * trip gives, whatever the text; columns that do not hold what they claim are refused with a reason, never a crash.
 */
import { isAscii } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { ColumnReader, fromColumns, toColumns, type Columns, type ColumnsToSave } from '../src/columns.ts';

const viaJson = (values: unknown[]) => JSON.parse(JSON.stringify(values)) as unknown[];
/** Columns as a file gives them back: each text's strings written as UTF-8 one after another, ASCII kept as bytes. */
const reread = (columns: ColumnsToSave): Columns => {
  const bytes = columns.texts.map((strings) => Buffer.concat(strings.map((s) => Buffer.from(s, 'utf8'))));
  expect(bytes.map((b) => b.length)).toEqual([...columns.textBytes]);
  return { ...columns, texts: bytes.map((b) => (isAscii(b) ? b : b.toString('utf8'))) };
};
const roundTrip = (values: unknown[]) => fromColumns(reread(toColumns(values)), values.length);

describe('columns', () => {
  it('give back what JSON would: keys in order, undefined left out, non-finite numbers as null', () => {
    const values = [
      { id: 'a', kind: 'report', date: null, places: ['RC EAST', 'RC EAST'], n: 0, x: -0, big: 2 ** 40, neg: -3 },
      { b: true, a: false, f: 1.5, nan: Number.NaN, inf: -Infinity, gone: undefined, list: [undefined, 1, 'x'] },
      [],
      {},
      'just a string',
      42,
      null,
      { nested: { deeper: { deepest: [[[]]] } }, empty: '' },
    ];
    expect(roundTrip(values)).toEqual(viaJson(values));
    expect(Object.keys(roundTrip(values)[0] as object)).toEqual(Object.keys(values[0] as object));
  });

  it('keeps text past ASCII: accents, combining marks, CJK, emoji and lone surrogates', () => {
    const values = [
      { text: 'Tehrān, Kābul – “quoted” • 2 €' },
      { text: 'Tehra\u0301n 中文 😀 ok' },
      { text: 'half a pair: \ud83d and more' },
      { text: 'x'.repeat(3_000_000) },
      { text: `${'é'.repeat(10)}${'plain '.repeat(100)}` },
    ];
    const columns = toColumns(values);
    expect(columns.texts.length).toBeGreaterThan(1);
    // A lone surrogate does not survive UTF-8 (nor JSON written as UTF-8): U+FFFD, as a file would give it.
    expect(fromColumns(reread(columns), values.length)).toEqual(
      viaJson(values).map((v, i) => (i === 2 ? { text: 'half a pair: \ufffd and more' } : v)),
    );
  });

  it('keeps a repeated short value once, long texts each in their place', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ key: 'SAME-KEY', category: 'IED Found', n: i }));
    const columns = toColumns(rows);
    expect(columns.stringEnds.length).toBe(2);
    const back = fromColumns(reread(columns), rows.length) as typeof rows;
    expect(back).toEqual(rows);
  });

  it('read one key at a time, nested or not, without making the rest', () => {
    const values = [
      { id: 'a', details: { tracking: 'T-1', where: { lat: 1.5, lon: -2 } }, n: 2 ** 40 },
      { id: 'b', n: 1.25 },
      ['not', 'an', 'object'],
    ];
    const reader = new ColumnReader(reread(toColumns(values)), values.length);
    expect(reader.field(0, 'details', 'where', 'lon')).toBe(-2);
    expect(reader.field(0, 'n')).toBe(2 ** 40);
    expect(reader.field(1, 'n')).toBe(1.25);
    expect(reader.field(0, 'details', 'tracking')).toBe('T-1');
    expect(reader.field(1, 'details', 'tracking')).toBeUndefined();
    expect(reader.field(0, 'id', 'length')).toBeUndefined();
    expect(reader.field(2, 'id')).toBeUndefined();
    expect(values.map((_, i) => reader.item(i))).toEqual(values);
    expect(() => reader.item(3)).toThrow(RangeError);
  });

  it('refuses what cannot be saved', () => {
    expect(() => toColumns([{ f: () => 1 }])).toThrow(/a function cannot be saved/);
    expect(() => toColumns([{ n: 1n }])).toThrow(/a bigint cannot be saved/);
    expect(() => toColumns([JSON.parse('{"__proto__": {"polluted": true}}')])).toThrow(/__proto__/);
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(() => toColumns([deep])).toThrow(/nested too deep/);
  });

  describe('refuses columns that do not hold what they claim', () => {
    const good = reread(
      toColumns([
        { id: 'a', places: ['x', 'y'], n: 1.5 },
        { id: 'b', places: [], n: 2 },
      ]),
    );
    const refused =
      (columns: Partial<Columns>, count = 2) =>
      () =>
        fromColumns({ ...good, ...columns }, count);

    it('too few or too many values for the count', () => {
      expect(refused({}, 3)).toThrow(/values end early/);
      expect(refused({}, 1)).toThrow(/values left over/);
      expect(refused({ values: good.values.subarray(0, 6) })).toThrow(/values end early/);
    });

    it('a reference past what exists', () => {
      const values = (change: (v: Uint32Array) => void) => {
        const copy = good.values.slice();
        change(copy);
        return { values: copy };
      };
      expect(refused(values((v) => (v[0] = 7 + 8 * 99)))).toThrow(/no known shape/);
      expect(refused(values((v) => (v[1] = 5 + 8 * 99)))).toThrow(/a string past the last/);
      expect(refused(values((v) => (v[2] = 6 + 8 * 2 ** 28)))).toThrow(/an array longer than the values left/);
      expect(refused({ numbers: new Float64Array(0) })).toThrow(/numbers end early/);
    });

    it('strings that do not fit their texts', () => {
      expect(refused({ stringEnds: Uint32Array.from([1, 99, 3, 4, 5, 6]) })).toThrow(/ends outside its text/);
      expect(refused({ textStrings: Uint32Array.from([99]) })).toThrow(/more strings than ends/);
      expect(refused({ textStrings: Uint32Array.from([1]) })).toThrow(/fewer strings than ends/);
      expect(refused({ texts: [] })).toThrow(/texts and their string counts differ/);
    });

    it('shapes that are no list of keys, or name __proto__', () => {
      expect(refused({ shapes: [['id', 'places', 'n'], 'id' as unknown as string[]] })).toThrow(/shapes are malformed/);
      expect(refused({ shapes: [['__proto__', 'places', 'n']] })).toThrow(/shapes are malformed/);
    });

    it('nesting past any report', () => {
      const deep = new Uint32Array(100).fill(6 + 8 * 1);
      expect(() => fromColumns({ ...good, values: deep }, 1)).toThrow(/nested too deep/);
    });
  });
});
