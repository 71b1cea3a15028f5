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

/**
 * Ids grouped by the value they map to (a counting sort): i with `to[i] = v` is in `ids[from[v]..from[v + 1])`.
 * Values are below `values` (by default, the number of ids); a negative one leaves its id out.
 */
export function group(to: Int32Array, values = to.length): [from: Uint32Array, ids: Int32Array] {
  const from = new Uint32Array(values + 1);
  for (const v of to) if (v >= 0) from[v + 1] = from[v + 1]! + 1;
  for (let v = 1; v < from.length; v++) from[v] = from[v]! + from[v - 1]!;
  const ids = new Int32Array(from[values]!);
  const next = from.slice(0, -1);
  to.forEach((v, i) => {
    if (v >= 0) ids[next[v]!++] = i;
  });
  return [from, ids];
}
