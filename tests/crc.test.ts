import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Combine, PieceCrcs } from '../src/crc.ts';

const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) & 255));

describe('CRC-32 of pieces', () => {
  it('combines two CRCs into that of the whole, wherever the cut', () => {
    for (const cut of [0, 1, 7, 4096, 33_333, 69_999, 70_000]) {
      const whole = crc32Combine(crc32(bytes.subarray(0, cut)), crc32(bytes.subarray(cut)), bytes.length - cut);
      expect(whole, `cut at ${cut}`).toBe(crc32(bytes));
    }
  });

  it('gives the CRC of a run from pieces added in any order, and none when they leave a gap or overlap', () => {
    const pieces = new PieceCrcs();
    pieces.add(100 + 50_000, bytes.subarray(50_000));
    pieces.add(100, bytes.subarray(0, 20_000));
    pieces.add(100 + 20_000, bytes.subarray(20_000, 50_000));
    expect(pieces.of(100, 100 + bytes.length)).toBe(crc32(bytes));
    expect(pieces.of(100, 100 + bytes.length + 1)).toBeUndefined();
    expect(pieces.of(99, 100 + bytes.length)).toBeUndefined();
    const gap = new PieceCrcs();
    gap.add(0, bytes.subarray(0, 10));
    gap.add(11, bytes.subarray(11, 20));
    expect(gap.of(0, 20)).toBeUndefined();
    const overlap = new PieceCrcs();
    overlap.add(0, bytes.subarray(0, 10));
    overlap.add(5, bytes.subarray(5, 20));
    expect(overlap.of(0, 20)).toBeUndefined();
    expect(new PieceCrcs().of(0, 0)).toBe(0);
  });
});
