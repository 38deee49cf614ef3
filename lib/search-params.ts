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


/** Filters shared by /statements, the topic/speaker/date pages and /api/statements. */
export const statementFilterFields = {
  speaker: many.pipe(z.array(slugSchema).max(50)),
  topic: many.pipe(z.array(slugSchema).max(50)),
  outlet: many.pipe(z.array(slugSchema).max(50)),
  kind: many.pipe(z.array(z.enum(STATEMENT_KINDS)).max(3)),
  from: single.pipe(isoDaySchema.nullable().default(null)),
  to: single.pipe(isoDaySchema.nullable().default(null)),
  q: single.pipe(z.string().trim().max(200).nullable().default(null)).transform((q) => (q ? q : null)),
  sort: single.pipe(z.enum(STATEMENT_SORTS).nullable().default(null)),
  cursor: single.pipe(z.string().max(200).regex(/^[A-Za-z0-9_-]+$/).nullable().default(null)),
};

/** The API: strict, a bad value is a 400 with zod's issues. */
export const statementApiParamsSchema = z.object({
  ...statementFilterFields,
  limit: single.pipe(z.coerce.number().int().min(1).max(500).default(50)),
  format: single.pipe(z.enum(["json", "csv"]).default("json")),
});
export type StatementApiParams = z.infer<typeof statementApiParamsSchema>;

/** Pages: forgiving, a bad value falls back to "no filter" instead of an error page. */
export const statementPageParamsSchema = z.object({
  speaker: many.pipe(z.array(z.string())).transform((v) => v.filter((s) => slugSchema.safeParse(s).success).slice(0, 50)),
  topic: many.pipe(z.array(z.string())).transform((v) => v.filter((s) => slugSchema.safeParse(s).success).slice(0, 50)),
  outlet: many.pipe(z.array(z.string())).transform((v) => v.filter((s) => slugSchema.safeParse(s).success).slice(0, 50)),
  kind: many.pipe(z.array(z.string())).transform((v) =>
    v.filter(isStatementKind),
  ),
  from: statementFilterFields.from.catch(null),
  to: statementFilterFields.to.catch(null),
  q: statementFilterFields.q.catch(null),
  sort: statementFilterFields.sort.catch(null),
  cursor: statementFilterFields.cursor.catch(null),
});
export type StatementPageParams = z.infer<typeof statementPageParamsSchema>;

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
