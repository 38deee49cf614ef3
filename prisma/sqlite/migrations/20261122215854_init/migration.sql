-- CreateTable
CREATE TABLE "Outlet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT
);

-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "retractedAt" DATETIME,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'person',
    "statementCount" INTEGER NOT NULL DEFAULT 0,
    "mergedIntoId" INTEGER,
    CONSTRAINT "Speaker_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Speaker" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SpeakerAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "speakerId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    CONSTRAINT "SpeakerAlias_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "confidence" REAL NOT NULL,
    "rule" TEXT NOT NULL,
    "corrections" TEXT NOT NULL DEFAULT '[]',
    "dateSort" INTEGER,
    "dateFrom" INTEGER,
    "dateTo" INTEGER,
    "publishedYear" INTEGER,
    "outletId" INTEGER,
    CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Statement_extractedSpeakerId_fkey" FOREIGN KEY ("extractedSpeakerId") REFERENCES "Speaker" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'curated',
    "statementCount" INTEGER NOT NULL DEFAULT 0,
    "articleCount" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "StatementTopic" (
    "statementId" TEXT NOT NULL,
    "topicId" INTEGER NOT NULL,

    PRIMARY KEY ("statementId", "topicId"),
    CONSTRAINT "StatementTopic_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatementTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleTopic" (
    "articleId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    PRIMARY KEY ("articleId", "topicId"),
    CONSTRAINT "ArticleTopic_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Redirect" (
    "kind" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("kind", "fromId")
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
CREATE INDEX "Statement_articleId_position_idx" ON "Statement"("articleId", "position");

-- CreateIndex
CREATE INDEX "Statement_speakerId_dateSort_idx" ON "Statement"("speakerId", "dateSort");

-- CreateIndex
CREATE INDEX "Statement_extractedSpeakerId_idx" ON "Statement"("extractedSpeakerId");

-- CreateIndex
CREATE INDEX "Statement_dateSort_idx" ON "Statement"("dateSort");

-- CreateIndex
CREATE INDEX "Statement_dateFrom_dateTo_idx" ON "Statement"("dateFrom", "dateTo");

-- CreateIndex
CREATE INDEX "Statement_outletId_dateSort_idx" ON "Statement"("outletId", "dateSort");

-- CreateIndex
CREATE INDEX "Statement_kind_dateSort_idx" ON "Statement"("kind", "dateSort");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "Topic_statementCount_idx" ON "Topic"("statementCount");

-- CreateIndex
CREATE INDEX "StatementTopic_topicId_statementId_idx" ON "StatementTopic"("topicId", "statementId");

-- CreateIndex
CREATE INDEX "ArticleTopic_topicId_articleId_idx" ON "ArticleTopic"("topicId", "articleId");
