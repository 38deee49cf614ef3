import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { signOut, signOutEverywhere, writeDb } from "@/lib/db/editorial";
import { clearSessionCookie, requireEditor, SESSION_COOKIE, writeBody } from "@/lib/web/editor-request";

export const dynamic = "force-dynamic";

/** POST { everywhere?: true }: ends this session, or every session of the editor (every browser). */
export async function POST(request: NextRequest) {
  const read = await writeBody(request);
  if ("refused" in read) return read.refused;
  const who = await requireEditor(request);
  if ("refused" in who) return who.refused;
  const everywhere = (read.body as { everywhere?: unknown } | null)?.everywhere === true;
  const ended = everywhere ? await signOutEverywhere(writeDb(), who.editor.editorId) : (await signOut(writeDb(), request.cookies.get(SESSION_COOKIE)!.value), 1);
  const response = NextResponse.json({ ended }, { headers: { "cache-control": "no-store" } });
  clearSessionCookie(response, request);
  return response;
}
