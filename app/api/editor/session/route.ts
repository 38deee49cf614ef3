import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { sessionEditor, writeDb } from "@/lib/db/editorial";
import { SESSION_COOKIE } from "@/lib/web/editor-request";

export const dynamic = "force-dynamic";

/** GET: who is signed in ({ editor: { email, role } }, or { editor: null }); never cached. */
export async function GET(request: NextRequest) {
  const editor = await sessionEditor(writeDb(), request.cookies.get(SESSION_COOKIE)?.value);
  return NextResponse.json({ editor: editor ? { email: editor.email, role: editor.role } : null }, { headers: { "cache-control": "no-store" } });
}
