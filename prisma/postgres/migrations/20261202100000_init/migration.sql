-- The models (prisma/models.prisma) as PostgreSQL tables: written by Prisma's schema engine (npm run
-- db:migration with DATABASE_URL=postgresql://…), not by hand. PostgreSQL's history starts here, with
-- the models as SQLite's eight migrations left them.

-- CreateTable
CREATE TABLE "Outlet" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleDerived" BOOLEAN NOT NULL DEFAULT false,
    "outletId" INTEGER,
    "byline" TEXT,
    "sourceUrl" TEXT,
    "dateline" TEXT,
    "publishedYear" INTEGER,
    "publishedMonth" INTEGER,
    "publishedDay" INTEGER,
    "dateSort" INTEGER,
    "dateFrom" INTEGER,
    "dateTo" INTEGER,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "paragraphs" TEXT NOT NULL,
    "relatedHeadlines" TEXT NOT NULL DEFAULT '[]',
    "boilerplate" TEXT NOT NULL DEFAULT '[]',
    "provenance" TEXT NOT NULL DEFAULT '{}',
    "corrections" TEXT NOT NULL DEFAULT '[]',
    "sourceFile" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "inputHash" TEXT NOT NULL,
    "statementCount" INTEGER NOT NULL DEFAULT 0,
    "retractedAt" TIMESTAMP(3),
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'person',
    "statementCount" INTEGER NOT NULL DEFAULT 0,
    "mergedIntoId" INTEGER,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpeakerAlias" (
    "id" SERIAL NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "SpeakerAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "seq" SERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "speakerId" INTEGER,
    "extractedSpeakerId" INTEGER,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "cue" TEXT,
    "speakerAsWritten" TEXT,
    "speakerStart" INTEGER,
    "speakerEnd" INTEGER,
    "speakerNamedStart" INTEGER,
    "speakerNamedEnd" INTEGER,
    "confidence" DOUBLE PRECISION NOT NULL,
    "rule" TEXT NOT NULL,
    "corrections" TEXT NOT NULL DEFAULT '[]',
    "dateSort" INTEGER,
    "dateFrom" INTEGER,
    "dateTo" INTEGER,
    "publishedYear" INTEGER,
    "outletId" INTEGER,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'curated',
    "statementCount" INTEGER NOT NULL DEFAULT 0,
    "articleCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementTopic" (
    "statementId" TEXT NOT NULL,
    "topicId" INTEGER NOT NULL,
    "statementSeq" INTEGER,
    "speakerId" INTEGER,
    "outletId" INTEGER,
    "kind" TEXT,
    "publishedYear" INTEGER,
    "dateSort" INTEGER,

    CONSTRAINT "StatementTopic_pkey" PRIMARY KEY ("statementId","topicId")
);

-- CreateTable
CREATE TABLE "ArticleTopic" (
    "articleId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    CONSTRAINT "ArticleTopic_pkey" PRIMARY KEY ("articleId","topicId")
);

-- CreateTable
CREATE TABLE "Redirect" (
    "kind" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Redirect_pkey" PRIMARY KEY ("kind","fromId")
);

-- CreateTable
CREATE TABLE "FacetCount" (
    "filterDim" INTEGER NOT NULL,
    "filterValue" INTEGER NOT NULL,
    "facetDim" INTEGER NOT NULL,
    "facetValue" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "FacetCount_pkey" PRIMARY KEY ("filterDim","filterValue","facetDim","facetValue")
);

-- CreateTable
CREATE TABLE "CoSpeakerCount" (
    "speakerId" INTEGER NOT NULL,
    "otherId" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "CoSpeakerCount_pkey" PRIMARY KEY ("speakerId","otherId")
);

-- CreateTable
CREATE TABLE "CorpusState" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CorpusState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_slug_key" ON "Outlet"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_key_key" ON "Article"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE INDEX "Article_dateSort_idx" ON "Article"("dateSort");

-- CreateIndex
CREATE INDEX "Article_outletId_dateSort_idx" ON "Article"("outletId", "dateSort");

-- CreateIndex
CREATE INDEX "Article_title_idx" ON "Article"("title");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_key_key" ON "Speaker"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_slug_key" ON "Speaker"("slug");

-- CreateIndex
CREATE INDEX "Speaker_statementCount_idx" ON "Speaker"("statementCount");

-- CreateIndex
CREATE INDEX "Speaker_mergedIntoId_idx" ON "Speaker"("mergedIntoId");

-- CreateIndex
CREATE INDEX "SpeakerAlias_alias_idx" ON "SpeakerAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerAlias_speakerId_alias_key" ON "SpeakerAlias"("speakerId", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_id_key" ON "Statement"("id");

-- CreateIndex
CREATE INDEX "Statement_articleId_position_idx" ON "Statement"("articleId", "position");

-- CreateIndex
CREATE INDEX "Statement_speakerId_dateSort_articleId_position_outletId_ki_idx" ON "Statement"("speakerId", "dateSort" DESC, "articleId", "position", "outletId", "kind");

-- CreateIndex
CREATE INDEX "Statement_extractedSpeakerId_idx" ON "Statement"("extractedSpeakerId");

-- CreateIndex
CREATE INDEX "Statement_dateSort_articleId_position_idx" ON "Statement"("dateSort" DESC, "articleId", "position");

-- CreateIndex
CREATE INDEX "Statement_outletId_dateSort_idx" ON "Statement"("outletId", "dateSort");

-- CreateIndex
CREATE INDEX "Statement_kind_dateSort_idx" ON "Statement"("kind", "dateSort");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "Topic_statementCount_idx" ON "Topic"("statementCount");

-- CreateIndex
CREATE INDEX "StatementTopic_topicId_dateSort_statementSeq_idx" ON "StatementTopic"("topicId", "dateSort" DESC, "statementSeq");

-- CreateIndex
CREATE INDEX "StatementTopic_topicId_speakerId_dateSort_outletId_kind_pub_idx" ON "StatementTopic"("topicId", "speakerId", "dateSort" DESC, "outletId", "kind", "publishedYear", "statementSeq");

-- CreateIndex
CREATE INDEX "StatementTopic_speakerId_publishedYear_topicId_idx" ON "StatementTopic"("speakerId", "publishedYear", "topicId");

-- CreateIndex
CREATE INDEX "StatementTopic_statementSeq_topicId_idx" ON "StatementTopic"("statementSeq", "topicId");

-- CreateIndex
CREATE INDEX "ArticleTopic_topicId_articleId_idx" ON "ArticleTopic"("topicId", "articleId");

-- CreateIndex
CREATE INDEX "FacetCount_filterDim_filterValue_facetDim_n_idx" ON "FacetCount"("filterDim", "filterValue", "facetDim", "n");

-- CreateIndex
CREATE INDEX "CoSpeakerCount_speakerId_articles_idx" ON "CoSpeakerCount"("speakerId", "articles");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speaker" ADD CONSTRAINT "Speaker_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakerAlias" ADD CONSTRAINT "SpeakerAlias_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_extractedSpeakerId_fkey" FOREIGN KEY ("extractedSpeakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTopic" ADD CONSTRAINT "StatementTopic_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTopic" ADD CONSTRAINT "StatementTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleTopic" ADD CONSTRAINT "ArticleTopic_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleTopic" ADD CONSTRAINT "ArticleTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
