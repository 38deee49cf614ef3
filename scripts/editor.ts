// npm run editor:add -- EMAIL [--admin]   A new editor (or admin): prints a one-time setup link.
// npm run editor:reset -- EMAIL           Forgets the password, signs out everywhere, prints a new link.
// npm run editor:remove -- EMAIL          Removes the account (its corrections keep its address).
// There is no sign-up page: accounts are made here, by whoever runs the server.
import { createDb, databaseEngine } from "@/lib/db/client";
import { AccountError, addEditor, removeEditor, resetEditor, SETUP_MS } from "@/lib/db/editorial/accounts";
import { env } from "@/lib/env";
import { siteOrigin } from "@/lib/web/site-url";
import { runCommand } from "./run-command";

const USAGE = "usage: npm run editor:add -- EMAIL [--admin] | editor:reset -- EMAIL | editor:remove -- EMAIL\n";

async function main(): Promise<number> {
  const [action, ...rest] = process.argv.slice(2).filter((a) => a !== "--");
  const admin = rest.includes("--admin");
  const emails = rest.filter((a) => !a.startsWith("--"));
  if (!["add", "reset", "remove"].includes(action ?? "") || emails.length !== 1 || rest.some((a) => a.startsWith("--") && a !== "--admin") || (admin && action !== "add")) {
    process.stderr.write(USAGE);
    return 2;
  }
  const engine = databaseEngine(env.DATABASE_URL);
  await engine.migrate(env.DATABASE_URL);
  const db = createDb({ readonly: false, url: env.DATABASE_URL });
  try {
    if (action === "remove") {
      await removeEditor(db, emails[0]!);
      process.stdout.write(`removed ${emails[0]!.trim().toLowerCase()}: signed out everywhere; their corrections keep their address\n`);
      return 0;
    }
    const made = action === "add" ? await addEditor(db, emails[0]!, admin ? "admin" : "editor") : await resetEditor(db, emails[0]!);
    const hours = Math.round(SETUP_MS / 3600_000);
    process.stdout.write(
      `${action === "add" ? `added ${made.email} (${admin ? "admin" : "editor"})` : `reset ${made.email}: signed out everywhere, password forgotten`}\n` +
        `setup link (works once, for ${hours} hours; give it to them privately):\n${siteOrigin()}/editor/setup#${made.setupToken}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AccountError) {
      process.stderr.write(`editor:${action}: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

runCommand("editor", main);
