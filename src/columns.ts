/**
 * Plain data (what JSON holds) as columns, for the saved index's reports: the
 * structure as one number a value, numbers that are not small counts in a
 * float column, and every string in a few large texts, a string being a slice
 * of one, and the War Diary's repeated values (a report's key three times,
 * its tracking number twice, its file twice, a category in 10,000 reports)
 * are one string each. Read back (ColumnReader), nothing is made until it is
 * read: an item whole, or one key of it.
 *
 * What comes back is what `JSON.parse(JSON.stringify(values))` gives: object
 * keys in their order, undefined properties left out, undefined in arrays and
 * numbers that are not finite as null.
 */
import { firstWhere } from './sorted.ts';

/** What a value's number holds in its low 3 bits; the rest is its payload. */
const NULL = 0;
const FALSE = 1;
const TRUE = 2;
/** A whole number from 0 to 2^29 − 1: the payload itself. */
const COUNT = 3;
/** Any other number: the next of `numbers`. */
const NUMBER = 4;
/** A string: the payload is its place among the strings. */
const STRING = 5;
/** An array: the payload is its length; its items follow. */
const ARRAY = 6;
/** An object: the payload is its shape (its keys, in order); its values follow. */
const OBJECT = 7;
const MAX_PAYLOAD = 2 ** 29 - 1;

/** Strings up to this length are kept once however often they occur; longer ones (report text) are seldom repeated. */
const SHARED_UP_TO = 96;
/** A text holds strings up to about this many characters: large enough to live outside the engine's heap. */
const TEXT_SIZE = 1 << 21;
/** Deeper than this is no report: a file claiming it is refused rather than recursed through. */
const MAX_DEPTH = 32;

export interface Columns {
  /** One number per value, depth first (see the constants above). */
  values: Uint32Array;
  numbers: Float64Array;
  /** Each object shape's keys, in order. */
  shapes: string[][];
  /** Where each string ends in its text (UTF-16 units); a text's first string starts at 0. */
  stringEnds: Uint32Array;
  /** How many strings each text holds. */
  textStrings: Uint32Array;
  texts: Text[];
}

/** A text as a string, or as its bytes when plain ASCII (a byte a UTF-16 unit), decoded a string at a time. */
export type Text = string | Buffer;

/** Columns to save: each text as the strings it is made of (never joined in memory), with its length in UTF-8. */
export type ColumnsToSave = Omit<Columns, 'texts'> & { texts: string[][]; textBytes: Uint32Array };

interface ShapeNode {
  next: Map<string, ShapeNode>;
  shape?: number;
}

/** The strings of the values as they are met: each text's strings, where each ends, and the texts' sizes in UTF-8. */
function stringTable() {
  const shared = new Map<string, number>();
  const ends: number[] = [];
  const textStrings: number[] = [];
  const texts: string[][] = [];
  const textBytes: number[] = [];
  let text: string[] = [];
  let length = 0;
  let bytes = 0;
  const closeText = () => {
    texts.push(text);
    textStrings.push(text.length);
    textBytes.push(bytes);
    [text, length, bytes] = [[], 0, 0];
  };
  return {
    /** The string's place among the strings: its own, or that of the same short string met before. */
    id(s: string): number {
      const known = s.length <= SHARED_UP_TO ? shared.get(s) : undefined;
      if (known !== undefined) return known;
      if (length >= TEXT_SIZE) closeText();
      text.push(s);
      length += s.length;
      bytes += Buffer.byteLength(s, 'utf8');
      ends.push(length);
      const id = ends.length - 1;
      if (s.length <= SHARED_UP_TO) shared.set(s, id);
      return id;
    },
    done() {
      if (text.length) closeText();
      const [stringEnds, strings, sizes] = [ends, textStrings, textBytes].map((n) => Uint32Array.from(n));
      return { stringEnds: stringEnds!, textStrings: strings!, texts, textBytes: sizes! };
    },
  };
}

/** The columns of `items`, each a value JSON can hold. */
export function toColumns(items: readonly unknown[]): ColumnsToSave {
  const values: number[] = [];
  const numbers: number[] = [];
  const shapes: string[][] = [];
  const strings = stringTable();
  const push = (kind: number, payload = 0) => {
    if (payload > MAX_PAYLOAD) throw new Error('too many values to save');
    values.push(kind + payload * 8);
  };
  // Shapes found by walking their keys, one map a key: naming each object's keys in a string cost more than the rest.
  const shapeTree: ShapeNode = { next: new Map() };
  const shapeOf = (keys: string[]) => {
    let node = shapeTree;
    for (const key of keys) {
      let next = node.next.get(key);
      if (!next) node.next.set(key, (next = { next: new Map() }));
      node = next;
    }
    if (node.shape === undefined) {
      if (keys.includes('__proto__')) throw new Error('a key named __proto__ cannot be saved');
      node.shape = shapes.push(keys) - 1;
    }
    return node.shape;
  };
  const add = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) throw new Error('values nested too deep to save');
    if (value === null || value === undefined) push(NULL);
    else if (typeof value === 'boolean') push(value ? TRUE : FALSE);
    else if (typeof value === 'number') {
      if (!Number.isFinite(value)) push(NULL);
      else if (Number.isInteger(value) && value >= 0 && value <= MAX_PAYLOAD) push(COUNT, value);
      else {
        push(NUMBER);
        numbers.push(value);
      }
    } else if (typeof value === 'string') push(STRING, strings.id(value));
    else if (Array.isArray(value)) {
      push(ARRAY, value.length);
      for (const item of value as unknown[]) add(item, depth + 1);
    } else if (typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).filter((key) => record[key] !== undefined);
      push(OBJECT, shapeOf(keys));
      for (const key of keys) add(record[key], depth + 1);
    } else throw new Error(`a ${typeof value} cannot be saved`);
  };
  for (const item of items) add(item, 0);
  return { values: Uint32Array.from(values), numbers: Float64Array.from(numbers), shapes, ...strings.done() };
}

/** Where each text's strings begin among all strings, and one past the last; refused when the ends do not fit. */
function textStartsOf({ stringEnds, textStrings, texts }: Columns): Uint32Array {
  if (textStrings.length !== texts.length) throw new Error('texts and their string counts differ');
  const starts = new Uint32Array(texts.length + 1);
  let id = 0;
  texts.forEach((text, t) => {
    starts[t] = id;
    const last = id + textStrings[t]!;
    if (last > stringEnds.length) throw new Error('more strings than ends');
    for (let start = 0; id < last; id++) {
      const end = stringEnds[id]!;
      if (end < start || end > text.length) throw new Error('a string ends outside its text');
      start = end;
    }
  });
  if (id !== stringEnds.length) throw new Error('fewer strings than ends');
  starts[texts.length] = id;
  return starts;
}

/**
 * The values the columns hold, `count` of them, read only when asked: an item whole, or one key of an item that is
 * an object. Checked through once when made (every value of a known kind, every reference inside what exists, no
 * value left over), so that reading later cannot fail; columns that do not hold exactly `count` values are refused.
 * Nothing is made until it is read: reports read back whole were a million objects and strings to collect, and a
 * desk reads few of them.
 */
export class ColumnReader {
  /** Where each item's values begin, and the number its first NUMBER takes. */
  private readonly starts: Uint32Array;
  private readonly numberStarts: Uint32Array;
  private readonly textStarts: Uint32Array;
  /** Short strings by id, once made. */
  private readonly known: (string | undefined)[];
  /** Each shape's keys by name, with their place. */
  private readonly shapeKeys: Map<string, number>[];
  /** Where reading or skipping is: the next value, and the next of `numbers`. */
  private at = 0;
  private nextNumber = 0;

  constructor(
    private readonly columns: Columns,
    readonly count: number,
  ) {
    const { shapes, values, numbers } = columns;
    if (!shapes.every((keys) => Array.isArray(keys) && keys.every((k) => typeof k === 'string' && k !== '__proto__')))
      throw new Error('object shapes are malformed');
    this.shapeKeys = shapes.map((keys) => new Map(keys.map((key, i) => [key, i])));
    this.textStarts = textStartsOf(columns);
    this.known = new Array<string | undefined>(columns.stringEnds.length);
    this.starts = new Uint32Array(count);
    this.numberStarts = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      this.starts[i] = this.at;
      this.numberStarts[i] = this.nextNumber;
      this.check(0);
    }
    if (this.at !== values.length || this.nextNumber !== numbers.length) throw new Error('values left over');
  }

  /** Item `i` whole, as JSON would give it back. */
  item(i: number): unknown {
    this.seek(i);
    return this.read();
  }

  /** The value at `path` in item `i` (a key, a key of what it holds…); undefined where there is no such key. */
  field(i: number, ...path: string[]): unknown {
    this.seek(i);
    for (const key of path) {
      const word = this.columns.values[this.at]!;
      if ((word & 7) !== OBJECT) return undefined;
      const place = this.shapeKeys[word >>> 3]!.get(key);
      if (place === undefined) return undefined;
      this.at++;
      for (let k = 0; k < place; k++) this.skip();
    }
    return this.read();
  }

  private seek(i: number): void {
    if (!(i >= 0 && i < this.count)) throw new RangeError(`no item ${i} of ${this.count}`);
    this.at = this.starts[i]!;
    this.nextNumber = this.numberStarts[i]!;
  }

  /** Steps over one value, checking it and all it holds. */
  private check(depth: number): void {
    const { values, numbers, shapes, stringEnds } = this.columns;
    if (this.at >= values.length) throw new Error('values end early');
    if (depth > MAX_DEPTH) throw new Error('values nested too deep');
    const word = values[this.at++]!;
    const payload = word >>> 3;
    switch (word & 7) {
      case NUMBER:
        if (this.nextNumber++ >= numbers.length) throw new Error('numbers end early');
        return;
      case STRING:
        if (payload >= stringEnds.length) throw new Error('a string past the last');
        return;
      case ARRAY:
        if (payload > values.length - this.at) throw new Error('an array longer than the values left');
        for (let i = 0; i < payload; i++) this.check(depth + 1);
        return;
      case OBJECT: {
        const keys = shapes[payload];
        if (!keys) throw new Error('an object of no known shape');
        for (let i = 0; i < keys.length; i++) this.check(depth + 1);
        return;
      }
    }
  }

  /** Steps over one value already checked. */
  private skip(): void {
    const word = this.columns.values[this.at++]!;
    const kind = word & 7;
    if (kind === NUMBER) this.nextNumber++;
    else if (kind === ARRAY) for (let i = word >>> 3; i > 0; i--) this.skip();
    else if (kind === OBJECT) for (let i = this.columns.shapes[word >>> 3]!.length; i > 0; i--) this.skip();
  }

  /** The value at the cursor, already checked, made from its template when an object (laid out at its full size). */
  private read(): unknown {
    const word = this.columns.values[this.at++]!;
    const payload = word >>> 3;
    switch (word & 7) {
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case COUNT:
        return payload;
      case NUMBER:
        return this.columns.numbers[this.nextNumber++];
      case STRING:
        return this.string(payload);
      case ARRAY: {
        const array = new Array<unknown>(payload);
        for (let i = 0; i < payload; i++) array[i] = this.read();
        return array;
      }
      default: {
        const object: Record<string, unknown> = {};
        for (const key of this.columns.shapes[payload]!) object[key] = this.read();
        return object;
      }
    }
  }

  /** String `id`: a short one (a date, a category, an id) made once, as the desk reads those of every report. */
  private string(id: number): string {
    const known = this.known[id];
    if (known !== undefined) return known;
    const made = this.slice(id);
    if (made.length <= SHARED_UP_TO) this.known[id] = made;
    return made;
  }

  /** String `id`, sliced from its text. */
  private slice(id: number): string {
    const { textStarts } = this;
    // The last text whose first string is at or before `id`.
    const t = firstWhere(0, this.columns.texts.length, (i) => textStarts[i]! > id) - 1;
    const start = id === textStarts[t] ? 0 : this.columns.stringEnds[id - 1]!;
    const text = this.columns.texts[t]!;
    const end = this.columns.stringEnds[id];
    return typeof text === 'string' ? text.slice(start, end) : text.toString('latin1', start, end);
  }
}

/** The values the columns hold, `count` of them, read whole; columns that do not hold exactly that are refused. */
export function fromColumns(columns: Columns, count: number): unknown[] {
  const reader = new ColumnReader(columns, count);
  return Array.from({ length: count }, (_, i) => reader.item(i));
}
