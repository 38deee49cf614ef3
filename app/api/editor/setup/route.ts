import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { AccountError, completeSetup, writeDb } from "@/lib/db/editorial";
import { jsonError, setSessionCookie, writeBody } from "@/lib/web/editor-request";

export const dynamic = "force-dynamic";

/** POST { token, password }: sets the password of a setup link (once) and signs in. */
export async function POST(request: NextRequest) {
  const read = await writeBody(request);
  if ("refused" in read) return read.refused;
  const { token, password } = (read.body ?? {}) as { token?: unknown; password?: unknown };
  if (typeof token !== "string" || token.length > 100) return jsonError(404, "this setup link is not valid");
  try {
    const session = await completeSetup(writeDb(), token, typeof password === "string" ? password : "");
    const response = NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } });
    setSessionCookie(response, request, session.token, session.expiresAt);
    return response;
  } catch (error) {
    if (error instanceof AccountError) return jsonError(error.status, error.message);
    throw error;
  }
}
