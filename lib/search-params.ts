import { z } from "zod";
import { dayRange, isoDay, parseIsoDay } from "@/lib/domain/dates";
import { STATEMENT_SORTS } from "@/lib/domain/filters";
import { STATEMENT_KINDS } from "@/lib/domain/kinds";
import { withParams, type QueryValue } from "@/lib/urls";

// Every query string the app reads and links to, described once. Each parameter is a zod codec
// between what a URL holds (one string, a repeated one, or nothing) and its typed value: pages and
// route handlers decode with it, and links are encoded with it (hrefFor), so a parameter cannot be
// written one way and read another. The API decodes strictly (a bad value is a 400 with zod's
// issues); pages decode leniently: a bad value falls back to its default, so a mistyped parameter
// never costs the reader the page.

/** A query value as Next.js hands it to pages, and queryObject to route handlers. */
const raw = z.union([z.string(), z.array(z.string())]).optional();
type Raw = z.infer<typeof raw>;

const first = (value: Raw): string | undefined => (Array.isArray(value) ? value[0] : value);
const all = (value: Raw): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Slugs are lowercase ASCII words joined by hyphens; anything else cannot name a row. */
export const slugSchema = z.string().min(1).max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A repeatable parameter: strictly, every value must pass `item`; leniently, those that do not are dropped. */
function list<T extends string>(item: z.ZodType<T, unknown>, max: number, lenient: boolean) {
  const output = z.array(item).max(max) as z.ZodType<T[], unknown>;
  return z.codec(raw, output, {
    decode: (value) => (lenient ? all(value).filter((v) => item.safeParse(v).success).slice(0, max) : all(value)) as T[],
    encode: (values) => [...(values as T[])],
  });
}

/** How a single value is read from its text: the typed value, or why it is not one. */
type Reader<T> = (text: string) => { value: T } | { error: string };

/**
 * A single-valued parameter (the first, when repeated): `absent` when missing or blank, else what
 * `read` makes of its trimmed text; written back with `write`, and left out when it is `absent`.
 */
function one<T>(output: z.ZodType<T>, read: Reader<T>, write: (typed: T) => string): z.ZodCodec<typeof raw, z.ZodNullable<z.ZodType<T>>>;
function one<T>(output: z.ZodType<T>, read: Reader<T>, write: (typed: T) => string, absent: T): z.ZodCodec<typeof raw, z.ZodType<T>>;
function one<T>(output: z.ZodType<T>, read: Reader<T>, write: (typed: T) => string, absent: T | null = null) {
  return z.codec(raw, absent === null ? output.nullable() : output, {
    decode: (input, ctx) => {
      const text = first(input)?.trim();
      if (!text) return absent as T;
      const result = read(text);
      if ("value" in result) return result.value;
      ctx.issues.push({ code: "custom", message: result.error, input: text });
      return z.NEVER;
    },
    encode: (typed) => (typed === absent ? undefined : write(typed as T)),
  });
}

/** A reader that validates with a schema (its first issue's message when it fails). */
const by = <T>(schema: z.ZodType<T, unknown>): Reader<T> => (text) => {
  const parsed = schema.safeParse(text);
  return parsed.success ? { value: parsed.data } : { error: parsed.error.issues[0]?.message ?? "invalid value" };
};

/** One parameter: strict, or falling back to `fallback` when its value is bad. */
const either = <S extends z.ZodType>(schema: S, lenient: boolean, fallback: z.output<S>) =>
  lenient ? schema.catch(fallback) : schema;

/** A real calendar day written YYYY-MM-DD, as the number yyyymmdd. */
const readDay: Reader<number> = (text) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { error: `expected a day as YYYY-MM-DD, not "${text.slice(0, 40)}"` };
  const day = parseIsoDay(text);
  return day === null ? { error: `${text} is not a calendar day` } : { value: day };
};
const day = one(z.number().int(), readDay, isoDay);

/** A confidence from 0 to 1, written as a decimal (0.9). */
const readConfidence: Reader<number> = (text) => {
  const value = /^(?:0|1|0?\.\d{1,3}|1\.0{1,3})$/.test(text) ? Number(text) : NaN;
  return value >= 0 && value <= 1 ? { value } : { error: `expected a confidence from 0 to 1 such as 0.9, not "${text.slice(0, 40)}"` };
};
const confidence = one(z.number().min(0).max(1), readConfidence, String);

const words = (max: number) => one(z.string(), by(z.string().max(max)), String);
const cursor = (max: number) => one(z.string(), by(z.string().max(max).regex(/^[A-Za-z0-9_-]+$/)), String);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => one(z.enum(values), by(z.enum(values)), String);

/** The filters, sort and cursor of a statement list: /statements, the speaker, topic and date pages, /api/statements. */
function statementListFields(lenient: boolean) {
  return {
    q: either(words(200), lenient, null),
    speaker: list(slugSchema, 50, lenient),
    topic: list(slugSchema, 50, lenient),
    outlet: list(slugSchema, 50, lenient),
    kind: list(z.enum(STATEMENT_KINDS), 3, lenient),
    from: either(day, lenient, null),
    to: either(day, lenient, null),
    /** year=unknown: only statements whose article does not state its year (the other filters stay). */
    year: either(oneOf(["unknown"] as const), lenient, null),
    /** The least confidence of the attribution (0–1). */
    confidence: either(confidence, lenient, null),
    sort: either(oneOf(STATEMENT_SORTS), lenient, null),
    cursor: either(cursor(200), lenient, null),
  };
}

/** Pages: forgiving, a bad value falls back to "no filter" instead of an error page. */
export const statementPageParamsSchema = z.object(statementListFields(true));
export type StatementPageParams = z.infer<typeof statementPageParamsSchema>;

const count = (min: number, max: number, fallback: number) =>
  z.codec(raw, z.number().int().min(min).max(max), {
    decode: (value) => (first(value) === undefined ? fallback : Number(first(value))),
    encode: (n) => (n === fallback ? undefined : String(n)),
  });

/** The answer's format: the first of `values` unless asked for another. */
const formats = <T extends readonly [string, ...string[]]>(values: T) => one(z.enum(values), by(z.enum(values)), String, values[0]);

/**
 * A page size. Absent (null), JSON answers its usual page and a CSV or JSON Lines download holds every
 * row: a researcher's export never stops silently at a page.
 */
const pageSize = z.codec(raw, z.number().int().min(1).max(500).nullable(), {
  decode: (value) => (first(value) === undefined ? null : Number(first(value))),
  encode: (n) => (n === null ? undefined : String(n)),
});

/** How an API list answers: JSON pages, or a CSV / JSON Lines download. */
export const API_FORMATS = ["json", "csv", "jsonl"] as const;

/** A date range that ends before it starts holds no day: said, not answered with nothing. */
function reversedRange(value: { from: number | null; to: number | null }, ctx: z.RefinementCtx): void {
  if (value.from !== null && value.to !== null && value.from > value.to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "the range ends before it starts: `to` is before `from`" });
  }
}

const statementApiFields = { ...statementListFields(false), limit: pageSize, format: formats(API_FORMATS) };

/** The API: strict, a bad value is a 400 with zod's issues. */
export const statementApiParamsSchema = z.object(statementApiFields).superRefine(reversedRange);
export type StatementApiParams = z.infer<typeof statementApiParamsSchema>;

/** /statements/feed.xml: a list's filters (no sort or cursor: a feed is its newest entries), strict. */
const statementFeedFields = z.object(statementListFields(false)).omit({ sort: true, cursor: true });
export const statementFeedParamsSchema = statementFeedFields.superRefine(reversedRange);

/**
 * `base` with the query string that `schema` decodes back to `value`: parameters in the schema's
 * order, empty ones left out.
 */
export function hrefFor<S extends z.ZodObject>(schema: S, base: string, value: z.output<S>): string {
  return withParams(base, z.encode(schema, value) as Record<string, QueryValue>);
}

/** A link to a statement list with these filters (any left out are empty). */
export function statementsHref(base: string, query: Partial<StatementPageParams>): string {
  return hrefFor(statementPageParamsSchema, base, { ...EMPTY_LIST_QUERY, ...query });
}

const EMPTY_LIST_QUERY: StatementPageParams = {
  q: null, speaker: [], topic: [], outlet: [], kind: [], from: null, to: null, year: null, confidence: null, sort: null, cursor: null,
};

/** The Atom feed of a statement list's filters. */
export function statementsFeedHref(base: string, query: Partial<StatementPageParams>): string {
  const { sort: _sort, cursor: _cursor, ...filters } = { ...EMPTY_LIST_QUERY, ...query };
  return hrefFor(statementFeedFields, base, filters);
}

/** The download of a statement list (every row: no limit) in `format`. */
export function statementsDownloadHref(base: string, query: Partial<StatementPageParams>, format: (typeof API_FORMATS)[number]): string {
  return hrefFor(z.object(statementApiFields), base, { ...EMPTY_LIST_QUERY, cursor: null, ...query, limit: null, format });
}

/**
 * What a page could not use of its query string, in words for the reader: a date that is not one
 * (the page shows everything else it was asked for), a range that ends before it starts.
 */
export function statementParamProblems(query: Record<string, Raw>): string[] {
  const problems: string[] = [];
  const days: Record<"from" | "to", number | null> = { from: null, to: null };
  for (const key of ["from", "to"] as const) {
    const text = first(query[key])?.trim();
    if (!text) continue;
    const read = readDay(text);
    if ("value" in read) days[key] = read.value;
    else problems.push(`“${text.slice(0, 40)}” is not a date (${key === "from" ? "From" : "To"}): write it as YYYY-MM-DD, e.g. 2016-05-16. It is not applied.`);
  }
  if (days.from !== null && days.to !== null && days.from > days.to) {
    problems.push("This date range ends before it starts, so no statement can lie inside it: swap From and To.");
  }
  const least = first(query.confidence)?.trim();
  if (least && "error" in readConfidence(least)) {
    problems.push(`“${least.slice(0, 40)}” is not a confidence: write one from 0 to 1, e.g. 0.9. It is not applied.`);
  }
  return problems;
}

/** /api/speakers: strict. */
export const speakerApiParamsSchema = z.object({ q: words(200), cursor: cursor(400), limit: pageSize, format: formats(API_FORMATS) });

/** /speakers: forgiving. */
export const speakerPageParamsSchema = z.object({ q: either(words(200), true, null), cursor: either(cursor(400), true, null) });
export type SpeakerPageParams = z.infer<typeof speakerPageParamsSchema>;

/** A page of /speakers. */
export const speakersHref = (base: string, query: Partial<SpeakerPageParams>): string =>
  hrefFor(speakerPageParamsSchema, base, { q: null, cursor: null, ...query });

/** The download of the speakers named like `q` (all of them when null). */
export const speakersDownloadHref = (base: string, q: string | null, format: (typeof API_FORMATS)[number]): string =>
  hrefFor(speakerApiParamsSchema, base, { q, cursor: null, limit: null, format });

/** /topics: forgiving. */
export const topicPageParamsSchema = z.object({ q: either(words(200), true, null), cursor: either(cursor(400), true, null) });
export type TopicPageParams = z.infer<typeof topicPageParamsSchema>;

/** A page of /topics. */
export const topicsHref = (base: string, query: Partial<TopicPageParams>): string =>
  hrefFor(topicPageParamsSchema, base, { q: null, cursor: null, ...query });

/** /api/topics: strict; every topic named like `q`. */
export const topicApiParamsSchema = z.object({ q: words(200), format: formats(["json", "csv"] as const) });

export const articleListParamsSchema = z.object({
  sort: either(one(z.enum(["date", "title"]), by(z.enum(["date", "title"])), String, "date"), true, "date"),
  outlet: either(one(slugSchema, by(slugSchema), String), true, null),
  /** A year, or "unknown" for articles that do not state theirs. */
  year: either(one(z.union([z.literal("unknown"), z.number().int()]), by(z.union([z.literal("unknown"), z.coerce.number().int().min(1000).max(2999)])), String), true, null),
  page: either(count(1, 100_000, 1), true, 1),
});
export type ArticleListParams = z.infer<typeof articleListParamsSchema>;

export const articleParamsSchema = z.object({ slug: slugSchema });

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
      if (d !== undefined && parseIsoDay(value) === null) {
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
  q: either(one(z.string().max(200), by(z.string().max(200)), String, ""), true, ""),
});

export const pageApiParamsSchema = z.object({
  limit: count(1, 500, 50),
  cursor: cursor(400),
  format: formats(["json", "csv"] as const),
});


