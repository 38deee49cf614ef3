// What a retired address answers: a 301 to its successor, or 410 Gone with a page (or JSON) saying
// why. Shared by proxy.ts (articles, speakers, topics) and scripts/serve.mjs (statements, answered
// before Next.js sees the request: see that file). Plain JavaScript, since serve.mjs runs uncompiled.

/** @param {string} text */
const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The body of a 410 page.
 * @param {string} what "statement", "article", …
 * @param {string} reason
 */
export function goneHtml(what, reason) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Gone · Verbatim</title>
<style>body{font:17px/1.55 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f;background:#fbfaf7}@media(prefers-color-scheme:dark){body{color:#e9e7e2;background:#15161a}a{color:#7cb7ff}}</style></head>
<body><p><a href="/">Verbatim</a></p><h1>Gone</h1><p>This ${what} was in the corpus and has been removed (${escapeHtml(reason)}). Its address is kept so that citations say so instead of failing silently.</p></body></html>`;
}

/** The JSON body of a 410 from the API. */
export function goneJson(/** @type {string} */ what, /** @type {string} */ reason) {
  return JSON.stringify({ error: `this ${what} was removed`, reason });
}

/**
 * Whether every %XX escape in the path decodes to UTF-8 text. Next.js answers 500 to a dynamic
 * segment that does not, "/speakers/%" or "/articles/%ff" (vercel/next.js#92527).
 * @param {string} path
 */
export function decodable(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export const BAD_ENCODING = "Bad request: the address is not valid percent-encoded UTF-8.\n";
