// The SQLite file a `file:PATH` database URL names. Plain JavaScript: the corpus reads run uncompiled
// (lib/db/sqlite/corpus-reads.mjs), and the TypeScript side resolves the same way.
import path from "node:path";

/**
 * The absolute path of the file `url` names, PATH taken relative to `root` (the repository root;
 * `next start` and scripts/serve.mjs run there, so the working directory serves when none is given).
 * @param {string} url
 * @param {string} [root]
 * @returns {string}
 */
export function databaseFile(url, root = process.cwd()) {
  const match = /^file:([^?]+)/.exec(url);
  if (!match?.[1]) throw new Error(`Not a SQLite file URL: ${url}`);
  return path.resolve(/*turbopackIgnore: true*/ root, match[1]);
}
