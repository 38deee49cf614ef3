import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { correct, CorrectionRefused, writeDb } from "@/lib/db/editorial";
import { editorWrite, jsonError } from "@/lib/web/editor-request";

export const dynamic = "force-dynamic";

/**
 * POST a correction, as the corrections file writes one but for the editor and time (README
 * "Corrections"): { op: "reassign-speaker", statement, speaker, note }, … Applied at once: 201 with
 * the statement before and after.
 */
export async function POST(request: NextRequest) {
  const write = await editorWrite(request);
  if ("refused" in write) return write.refused;
  try {
    const done = await correct(writeDb(), write.editor.email, write.body, { role: write.editor.role });
    return NextResponse.json(done, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof CorrectionRefused) return jsonError(error.status, error.message);
    throw error;
  }
}
