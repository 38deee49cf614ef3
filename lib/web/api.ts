import { NextResponse } from "next/server";
import type { z } from "zod";
import { toCsv, type CsvValue } from "@/lib/web/csv";

// Shared pieces of the JSON/CSV API route handlers.

/** A query string as an object: a repeated key becomes an array, as Next.js hands it to pages. */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

export function badRequest(error: z.ZodError): NextResponse {
  return NextResponse.json({ error: "invalid parameters", issues: error.issues }, { status: 400 });
}

export function notFoundJson(what: string): NextResponse {
  return NextResponse.json({ error: `${what} not found` }, { status: 404 });
}

/**
 * The JSON of the one item a route's path names: 400 when the path is malformed, 404 when nothing has
 * that name, else `toJson` of what `find` read.
 */
export async function itemResponse<P, T>(
  params: Promise<unknown>,
  schema: z.ZodType<P>,
  what: string,
  find: (params: P) => Promise<T | null>,
  toJson: (item: T) => unknown,
): Promise<NextResponse> {
  const parsed = schema.safeParse(await params);
  if (!parsed.success) return badRequest(parsed.error);
  const item = await find(parsed.data);
  return item ? NextResponse.json(toJson(item)) : notFoundJson(what);
}

export function csvResponse(name: string, columns: readonly string[], rows: readonly Record<string, CsvValue>[]): Response {
  return new Response(toCsv(columns, rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.csv"`,
    },
  });
}

