// A binary search over anything in order.

/**
 * How many of the first items satisfy `before`, given that those that do all come first (items in
 * order, `before` asking "does it come before the point sought?"): the index of the first that does not.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
