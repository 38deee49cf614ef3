-- No query searches by (dateFrom, dateTo): date filters narrow by dateSort, whose indexes the plans use
-- (EXPLAIN QUERY PLAN of the benchmark queries), and test dateFrom/dateTo on the rows found. The
-- index cost ingest a page write per statement at 100,000 articles.
-- DropIndex
DROP INDEX "Statement_dateFrom_dateTo_idx";
