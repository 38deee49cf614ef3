import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { AccountError, signIn, writeDb } from "@/lib/db/editorial";
import { clientAddress, jsonError, setSessionCookie, writeBody } from "@/lib/web/editor-request";

export const dynamic = "force-dynamic";

/** POST { email, password }: a new session cookie; 401 when wrong, 429 with Retry-After when locked out. */
export async function POST(request: NextRequest) {
  const read = await writeBody(request);
  if ("refused" in read) return read.refused;
  const { email, password } = (read.body ?? {}) as { email?: unknown; password?: unknown };
  try {
    const session = await signIn(writeDb(), String(email ?? ""), typeof password === "string" ? password : "", clientAddress(request));
    const response = NextResponse.json({ email: session.email }, { headers: { "cache-control": "no-store" } });
    setSessionCookie(response, request, session.token, session.expiresAt);
    return response;
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    const retry = error.retryAt ? { "retry-after": String(Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000))) } : undefined;
    return jsonError(error.status, error.message, retry);
  }
}
