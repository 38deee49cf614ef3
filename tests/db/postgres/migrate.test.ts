import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseEngine } from "@/lib/db/client";
import { applyPostgresMigrations, defaultPostgresMigrationsDir } from "@/lib/db/postgres/migrate";
import { Prisma, type Sql } from "@/lib/db/sql";
import { dropTestPostgresDatabase, testPostgresUrl } from "@/tests/helpers/engine";

// lib/db/postgres/migrate.ts on a real server: databases made on first use, each migration once and
// whole, the history checked as Prisma's engine checks it, and connection problems said in one line.

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../../..");
let scratch: string;
const made: string[] = [];

const freshUrl = () => {
  const url = testPostgresUrl(`verbatim_migrate_${Math.random().toString(36).slice(2, 10)}`);
  made.push(url);
  return url;
};

async function query<T>(url: string, sql: Sql): Promise<T[]> {
  const raw = databaseEngine(url).openRaw(url, { readonly: true });
  try {
    return await raw.all<T>(sql);
  } finally {
    await raw.close();
  }
}
const tables = async (url: string) =>
  (await query<{ name: string }>(url, Prisma.sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).map(
    (row) => row.name,
  );
const history = async (url: string) =>
  (await query<{ migration_name: string }>(url, Prisma.sql`SELECT migration_name FROM "_prisma_migrations" ORDER BY started_at`)).map(
    (row) => row.migration_name,
  );

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "verbatim-pg-migrate-"));
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  for (const url of made) await dropTestPostgresDatabase(url);
});

/** A copy of the migrations folder with one more migration holding `sql`. */
function withExtraMigration(name: string, sql: string): string {
  const dir = path.join(scratch, name);
  cpSync(defaultPostgresMigrationsDir(), dir, { recursive: true });
  mkdirSync(path.join(dir, `29991231000000_${name}`));
  writeFileSync(path.join(dir, `29991231000000_${name}`, "migration.sql"), sql);
  return dir;
}

describe("applyPostgresMigrations", () => {
  it("creates the database on first use, applies every migration once, and nothing the second time", async () => {
    const url = freshUrl();
    const first = await applyPostgresMigrations(url);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(await history(url)).toEqual(first.applied);
    expect(await applyPostgresMigrations(url)).toEqual({ applied: [], alreadyApplied: first.applied });
  });

  it("applies each migration once when two processes start at once", async () => {
    const url = freshUrl();
    const [a, b] = await Promise.all([applyPostgresMigrations(url), applyPostgresMigrations(url)]);
    expect([...a.applied, ...b.applied].sort()).toEqual((await history(url)).sort());
    expect(new Set(await history(url)).size).toBe((await history(url)).length);
  });

  it("leaves the database exactly as it was when a migration fails, and names the migration", async () => {
    const url = freshUrl();
    await applyPostgresMigrations(url);
    const before = { tables: await tables(url), history: await history(url) };
    const dir = withExtraMigration("broken", `CREATE TABLE "Intruder" ("x" integer);\nSELECT 1 / 0;\n`);
    await expect(applyPostgresMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /Migration `29991231000000_broken` failed to apply to PostgreSQL database .* and was rolled back: division by zero/,
    );
    expect({ tables: await tables(url), history: await history(url) }).toEqual(before);
  });

  it("refuses a migration edited after it was applied", async () => {
    const url = freshUrl();
    const dir = withExtraMigration("edited", `CREATE TABLE "Extra" ("x" integer);\n`);
    await applyPostgresMigrations(url, { migrationsDir: dir });
    writeFileSync(path.join(dir, "29991231000000_edited", "migration.sql"), `CREATE TABLE "Extra" ("y" integer);\n`);
    await expect(applyPostgresMigrations(url, { migrationsDir: dir })).rejects.toThrow(/was modified after it was applied/);
  });

  it("refuses a database that has tables but no migration history", async () => {
    const url = freshUrl();
    const dir = path.join(scratch, "empty-history");
    mkdirSync(dir, { recursive: true });
    await applyPostgresMigrations(url, { migrationsDir: dir });
    const raw = databaseEngine(url).openRaw(url, { readonly: false });
    await raw.all(Prisma.sql`DROP TABLE "_prisma_migrations"`);
    await raw.all(Prisma.sql`CREATE TABLE "Unrelated" ("x" integer)`);
    await raw.close();
    await expect(applyPostgresMigrations(url)).rejects.toThrow(/has tables \(Unrelated\) but no _prisma_migrations table/);
    expect(await tables(url)).toEqual(["Unrelated"]);
  });
});

describe("a server that cannot be used", () => {
  const command = (url: string) =>
    run("node_modules/.bin/tsx", ["scripts/ingest.ts", "seeds"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it("a wrong password: ingest names the server and the problem in one line, exits non-zero", async () => {
    const url = new URL(testPostgresUrl("verbatim_never_made"));
    url.password = "wrong";
    const { code, stderr } = await command(url.toString());
    expect(code).not.toBe(0);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/127\.0\.0\.1:\d+ refused the login: password authentication failed/);
    expect(stderr).not.toContain("wrong");
  });

  it("an unreachable server: ingest names the host and port, exits non-zero", async () => {
    const { code, stderr } = await command("postgresql://postgres:secret@127.0.0.1:9/verbatim");
    expect(code).not.toBe(0);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/cannot reach PostgreSQL database "verbatim" on 127\.0\.0\.1:9/);
  });
});
