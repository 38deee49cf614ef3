// Applying the editors' corrections to one extracted article (the file and its checks: corrections.ts).

import type { PartialDate } from "@/lib/domain/dates";
import {
  nameKey,
  sameName,
  speakerMergeTarget,
  type AppliedCorrection,
  type Correction,
  type CorrectionsFile,
} from "./corrections";
import { speakerKey } from "./names";
import type { CorrectionNote, ExtractedArticle, ExtractedSpeaker, ExtractedStatement } from "./types";

export interface CorrectedArticle {
  extracted: ExtractedArticle;
  applied: AppliedCorrection[];
}

type MergeTarget = ReturnType<typeof speakerMergeTarget>;

/** The copy of an article that corrections change. */
interface Draft {
  article: ExtractedArticle["article"];
  speakers: ExtractedSpeaker[];
  statements: ExtractedStatement[];
}

/**
 * Applies every correction that concerns article `key` to a copy of `extracted` (the input is not
 * changed). Order: speaker merges, then statement fixes, then article metadata.
 */
export function applyCorrections(key: string, extracted: ExtractedArticle, corrections: CorrectionsFile): CorrectedArticle {
  const draft = copyOf(extracted);
  const applied: AppliedCorrection[] = [];
  const referencedBefore = new Set(draft.statements.map((statement) => statement.speakerIndex));
  const mergeTarget = speakerMergeTarget(corrections);
  applyMerges(draft, corrections, mergeTarget, applied);
  applyStatementFixes(draft, corrections, mergeTarget, applied);
  applyArticleFixes(draft, key, corrections, applied);

  // Speakers that only existed through statements an editor moved or dropped were mistakes.
  const referencedAfter = new Set(draft.statements.map((statement) => statement.speakerIndex));
  const orphaned = new Set(
    draft.speakers.map((_, index) => index).filter((index) => referencedBefore.has(index) && !referencedAfter.has(index)),
  );
  const { speakers, statements } = removeSpeakers(draft.speakers, draft.statements, orphaned);

  const { article } = draft;
  for (const statement of statements) if (statement.corrections === undefined) delete statement.corrections;
  if (article.corrections === undefined) delete article.corrections;
  return { extracted: { ...extracted, article, speakers, statements }, applied };
}

function copyOf(extracted: ExtractedArticle): Draft {
  return {
    speakers: extracted.speakers.map((speaker) => ({ ...speaker, aliases: [...speaker.aliases] })),
    statements: extracted.statements.map((statement) => ({
      ...statement,
      corrections: statement.corrections ? [...statement.corrections] : undefined,
    })),
    article: {
      ...extracted.article,
      published: { ...extracted.article.published },
      provenance: { ...extracted.article.provenance },
      corrections: extracted.article.corrections ? [...extracted.article.corrections] : undefined,
    },
  };
}

/**
 * Merges: rename speakers to their canonical name, then fold speakers that now share a name. Only the
 * speaker's name (its fullest form, as pages show it) is matched, not its aliases, so a merge of a
 * short form can never replace a fuller name — and ingest, merging across the corpus with
 * speakerMergeTarget(), sees the same names.
 */
function applyMerges(draft: Draft, corrections: CorrectionsFile, mergeTarget: MergeTarget, applied: AppliedCorrection[]): void {
  const { speakers, statements } = draft;
  const indexOf = new Map(corrections.corrections.map((correction, index) => [correction, index]));
  speakers.forEach((speaker, speakerIndex) => {
    const merge = mergeFor(corrections, speaker);
    if (!merge) return;
    const target = mergeTarget(merge.into);
    if (sameName(target, speaker.name)) return;
    speaker.aliases = uniqueNames([...speaker.aliases, speaker.name].filter((alias) => !sameName(alias, target)));
    speaker.name = target;
    const record = noteFor(merge, "speaker");
    applied.push({ index: indexOf.get(merge)!, op: merge.op, target: merge.from, ...record });
    for (const statement of statements) if (statement.speakerIndex === speakerIndex) addNote(statement, record);
  });
  ({ speakers: draft.speakers, statements: draft.statements } = foldSameNamedSpeakers(speakers, statements));
}

/**
 * Why a statement cannot take the span start..end, or null when it can: the words must lie inside the
 * paragraph the statement stands in and overlap no other statement of the article.
 */
export function spanProblem(
  article: Pick<ExtractedArticle["article"], "paragraphs">,
  statements: readonly { id: string; start: number; end: number }[],
  statementId: string,
  start: number,
  end: number,
): string | null {
  const statement = statements.find((s) => s.id === statementId);
  if (!statement) return "no such statement in this article";
  const paragraph = article.paragraphs.find((p) => p.start <= statement.start && statement.start < p.end);
  if (!paragraph || start < paragraph.start || end > paragraph.end) return "the words must stay inside the statement's paragraph";
  const other = statements.find((s) => s.id !== statementId && s.start < end && start < s.end);
  if (other) return "the words would overlap another statement";
  return null;
}

/** Statement fixes: reassigned or split-off speakers, dropped statements, kinds, spans. */
function applyStatementFixes(draft: Draft, corrections: CorrectionsFile, mergeTarget: MergeTarget, applied: AppliedCorrection[]): void {
  const { speakers, statements } = draft;
  corrections.corrections.forEach((correction, index) => {
    if (!("statement" in correction)) return;
    const position = statements.findIndex((statement) => statement.id === correction.statement);
    if (position < 0) return;
    const statement = statements[position]!;
    if (correction.op === "drop-statement") {
      statements.splice(position, 1);
      applied.push({ index, op: correction.op, target: correction.statement, ...noteFor(correction, "statement") });
      return;
    }
    if (correction.op === "set-kind") {
      statement.kind = correction.kind;
      const record = noteFor(correction, "kind");
      addNote(statement, record);
      applied.push({ index, op: correction.op, target: correction.statement, ...record });
      return;
    }
    if (correction.op === "set-span") {
      // A span that no longer fits (the article's text changed since) is left unapplied, and ingest says so.
      if (spanProblem(draft.article, statements, statement.id, correction.start, correction.end) !== null) return;
      const paragraph = draft.article.paragraphs.find((p) => p.start <= correction.start && correction.end <= p.end)!;
      statement.start = correction.start;
      statement.end = correction.end;
      statement.text = paragraph.text.slice(correction.start - paragraph.start, correction.end - paragraph.start);
      const record = noteFor(correction, "words");
      addNote(statement, record);
      applied.push({ index, op: correction.op, target: correction.statement, ...record });
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
    // Where the article named the extracted speaker is no evidence for the editor's.
    if (statement.speakerNamedSpan) statement.speakerNamedSpan = null;
    // An editor has vouched for the speaker.
    statement.confidence = 1;
    const record = noteFor(correction, "speaker");
    addNote(statement, record);
    applied.push({ index, op: correction.op, target: correction.statement, ...record });
  });
}

/** Article metadata: a date's parts, title, outlet, byline, dateline, URLs. */
function applyArticleFixes(draft: Draft, key: string, corrections: CorrectionsFile, applied: AppliedCorrection[]): void {
  const { article } = draft;
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
}

/**
 * The merge correction (with its note) that renames `speaker`, if any: one whose `from` is the
 * speaker's name, or a spelling the corpus files under the same speaker (Makey, Makei; Sergei,
 * Sergey: speakerKey), since `from` is the name the speaker's page shows.
 */
function mergeFor(corrections: CorrectionsFile, speaker: ExtractedSpeaker) {
  const merges = corrections.corrections.filter((c): c is Extract<Correction, { op: "merge-speakers" }> => c.op === "merge-speakers");
  const key = speakerKey(speaker.name, speaker.kind);
  return merges.find((m) => sameName(m.from, speaker.name)) ?? merges.find((m) => speakerKey(m.from, speaker.kind) === key);
}

/** An article named as corrections name it: a key, or a file name with its folder and ".txt". */
export function articleKeyOf(value: string): string {
  return (value.split(/[\\/]/).pop() ?? value).replace(/\.txt$/i, "");
}

function sameArticle(a: string, b: string): boolean {
  return articleKeyOf(a) === articleKeyOf(b);
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
