import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseEngine } from "@/lib/db/client";
import { createTestDatabase, testEngine, type TestDatabase } from "@/tests/helpers/db";

// Two ingests at once never interleave: the second is refused at once, saying who writes.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.cleanup();
});

describe("the writer lock", () => {
  it("refuses a second writer while the first holds it, with a message naming the database, and lets the next one in after", async () => {
    const engine = databaseEngine(database.url);
    const first = await engine.lockWriter(database.url);
    await expect(engine.lockWriter(database.url)).rejects.toThrow(/another ingest .*is writing to .*: wait for it to finish, then run again/);
    await first.release();
    const next = await engine.lockWriter(database.url);
    await next.release();
  });

  it.skipIf(testEngine() !== "sqlite")("takes over the lock of an ingest that was killed (its process is gone)", async () => {
    // A process id no process has: the kernel's limit is far below it.
    writeFileSync(`${database.file}.ingest-lock`, "2147483646\n");
    const lock = await databaseEngine(database.url).lockWriter(database.url);
    await lock.release();
  });

  it.skipIf(testEngine() !== "sqlite")("takes over the lock of an ingest killed a moment ago whose process is not yet reaped", async () => {
    // A killed ingest whose parent died with it stays a zombie until the system reaps it, and a
    // zombie still answers kill(pid, 0). Here the zombie is a short sleep whose parent (the
    // shell, become a long sleep) never waits for it.
    const parent = spawn("sh", ["-c", "sleep 0.1 & echo $!; exec sleep 30"], { stdio: ["ignore", "pipe", "ignore"] });
    try {
      const pid = Number(await new Promise<string>((resolve) => parent.stdout.once("data", (d: Buffer) => resolve(String(d)))));
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(process.kill(pid, 0)).toBe(true);
      writeFileSync(`${database.file}.ingest-lock`, `${pid}\n`);
      const lock = await databaseEngine(database.url).lockWriter(database.url);
      await lock.release();
    } finally {
      parent.kill("SIGKILL");
    }
  });
});
