// Medians over whole benchmark runs: each run is its own process on its own new database, so no run
// profits from the caches another warmed.

type Json = number | string | boolean | null | Json[] | { [key: string]: Json };

/** The median of each number across `runs`, keeping the shape of the first; other values from the first. */
export function medianOf(runs: Json[]): Json {
  const first = runs[0]!;
  if (typeof first === "number") {
    const numbers = runs.filter((r): r is number => typeof r === "number").sort((a, b) => a - b);
    const mid = Math.floor(numbers.length / 2);
    return numbers.length % 2 === 1 ? numbers[mid]! : (numbers[mid - 1]! + numbers[mid]!) / 2;
  }
  if (Array.isArray(first)) {
    return first.map((_, i) => medianOf(runs.map((r) => (Array.isArray(r) ? r[i]! : null))));
  }
  if (first !== null && typeof first === "object") {
    return Object.fromEntries(
      Object.keys(first).map((key) => [key, medianOf(runs.map((r) => (r !== null && typeof r === "object" && !Array.isArray(r) ? (r[key] ?? null) : null)))]),
    );
  }
  return first;
}
