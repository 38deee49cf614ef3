import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { signOut, signOutEverywhere, writeDb } from "@/lib/db/editorial";
import { clearSessionCookie, editorWrite, SESSION_COOKIE } from "@/lib/web/editor-request";

export const dynamic = "force-dynamic";

/** POST { everywhere?: true }: ends this session, or every session of the editor (every browser). */
export async function POST(request: NextRequest) {
  const write = await editorWrite(request);
  if ("refused" in write) return write.refused;
  const everywhere = (write.body as { everywhere?: unknown } | null)?.everywhere === true;
  const ended = everywhere ? await signOutEverywhere(writeDb(), write.editor.editorId) : (await signOut(writeDb(), request.cookies.get(SESSION_COOKIE)!.value), 1);
  const response = NextResponse.json({ ended }, { headers: { "cache-control": "no-store" } });
  clearSessionCookie(response, request);
  return response;
}
