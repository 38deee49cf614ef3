// The keyset cursor of a statement list: where the previous page ended, in the list's own order
// (newest or oldest first, then article and position), or, for relevance, how many rows came before.

export interface Cursor {
  /** Sort key of the last row: dateSort (null for unknown years) or, for relevance, the offset. */
  k: number | null;
  /** The last row's article id and position in it: the tie-break within one date. */
  a: number;
  p: number;
}

/** The cursor as it travels in URLs: base64url of a JSON triple. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.k, cursor.a, cursor.p])).toString("base64url");
}

/** The cursor a URL carries, or null when it carries none or one that does not decode. */
export function decodeCursor(value: string | null): Cursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) && parsed.length === 3 &&
      (parsed[0] === null || Number.isSafeInteger(parsed[0])) && Number.isSafeInteger(parsed[1]) && Number.isSafeInteger(parsed[2])
    ) {
      return { k: parsed[0] as number | null, a: parsed[1] as number, p: parsed[2] as number };
    }
  } catch {
    // falls through: a cursor that does not decode is no cursor
  }
  return null;
}
