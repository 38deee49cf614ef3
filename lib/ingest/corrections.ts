import { z } from "zod";
import type { PartialDate } from "@/lib/domain/dates";
import type { CorrectionNote, ExtractedArticle, ExtractedSpeaker, ExtractedStatement } from "./types";

// Editors fix what extraction got wrong in a checked-in file (editorial/corrections.json),
// applied on every ingest so that fixes survive re-ingest. Statements are named by their permalink id
// (stable while the extractor finds the same words), articles by their key (file name without
// ".txt"), speakers by name. Every fix carries a note, and pages show that an editor changed the value.
// Corrections whose target no longer exists are reported, never silently dropped: see
// unmatchedCorrections().

const NOTE_REQUIRED = "a note saying why is required";
const note = z.string({ error: NOTE_REQUIRED }).trim().min(1, NOTE_REQUIRED);
const editor = z.string().trim().min(1).optional();
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
});

const dropStatementSchema = z.strictObject({
  op: z.literal("drop-statement"),
  statement: statementId,
  note,
  editor,
});

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
});

const mergeSpeakersSchema = z.strictObject({
  op: z.literal("merge-speakers"),
  /** A speaker name as extraction produced it (the fullest form in its article, as pages show it)… */
  from: name,
  /** …that is the same person as this canonical name, in every article. */
  into: name,
  note,
  editor,
});

export const correctionSchema = z.discriminatedUnion("op", [
  reassignSpeakerSchema,
  splitSpeakerSchema,
  dropStatementSchema,
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

export const EMPTY_CORRECTIONS: CorrectionsFile = { version: 1, corrections: [] };

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

function nameKey(value: string): string {
  return value.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

function sameName(a: string, b: string): boolean {
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

/** The merge correction (with its note) that renames `speakerName`, if any. */
function mergeFor(corrections: CorrectionsFile, speakerName: string) {
  return corrections.corrections.find(
    (correction): correction is Extract<Correction, { op: "merge-speakers" }> =>
      correction.op === "merge-speakers" && sameName(correction.from, speakerName),
  );
}

// ---------------------------------------------------------------------------------------------------
// Applying corrections to one article

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

export interface CorrectedArticle {
  extracted: ExtractedArticle;
  applied: AppliedCorrection[];
}

/**
 * Applies every correction that concerns article `key` to a copy of `extracted` (the input is not
 * changed). Order: speaker merges, then statement fixes, then article metadata.
 */
export function applyCorrections(
  key: string,
  extracted: ExtractedArticle,
  corrections: CorrectionsFile,
): CorrectedArticle {
  const applied: AppliedCorrection[] = [];
  let speakers: ExtractedSpeaker[] = extracted.speakers.map((speaker) => ({ ...speaker, aliases: [...speaker.aliases] }));
  let statements: ExtractedStatement[] = extracted.statements.map((statement) => ({
    ...statement,
    corrections: statement.corrections ? [...statement.corrections] : undefined,
  }));
  const article = {
    ...extracted.article,
    published: { ...extracted.article.published },
    provenance: { ...extracted.article.provenance },
    corrections: extracted.article.corrections ? [...extracted.article.corrections] : undefined,
  };
  const indexOf = new Map(corrections.corrections.map((correction, index) => [correction, index]));
  const referencedBefore = new Set(statements.map((statement) => statement.speakerIndex));

  // 1. Merges: rename speakers to their canonical name, then fold speakers that now share a name.
  // Only the speaker's name (its fullest form, as pages show it) is matched, not its aliases, so a
  // merge of a short form can never replace a fuller name — and ingest, merging across the corpus
  // with speakerMergeTarget(), sees the same names.
  const mergeTarget = speakerMergeTarget(corrections);
  speakers.forEach((speaker, speakerIndex) => {
    const target = mergeTarget(speaker.name);
    if (sameName(target, speaker.name)) return;
    const merge = mergeFor(corrections, speaker.name)!;
    speaker.aliases = uniqueNames([...speaker.aliases, speaker.name].filter((alias) => !sameName(alias, target)));
    speaker.name = target;
    const record = noteFor(merge, "speaker");
    applied.push({ index: indexOf.get(merge)!, op: merge.op, target: merge.from, ...record });
    for (const statement of statements) if (statement.speakerIndex === speakerIndex) addNote(statement, record);
  });
  ({ speakers, statements } = foldSameNamedSpeakers(speakers, statements));

  // 2. Statement fixes.
  corrections.corrections.forEach((correction, index) => {
    if (correction.op !== "reassign-speaker" && correction.op !== "split-speaker" && correction.op !== "drop-statement") {
      return;
    }
    const position = statements.findIndex((statement) => statement.id === correction.statement);
    if (position < 0) return;
    const statement = statements[position]!;
    if (correction.op === "drop-statement") {
      statements.splice(position, 1);
      applied.push({ index, op: correction.op, target: correction.statement, ...noteFor(correction, "statement") });
      return;
    }
    let speakerIndex =
      correction.op === "reassign-speaker"
        ? speakers.findIndex((speaker) => [speaker.name, ...speaker.aliases].some((alias) => sameName(alias, mergeTarget(correction.speaker))))
        : -1;
    if (speakerIndex < 0) {
      speakers.push({
        name: mergeTarget(correction.speaker),
        aliases: [],
        role: correction.op === "split-speaker" ? (correction.role ?? null) : null,
        kind: correction.op === "split-speaker" ? (correction.kind ?? "person") : "person",
      });
      speakerIndex = speakers.length - 1;
    }
    statement.speakerIndex = speakerIndex;
    // An editor has vouched for the speaker.
    statement.confidence = 1;
    const record = noteFor(correction, "speaker");
    addNote(statement, record);
    applied.push({ index, op: correction.op, target: correction.statement, ...record });
  });

  // 3. Article metadata.
  corrections.corrections.forEach((correction, index) => {
    if ((correction.op !== "set-date" && correction.op !== "set-metadata") || !sameArticle(correction.article, key)) return;
    if (correction.op === "set-date") {
      const published: PartialDate = { ...article.published };
      for (const part of ["year", "month", "day"] as const) {
        const value = correction.date[part];
        if (value !== undefined) published[part] = value;
      }
      article.published = published;
      article.provenance.published = "correction";
      const record = noteFor(correction, "published");
      article.corrections = [...(article.corrections ?? []), record];
      applied.push({ index, op: correction.op, target: key, ...record });
      return;
    }
    for (const field of ["title", "outlet", "outletUrl", "byline", "dateline", "sourceUrl"] as const) {
      const value = correction[field];
      if (value === undefined) continue;
      if (field === "title") {
        article.title = value ?? article.title;
        article.titleDerived = false;
      } else {
        article[field] = value;
      }
      article.provenance[field] = "correction";
      const record = noteFor(correction, field);
      article.corrections = [...(article.corrections ?? []), record];
      applied.push({ index, op: correction.op, target: key, ...record });
    }
  });

  // Speakers that only existed through statements an editor moved or dropped were mistakes.
  const referencedAfter = new Set(statements.map((statement) => statement.speakerIndex));
  const orphaned = new Set(
    speakers.map((_, index) => index).filter((index) => referencedBefore.has(index) && !referencedAfter.has(index)),
  );
  ({ speakers, statements } = removeSpeakers(speakers, statements, orphaned));

  for (const statement of statements) if (statement.corrections === undefined) delete statement.corrections;
  if (article.corrections === undefined) delete article.corrections;
  return { extracted: { ...extracted, article, speakers, statements }, applied };
}

/** Corrections that matched nothing in any article (stale statement ids, misspelt keys or names). */
export function unmatchedCorrections(corrections: CorrectionsFile, applied: Iterable<AppliedCorrection>): number[] {
  const used = new Set<number>();
  for (const correction of applied) used.add(correction.index);
  return corrections.corrections.map((_, index) => index).filter((index) => !used.has(index));
}

function sameArticle(a: string, b: string): boolean {
  const strip = (value: string) => (value.split(/[\\/]/).pop() ?? value).replace(/\.txt$/i, "");
  return strip(a) === strip(b);
}

function noteFor(correction: Correction, field: string): CorrectionNote {
  return correction.editor === undefined
    ? { field, note: correction.note }
    : { field, note: correction.note, editor: correction.editor };
}

function addNote(statement: ExtractedStatement, record: CorrectionNote): void {
  statement.corrections = [...(statement.corrections ?? []), record];
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((value) => {
    const key = nameKey(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** After merges two speakers may carry one name: keep the first, move the other's statements to it. */
function foldSameNamedSpeakers(
  speakers: ExtractedSpeaker[],
  statements: ExtractedStatement[],
): { speakers: ExtractedSpeaker[]; statements: ExtractedStatement[] } {
  const firstByName = new Map<string, number>();
  const redirect = new Map<number, number>();
  speakers.forEach((speaker, index) => {
    const key = nameKey(speaker.name);
    const first = firstByName.get(key);
    if (first === undefined) {
      firstByName.set(key, index);
      return;
    }
    const keeper = speakers[first]!;
    keeper.aliases = uniqueNames([...keeper.aliases, ...speaker.aliases].filter((alias) => !sameName(alias, keeper.name)));
    keeper.role ??= speaker.role;
    redirect.set(index, first);
  });
  for (const statement of statements) {
    if (statement.speakerIndex !== null && redirect.has(statement.speakerIndex)) {
      statement.speakerIndex = redirect.get(statement.speakerIndex)!;
    }
  }
  return removeSpeakers(speakers, statements, new Set(redirect.keys()));
}

function removeSpeakers(
  speakers: ExtractedSpeaker[],
  statements: ExtractedStatement[],
  remove: Set<number>,
): { speakers: ExtractedSpeaker[]; statements: ExtractedStatement[] } {
  if (remove.size === 0) return { speakers, statements };
  const newIndex = new Map<number, number>();
  const kept: ExtractedSpeaker[] = [];
  speakers.forEach((speaker, index) => {
    if (remove.has(index)) return;
    newIndex.set(index, kept.length);
    kept.push(speaker);
  });
  for (const statement of statements) {
    if (statement.speakerIndex === null) continue;
    statement.speakerIndex = newIndex.get(statement.speakerIndex) ?? null;
  }
  return { speakers: kept, statements };
}
