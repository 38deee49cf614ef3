import { externalTables } from "@/prisma.config";
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { openSqlite, type SqliteDatabase } from "@/lib/db/sqlite/raw";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/sqlite/client";
import { createDb } from "@/lib/db/client";
import {
  applyMigrations,
  MIGRATIONS_TABLE_DDL,
  readMigrationFiles,
  sha256Hex,
  type ApplyMigrationsResult,
} from "@/lib/db/sqlite/migrate";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import {
  diffDatabaseToSchema,
  diffMigrationsToSchema,
  migrationsDir,
  migrationStatus,
  readSchema,
  repoRoot,
} from "@/lib/db/sqlite/schema-engine";

const migrations = readMigrationFiles();
const migrationNames = migrations.map((migration) => migration.name);

// A scratch folder per test, for databases and migrations folders the test changes.
let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "verbatim-migrations-"));
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function copyOfMigrations(): string {
  const dir = path.join(scratch, "migrations");
  cpSync(migrationsDir, dir, { recursive: true });
  return dir;
}

function open(file: string): SqliteDatabase {
  return openSqlite(file);
}

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: number | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: number | null;
  started_at: number;
  applied_steps_count: number;
}

function historyOf(file: string): MigrationRow[] {
  const db = open(file);
  try {
    return db.prepare("SELECT * FROM _prisma_migrations ORDER BY started_at").all() as MigrationRow[];
  } finally {
    db.close();
  }
}

describe("prisma/sqlite/migrations", () => {
  it("is not empty and in Prisma's layout (<timestamp>_<name>/migration.sql, provider sqlite)", () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    for (const name of migrationNames) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    expect(readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "sqlite"');
  });

  describe("agree with the models", () => {
    let database: TestDatabase;
    beforeEach(async () => {
      database = await createTestDatabase();
    });
    afterEach(() => database.cleanup());

    it("leave nothing for Prisma's schema engine to migrate (diff from the migrations to the schema is empty)", async () => {
      expect(await diffMigrationsToSchema()).toBeNull();
    });

    it("build exactly the models: tables, columns, defaults, indexes, uniques and foreign keys", async () => {
      // The engine describes the migrated file itself, so this also checks what applyMigrations did.
      expect(await diffDatabaseToSchema(database.file)).toBeNull();
    });

    it("give every model a table and every scalar field a column, and nothing else (per the generated client)", () => {
      const db = open(database.file);
      try {
        const tables = db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
          .pluck()
          .all() as string[];
        const models = Object.values(Prisma.ModelName);
        const external = externalTables.sqlite;
        expect(tables.sort()).toEqual([...models, "_prisma_migrations", ...external].sort());
        for (const model of models) {
          const fields = Object.values(Prisma[`${model}ScalarFieldEnum`]) as string[];
          const columns = (db.pragma(`table_info("${model}")`) as { name: string }[]).map((column) => column.name);
          expect({ model, columns: columns.sort() }).toEqual({ model, columns: [...fields].sort() });
        }
      } finally {
        db.close();
      }
    });

    it("are caught disagreeing: one more field in the schema is a non-empty diff that adds it", async () => {
      const schema = (await readSchema()).map((file) => ({
        ...file,
        content: file.content.replace(/model Outlet \{/, "model Outlet {\n  extraForTest String?"),
      }));
      expect(schema.some((file) => file.content.includes("extraForTest"))).toBe(true);
      const sql = await diffMigrationsToSchema({ schema });
      expect(sql).toContain('"extraForTest" TEXT');
      expect(await diffDatabaseToSchema(database.file, { schema })).toContain('"extraForTest" TEXT');
    });
  });
});

describe("applyMigrations", () => {
  describe("records the history as Prisma's schema engine does", () => {
    it("creates _prisma_migrations with the engine's DDL for SQLite", () => {
      const file = path.join(scratch, "fresh.db");
      applyMigrations(file);
      const db = open(file);
      try {
        const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = '_prisma_migrations'").pluck().get();
        // sqlite_master keeps the statement as written, without its closing semicolon.
        expect(sql).toBe(MIGRATIONS_TABLE_DDL.trim().replace(/;$/, ""));
      } finally {
        db.close();
      }
    });

    it("writes one finished row per migration: uuid v4 id, sha256 of the file, millisecond timestamps, one step", () => {
      const file = path.join(scratch, "fresh.db");
      const before = Date.now();
      applyMigrations(file);
      const after = Date.now();
      const rows = historyOf(file);
      expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
      for (const row of rows) {
        const bytes = readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
        expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.checksum).toBe(sha256Hex(bytes));
        expect(Number.isInteger(row.started_at)).toBe(true);
        expect(row.started_at).toBeGreaterThanOrEqual(before);
        expect(row.finished_at).toBeGreaterThanOrEqual(row.started_at);
        expect(row.finished_at).toBeLessThanOrEqual(after);
        expect(row).toMatchObject({ logs: null, rolled_back_at: null, applied_steps_count: 1 });
      }
    });

    it("leaves a history that Prisma's engine reads as in sync (what `prisma migrate status` reports)", async () => {
      const file = path.join(scratch, "fresh.db");
      applyMigrations(file);
      expect(await migrationStatus(file)).toEqual({
        editedMigrationNames: [],
        failedMigrationNames: [],
        hasMigrationsTable: true,
        history: null,
      });
    });
  });

  it("is a no-op the second time", () => {
    const file = path.join(scratch, "twice.db");
    expect(applyMigrations(file)).toEqual({ applied: migrationNames, alreadyApplied: [] });
    const rows = historyOf(file);
    expect(applyMigrations(file)).toEqual({ applied: [], alreadyApplied: migrationNames });
    expect(historyOf(file)).toEqual(rows);
  });

  it("applies each migration once when two processes start at the same time", async () => {
    const file = path.join(scratch, "race.db");
    const runner = path.join(scratch, "run.ts");
    writeFileSync(
      runner,
      `import { applyMigrations } from ${JSON.stringify(path.join(repoRoot, "lib/db/sqlite/migrate.ts"))};\n` +
        "process.stdout.write(JSON.stringify(applyMigrations(process.argv[2])));\n",
    );
    const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
    const run = () => promisify(execFile)(tsx, [runner, file], { cwd: repoRoot });
    const results = await Promise.all([run(), run()]);
    const applied = results.flatMap(({ stdout }) => (JSON.parse(stdout) as ApplyMigrationsResult).applied);
    expect(applied.sort()).toEqual([...migrationNames].sort());
    expect(historyOf(file)).toHaveLength(migrationNames.length);
  }, 30_000);

  describe("refuses", () => {
    it("a migration edited after it was applied, naming it", () => {
      const dir = copyOfMigrations();
      const file = path.join(scratch, "edited.db");
      applyMigrations(file, { migrationsDir: dir });
      const [first] = migrationNames;
      writeFileSync(path.join(dir, first!, "migration.sql"), "-- edited\n", { flag: "a" });
      expect(() => applyMigrations(file, { migrationsDir: dir })).toThrow(
        new RegExp(`Migration \`${first}\` was modified after it was applied`),
      );
    });

    it("nothing when the same file comes back with CRLF line endings (git on Windows)", () => {
      const dir = copyOfMigrations();
      const file = path.join(scratch, "crlf.db");
      applyMigrations(file, { migrationsDir: dir });
      const sqlFile = path.join(dir, migrationNames[0]!, "migration.sql");
      writeFileSync(sqlFile, readFileSync(sqlFile, "utf8").replaceAll("\n", "\r\n"));
      expect(applyMigrations(file, { migrationsDir: dir }).applied).toEqual([]);
    });

    it("a database that records a failed migration, naming it", () => {
      const file = path.join(scratch, "failed.db");
      applyMigrations(file);
      const db = open(file);
      db.prepare(
        "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name, logs) VALUES (?, ?, ?, ?, ?)",
      ).run("00000000-0000-4000-8000-000000000000", "0".repeat(64), Date.now(), "20990101000000_half_done", "boom");
      db.close();
      expect(() => applyMigrations(file)).toThrow(/failed migration\(s\) `20990101000000_half_done`: boom/);
    });

    it("a database that has tables but no migration history", () => {
      const file = path.join(scratch, "foreign.db");
      const db = open(file);
      db.exec('CREATE TABLE "Something" (id INTEGER PRIMARY KEY)');
      db.close();
      expect(() => applyMigrations(file)).toThrow(/has tables \(Something\) but no _prisma_migrations table/);
    });
  });

  it("rolls a failing migration back entirely, records nothing for it, and names it", () => {
    const dir = copyOfMigrations();
    const file = path.join(scratch, "broken.db");
    applyMigrations(file, { migrationsDir: dir });
    const broken = "20990101000000_broken";
    cpSync(path.join(dir, migrationNames[0]!), path.join(dir, broken), { recursive: true });
    writeFileSync(
      path.join(dir, broken, "migration.sql"),
      'CREATE TABLE "HalfDone" ("id" INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    );
    expect(() => applyMigrations(file, { migrationsDir: dir })).toThrow(
      new RegExp(`Migration \`${broken}\` failed to apply .*no such table: NoSuchTable`),
    );
    const db = open(file);
    try {
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'HalfDone'").get()).toBeUndefined();
    } finally {
      db.close();
    }
    expect(historyOf(file).map((row) => row.migration_name)).toEqual(migrationNames);
  });
});

describe("the generated Prisma client on a migrated file", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.cleanup());

  it("creates and reads back an Outlet with its Article", async () => {
    const prisma = createDb({ readonly: false, url: database.url });
    try {
      const outlet = await prisma.outlet.create({ data: { slug: "tass", name: "TASS" } });
      await prisma.article.create({
        data: {
          key: "tass-1.txt",
          slug: "putin-says",
          title: "Putin says",
          titleDerived: true,
          outletId: outlet.id,
          text: "MOSCOW, June 5. /TASS/. Putin said.",
          paragraphs: JSON.stringify([{ start: 0, end: 35 }]),
          sourceFile: "tass-1.txt",
          contentHash: "c".repeat(64),
          inputHash: "i".repeat(64),
          publishedMonth: 6,
          publishedDay: 5,
        },
      });
      const read = await prisma.article.findUnique({ where: { slug: "putin-says" }, include: { outlet: true } });
      expect(read).toMatchObject({
        title: "Putin says",
        titleDerived: true,
        publishedYear: null,
        publishedMonth: 6,
        language: "en",
        relatedHeadlines: "[]",
        outlet: { slug: "tass", name: "TASS" },
      });
      expect(read?.ingestedAt).toBeInstanceOf(Date);
    } finally {
      await prisma.$disconnect();
    }
  });
});
