/** POSTs JSON to one of this site's write handlers; the answer's JSON, or its error message. */
export async function postJson(path: string, body: unknown): Promise<{ ok: true; data: Record<string, unknown> } | { ok: false; error: string }> {
  try {
    const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), credentials: "same-origin" });
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return { ok: true, data };
    return { ok: false, error: typeof data.error === "string" ? data.error : `the server answered ${response.status}` };
  } catch {
    return { ok: false, error: "the server could not be reached" };
  }
}
