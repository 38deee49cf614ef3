// The keys an ingest run has used, each with where it was first used, for the message that names both
// when a key comes again. A table may have millions of rows: a Map of key strings to places cost
// ~140 bytes a row on the main thread's heap (28 MB at 210,000 rows), and a 2 GB table of short
// articles would have passed the heap's 256 MB cap. Here a key is kept as a 64-bit fingerprint and
// its place as a (prefix, number) pair: 16 bytes a slot in a typed array outside the heap, half the
// slots free. Two different keys share a fingerprint with odds of about n² / 2^65 (one in ten
// million at two million keys); such a row would be refused as a repeated key, never merged.

/**
 * A 64-bit hash of the key in two halves (cyrb53's mixing, both 32-bit lanes kept): a cryptographic
 * hash cost four times as much as the whole Map it replaces, and keys are not chosen by an adversary.
 */
function fingerprint(key: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/** A place with no number ("corpus/a.txt"), as against "corpus.csv:7" or "corpus.json[3]". */
const NO_NUMBER = 0xffffffff;
const WORDS = 4;

export class SeenKeys {
  /** Per slot: the fingerprint's two halves, the place's prefix index + 1 (0: a free slot), its number. */
  private slots = new Uint32Array(WORDS * 1024);
  private count = 0;
  /** The text around a place's number ("corpus.csv:" and "", "corpus.json[" and "]"): one per file. */
  private affixes: [string, string][] = [];
  private affixIndex = new Map<string, number>();

  /** Where `key` was first used, or null when it is new (it is then remembered as used at `at`). */
  firstUse(key: string, at: string): string | null {
    const [high, low] = fingerprint(key);
    const mask = this.slots.length / WORDS - 1;
    let slot = high & mask;
    for (; this.slots[slot * WORDS + 2] !== 0; slot = (slot + 1) & mask) {
      const i = slot * WORDS;
      if (this.slots[i] === high && this.slots[i + 1] === low) return this.placeAt(i);
    }
    this.put(slot, high, low, at);
    if (++this.count * 2 > this.slots.length / WORDS) this.grow();
    return null;
  }

  /** Bytes held by the slots (the affixes are the files' names, held anyway). */
  get bytes(): number {
    return this.slots.byteLength;
  }

  private put(slot: number, high: number, low: number, at: string) {
    const [, head = at, number, tail = ""] = /^(.*[:[])([1-9]\d{0,8}|0)(\]?)$/.exec(at) ?? [];
    const affixKey = `${head}\u0000${tail}`;
    let affix = this.affixIndex.get(affixKey);
    if (affix === undefined) {
      affix = this.affixes.push([head, tail]) - 1;
      this.affixIndex.set(affixKey, affix);
    }
    const i = slot * WORDS;
    this.slots[i] = high;
    this.slots[i + 1] = low;
    this.slots[i + 2] = affix + 1;
    this.slots[i + 3] = number === undefined ? NO_NUMBER : Number(number);
  }

  private placeAt(i: number): string {
    const [head, tail] = this.affixes[this.slots[i + 2]! - 1]!;
    const number = this.slots[i + 3]!;
    return number === NO_NUMBER ? head : `${head}${number}${tail}`;
  }

  private grow() {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    const mask = this.slots.length / WORDS - 1;
    for (let i = 0; i < old.length; i += WORDS) {
      if (old[i + 2] === 0) continue;
      let slot = old[i]! & mask;
      while (this.slots[slot * WORDS + 2] !== 0) slot = (slot + 1) & mask;
      this.slots.set(old.subarray(i, i + WORDS), slot * WORDS);
    }
  }
}
