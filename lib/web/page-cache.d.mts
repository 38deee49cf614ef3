// Types for lib/web/page-cache.mjs (plain JavaScript: `next start` imports it without compiling it).

type Value = { kind: string; html?: string; rscData?: Buffer; postponed?: string; segmentData?: Map<string, Buffer>; body?: Buffer } | null;
type CacheControl = { revalidate: number | false; expire?: number };

/** Next.js's `cacheHandler`: rendered pages in memory, dropped when the corpus version moves. */
export default class PageCache {
  constructor(options?: { maxMemoryCacheSize?: number });
  get(key: string): Promise<{ value: NonNullable<Value>; cacheControl: CacheControl | undefined; lastModified: number } | null>;
  set(key: string, value: Value, context?: { cacheControl?: CacheControl }): Promise<void>;
  revalidateTag(): Promise<void>;
  resetRequestCache(): void;
}

/** How much the cache holds. */
export function pageCacheStats(): { entries: number; bytes: number; maxBytes: number };
