import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openSqlite } from "@/lib/db/sqlite/raw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { seededRandom } from "@/bench/random";

// The ingest command as an operator runs it: `npm run ingest` in its own process, on a temporary
// database. Killed with SIGKILL at random moments and run again, it must end in exactly the database
// one clean run makes, whatever the shape of its input (folders of .txt files or saved pages, JSON
// Lines, CSV and JSON tables), and after each kill every article it holds must be whole; rejected
// input must say why in one line and leave the database as it was.

const SEED = Number(process.env.CRASH_SEED ?? 6);
const KILLS = 6;

const work = mkdtempSync(path.join(tmpdir(), "verbatim-crash-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));


const PEOPLE = [
  { name: "Mary Quill", role: "Senator" },
  { name: "Ilse Brandt", role: "Mayor" },
  { name: "Tomas Varga", role: "Finance Minister" },
  { name: "Nora Pike", role: "Governor" },
  { name: "Aisha Bello", role: "Health Secretary" },
  { name: "Pavel Orlov", role: "Foreign Minister" },
];
const SUBJECTS = ["budget", "harbour", "school", "pension", "border", "vaccine", "railway", "tax"];
const CITIES = ["WASHINGTON", "BERLIN", "LAGOS", "MOSCOW", "BUDAPEST", "SPRINGFIELD"];
const MONTHS = ["January", "February", "March", "April", "May", "June"];

/** Small news articles in which the same people speak again, sometimes by surname only: name → text. */
function articles(count: number): [string, string][] {
  const rng = seededRandom(2016);
  const pick = <T>(items: T[]): T => items[Math.floor(rng() * items.length)]!;
  const out: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const a = pick(PEOPLE);
    const b = pick(PEOPLE.filter((p) => p !== a));
    const subject = pick(SUBJECTS);
    const surname = a.name.split(" ")[1]!;
    // Every seventh article repeats a headline: slugs must be chosen the same way on every run.
    const title = i % 7 === 3 ? "Talks resume after a long pause" : `${subject[0]!.toUpperCase()}${subject.slice(1)} talks resume in ${pick(CITIES).toLowerCase()}`;
    const body = [
      `${pick(CITIES)}, ${pick(MONTHS)} ${1 + (i % 28)}, 2016 (Reuters) - ${a.role} ${a.name} said on Tuesday that the ${subject} talks would resume next week.`,
      `"We are ready to sign the ${subject} agreement before the summer," ${surname} told reporters after a meeting that lasted ${2 + i} hours.`,
      i % 5 === 0 ? "No one else commented." : `"This is not the deal we were promised on the ${subject}," said ${b.name}, the ${b.role.toLowerCase()}.`,
      `${b.name.split(" ")[1]} added that a vote on article ${i} was planned for the autumn.`,
    ];
    out.push([`article-${String(i).padStart(3, "0")}.txt`, `${title}\n\n${body.join("\n\n")}\n`]);
  }
  return out;
}

/** A saved news page around an article: navigation, a related-stories list and a footer that must not become body. */
function page(title: string, body: string, i: number): string {
  const paragraphs = body.split("\n\n").filter(Boolean).slice(1);
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${title} | The Daily Ledger</title>`,
    `<link rel="canonical" href="https://ledger.example/2016/article-${i}"></head><body>`,
    '<nav class="site-nav"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a></nav>',
    `<article><h1>${title}</h1>`,
    ...paragraphs.map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`),
    "</article>",
    '<aside class="related"><h2>More stories</h2><ul><li><a href="/a">Port strike enters its third week</a></li><li><a href="/b">Council approves new budget</a></li></ul></aside>',
    "<footer>© The Daily Ledger. All rights reserved.</footer>",
    "</body></html>",
  ].join("\n");
}

/**
 * The articles in each shape ingest reads, keyed alike where the shape has keys: a folder of .txt
 * files, a folder of saved pages, and tables (JSON Lines, CSV, a JSON array) whose id is the file name.
 */
const SHAPES = {
  folder: (dir: string, count: number) => {
    for (const [name, text] of articles(count)) writeFileSync(path.join(dir, name), text);
    return dir;
  },
  pages: (dir: string, count: number) => {
    articles(count).forEach(([name, text], i) => writeFileSync(path.join(dir, name.replace(".txt", ".html")), page(text.split("\n")[0]!, text, i)));
    return dir;
  },
  jsonl: (dir: string, count: number) => {
    const file = path.join(dir, "corpus.jsonl");
    writeFileSync(file, articles(count).map(([id, text]) => `${JSON.stringify({ id, text })}\n`).join(""));
    return file;
  },
  csv: (dir: string, count: number) => {
    // Bodies hold quotes, commas and line breaks: every field is quoted, as spreadsheets write it.
    const file = path.join(dir, "corpus.csv");
    writeFileSync(file, stringify(articles(count).map(([id, text]) => ({ id, text })), { header: true, quoted: true, record_delimiter: "windows" }));
    return file;
  },
  json: (dir: string, count: number) => {
    const file = path.join(dir, "corpus.json");
    writeFileSync(file, JSON.stringify(articles(count).map(([id, text]) => ({ id, text })), null, 1));
    return file;
  },
} satisfies Record<string, (dir: string, count: number) => string>;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const env = (db: string) => ({ ...process.env, DATABASE_URL: `file:${db}`, FORCE_COLOR: "0" });

/** `npm run ingest -- ARGS` in its own process group, so that a kill reaches npm and node alike. */
function startIngest(db: string, args: string[]) {
  const child = spawn("npm", ["run", "--silent", "ingest", "--", ...args], { env: env(db), detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d));
  child.stderr.on("data", (d: Buffer) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

const ingest = (db: string, args: string[]) => startIngest(db, args).done;

function exportOf(db: string): string {
  const run = spawnSync("npm", ["run", "--silent", "export"], { env: env(db), encoding: "utf8", maxBuffer: 1 << 28 });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const databaseIn = (name: string) => path.join(work, name, "verbatim.db");

/** How many articles the database holds now (0 before the migrations made the table). */
function committed(file: string): number {
  if (!existsSync(file)) return 0;
  const db = openSqlite(file, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM Article").get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

/**
 * Each article the database holds, with what makes it whole: its text, its statement count and the
 * ids and offsets of the statements stored with it. An article cut short by a crash would differ.
 */
function articlesIn(file: string): Map<string, string> {
  if (committed(file) === 0) return new Map();
  const db = openSqlite(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT a.key, a.contentHash || ' ' || a.statementCount || ' ' ||
           coalesce((SELECT group_concat(s.id || ':' || s.start || '-' || s."end", ',') FROM (SELECT * FROM Statement WHERE articleId = a.id ORDER BY id) s), '') AS whole
         FROM Article a`,
      )
      .all() as { key: string; whole: string }[];
    return new Map(rows.map((r) => [r.key, r.whole]));
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each([
  ["a folder of .txt files", "folder", KILLS],
  ["a folder of saved .html pages", "pages", 4],
  ["a JSON Lines table", "jsonl", 4],
  ["a CSV table", "csv", 4],
  ["a JSON array", "json", 4],
] as const)("ingest of %s killed with SIGKILL", (_shape, shape, kills) => {
  const name = (db: string) => `${shape}-${db}`;
  let source: string;
  let clean: string;
  let cleanArticles: Map<string, string>;
  let cleanSeconds: number;

  beforeAll(async () => {
    const dir = path.join(work, `${shape}-input`);
    mkdirSync(dir, { recursive: true });
    source = SHAPES[shape](dir, 40);
    const started = Date.now();
    const run = await ingest(databaseIn(name("clean")), [source]);
    cleanSeconds = (Date.now() - started) / 1000;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/ingested 40 articles .*40 new/);
    clean = exportOf(databaseIn(name("clean")));
    cleanArticles = articlesIn(databaseIn(name("clean")));
  }, 120_000);

  it("at random moments, then run again, ends in exactly the database of one clean run", async () => {
    const db = databaseIn(name("crashed"));
    const rng = seededRandom(SEED);
    const moments: string[] = [];
    for (let i = 0; i < kills; i++) {
      // Three articles a transaction: many commits to be killed between, and batches cut differently
      // from the clean run's single one, which must not change the result.
      const { child, done } = startIngest(db, ["--batch-size", "3", source]);
      let exited = false;
      void done.then(() => (exited = true));
      let moment: string;
      if (i % 3 === 0) {
        // Any time from npm's start-up through the migrations and the first articles.
        const delay = Math.round(rng() * cleanSeconds * 500);
        await sleep(delay);
        moment = `${delay} ms`;
      } else {
        // While the articles are written: after a random number more has been committed, a few
        // milliseconds into the next one's transaction.
        const target = committed(db) + 1 + Math.floor(rng() * 12);
        while (!exited && committed(db) < target) await sleep(5);
        const jitter = Math.round(rng() * 40);
        await sleep(jitter);
        moment = `article ${target} + ${jitter} ms`;
      }
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // It had already finished.
      }
      const run = await done;
      moments.push(`${moment}: ${run.signal ?? `exit ${run.code}`} (${committed(db)} in)`);
      // All or nothing: every article in the database is the whole article of a clean run.
      const partial = [...articlesIn(db)].filter(([key, whole]) => cleanArticles.get(key) !== whole);
      expect(partial, moment).toEqual([]);
    }
    const final = await ingest(db, ["--batch-size", "3", source]);
    expect(final.code, final.stderr).toBe(0);
    expect(final.stderr).toBe("");
    console.log(`${shape}: crash seed ${SEED}, clean run ${cleanSeconds.toFixed(1)} s; kills at ${moments.join(", ")}; then: ${final.stdout.trim()}`);
    expect(moments.filter((m) => m.includes(": SIGKILL")).length).toBeGreaterThanOrEqual(kills / 2);
    expect(exportOf(db) === clean).toBe(true);

    // And once more: nothing to do, nothing changes.
    const again = await ingest(db, [source]);
    expect(again.stdout).toMatch(/0 new, 0 updated, 40 unchanged; 0 rejected/);
    expect(exportOf(db) === clean).toBe(true);
  }, 240_000);
});

describe("rejected input through the command line", () => {
  const db = databaseIn("rejects");
  const bad = path.join(work, "bad");
  let before: string;

  beforeAll(async () => {
    mkdirSync(bad, { recursive: true });
    writeFileSync(path.join(bad, "empty.txt"), " \n\n");
    writeFileSync(path.join(bad, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]));
    writeFileSync(path.join(bad, "latin1.txt"), Buffer.from("Caf\xe9 talks resume\n\nThe mayor said so.\n", "latin1"));
    writeFileSync(path.join(bad, "huge.txt"), `Huge\n\n${"The mayor said so. ".repeat(120_000)}\n`);
    mkdirSync(path.join(bad, "no-text"));
    writeFileSync(path.join(bad, "no-text", "notes.md"), "# not an article\n");
    const run = await ingest(db, ["seeds"]);
    expect(run.code, run.stderr).toBe(0);
    before = exportOf(db);
  }, 60_000);

  /** One line per rejected file: "rejected: FILE REASON", and no stack trace. */
  function expectOneLineEach(stderr: string, expected: [string, RegExp][]) {
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(expected.length);
    for (const [file, reason] of expected) {
      const line = lines.find((l) => l.startsWith(`rejected: ${file} `));
      expect(line, `${file} in ${stderr}`).toBeDefined();
      expect(line!.slice(`rejected: ${file} `.length)).toMatch(reason);
    }
    expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
  }

  it.each([
    ["a missing path", "nowhere/at-all.txt", /^does not exist$/],
    ["an empty file", "empty.txt", /^is empty$/],
    ["a binary file", "binary.txt", /^is binary/],
    ["invalid UTF-8", "latin1.txt", /^is not valid UTF-8 \(first bad byte at offset 3\)$/],
    ["a file over the size limit", "huge.txt", /^is \d+ bytes, over the 2097152-byte limit$/],
    ["a folder with no article files", "no-text", /^is a folder with no article files \(\.txt, \.html/],
  ])("%s: one line naming it, exit 1, the database unchanged", async (_case, name, reason) => {
    const file = name.startsWith("nowhere") ? path.join(work, name) : path.join(bad, name);
    const run = await ingest(db, [file]);
    expect(run.code).not.toBe(0);
    expectOneLineEach(run.stderr, [[file, reason]]);
  }, 60_000);

  it("leaves the database as it was after all of these", () => {
    expect(exportOf(db) === before).toBe(true);
  }, 60_000);

  it("a folder mixing good and bad files: the good ones go in, the bad ones are listed, exit 1", async () => {
    const mixed = path.join(work, "mixed");
    mkdirSync(mixed);
    writeFileSync(path.join(mixed, "good-1.txt"), 'Harbour plan shelved\n\n"The harbour plan is shelved," Mayor Ilse Brandt said on Monday.\n');
    writeFileSync(path.join(mixed, "good-2.txt"), 'Rail strike ends\n\n"The trains will run on Friday," Minister Tomas Varga said.\n');
    writeFileSync(path.join(mixed, "empty.txt"), "");
    writeFileSync(path.join(mixed, "latin1.txt"), Buffer.from([0x41, 0xe9, 0x0a]));
    const run = await ingest(db, [mixed]);
    expect(run.code).toBe(1);
    expectOneLineEach(run.stderr, [
      [path.join(mixed, "empty.txt"), /^is empty$/],
      [path.join(mixed, "latin1.txt"), /^is not valid UTF-8/],
    ]);
    expect(run.stdout).toMatch(/2 new, 0 updated, 0 unchanged; 2 rejected/);

    // The same as ingesting only the good files into a copy of the database as it was.
    const reference = databaseIn("rejects-reference");
    expect((await ingest(reference, ["seeds"])).code).toBe(0);
    expect((await ingest(reference, [path.join(mixed, "good-1.txt"), path.join(mixed, "good-2.txt")])).code).toBe(0);
    expect(exportOf(db) === exportOf(reference)).toBe(true);
  }, 180_000); // four commands one after the other: 106 s at a load average of 23
});
