import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { blockedUntil, countEvent } from "@/lib/db/editorial/rate";

// Readers' reports of errors: no account, no captcha; a size limit, and a rate limit per address.

/** Reports one address may file within REPORT_WINDOW_MS. */
export const REPORTS_PER_ADDRESS = 5;
export const REPORT_WINDOW_MS = 10 * 60_000;
export const MESSAGE_MAX = 2_000;

export const reportSchema = z.strictObject({
  statementId: z.string().regex(/^[a-z2-7]{12}$/, "not a statement id"),
  message: z
    .string()
    .trim()
    .min(3, "say what is wrong")
    .max(MESSAGE_MAX, `at most ${MESSAGE_MAX} characters`)
    // Stored and shown as text, never as markup; control characters (but line breaks) are dropped.
    .transform((m) => m.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")),
  contact: z.string().trim().max(200, "at most 200 characters").optional(),
});

export class ReportRefused extends Error {
  constructor(
    readonly status: 400 | 404 | 429,
    message: string,
    readonly retryAt: Date | null = null,
  ) {
    super(message);
    this.name = "ReportRefused";
  }
}

export async function fileReport(db: Db, input: unknown, address: string): Promise<{ id: number }> {
  const parsed = reportSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ReportRefused(400, `${issue.path.join(".") || "report"}: ${issue.message}`);
  }
  const key = `report:address:${address}`;
  const until = await blockedUntil(db, key, REPORTS_PER_ADDRESS, REPORT_WINDOW_MS);
  if (until) throw new ReportRefused(429, `too many reports from this address: try again after ${until.toISOString().slice(11, 19)} UTC`, until);
  const { statementId, message, contact } = parsed.data;
  if (!(await db.statement.findUnique({ where: { id: statementId }, select: { seq: true } }))) throw new ReportRefused(404, `no statement ${statementId}`);
  await countEvent(db, key);
  const row = await db.report.create({ data: { statementId, message, contact: contact || null }, select: { id: true } });
  return row;
}

export const resolutionSchema = z.strictObject({
  status: z.enum(["resolved", "dismissed"]),
  note: z.string().trim().min(1, "a note saying why is required").max(2_000),
});

export async function resolveReport(db: Db, id: number, editor: string, input: unknown): Promise<void> {
  const parsed = resolutionSchema.safeParse(input);
  if (!parsed.success) throw new ReportRefused(400, parsed.error.issues[0]!.message);
  const { count } = await db.report.updateMany({
    where: { id, status: "open" },
    data: { status: parsed.data.status, resolvedNote: parsed.data.note, resolvedBy: editor, resolvedAt: new Date() },
  });
  if (count === 0) throw new ReportRefused(404, `no open report ${id}`);
}

export interface ReportItem {
  id: number;
  statementId: string;
  message: string;
  contact: string | null;
  createdAt: string;
  status: string;
  resolvedBy: string | null;
  resolvedNote: string | null;
}

export async function listReports(db: Db, status: "open" | "closed", take = 100): Promise<ReportItem[]> {
  const rows = await db.report.findMany({
    where: status === "open" ? { status: "open" } : { status: { not: "open" } },
    orderBy: { id: status === "open" ? "asc" : "desc" },
    take,
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
