/**
 * A postings list as the database keeps it: the gaps between report
 * positions and how many times the term is found there, as varints (two or
 * three bytes a posting instead of eight). The BM25+ of each posting is
 * computed again from its count, as the index computed it (postings.ts), to
 * the same single-precision figure; a list whose figures could not be given
 * back exactly keeps them raw instead.
 */
import { FIELDS } from '../../search/index.ts';
import { averageLengths, bm25, countOf, idfOf, type List } from '../../search/postings.ts';

/** What computing a list's BM25+ needs: the corpus's size, each report's field lengths and their means. */
export interface Lengths {
  documents: number;
  fields: number;
  /** By report position then field: distinct terms. */
  lengths: Int32Array | Uint16Array;
  average: Float64Array;
}

/** Each report's field lengths, kept in two bytes each when they fit (they do: 3.6 MB less at 470,000 reports). */
export const lengthsOf = (documents: number, lengths: Int32Array): Lengths => ({
  documents,
  fields: FIELDS.length,
  lengths: lengths.every((n) => n <= 0xffff) ? Uint16Array.from(lengths) : lengths,
  average: averageLengths(lengths, FIELDS.length),
});

class Bytes {
  private buffer = Buffer.alloc(256);
  length = 0;

  varint(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const more = Buffer.alloc(this.buffer.length * 2);
      this.buffer.copy(more);
      this.buffer = more;
    }
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  done(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

/** The list of entry `at` packed; `impacts` only when the counts cannot give them back. */
export function packList(list: List, at: number, lengths: Lengths): { packed: Buffer; impacts?: Buffer } {
  const { docs, impacts, from, to } = list;
  const field = at % lengths.fields;
  const idf = idfOf(lengths.documents, to - from);
  const out = new Bytes();
  let counted = true;
  for (let i = from, last = -1; i < to && counted; last = docs[i++]!) {
    const tf = countOf(impacts[i]!, idf, lengths.lengths[docs[i]! * lengths.fields + field]!, lengths.average[field]!);
    if (tf === undefined) counted = false;
    out.varint(docs[i]! - last);
    out.varint(tf ?? 0);
  }
  if (counted) return { packed: out.done() };
  const gaps = new Bytes();
  for (let i = from, last = -1; i < to; last = docs[i++]!) gaps.varint(docs[i]! - last);
  const raw = impacts.slice(from, to);
  return { packed: gaps.done(), impacts: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) };
}

/** A packed list of `size` postings, read back. */
export function unpackList(
  packed: Uint8Array,
  impacts: Uint8Array | null,
  size: number,
  at: number,
  lengths: Lengths,
): List {
  const docs = new Int32Array(size);
  const field = at % lengths.fields;
  const idf = idfOf(lengths.documents, size);
  // Copied: a Buffer may start at any byte of a shared pool, and a Float32Array must be aligned.
  const scores = impacts ? new Float32Array(new Uint8Array(impacts).buffer) : new Float32Array(size);
  let at8 = 0;
  const next = () => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = packed[at8++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  for (let i = 0, doc = -1; i < size; i++) {
    doc += next();
    docs[i] = doc;
    if (!impacts) {
      const length = lengths.lengths[doc * lengths.fields + field]!;
      scores[i] = bm25(idf, next(), length, lengths.average[field]!);
    }
  }
  return { docs, impacts: scores, from: 0, to: size };
}
