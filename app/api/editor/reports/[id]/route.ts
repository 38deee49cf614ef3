import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { ReportRefused, resolveReport, writeDb } from "@/lib/db/editorial";
import { jsonError, requireEditor, writeBody } from "@/lib/web/editor-request";

export const dynamic = "force-dynamic";

/** POST { status: "resolved" | "dismissed", note }: closes an open report. */
export async function POST(request: NextRequest, context: RouteContext<"/api/editor/reports/[id]">) {
  const read = await writeBody(request);
  if ("refused" in read) return read.refused;
  const who = await requireEditor(request);
  if ("refused" in who) return who.refused;
  const { id } = await context.params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) return jsonError(404, "no such report");
  try {
    await resolveReport(writeDb(), Number(id), who.editor.email, read.body);
    return NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof ReportRefused) return jsonError(error.status, error.message);
    throw error;
  }
}
