// npm run db:migrate   Applies the engine's migrations (prisma/sqlite/migrations or prisma/postgres/migrations) to the database at DATABASE_URL.
import { databaseEngine } from "@/lib/db/client";
import { env } from "@/lib/env";

try {
  const engine = databaseEngine(env.DATABASE_URL);
  const where = engine.describe(env.DATABASE_URL);
  const { applied, alreadyApplied } = await engine.migrate(env.DATABASE_URL, {
    onApplied: (name) => process.stdout.write(`applied ${name}\n`),
  });
  process.stdout.write(
    applied.length === 0
      ? `${where}: up to date (${alreadyApplied.length} migrations applied before)\n`
      : `${where}: applied ${applied.length} migration(s), ${alreadyApplied.length} were already applied\n`,
  );
} catch (error) {
  process.stderr.write(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
