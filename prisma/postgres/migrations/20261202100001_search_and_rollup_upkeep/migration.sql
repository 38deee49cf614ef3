-- What Prisma's models cannot say, written by hand (the SQLite migrations do the same with FTS5 and
-- triggers of their own):
--   * full text: a tsvector per statement and per article, kept by the database in tables of their
--     own (declared external in prisma.config.ts, so Prisma's diff leaves them alone), with GIN indexes.
--     Statements are inserted in bulk, so their index is filled by a statement-level trigger (one
--     INSERT … SELECT per bulk insert); a statement or an article whose words change is re-indexed by
--     a row trigger; a deleted row takes its entry with it (ON DELETE CASCADE).
--   * a FacetCount or CoSpeakerCount row whose count reaches 0 is deleted, as on SQLite;
--   * a change of CorpusState.version is announced to every web node (NOTIFY verbatim_corpus).
-- The text search configuration is 'english' (Snowball stemming, English stop words).

CREATE TABLE "statement_fts" (
    "seq" INTEGER NOT NULL PRIMARY KEY REFERENCES "Statement" ("seq") ON DELETE CASCADE,
    "document" tsvector NOT NULL
);
CREATE INDEX "statement_fts_document_idx" ON "statement_fts" USING GIN ("document");

CREATE FUNCTION "statement_fts_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "statement_fts" ("seq", "document")
    SELECT n."seq", to_tsvector('english', n."text") FROM inserted n;
    RETURN NULL;
END;
$$;
CREATE TRIGGER "statement_fts_insert" AFTER INSERT ON "Statement"
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "statement_fts_insert"();

CREATE FUNCTION "statement_fts_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "statement_fts" SET "document" = to_tsvector('english', NEW."text") WHERE "seq" = NEW."seq";
    RETURN NULL;
END;
$$;
CREATE TRIGGER "statement_fts_update" AFTER UPDATE OF "text" ON "Statement"
    FOR EACH ROW EXECUTE FUNCTION "statement_fts_update"();

-- Titles weigh more than texts (A over D), as bm25's column weights do on SQLite.
CREATE TABLE "article_fts" (
    "id" INTEGER NOT NULL PRIMARY KEY REFERENCES "Article" ("id") ON DELETE CASCADE,
    "document" tsvector NOT NULL
);
CREATE INDEX "article_fts_document_idx" ON "article_fts" USING GIN ("document");

CREATE FUNCTION "article_fts_upsert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "article_fts" ("id", "document")
    VALUES (NEW."id", setweight(to_tsvector('english', NEW."title"), 'A') || setweight(to_tsvector('english', NEW."text"), 'D'))
    ON CONFLICT ("id") DO UPDATE SET "document" = EXCLUDED."document";
    RETURN NULL;
END;
$$;
CREATE TRIGGER "article_fts_upsert" AFTER INSERT OR UPDATE OF "title", "text" ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "article_fts_upsert"();

-- A count that reaches 0 (its last statements were removed) leaves no row behind.
CREATE FUNCTION "FacetCount_delete_zero"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "FacetCount"
    WHERE "filterDim" = NEW."filterDim" AND "filterValue" = NEW."filterValue"
      AND "facetDim" = NEW."facetDim" AND "facetValue" = NEW."facetValue";
    RETURN NULL;
END;
$$;
CREATE TRIGGER "FacetCount_delete_zero" AFTER UPDATE OF "n" ON "FacetCount"
    FOR EACH ROW WHEN (NEW."n" = 0) EXECUTE FUNCTION "FacetCount_delete_zero"();

CREATE FUNCTION "CoSpeakerCount_delete_zero"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "CoSpeakerCount" WHERE "speakerId" = NEW."speakerId" AND "otherId" = NEW."otherId";
    RETURN NULL;
END;
$$;
CREATE TRIGGER "CoSpeakerCount_delete_zero" AFTER UPDATE OF "articles" ON "CoSpeakerCount"
    FOR EACH ROW WHEN (NEW."articles" = 0) EXECUTE FUNCTION "CoSpeakerCount_delete_zero"();

-- Every web node keeps the corpus version in memory (lib/db/postgres/corpus-reads.mjs): an ingest that
-- changes the corpus tells them at its commit (a notification is delivered when its transaction commits).
CREATE FUNCTION "CorpusState_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('verbatim_corpus', NEW."version"::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER "CorpusState_notify" AFTER INSERT OR UPDATE OF "version" ON "CorpusState"
    FOR EACH ROW EXECUTE FUNCTION "CorpusState_notify"();
