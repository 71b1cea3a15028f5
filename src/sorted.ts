/**
 * The first position in `[lo, hi)` where `reached` holds, given that it holds from some position on and not before
 * (binary search); `hi` when it holds nowhere.
 */
export function firstWhere(lo: number, hi: number, reached: (position: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first position in `items`, sorted by `keyOf`, whose key is not below `key` (binary search). */
export const lowerBound = <T>(items: readonly T[], key: string, keyOf: (item: T) => string): number =>
  firstWhere(0, items.length, (i) => keyOf(items[i]!) >= key);
