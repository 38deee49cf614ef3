import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { ReportRefused, resolveReport, writeDb } from "@/lib/db/editorial";
import { editorWrite, jsonError } from "@/lib/web/editor-request";

export const dynamic = "force-dynamic";

/** POST { status: "resolved" | "dismissed", note }: closes an open report. */
export async function POST(request: NextRequest, context: RouteContext<"/api/editor/reports/[id]">) {
  const write = await editorWrite(request);
  if ("refused" in write) return write.refused;
  const { id } = await context.params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) return jsonError(404, "no such report");
  try {
    await resolveReport(writeDb(), Number(id), write.editor.email, write.body);
    return NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof ReportRefused) return jsonError(error.status, error.message);
    throw error;
  }
}
