import { describe, expect, it } from "vitest";
import { scriptSources } from "@/bench/http";

describe("scriptSources", () => {
  it("lists each <script src> once, in document order, whatever the quoting and attribute order", () => {
    const html = `<head><script src="/_next/a.js" async=""></script><script async src='/_next/b.js'></script>
      <script src=/_next/c.js></script><script src="/_next/a.js" async=""></script></head>`;
    expect(scriptSources(html)).toEqual(["/_next/a.js", "/_next/b.js", "/_next/c.js"]);
  });

  it("leaves out inline scripts, JSON-LD and nomodule polyfills, which a modern browser never fetches", () => {
    const html = `<script>self.__next_f.push([1,"x"])</script><script type="application/ld+json">{}</script>
      <script src="/_next/polyfills.js" noModule=""></script><script src="/_next/main.js?v=1&amp;x=2"></script>`;
    expect(scriptSources(html)).toEqual(["/_next/main.js?v=1&x=2"]);
  });
});
