import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { fileReport, ReportRefused, writeDb } from "@/lib/db/editorial";
import { clientAddress, jsonError, writeBody } from "@/lib/web/editor-request";

export const dynamic = "force-dynamic";

/** POST { statementId, message, contact? }: a reader's report of an error, queued for the editors. No account needed. */
export async function POST(request: NextRequest) {
  const read = await writeBody(request);
  if ("refused" in read) return read.refused;
  try {
    const { id } = await fileReport(writeDb(), read.body, clientAddress(request));
    return NextResponse.json({ id }, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (!(error instanceof ReportRefused)) throw error;
    const retry = error.retryAt ? { "retry-after": String(Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000))) } : undefined;
    return jsonError(error.status, error.message, retry);
  }
}
