import type { MetadataRoute } from "next";

// Crawlers read the pages, not the API (the same data, and its downloads are whole corpora), nor
// search and filter combinations, which are endless.
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/search", "/statements?"] } };
}
