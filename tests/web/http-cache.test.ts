import { describe, expect, it } from "vitest";
import { etagOf, matches } from "@/lib/web/http-cache.mjs";

// The ETag a cache in front revalidates with: one per URL, Next.js variant, corpus version and build.

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });

describe("etagOf", () => {
  it("is the same for the same request at the same version and build", () => {
    expect(etagOf(request("/statements?speaker=a"), 3, "b1")).toBe(etagOf(request("/statements?speaker=a"), 3, "b1"));
  });

  it.each([
    ["another corpus version", request("/statements"), 4, "b1"],
    ["another build", request("/statements"), 3, "b2"],
    ["another query", request("/statements?speaker=b"), 3, "b1"],
    ["the RSC payload of the same URL", request("/statements", { rsc: "1" }), 3, "b1"],
    ["a prefetch of the same URL", request("/statements", { rsc: "1", "next-router-prefetch": "1" }), 3, "b1"],
  ] as const)("changes with %s", (_what, req, version, build) => {
    expect(etagOf(req, version, build)).not.toBe(etagOf(request("/statements"), 3, "b1"));
  });

  it("is not given when the corpus version is unknown, to a POST, or to the build's immutable files", () => {
    expect(etagOf(request("/"), null, "b1")).toBeNull();
    expect(etagOf(request("/", {}, "POST"), 3, "b1")).toBeNull();
    expect(etagOf(request("/_next/static/chunks/a.js"), 3, "b1")).toBeNull();
  });
});

describe("matches", () => {
  const etag = 'W/"b1.3.abc"';
  it.each([
    [etag, true],
    ['"b1.3.abc"', true],
    [`W/"other", ${etag}`, true],
    ["*", true],
    ['W/"b1.4.abc"', false],
    [undefined, false],
  ])("If-None-Match %s: %s", (header, expected) => {
    expect(matches(header, etag)).toBe(expected);
  });
});
