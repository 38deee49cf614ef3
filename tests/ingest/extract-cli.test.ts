import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Runs the real command (`npm run --silent extract -- FILE...` is `tsx scripts/extract.ts FILE...`).
const ROOT = path.join(__dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

function run(files: string[]) {
  const r = spawnSync(TSX, ["scripts/extract.ts", ...files], { cwd: ROOT, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run extract", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "verbatim-extract-"));
  const missing = path.join(dir, "missing.txt");
  const empty = path.join(dir, "empty.txt");
  const binary = path.join(dir, "binary.txt");
  const latin1 = path.join(dir, "latin1.txt");
  writeFileSync(empty, "");
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
  writeFileSync(latin1, Buffer.from("Caf\xe9 owners said prices rose.", "latin1"));
  const seeds = ["seeds/000_055dbd569b79eb43.txt", "seeds/001_48ddbee5b2988c17.txt"];
  const result = run([seeds[0]!, missing, empty, binary, latin1, seeds[1]!]);

  it("prints one JSON line per readable file, in argument order", () => {
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(seeds);
    expect(lines[0].article).toMatchObject({ outlet: "TASS", titleDerived: true, published: { year: null, month: 6, day: 5 } });
    expect(lines[1].article.published).toEqual({ year: 2016, month: 5, day: 16 });
    expect(lines[0].statements).toHaveLength(10);
  });

  it("gives offsets into the file as read with readFileSync(f, 'utf8')", () => {
    for (const line of result.stdout.trim().split("\n").map((l) => JSON.parse(l))) {
      const text = readFileSync(path.join(ROOT, line.file), "utf8");
      for (const st of line.statements) {
        expect(text.slice(st.start, st.end)).toBe(st.text);
        expect(Object.keys(st).sort()).toEqual(["confidence", "cue", "end", "id", "kind", "rule", "speaker", "start", "text", "topics"]);
      }
    }
  });

  it("names each unreadable file on one stderr line and exits non-zero after the others", () => {
    const errors = result.stderr.trim().split("\n");
    expect(errors).toHaveLength(4);
    expect(errors[0]).toContain(missing);
    expect(errors[1]).toMatch(/empty/);
    expect(errors[2]).toMatch(/binary/);
    expect(errors[3]).toMatch(/UTF-8/);
    expect(result.status).toBe(1);
  });

  it("exits 0 when every file is readable", () => {
    expect(run(seeds).status).toBe(0);
  }, 60_000); // a tsx process of its own

  it("handles hundreds of files in one call", () => {
    const many = Array.from({ length: 300 }, (_, i) => {
      const f = path.join(dir, `article-${i}.txt`);
      writeFileSync(f, `Senator Jane Roe said the bill number ${i} would pass.\n`);
      return f;
    });
    const out = execFileSync(TSX, ["scripts/extract.ts", ...many], { cwd: ROOT, encoding: "utf8" });
    expect(out.trim().split("\n")).toHaveLength(300);
  }, 60_000);
});
