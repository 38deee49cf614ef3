import { z } from "zod";
import { STATEMENT_KINDS } from "@/lib/domain/kinds";

// Editors' fixes of what extraction got wrong, as the corrections table holds them (lib/db/editorial)
// and as `npm run corrections:export` writes them (editorial/corrections.json), applied on every ingest
// so that fixes survive re-ingest. Statements are named by their permalink id (stable while the
// extractor finds the same words), articles by their key (file name, with or without ".txt"), speakers
// by name. Every fix carries a note, and pages show that an editor changed the value. Corrections whose
// target no longer exists are reported, never silently dropped: see unmatchedCorrections().

const NOTE_REQUIRED = "a note saying why is required";
const note = z.string({ error: NOTE_REQUIRED }).trim().min(1, NOTE_REQUIRED);
const editor = z.string().trim().min(1).optional();
/** When the correction was made (ISO 8601): the corrections table's, kept by export and import. */
const at = z.iso.datetime({ offset: true }).optional();
/** The article a statement correction was made in (its key): optional, as statement ids name one already. */
const inArticle = z.string().trim().min(1).optional();
const statementId = z.string().regex(/^[a-z2-7]{12}$/, "expected a 12-character statement id");
const articleKey = z.string().trim().min(1);
const name = z.string().trim().min(1);

const reassignSpeakerSchema = z.strictObject({
  op: z.literal("reassign-speaker"),
  statement: statementId,
  /** Name of the speaker who really said it; an existing speaker of the article (by name or alias) or a new one. */
  speaker: name,
  note,
  editor,
  at,
  article: inArticle,
});

const splitSpeakerSchema = z.strictObject({
  op: z.literal("split-speaker"),
  statement: statementId,
  /** Always a new speaker, even if the article has one by that name: two people were conflated. */
  speaker: name,
  role: z.string().trim().min(1).optional(),
  kind: z.enum(["person", "organization"]).optional(),
  note,
  editor,
  at,
  article: inArticle,
});

const dropStatementSchema = z.strictObject({
  op: z.literal("drop-statement"),
  statement: statementId,
  note,
  editor,
  at,
  article: inArticle,
});

const setKindSchema = z.strictObject({
  op: z.literal("set-kind"),
  statement: statementId,
  kind: z.enum(STATEMENT_KINDS),
  note,
  editor,
  at,
  article: inArticle,
});

/** The statement's words are article.text.slice(start, end): within its paragraph, overlapping no other statement. */
const setSpanSchema = z
  .strictObject({
    op: z.literal("set-span"),
    statement: statementId,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    note,
    editor,
    at,
    article: inArticle,
  })
  .refine((span) => span.end > span.start, { message: "end must be after start", path: ["end"] });

const setDateSchema = z.strictObject({
  op: z.literal("set-date"),
  article: articleKey,
  /** Only the given parts change: `{ "year": 2016 }` supplies a missing year and keeps month and day. */
  date: z
    .strictObject({
      year: z.number().int().min(1000).max(2999).nullable().optional(),
      month: z.number().int().min(1).max(12).nullable().optional(),
      day: z.number().int().min(1).max(31).nullable().optional(),
    })
    .refine((date) => Object.keys(date).length > 0, "give at least one of year, month, day"),
  note,
  editor,
  at,
});

const setMetadataSchema = z.strictObject({
  op: z.literal("set-metadata"),
  article: articleKey,
  title: z.string().trim().min(1).optional(),
  outlet: z.string().trim().min(1).nullable().optional(),
  outletUrl: z.url().nullable().optional(),
  byline: z.string().trim().min(1).nullable().optional(),
  dateline: z.string().trim().min(1).nullable().optional(),
  sourceUrl: z.url().nullable().optional(),
  note,
  editor,
  at,
});

const mergeSpeakersSchema = z.strictObject({
  op: z.literal("merge-speakers"),
  /** A speaker name as extraction produced it (the fullest form in its article, as pages show it)… */
  from: name,
  /** …that is the same person as this canonical name, in every article. */
  into: name,
  note,
  editor,
  at,
});

export const correctionSchema = z.discriminatedUnion("op", [
  reassignSpeakerSchema,
  splitSpeakerSchema,
  dropStatementSchema,
  setKindSchema,
  setSpanSchema,
  setDateSchema,
  setMetadataSchema,
  mergeSpeakersSchema,
]);

export const correctionsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  corrections: z.array(correctionSchema),
});

export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;

export class CorrectionsError extends Error {
  constructor(
    readonly fileName: string,
    readonly path: string,
    detail: string,
  ) {
    super(`${fileName}: ${path}: ${detail}`);
    this.name = "CorrectionsError";
  }
}

/** Parses and validates a corrections file; errors name the file and the path of the bad entry. */
export function parseCorrections(json: string, fileName: string): CorrectionsFile {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CorrectionsError(fileName, "JSON", error instanceof Error ? error.message : String(error));
  }
  const parsed = correctionsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CorrectionsError(fileName, formatPath(issue.path), issue.message);
  }
  const corrections = parsed.data.corrections;
  corrections.forEach((correction, index) => {
    if (correction.op === "merge-speakers" && sameName(correction.from, correction.into)) {
      throw new CorrectionsError(fileName, `corrections[${index}]`, "a speaker cannot be merged into itself");
    }
  });
  const cycle = findMergeCycle(corrections);
  if (cycle !== null) {
    throw new CorrectionsError(fileName, `corrections[${cycle}]`, "speaker merges form a cycle");
  }
  return parsed.data;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}

// ---------------------------------------------------------------------------------------------------
// Speaker merges across the corpus

export function nameKey(value: string): string {
  return value.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

function findMergeCycle(corrections: Correction[]): number | null {
  const edges = new Map<string, { into: string; index: number }>();
  corrections.forEach((correction, index) => {
    if (correction.op === "merge-speakers") edges.set(nameKey(correction.from), { into: nameKey(correction.into), index });
  });
  for (const start of edges.keys()) {
    const seen = new Set<string>([start]);
    let edge = edges.get(start);
    while (edge) {
      if (seen.has(edge.into)) return edge.index;
      seen.add(edge.into);
      edge = edges.get(edge.into);
    }
  }
  return null;
}

/**
 * A function giving the name a speaker is merged into (following chains: Makey → Makei → Vladimir
 * Makei), or the name itself when no merge applies. Names compare case- and space-insensitively.
 */
export function speakerMergeTarget(corrections: CorrectionsFile): (speakerName: string) => string {
  const targets = new Map<string, string>();
  for (const correction of corrections.corrections) {
    if (correction.op === "merge-speakers") targets.set(nameKey(correction.from), correction.into);
  }
  return (speakerName: string) => {
    let current = speakerName;
    // parseCorrections rejects cycles; the bound guards hand-built objects too.
    for (let hops = 0; hops <= targets.size; hops++) {
      const next = targets.get(nameKey(current));
      if (next === undefined) return current;
      current = next;
    }
    return current;
  };
}

// ---------------------------------------------------------------------------------------------------
// What was applied

export interface AppliedCorrection {
  /** Position of the correction in the file, so ingest can report the ones that never matched. */
  index: number;
  op: Correction["op"];
  /** The statement id, article key or speaker name the correction matched. */
  target: string;
  field: string;
  note: string;
  editor?: string;
}

/** Corrections that matched nothing in any article (stale statement ids, misspelt keys or names). */
export function unmatchedCorrections(corrections: CorrectionsFile, applied: Iterable<AppliedCorrection>): number[] {
  const used = new Set<number>();
  for (const correction of applied) used.add(correction.index);
  return corrections.corrections.map((_, index) => index).filter((index) => !used.has(index));
}
