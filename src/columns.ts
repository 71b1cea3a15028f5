/**
 * Plain data (what JSON holds) as columns, for the saved index's reports: the
 * structure as one number a value, numbers that are not small counts in a
 * float column, and every string in a few large texts, a string being a slice
 * of one. Read back, a string is a view of its text rather than a copy, and
 * the War Diary's repeated values (a report's key three times, its tracking
 * number twice, its file twice, a category in 10,000 reports) are one string
 * each: reading JSON made a copy of each, and collecting those copies was
 * most of the time a reload took.
 *
 * What comes back is what `JSON.parse(JSON.stringify(values))` gives: object
 * keys in their order, undefined properties left out, undefined in arrays and
 * numbers that are not finite as null.
 */

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
  texts: string[];
}

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

/** The strings of the columns, each a slice of its text; refused when the ends do not fit the texts. */
function stringsOf({ stringEnds, textStrings, texts }: Columns): string[] {
  if (textStrings.length !== texts.length) throw new Error('texts and their string counts differ');
  const strings = new Array<string>(stringEnds.length);
  let id = 0;
  texts.forEach((text, t) => {
    const last = id + textStrings[t]!;
    if (last > stringEnds.length) throw new Error('more strings than ends');
    for (let start = 0; id < last; id++) {
      const end = stringEnds[id]!;
      if (end < start || end > text.length) throw new Error('a string ends outside its text');
      strings[id] = text.slice(start, end);
      start = end;
    }
  });
  if (id !== stringEnds.length) throw new Error('fewer strings than ends');
  return strings;
}

/** The values the columns hold, `count` of them; columns that do not hold exactly that are refused. */
export function fromColumns(columns: Columns, count: number): unknown[] {
  const { values, numbers, shapes } = columns;
  if (!shapes.every((keys) => Array.isArray(keys) && keys.every((k) => typeof k === 'string' && k !== '__proto__')))
    throw new Error('object shapes are malformed');
  const strings = stringsOf(columns);
  // Made from a template of its shape, an object is laid out at its full size at once, not grown a key at a time.
  const templates = shapes.map((keys) => Object.fromEntries(keys.map((key) => [key, null])) as Record<string, unknown>);
  let at = 0;
  let nextNumber = 0;
  const read = (depth: number): unknown => {
    if (at >= values.length) throw new Error('values end early');
    if (depth > MAX_DEPTH) throw new Error('values nested too deep');
    const word = values[at++]!;
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
        if (nextNumber >= numbers.length) throw new Error('numbers end early');
        return numbers[nextNumber++];
      case STRING:
        if (payload >= strings.length) throw new Error('a string past the last');
        return strings[payload];
      case ARRAY: {
        if (payload > values.length - at) throw new Error('an array longer than the values left');
        const array = new Array<unknown>(payload);
        for (let i = 0; i < payload; i++) array[i] = read(depth + 1);
        return array;
      }
      default: {
        const keys = shapes[payload];
        if (!keys) throw new Error('an object of no known shape');
        const object = { ...templates[payload] };
        for (const key of keys) object[key] = read(depth + 1);
        return object;
      }
    }
  };
  const items: unknown[] = [];
  for (let i = 0; i < count; i++) items.push(read(0));
  if (at !== values.length || nextNumber !== numbers.length) throw new Error('values left over');
  return items;
}
