/**
 * CRC-32 (zlib's) of pieces taken apart: the CRC of a whole made from the CRCs of its pieces, so that each piece of a
 * file is checked as soon as it is read, in whatever order reads end. zlib has crc32_combine; Node does not expose it.
 * The one package that ships it (@balena/node-crc-utils, zlib's C in WebAssembly) made a War Diary reload 30–70 ms
 * slower in four runs side by side (loading its module), a twentieth of a reload: zlib's few lines are kept here.
 */
import { crc32 } from 'node:zlib';

/** The reversed CRC-32 polynomial, as zlib uses it. */
const POLYNOMIAL = 0xedb88320;

/** `matrix` × `vector` over GF(2), a 32×32 matrix as 32 columns. */
function times(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let i = 0; vector !== 0; vector >>>= 1, i++) if (vector & 1) sum ^= matrix[i]!;
  return sum >>> 0;
}

function squared(matrix: Uint32Array): Uint32Array {
  return Uint32Array.from(matrix, (column) => times(matrix, column));
}

/** The operators appending 1, 2, 4, 8… zero bytes to a CRC, made once when first needed (to lengths up to 2^53). */
let appending: Uint32Array[] | undefined;

function appendingZeros(): Uint32Array[] {
  if (appending) return appending;
  // Appending one zero bit, squared thrice into appending one zero byte, then squared on for each power of two.
  let operator: Uint32Array = Uint32Array.from({ length: 32 }, (_, n) => (n === 0 ? POLYNOMIAL : 1 << (n - 1)));
  operator = squared(squared(squared(operator)));
  appending = [operator];
  for (let n = 1; n < 53; n++) appending.push((operator = squared(operator)));
  return appending;
}

/** The CRC-32 of A then B from the CRC of A, the CRC of B and B's length (zlib's crc32_combine). */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  const operators = appendingZeros();
  let crc = crcA;
  for (let left = lengthB, n = 0; left > 0; left = Math.floor(left / 2), n++) {
    if (left % 2) crc = times(operators[n]!, crc);
  }
  return (crc ^ crcB) >>> 0;
}

/** Pieces of one run of bytes, each with its CRC, taken as they come and combined in order once all are in. */
export class PieceCrcs {
  private readonly pieces: { at: number; length: number; crc: number }[] = [];

  add(at: number, bytes: Uint8Array): void {
    this.pieces.push({ at, length: bytes.length, crc: crc32(bytes) });
  }

  /** The CRC-32 of `[from, to)`; undefined unless the pieces cover it exactly, each byte once. */
  of(from: number, to: number): number | undefined {
    let crc = 0;
    let at = from;
    for (const piece of this.pieces.sort((a, b) => a.at - b.at)) {
      if (piece.at !== at) return undefined;
      crc = crc32Combine(crc, piece.crc, piece.length);
      at += piece.length;
    }
    return at === to ? crc : undefined;
  }
}
