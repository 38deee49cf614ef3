import { z } from "zod";
import { dayRange } from "@/lib/domain/dates";
import { STATEMENT_SORTS } from "@/lib/domain/filters";
import { isStatementKind, STATEMENT_KINDS } from "@/lib/domain/kinds";

// zod schemas for every page's and route's query string. Browse parameters fall back to their
// defaults instead of failing: a mistyped sort never costs the reader the page.

/** Next.js hands a repeated parameter over as an array; pages want one value. */
const single = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.unknown());

export const articleListParamsSchema = z.object({
  sort: single.pipe(z.enum(["date", "title"])).catch("date"),
  outlet: single.pipe(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200).nullable().default(null)).catch(null),
  /** A year, or "unknown" for articles that do not state theirs. */
  year: single.pipe(z.union([z.literal("unknown"), z.coerce.number().int().min(1000).max(2999)]).nullable().default(null)).catch(null),
  page: single.pipe(z.coerce.number().int().min(1).max(100_000).default(1)).catch(1),
});
export type ArticleListParams = z.infer<typeof articleListParamsSchema>;

/** Slugs are lowercase ASCII words joined by hyphens; anything else cannot name a row. */
export const slugSchema = z.string().min(1).max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const articleParamsSchema = z.object({ slug: slugSchema });

/** Values of a repeatable parameter, as an array whatever Next.js or URLSearchParams handed over. */
const many = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string()),
);

/** A real calendar day written YYYY-MM-DD, as the number yyyymmdd. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine((value) => {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "not a calendar day")
  .transform((value) => Number(value.replaceAll("-", "")));


/** How an API list answers: JSON pages, or a CSV / JSON Lines download. */
export const API_FORMATS = ["json", "csv", "jsonl"] as const;
const apiFormat = single.pipe(z.enum(API_FORMATS).default("json"));
/**
 * A page size. Absent, JSON answers a page of `fallback` and a CSV or JSON Lines download holds every
 * row (null): a researcher's export never stops silently at a page.
 */
const apiLimit = single.pipe(z.coerce.number().int().min(1).max(500).nullable().default(null));
const apiCursor = single.pipe(z.string().max(400).regex(/^[A-Za-z0-9_-]+$/).nullable().default(null));
/** A name or part of one to look for. */
const nameQuery = single.pipe(z.string().trim().max(200).nullable().default(null)).transform((q) => (q ? q : null));

/** Filters shared by /statements, the topic/speaker/date pages and /api/statements. */
export const statementFilterFields = {
  speaker: many.pipe(z.array(slugSchema).max(50)),
  topic: many.pipe(z.array(slugSchema).max(50)),
  outlet: many.pipe(z.array(slugSchema).max(50)),
  kind: many.pipe(z.array(z.enum(STATEMENT_KINDS)).max(3)),
  from: single.pipe(isoDaySchema.nullable().default(null)),
  to: single.pipe(isoDaySchema.nullable().default(null)),
  q: single.pipe(z.string().trim().max(200).nullable().default(null)).transform((q) => (q ? q : null)),
  year: single.pipe(z.literal("unknown").nullable().default(null)),
  sort: single.pipe(z.enum(STATEMENT_SORTS).nullable().default(null)),
  cursor: single.pipe(z.string().max(200).regex(/^[A-Za-z0-9_-]+$/).nullable().default(null)),
};

/** The API: strict, a bad value is a 400 with zod's issues. */
/** A date range that ends before it starts holds no day: said, not answered with nothing. */
function reversedRange(value: { from: number | null; to: number | null }, ctx: z.RefinementCtx): void {
  if (value.from !== null && value.to !== null && value.from > value.to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "the range ends before it starts: `to` is before `from`" });
  }
}

/** year=unknown: only statements whose article does not state its year; as the filters name it. */
const withYearUnknown = <T extends { year: "unknown" | null }>({ year, ...rest }: T) => ({ ...rest, yearUnknown: year === "unknown" });

export const statementApiParamsSchema = z
  .object({
    ...statementFilterFields,
    limit: apiLimit,
    format: apiFormat,
  })
  .superRefine(reversedRange)
  .transform(withYearUnknown);
export type StatementApiParams = z.infer<typeof statementApiParamsSchema>;

/** Pages: forgiving, a bad value falls back to "no filter" instead of an error page. */
export const statementPageParamsSchema = z
  .object({
    speaker: many.pipe(z.array(z.string())).transform((v) => v.filter((s) => slugSchema.safeParse(s).success).slice(0, 50)),
    topic: many.pipe(z.array(z.string())).transform((v) => v.filter((s) => slugSchema.safeParse(s).success).slice(0, 50)),
    outlet: many.pipe(z.array(z.string())).transform((v) => v.filter((s) => slugSchema.safeParse(s).success).slice(0, 50)),
    kind: many.pipe(z.array(z.string())).transform((v) =>
      v.filter(isStatementKind),
    ),
    from: statementFilterFields.from.catch(null),
    to: statementFilterFields.to.catch(null),
    q: statementFilterFields.q.catch(null),
    year: statementFilterFields.year.catch(null),
    sort: statementFilterFields.sort.catch(null),
    cursor: statementFilterFields.cursor.catch(null),
  })
  .transform(withYearUnknown);
export type StatementPageParams = z.infer<typeof statementPageParamsSchema>;

/**
 * What a page could not use of its query string, in words for the reader: a date that is not one
 * (the page then shows everything else it was asked for), a range that ends before it starts.
 */
export function statementParamProblems(raw: Record<string, string | string[] | undefined>): string[] {
  const problems: string[] = [];
  const days: Record<"from" | "to", number | null> = { from: null, to: null };
  for (const key of ["from", "to"] as const) {
    const value = Array.isArray(raw[key]) ? raw[key][0] : raw[key];
    if (value === undefined || value === "") continue;
    const parsed = isoDaySchema.safeParse(value);
    if (parsed.success) days[key] = parsed.data;
    else problems.push(`“${value.slice(0, 40)}” is not a date (${key === "from" ? "From" : "To"}): write it as YYYY-MM-DD, e.g. 2016-05-16. It is not applied.`);
  }
  if (days.from !== null && days.to !== null && days.from > days.to) {
    problems.push("This date range ends before it starts, so no statement can lie inside it: swap From and To.");
  }
  return problems;
}

/** Statement permalink ids: 12 base-32 characters (see lib/ingest/ids.ts). */
export const statementIdSchema = z.string().regex(/^[a-z2-7]{12}$/);
export const statementParamsSchema = z.object({ id: statementIdSchema });

/** /dates/YYYY, /dates/YYYY-MM, /dates/YYYY-MM-DD and /dates/unknown-year. */
export const datePathSchema = z.union([
  z.literal("unknown-year").transform(() => ({ precision: "unknown" as const, year: null, month: null, day: null })),
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .transform((value, ctx) => {
      const [y, m, d] = value.split("-").map(Number) as [number, number | undefined, number | undefined];
      if (m !== undefined && (m < 1 || m > 12)) {
        ctx.addIssue({ code: "custom", message: "no such month" });
        return z.NEVER;
      }
      if (d !== undefined && isoDaySchema.safeParse(value).success === false) {
        ctx.addIssue({ code: "custom", message: "no such day" });
        return z.NEVER;
      }
      const precision = d !== undefined ? ("day" as const) : m !== undefined ? ("month" as const) : ("year" as const);
      return { precision, year: y, month: m ?? null, day: d ?? null };
    }),
]);
export type DatePath = z.infer<typeof datePathSchema>;
export const dateParamsSchema = z.object({ date: datePathSchema });

/** The inclusive yyyymmdd range a date page covers; null for /dates/unknown-year. */
export const dateRange = (date: DatePath): { from: number; to: number } | null => dayRange(date);

export const searchParamsSchema = z.object({
  q: single.pipe(z.string().trim().max(200)).catch(""),
});

export const pageApiParamsSchema = z.object({
  limit: single.pipe(z.coerce.number().int().min(1).max(500).default(50)),
  cursor: single.pipe(z.string().max(400).regex(/^[A-Za-z0-9_-]+$/).nullable().default(null)),
  format: single.pipe(z.enum(["json", "csv"]).default("json")),
});

export const listApiParamsSchema = z.object({
  format: single.pipe(z.enum(["json", "csv"]).default("json")),
});

/** /api/speakers: strict. */
export const speakerApiParamsSchema = z.object({ q: nameQuery, cursor: apiCursor, limit: apiLimit, format: apiFormat });
export type SpeakerApiParams = z.infer<typeof speakerApiParamsSchema>;

/** /speakers: forgiving. */
export const speakerPageParamsSchema = z.object({ q: nameQuery.catch(null), cursor: apiCursor.catch(null) });
export type SpeakerPageParams = z.infer<typeof speakerPageParamsSchema>;
