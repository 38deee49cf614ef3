// Empties the database DATABASE_URL names before an e2e server starts on it (playwright.config.ts).
import { removeDatabase } from "./databases";

await removeDatabase(process.env.DATABASE_URL ?? "");
