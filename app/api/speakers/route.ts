import { NextResponse, type NextRequest } from "next/server";
import { badRequest, csvResponse, queryObject } from "@/lib/web/api";
import { listSpeakers } from "@/lib/db/speakers";
import { listApiParamsSchema } from "@/lib/search-params";

export async function GET(request: NextRequest) {
  const parsed = listApiParamsSchema.safeParse(queryObject(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const items = await listSpeakers({ limit: 100_000 });
  if (parsed.data.format === "csv") {
    return csvResponse("speakers", ["slug", "name", "aliases", "role", "kind", "statement_count"],
      items.map((s) => ({ slug: s.slug, name: s.name, aliases: s.aliases, role: s.role, kind: s.kind, statement_count: s.statementCount })));
  }
  return NextResponse.json({ items });
}
