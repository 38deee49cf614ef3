import { NextResponse, type NextRequest } from "next/server";
import { badRequest, csvResponse, queryObject, STATEMENT_CSV_COLUMNS, statementCsvRow } from "@/lib/web/api";
import { listStatements } from "@/lib/db/statements";
import { statementApiParamsSchema } from "@/lib/search-params";

export async function GET(request: NextRequest) {
  const parsed = statementApiParamsSchema.safeParse(queryObject(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const { limit, cursor, sort, format, ...filters } = parsed.data;
  const page = await listStatements({
    filters, sort, cursor, limit, basePath: "/api/statements",
    keep: { limit: limit === 50 ? null : limit, sort, format: format === "json" ? null : format },
    facets: format === "json",
  });
  const items = page.items.map(({ snippet: _snippet, topicLabels: _labels, ...item }) => item);
  if (format === "csv") return csvResponse("statements", STATEMENT_CSV_COLUMNS, items.map(statementCsvRow));
  return NextResponse.json({ items, total: page.total, nextCursor: page.nextCursor, facets: page.facets });
}
