// Next.js's server cache (`cacheHandler` in next.config.mjs) for the pages rendered once and kept:
// the permalink, article, speaker and topic pages. Plain JavaScript because `next start` imports
// this file as it is, without compiling it.
//
// Each lookup first reads the corpus version (CorpusState.version, which every ingest transaction
// that changes the corpus bumps): one indexed row, a few microseconds. When it has moved, everything
// cached was rendered from an older corpus and is dropped, so the first request after an ingest
// renders afresh. Entries live in memory only (nothing under .next grows), in an LRU (lru-cache)
// bounded by `cacheMaxMemorySize`, gzipped: a permalink page (its HTML, its RSC payload and the router's
// prefetch segments) shrinks about ninefold, for a fraction of a millisecond to unpack (docs/performance.md).
import { createRequire } from "node:module";
import { gunzipSync, gzipSync, constants } from "node:zlib";
import { LRUCache } from "lru-cache";
import { corpusVersion } from "../db/corpus-reads.mjs";

/**
 * @typedef {{ kind: string, html?: string, rscData?: Buffer, postponed?: string, segmentData?: Map<string, Buffer>, body?: Buffer } | null} Value
 * @typedef {{ revalidate: number | false, expire?: number }} CacheControl
 * @typedef {{ value: NonNullable<Value>, html?: Buffer, rscData?: Buffer, body?: Buffer, segments?: [string, Buffer | null][] }} Packed the value with its large parts gzipped
 * @typedef {{ packed: Packed, cacheControl: CacheControl | undefined, size: number, lastModified: number }} Entry
 */

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
// Renders in flight, each with the version read when it missed: far fewer than this at any time.
const MAX_PENDING = 10_000;
// Next.js keeps each rendered path's cache lifetime in a static Map that nothing ever empties
// (SharedCacheControls, next/dist/server/lib/incremental-cache/shared-cache-controls.external.js):
// one entry per URL ever cached, so a crawler walking a million permalinks would leave a million.
// Once it holds this many it is cleared; every hit hands the lifetime back from our own entry.
const MAX_REMEMBERED_LIFETIMES = 10_000;

/** An LRU of entries holding at most `maxBytes`, none over a quarter of it. */
const entriesOf = (/** @type {number} */ maxBytes) =>
  /** @type {LRUCache<string, Entry>} */ (new LRUCache({ maxSize: Math.max(maxBytes, 1), maxEntrySize: maxBytes / 4, sizeCalculation: (entry) => entry.size }));

const state = {
  /** The corpus version every entry was rendered from. */
  version: /** @type {number | null} */ (null),
  entries: entriesOf(DEFAULT_MAX_BYTES),
  maxBytes: DEFAULT_MAX_BYTES,
  /** @type {Map<string, number>} the version each render in flight started from */
  pending: new Map(),
  /** @type {Map<unknown, unknown> | null | undefined} Next.js's Map of lifetimes, once looked up */
  lifetimes: undefined,
};

const zip = (/** @type {string | Buffer} */ data) => gzipSync(data, { level: constants.Z_BEST_SPEED });

/** @param {NonNullable<Value>} value */
function pack(value) {
  /** @type {Packed} */
  const packed = { value: { ...value, html: undefined, rscData: undefined, body: undefined, segmentData: undefined } };
  if (typeof value.html === "string") packed.html = zip(value.html);
  if (value.rscData) packed.rscData = zip(value.rscData);
  if (value.body) packed.body = zip(value.body);
  if (value.segmentData) {
    // The client router's prefetch segments. One of them ("/_full") is the whole RSC payload again:
    // kept once.
    packed.segments = [...value.segmentData].map(([segment, buffer]) => [segment, value.rscData?.equals(buffer) ? null : zip(buffer)]);
  }
  return packed;
}

/** @param {Packed} packed */
function unpack(packed) {
  const value = { ...packed.value };
  if (packed.html) value.html = gunzipSync(packed.html).toString("utf8");
  if (packed.rscData) value.rscData = gunzipSync(packed.rscData);
  if (packed.body) value.body = gunzipSync(packed.body);
  if (packed.segments) {
    value.segmentData = new Map(packed.segments.map(([segment, buffer]) => [segment, buffer ? gunzipSync(buffer) : /** @type {Buffer} */ (value.rscData)]));
  }
  return value;
}

/** What an entry holds, give or take the objects around its buffers. */
function sizeOf(/** @type {Packed} */ packed) {
  let size = 1024 + (packed.html?.length ?? 0) + (packed.rscData?.length ?? 0) + (packed.body?.length ?? 0) + (packed.value.postponed?.length ?? 0) * 2;
  for (const [segment, buffer] of packed.segments ?? []) size += 64 + segment.length * 2 + (buffer?.length ?? 0);
  return size;
}

function clear() {
  state.entries.clear();
}

function forgetLifetimes() {
  if (state.lifetimes === undefined) {
    try {
      const require = createRequire(import.meta.url);
      // A private static of Next.js's: read through `unknown`, and only when it is the Map expected.
      const { SharedCacheControls } = /** @type {{ SharedCacheControls?: { cacheControls?: unknown } }} */ (
        require("next/dist/server/lib/incremental-cache/shared-cache-controls.external.js")
      );
      const lifetimes = SharedCacheControls?.cacheControls;
      state.lifetimes = lifetimes instanceof Map ? lifetimes : null;
    } catch {
      // Another Next.js layout: nothing to trim.
      state.lifetimes = null;
    }
  }
  if (state.lifetimes && state.lifetimes.size > MAX_REMEMBERED_LIFETIMES) state.lifetimes.clear();
}

export default class PageCache {
  /** Next.js makes one instance per request: the cache itself is module state. */
  constructor(/** @type {{ maxMemoryCacheSize?: number }} */ options = {}) {
    // next.config.mjs's cacheMaxMemorySize; 0 turns the cache off.
    if (typeof options.maxMemoryCacheSize === "number" && options.maxMemoryCacheSize !== state.maxBytes) {
      state.maxBytes = options.maxMemoryCacheSize;
      state.entries = entriesOf(state.maxBytes);
    }
  }

  /** @param {string} key */
  async get(key) {
    const version = corpusVersion();
    if (version !== state.version) {
      clear();
      state.version = version;
    }
    // Without a version nothing could tell the cache it is stale: then it keeps nothing.
    if (version === null) return null;
    const entry = state.entries.get(key);
    if (!entry) {
      if (state.pending.size >= MAX_PENDING) state.pending.clear();
      state.pending.set(key, version);
      return null;
    }
    return { value: unpack(entry.packed), cacheControl: entry.cacheControl, lastModified: entry.lastModified };
  }

  /**
   * @param {string} key
   * @param {Value} value
   * @param {{ cacheControl?: CacheControl }} context
   */
  async set(key, value, context = {}) {
    // Kept under the version its miss read before the render began, so a render that overlapped an
    // ingest (it may hold either corpus) is dropped with the rest at the next lookup. A render that
    // did not start with a miss here has no such version and is not kept.
    const version = state.pending.get(key);
    state.pending.delete(key);
    state.entries.delete(key);
    if (version === undefined || version !== state.version || !value || state.maxBytes === 0) return;
    const packed = pack(value);
    // lru-cache refuses an entry over maxEntrySize and evicts the least recently used past maxSize.
    state.entries.set(key, { packed, cacheControl: context.cacheControl, size: sizeOf(packed), lastModified: Date.now() });
    forgetLifetimes();
  }

  /** revalidatePath/revalidateTag: nothing calls them, but if something does, forget everything. */
  async revalidateTag() {
    clear();
  }

  resetRequestCache() {}
}

/** For tests: how much the cache holds. */
export function pageCacheStats() {
  return { entries: state.entries.size, bytes: state.entries.calculatedSize, maxBytes: state.maxBytes };
}
