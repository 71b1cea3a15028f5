/** Seeded randomness for the generator (pure-rand): the same seed always draws the same numbers. */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export class Rng {
  private readonly g: RandomGenerator;
  constructor(seed: number) {
    this.g = xoroshiro128plus(seed | 0);
    // xoroshiro128+ seeded with nearby integers starts out correlated; run it in.
    for (let i = 0; i < 64; i++) this.g.next();
  }
  /** Uniform in [0, 1). */
  float(): number {
    return (this.g.next() >>> 0) / 4294967296;
  }
  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return uniformInt(this.g, lo, hi);
  }
  u32(): number {
    return this.g.next() >>> 0;
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }
  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }
  hex(chars: number): string {
    let out = '';
    while (out.length < chars) out += this.u32().toString(16).padStart(8, '0');
    return out.slice(0, chars);
  }
}

export class Weighted<T> {
  private readonly items: T[] = [];
  private readonly cum: number[] = [];
  private total = 0;
  constructor(entries: readonly (readonly [T, number])[]) {
    for (const [item, weight] of entries) {
      this.total += weight;
      this.items.push(item);
      this.cum.push(this.total);
    }
  }
  pick(r: Rng): T {
    const x = r.float() * this.total;
    let i = 0;
    while (this.cum[i]! <= x) i++;
    return this.items[i]!;
  }
}

/** A bijection on 32-bit integers (lowbias32): distinct row numbers give distinct key prefixes. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}
