import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { sessionEditor, writeDb, type SignedIn } from "@/lib/db/editorial";

// What every write handler checks before it writes (README "Editors"): the request comes from one of
// Verbatim's own pages (its Origin is this site: a form posted from another site is refused), carries
// JSON (a cross-site form cannot send it without a CORS preflight, which nothing here answers), is
// small, and, for editors' writes, comes with a live session. The hidden buttons of a page are no
// permission: these checks are.

export const SESSION_COOKIE = "verbatim_session";
/** The largest body a write handler reads (a report's message is at most 2,000 characters). */
export const MAX_BODY_BYTES = 16 * 1024;

export function jsonError(status: number, error: string, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json({ error }, { status, headers: { "cache-control": "no-store", ...headers } });
}

/** The address a request came from, as scripts/serve.mjs states it (the socket's, or a trusted proxy's). */
export function clientAddress(request: NextRequest): string {
  return request.headers.get("x-verbatim-client") ?? "unknown";
}

/** Whether the request's Origin is this site (the Host it was sent to, or SITE_URL's). */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const own = [request.headers.get("x-forwarded-host"), request.headers.get("host")];
  if (process.env.SITE_URL) own.push(new URL(process.env.SITE_URL).host);
  return own.some((h) => h !== null && h !== "" && h === host);
}

/**
 * The request's JSON body, or the response refusing it: 403 from another origin, 415 when it is not
 * JSON, 413 when it is too large, 400 when it does not parse.
 */
export async function writeBody(request: NextRequest): Promise<{ body: unknown } | { refused: NextResponse }> {
  if (!sameOrigin(request)) return { refused: jsonError(403, "refused: this request did not come from one of this site's pages") };
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    return { refused: jsonError(415, "send JSON (Content-Type: application/json)") };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { refused: jsonError(413, `the body is over ${MAX_BODY_BYTES} bytes`) };
  const text = await readLimited(request, MAX_BODY_BYTES);
  if (text === null) return { refused: jsonError(413, `the body is over ${MAX_BODY_BYTES} bytes`) };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { refused: jsonError(400, "the body is not JSON") };
  }
}

/** The body as text, or null past `limit` bytes (read no further: a chunked body declares no length). */
async function readLimited(request: NextRequest, limit: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The signed-in editor, or the 401 to answer. */
export async function requireEditor(request: NextRequest): Promise<{ editor: SignedIn } | { refused: NextResponse }> {
  const editor = await sessionEditor(writeDb(), request.cookies.get(SESSION_COOKIE)?.value);
  return editor ? { editor } : { refused: jsonError(401, "sign in as an editor first") };
}

/** An editor's write: the body (writeBody's checks) and the signed-in editor, or the response refusing it. */
export async function editorWrite(request: NextRequest): Promise<{ body: unknown; editor: SignedIn } | { refused: NextResponse }> {
  const read = await writeBody(request);
  if ("refused" in read) return read;
  const who = await requireEditor(request);
  return "refused" in who ? who : { body: read.body, editor: who.editor };
}

/** Whether cookies must be Secure: the site is served over HTTPS (directly, behind a proxy, or by SITE_URL). */
function secure(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https" || (process.env.SITE_URL ?? "").startsWith("https:");
}

export function setSessionCookie(response: NextResponse, request: NextRequest, token: string, expiresAt: Date): void {
  response.cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure: secure(request), path: "/", expires: expiresAt });
}

export function clearSessionCookie(response: NextResponse, request: NextRequest): void {
  response.cookies.set(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", secure: secure(request), path: "/", maxAge: 0 });
}
