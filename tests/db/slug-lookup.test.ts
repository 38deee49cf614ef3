import { describe, expect, it } from "vitest";
import { postgresDialect } from "@/lib/db/postgres/dialect";
import { sqliteDialect } from "@/lib/db/sqlite/dialect";
import { resolveFilters, slugLookup } from "@/lib/db/statements/filters";
import { NO_FILTERS } from "@/lib/domain/filters";

// A filter's slugs become ids. On PostgreSQL every slug is looked up before the answer's statement,
// so that the planner sees the ids as values (a subquery's value it plans as unknown, and then sorted
// all of a speaker's statements on a topic before taking a page); SQLite keeps one slug a subquery
// inside the one statement.

const oneSpeakerOneTopic = { ...NO_FILTERS, speaker: ["ann-hale"], topic: ["budget"] };

describe("slug lookup", () => {
  it("looks up a lone slug first on PostgreSQL and puts its id in the answer as a value", () => {
    const lookup = slugLookup(postgresDialect, oneSpeakerOneTopic);
    expect(lookup?.sql).toMatch(/"slug" IN/);
    expect(lookup?.values).toEqual(["speaker", "ann-hale", "topic", "budget"]);
    const r = resolveFilters(postgresDialect, oneSpeakerOneTopic, [
      { dim: "speaker", id: 7 },
      { dim: "topic", id: 3n },
    ]);
    expect(r.speaker?.map((s) => s.values)).toEqual([[7]]);
    expect(r.topic?.map((s) => s.values)).toEqual([[3]]);
  });

  it("matches nothing on PostgreSQL when the lone slug names no row", () => {
    expect(resolveFilters(postgresDialect, oneSpeakerOneTopic, []).speaker).toEqual([]);
  });

  it("keeps a lone slug inside the answer on SQLite, and looks up only filters with several", () => {
    expect(slugLookup(sqliteDialect, oneSpeakerOneTopic)).toBeNull();
    expect(resolveFilters(sqliteDialect, oneSpeakerOneTopic, []).speaker?.[0]?.sql).toMatch(/SELECT "id" FROM "Speaker" WHERE "slug" = \?/);
    expect(slugLookup(sqliteDialect, { ...NO_FILTERS, speaker: ["ann-hale", "bo-li"] })?.values).toEqual(["speaker", "ann-hale", "bo-li"]);
  });
});
