-- Full-text search over statements and articles (SQLite FTS5, bm25 ranking, snippets).
-- Prisma has no model for virtual tables, so this migration is written by hand; the FTS tables are
-- external-content indexes of Statement and Article, kept in sync by the triggers below, so every
-- write through Prisma (ingest) updates them in the same transaction.
-- A later migration that rebuilds Statement or Article (Prisma's create-copy-drop-rename) must
-- recreate these triggers and run: INSERT INTO statement_fts(statement_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE "statement_fts" USING fts5(
    "text",
    content = 'Statement',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "statement_fts_insert" AFTER INSERT ON "Statement" BEGIN
    INSERT INTO "statement_fts" (rowid, "text") VALUES (new.rowid, new."text");
END;

CREATE TRIGGER "statement_fts_delete" AFTER DELETE ON "Statement" BEGIN
    INSERT INTO "statement_fts" ("statement_fts", rowid, "text") VALUES ('delete', old.rowid, old."text");
END;

CREATE TRIGGER "statement_fts_update" AFTER UPDATE OF "text" ON "Statement" BEGIN
    INSERT INTO "statement_fts" ("statement_fts", rowid, "text") VALUES ('delete', old.rowid, old."text");
    INSERT INTO "statement_fts" (rowid, "text") VALUES (new.rowid, new."text");
END;

CREATE VIRTUAL TABLE "article_fts" USING fts5(
    "title",
    "text",
    content = 'Article',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "article_fts_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "article_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
END;

CREATE TRIGGER "article_fts_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "article_fts" ("article_fts", rowid, "title", "text") VALUES ('delete', old.rowid, old."title", old."text");
END;

CREATE TRIGGER "article_fts_update" AFTER UPDATE OF "title", "text" ON "Article" BEGIN
    INSERT INTO "article_fts" ("article_fts", rowid, "title", "text") VALUES ('delete', old.rowid, old."title", old."text");
    INSERT INTO "article_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
END;
