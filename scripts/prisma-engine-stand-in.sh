#!/bin/sh
# Stand-in for Prisma's native schema engine. Every `prisma` command first downloads that engine from
# Prisma's CDN unless PRISMA_SCHEMA_ENGINE_BINARY names an executable; `npm run db:generate` points it
# here so that `prisma generate` (which never starts the engine) works the same online and offline.
# Anything that really needs the engine lands here and stops with this explanation. The CLI skips the
# first line of an engine's stderr and reads the rest as JSON log lines, hence the second line's shape.
echo "Verbatim's stand-in for Prisma's schema engine (scripts/prisma-engine-stand-in.sh) cannot run this command." >&2
echo '{"level":"ERROR","target":"verbatim::prisma_engine_stand_in","fields":{"message":"This is not the schema engine but a stand-in (scripts/prisma-engine-stand-in.sh): apply migrations with `npm run db:migrate`, create one with `npm run db:migration -- NAME`, compare schema and migrations with `npm run db:migration -- --check`. For the real engine, set PRISMA_SCHEMA_ENGINE_BINARY to a schema-engine binary (README, Migrations)."}}' >&2
exit 1
