import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrl, removeDatabase } from "./databases";
import { scratchDir } from "./ingest-into-server";
import { execFileSync } from "node:child_process";

// Several web nodes on one PostgreSQL database, and an ingest from a third process: every node serves
// the new statement, and 301 for the retired one, within the bound lib/db/postgres/corpus-reads.mjs
// promises (a notification at commit, a poll every second), with no purge and no restart.

test.skip(process.env.VERBATIM_TEST_ENGINE !== "postgres", "several nodes share one database only on PostgreSQL");
test.describe.configure({ mode: "serial" });

const url = e2eDatabaseUrl("e2e-nodes");
const base = Number(process.env.E2E_PORT ?? 3123) + 2000;
const nodes = [`http://127.0.0.1:${base}`, `http://127.0.0.1:${base + 1}`];
const servers: ChildProcess[] = [];
const dir = scratchDir("nodes");
/** The bound on a node hearing of an ingest (POLL_MS), plus the time a loaded machine takes to answer. */
const BOUND_MS = 1_000 + 4_000;

const ingest = (...args: string[]) =>
  execFileSync("node_modules/.bin/tsx", ["scripts/ingest.ts", ...args], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });

async function until(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await removeDatabase(url);
  ingest("seeds");
  for (const [i, node] of nodes.entries()) {
    const server = spawn(process.execPath, ["scripts/serve.mjs"], {
      env: { ...process.env, DATABASE_URL: url, PORT: String(base + i), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    servers.push(server);
    await until(async () => (await fetch(node).catch(() => null))?.ok === true, 90_000);
  }
});

test.afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  await removeDatabase(url).catch(() => {});
});

const status = async (address: string) => (await fetch(address, { redirect: "manual" })).status;

test("an ingest through a third process reaches every node within the bound, and a retired statement answers 301 on each", async () => {
  const file = path.join(dir, "harbour.txt");
  writeFileSync(file, 'Harbour talks resume\n\n"We will sign by Friday," Mayor Ilse Brandt said on Monday.\n');
  // Each node has the list page cached before the change.
  for (const node of nodes) for (let i = 0; i < 2; i++) expect(await status(`${node}/statements`)).toBe(200);

  ingest(file);
  const article = await (await fetch(`${nodes[0]}/api/articles/harbour-talks-resume`)).json();
  const [statement] = article.statements as { id: string }[];
  for (const node of nodes) {
    await until(async () => (await (await fetch(`${node}/statements`)).text()).includes("We will sign by Friday"), BOUND_MS);
    expect(await status(`${node}/statements/${statement!.id}`)).toBe(200);
  }

  writeFileSync(file, 'Harbour talks resume\n\n"We will sign by next Friday," Mayor Ilse Brandt said on Monday.\n');
  ingest(file);
  for (const node of nodes) {
    await until(async () => (await status(`${node}/statements/${statement!.id}`)) === 301, BOUND_MS);
  }
});

test("two ingests at once: the second is refused with a message, the first completes", async () => {
  test.setTimeout(180_000);
  const bulk = scratchDir("nodes-bulk");
  // Enough articles that the first is still writing when the second starts.
  const files = Array.from({ length: 1500 }, (_, i) => {
    const file = path.join(bulk, `bulk-${i}.txt`);
    writeFileSync(file, `Council notes ${i}\n\n"Item ${i} is approved," Councillor Dana Roe said.\n`);
    return file;
  });
  const folder = path.dirname(files[0]!);
  const first = spawn("node_modules/.bin/tsx", ["scripts/ingest.ts", folder], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  const firstDone = new Promise<number>((resolve) => first.on("exit", (code) => resolve(code ?? 1)));
  // The first holds the lock from after its migrations until its last commit.
  let refused = "";
  await until(async () => {
    try {
      ingest(path.join(dir, "harbour.txt"));
      return false;
    } catch (error) {
      refused = String((error as { stderr?: Buffer }).stderr ?? "");
      return true;
    }
  }, 30_000);
  expect(refused).toMatch(/another ingest .*is writing to PostgreSQL database "verbatim_e2e_nodes".*: wait for it to finish, then run again/);
  expect(await firstDone).toBe(0);
});
