import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Boundaries that hold the house together (README "Where things live"): each rule names the room
// it protects, so a break says what it broke.

/** Database drivers live only in their engine's folder, behind lib/db's interface. */
const ENGINE_DRIVERS = {
  paths: [
    { name: "better-sqlite3", message: "SQLite is opened only in lib/db/sqlite (tests and bench: its raw-connection helper)." },
    { name: "@prisma/adapter-better-sqlite3", message: "The SQLite adapter belongs to lib/db/sqlite." },
    { name: "pg", message: "PostgreSQL is opened only in lib/db/postgres." },
    { name: "@prisma/adapter-pg", message: "The PostgreSQL adapter belongs to lib/db/postgres." },
  ],
};

/** The pure core (text in, typed data out) and the domain vocabulary: no database, no files, no web. */
const PURE = {
  paths: [...ENGINE_DRIVERS.paths, { name: "node:fs", message: "The pure core reads no files: lib/load does." }, { name: "fs", message: "The pure core reads no files: lib/load does." }],
  patterns: [
    { group: ["@/lib/db", "@/lib/db/**", "@/generated/**", "@prisma/*"], message: "The pure core never touches the database." },
    { group: ["@/lib/load/**", "@/lib/web/**", "@/app/**", "next", "next/**"], message: "The pure core depends on nothing outside lib/domain and lib/ingest." },
  ],
};

/** Routes call lib/db's reads, never an engine or the generated client. */
const ROUTES = {
  paths: ENGINE_DRIVERS.paths,
  patterns: [
    { group: ["@/lib/db/sqlite/**", "@/lib/db/postgres/**"], message: "app/ calls lib/db, never an engine folder." },
    { group: ["@/generated/**", "@prisma/client", "@prisma/client/**"], message: "app/ reads through lib/db's view models, not Prisma." },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    ignores: ["lib/db/sqlite/**", "lib/db/postgres/**", "eslint.config.mjs", "next.config.mjs"],
    rules: { "no-restricted-imports": ["error", ENGINE_DRIVERS] },
  },
  { files: ["lib/ingest/**", "lib/domain/**"], rules: { "no-restricted-imports": ["error", PURE] } },
  { files: ["app/**"], rules: { "no-restricted-imports": ["error", ROUTES] } },
];

export default config;
