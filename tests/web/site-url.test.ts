import { describe, expect, it } from "vitest";
import { siteOrigin } from "@/lib/web/site-url";

describe("siteOrigin", () => {
  it.each([
    ["https://verbatim.example.org", "https://verbatim.example.org"],
    ["https://verbatim.example.org/", "https://verbatim.example.org"],
    ["http://news.example:8080/some/path?x=1", "http://news.example:8080"],
    [" https://VERBATIM.example.org ", "https://verbatim.example.org"],
  ])("takes the origin of SITE_URL %j", (value, origin) => {
    expect(siteOrigin({ SITE_URL: value })).toBe(origin);
  });

  it.each(["javascript:alert(1)", "ftp://example.org", "example.org", "https://"])("refuses SITE_URL %j, naming it", (value) => {
    expect(() => siteOrigin({ SITE_URL: value })).toThrow(/SITE_URL/);
  });

  it.each([
    [{}, "http://127.0.0.1:3000"],
    [{ HOST: "127.0.0.1", PORT: "3123" }, "http://127.0.0.1:3123"],
    [{ HOST: "0.0.0.0", PORT: "8080" }, "http://localhost:8080"],
    [{ HOST: "::1" }, "http://[::1]:3000"],
    [{ SITE_URL: "" }, "http://127.0.0.1:3000"],
  ])("without SITE_URL, is the server's own address: %j → %s", (env, origin) => {
    expect(siteOrigin(env)).toBe(origin);
  });
});
