/**
 * The realistic e2e corpus: 3,000 generated articles naming 1,500 invented people give ~1,300
 * speakers and ~22,000 statements (past SQLite's 999 bound parameters, under a minute to ingest).
 */
export const LARGE_CORPUS = { articles: 3_000, seed: 12, people: 1_500 };
