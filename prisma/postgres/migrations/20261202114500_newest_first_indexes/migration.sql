-- Lists are newest first with undated statements last: ORDER BY "dateSort" DESC NULLS LAST (the
-- dialect's newestFirst, SQLite's own DESC order). PostgreSQL's DESC index is DESC NULLS FIRST, which
-- that order cannot read, so every list sorted all the statements it filtered before taking a page
-- (docs/performance.md, "PostgreSQL beside SQLite": the first page 451 ms, 0.1 ms with this order, at
-- 20,000 articles). The same four indexes, with the NULLs where the lists want them. Prisma's models
-- cannot say NULLS LAST, and its diff does not look at it: the models and these indexes still agree.

DROP INDEX "Statement_speakerId_dateSort_articleId_position_outletId_ki_idx";
CREATE INDEX "Statement_speakerId_dateSort_articleId_position_outletId_ki_idx" ON "Statement"("speakerId", "dateSort" DESC NULLS LAST, "articleId", "position", "outletId", "kind");

DROP INDEX "Statement_dateSort_articleId_position_idx";
CREATE INDEX "Statement_dateSort_articleId_position_idx" ON "Statement"("dateSort" DESC NULLS LAST, "articleId", "position");

DROP INDEX "StatementTopic_topicId_dateSort_statementSeq_idx";
CREATE INDEX "StatementTopic_topicId_dateSort_statementSeq_idx" ON "StatementTopic"("topicId", "dateSort" DESC NULLS LAST, "statementSeq");

DROP INDEX "StatementTopic_topicId_speakerId_dateSort_outletId_kind_pub_idx";
CREATE INDEX "StatementTopic_topicId_speakerId_dateSort_outletId_kind_pub_idx" ON "StatementTopic"("topicId", "speakerId", "dateSort" DESC NULLS LAST, "outletId", "kind", "publishedYear", "statementSeq");
