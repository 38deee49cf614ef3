// npm run db:migrate   Applies prisma/migrations to the database at DATABASE_URL (see lib/db/migrate.ts).
import { applyMigrations } from "@/lib/db/sqlite/migrate";
import { databaseFile } from "@/lib/env";

try {
  const file = databaseFile();
  const { applied, alreadyApplied } = applyMigrations(file, {
    onApplied: (name) => process.stdout.write(`applied ${name}\n`),
  });
  process.stdout.write(
    applied.length === 0
      ? `${file}: up to date (${alreadyApplied.length} migrations applied before)\n`
      : `${file}: applied ${applied.length} migration(s), ${alreadyApplied.length} were already applied\n`,
  );
} catch (error) {
  process.stderr.write(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
