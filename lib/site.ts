import { headers } from "next/headers";

/** The origin readers reached us at, for absolute links in citations, feeds and Open Graph tags. */
export async function siteOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  // The Host header is the client's to set: keep it to a host name and port.
  return /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? `${proto === "https" ? "https" : "http"}://${host}` : "http://localhost:3000";
}
