// Every URL the app links to is built here, so that a route can move in one place.

export const articlesUrl = (): string => "/articles";
export const articleUrl = (slug: string): string => `/articles/${encodeURIComponent(slug)}`;
export const statementAnchor = (id: string): string => `s-${id}`;
export const statementInArticleUrl = (articleSlug: string, statementId: string): string =>
  `${articleUrl(articleSlug)}#${statementAnchor(statementId)}`;
export const statementsUrl = (): string => "/statements";
export const statementUrl = (id: string): string => `/statements/${encodeURIComponent(id)}`;
export const statementsFeedUrl = (): string => "/statements/feed.xml";
export const speakersUrl = (): string => "/speakers";
export const speakerUrl = (slug: string): string => `/speakers/${encodeURIComponent(slug)}`;
export const topicsUrl = (): string => "/topics";
export const topicUrl = (slug: string): string => `/topics/${encodeURIComponent(slug)}`;
export const datesUrl = (): string => "/dates";
export const statementsApiUrl = (): string => "/api/statements";
export const speakersApiUrl = (): string => "/api/speakers";

/** A date page for as much of the date as is known; unknown years have a page of their own. */
export function dateUrl(date: { year: number | null; month?: number | null; day?: number | null }): string {
  if (date.year === null) return "/dates/unknown-year";
  const pad = (n: number) => String(n).padStart(2, "0");
  let path = `/dates/${String(date.year).padStart(4, "0")}`;
  if (date.month) {
    path += `-${pad(date.month)}`;
    if (date.day) path += `-${pad(date.day)}`;
  }
  return path;
}

export type QueryValue = string | number | readonly (string | number)[] | null | undefined;

/** `base` with a query string built from `params`, in the order given; empty values are left out. */
export function withParams(base: string, params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === null || v === undefined || v === "") continue;
      search.append(key, String(v));
    }
  }
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}

/** A link that opens the original article scrolled to these words (URL text fragments). */
export function textFragmentUrl(sourceUrl: string, words: string): string {
  const clean = words.replace(/\s+/g, " ").trim();
  const parts = clean.split(" ");
  const fragment =
    parts.length > 8
      ? `${encodeURIComponent(parts.slice(0, 4).join(" "))},${encodeURIComponent(parts.slice(-4).join(" "))}`
      : encodeURIComponent(clean);
  return `${sourceUrl.split("#")[0]}#:~:text=${fragment.replace(/-/g, "%2D")}`;
}
