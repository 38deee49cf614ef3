// Names, capitalised runs and the words they are looked up by repeat within an article and across a
// corpus: what is read from each is worked out once. The memory is bounded (cleared past `limit`
// entries) so that an ingest of a hundred thousand articles cannot grow it without end.

/** `compute`, answering each key it has seen from memory. Never returns a remembered `undefined`. */
export function remembered<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const memory = new Map<string, T>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memory.size > limit) memory.clear();
      memory.set(key, value);
    }
    return value;
  };
}
