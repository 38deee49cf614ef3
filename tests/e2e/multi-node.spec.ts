import { spawn, type ChildProcess } from "node:child_process";
import { openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrl, removeDatabase } from "./databases";
import { lockPostgresWriter } from "../../lib/db/postgres/writer-lock";
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

// A node as `npm start` runs it: not with the test runner's own loader options (NODE_OPTIONS and
// Playwright's variables), which would load the runner's module hooks into the server.
const nodeEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== "NODE_OPTIONS" && !name.startsWith("PW_")),
) as NodeJS.ProcessEnv;

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
      env: { ...nodeEnv, DATABASE_URL: url, PORT: String(base + i), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", openSync(path.join(dir, `node-${i}.log`), "w")],
    });
    servers.push(server);
    await until(async () => (await fetch(node).catch(() => null))?.ok === true, 90_000);
  }
});

test.afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  // A node that died says why here (the spec's scratch folder).
  console.log(`node logs: ${dir}/node-*.log`);
  await removeDatabase(url).catch(() => {});
});

/**
 * fetch, once more if the node closed the kept-alive connection as it was reused (an idle socket the
 * server times out while an ingest runs): a node that is down fails both.
 */
async function get(address: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(address, init);
  } catch {
    return fetch(address, init);
  }
}

const status = async (address: string) => (await get(address, { redirect: "manual" })).status;

test("an ingest through a third process reaches every node within the bound, and a retired statement answers 301 on each", async () => {
  const file = path.join(dir, "harbour.txt");
  writeFileSync(file, 'Harbour talks resume\n\n"We will sign by Friday," Mayor Ilse Brandt said on Monday.\n');
  // Each node has the list page cached before the change.
  for (const node of nodes) for (let i = 0; i < 2; i++) expect(await status(`${node}/statements`)).toBe(200);

  ingest(file);
  const article = await (await get(`${nodes[0]}/api/articles/harbour-talks-resume`)).json();
  const [statement] = article.statements as { id: string }[];
  for (const node of nodes) {
    await until(async () => (await (await get(`${node}/statements`)).text()).includes("We will sign by Friday"), BOUND_MS);
    expect(await status(`${node}/statements/${statement!.id}`)).toBe(200);
  }

  writeFileSync(file, 'Harbour talks resume\n\n"We will sign by next Friday," Mayor Ilse Brandt said on Monday.\n');
  ingest(file);
  for (const node of nodes) {
    await until(async () => (await status(`${node}/statements/${statement!.id}`)) === 301, BOUND_MS);
  }
});

test("an ingest while another writes is refused at once, naming the writer; after it, ingest goes on", async () => {
  // The test holds the writer lock as a running ingest does (lib/db/postgres/writer-lock.ts).
  const running = await lockPostgresWriter(url);
  let refused = "";
  try {
    ingest(path.join(dir, "harbour.txt"));
  } catch (error) {
    refused = String((error as { stderr?: Buffer }).stderr ?? "");
  } finally {
    await running.release();
  }
  expect(refused).toMatch(
    /^ingest failed: another ingest is writing to PostgreSQL database "verbatim_e2e_nodes" on 127\.0\.0\.1:\d+ \(server process \d+.*\): wait for it to finish, then run again\n$/,
  );
  const file = path.join(dir, "council.txt");
  writeFileSync(file, 'Council notes\n\n"Item four is approved," Councillor Dana Roe said.\n');
  expect(String(ingest(file))).toMatch(/ingested 1 article .*: 1 new/);
});
