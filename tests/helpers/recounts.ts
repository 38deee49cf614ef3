import { Prisma, type Sql } from "@/lib/db/sql";

// The rollups as counting every statement from scratch gives them: what FacetCount and CoSpeakerCount
// must equal, whatever wrote the corpus (ingests, removals, surname links, editors' corrections).
// Plain SQL both engines read; each suite runs it on its own connection.

/** FacetCount recounted, in a fixed order: filter dimension and value, facet dimension and value, count. */
export const FACET_RECOUNT: Sql = Prisma.sql`WITH v("statementId", dim, value) AS (
       SELECT "id", 1, "speakerId" FROM "Statement" WHERE "speakerId" IS NOT NULL
       UNION ALL SELECT "statementId", 2, "topicId" FROM "StatementTopic"
       UNION ALL SELECT "id", 3, "outletId" FROM "Statement" WHERE "outletId" IS NOT NULL
       UNION ALL SELECT "id", 4, CASE "kind" WHEN 'direct' THEN 1 WHEN 'indirect' THEN 2 WHEN 'mixed' THEN 3 END FROM "Statement"
       UNION ALL SELECT "id", 5, coalesce("publishedYear", 0) FROM "Statement")
     SELECT 0 AS a, 0 AS b, dim AS c, value AS d, count(*) AS n FROM v GROUP BY dim, value
     UNION ALL
     SELECT f.dim, f.value, g.dim, g.value, count(*) FROM v f JOIN v g ON g."statementId" = f."statementId" AND g.dim <> f.dim
     GROUP BY f.dim, f.value, g.dim, g.value
     ORDER BY 1, 2, 3, 4`;

/** FacetCount as stored, in the recount's order. */
export const FACET_STORED: Sql = Prisma.sql`SELECT "filterDim", "filterValue", "facetDim", "facetValue", "n" FROM "FacetCount" ORDER BY 1, 2, 3, 4`;

/** CoSpeakerCount recounted from every article's speakers. */
export const CO_SPEAKER_RECOUNT: Sql = Prisma.sql`SELECT x."speakerId", y."speakerId" AS "otherId", count(DISTINCT x."articleId") AS n FROM "Statement" x JOIN "Statement" y ON y."articleId" = x."articleId"
     WHERE x."speakerId" IS NOT NULL AND y."speakerId" IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`;

/** CoSpeakerCount as stored, in the recount's order. */
export const CO_SPEAKER_STORED: Sql = Prisma.sql`SELECT "speakerId", "otherId", "articles" FROM "CoSpeakerCount" ORDER BY 1, 2`;
