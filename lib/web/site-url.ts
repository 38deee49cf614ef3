import { z } from "zod";
import { envSchema } from "@/lib/env";

// The address readers reach Verbatim at, for the absolute links in citations, canonical and Open
// Graph tags, JSON-LD and feeds. It is configuration (SITE_URL), not the request's Host header:
// pages are rendered once and served to everyone, and a Host header is the client's to choose, so a
// page built from it would hand one client's host to every reader after it.

const siteUrlSchema = z.url({ protocol: /^https?$/ }).transform((url) => new URL(url).origin);

/** SITE_URL's origin, or this server's own address (`http://HOST:PORT`) when SITE_URL is not set. */
export function siteOrigin(source: Record<string, string | undefined> = process.env): string {
  const configured = source.SITE_URL?.trim();
  if (configured) {
    const parsed = siteUrlSchema.safeParse(configured);
    if (!parsed.success) throw new Error(`SITE_URL must be an http(s) address such as https://verbatim.example.org, not ${JSON.stringify(configured)}`);
    return parsed.data;
  }
  const { HOST, PORT } = envSchema.parse(source);
  // A server listening on every interface has no one address of its own.
  const host = HOST === "0.0.0.0" || HOST === "::" ? "localhost" : HOST.includes(":") ? `[${HOST}]` : HOST;
  return `http://${host}:${PORT}`;
}
