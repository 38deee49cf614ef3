import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES, readArticleFile } from "@/lib/load/read-article-files";
import { collectSources } from "@/lib/load/sources/collect";

const dir = mkdtempSync(path.join(tmpdir(), "verbatim-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const full = path.join(dir, name);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

describe("readArticleFile", () => {
  it("reads a UTF-8 article as text", () => {
    const f = file("good.txt", "MOSCOW, June 5. Lavrov said “yes”.");
    expect(readArticleFile(f)).toEqual({ ok: true, file: f, text: "MOSCOW, June 5. Lavrov said “yes”." });
  });

  it.each([
    ["missing.txt", null, "does not exist"],
    ["empty.txt", "  \n\n", "is empty"],
    ["binary.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "is binary"],
    ["latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]), "is not valid UTF-8 (first bad byte at offset 3)"],
    ["huge.txt", Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61), "over the"],
  ])("rejects %s, naming the reason", (name, content, reason) => {
    const f = content === null ? path.join(dir, name) : file(name, content);
    const result = readArticleFile(f);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.file).toBe(f);
      expect(result.reason).toContain(reason);
    }
  });
});

describe("collectSources", () => {
  it("expands folders to their article files, sorted, leaving out sidecars, and reports missing paths and empty folders", () => {
    const b = file("corpus/b.txt", "b");
    const a = file("corpus/sub/a.txt", "a");
    const page = file("corpus/sub/page.html", "<p>a</p>");
    const rows = file("corpus/rows.jsonl.gz", "");
    file("corpus/metadata.tsv", "file\ttitle\n");
    file("corpus/notes.md", "not an article");
    mkdirSync(path.join(dir, "nothing-here"), { recursive: true });
    const { sources, problems } = collectSources([
      path.join(dir, "corpus"),
      path.join(dir, "nope"),
      path.join(dir, "nothing-here"),
      b,
    ]);
    expect(sources.map((s) => [s.file, s.format, s.gzip])).toEqual([
      [b, "txt", false],
      [rows, "jsonl", true],
      [a, "txt", false],
      [page, "html", false],
    ]);
    expect(problems).toEqual([
      { file: path.join(dir, "nope"), reason: "does not exist" },
      { file: path.join(dir, "nothing-here"), reason: expect.stringMatching(/^is a folder with no article files \(\.txt, \.html/) },
    ]);
  });
});
