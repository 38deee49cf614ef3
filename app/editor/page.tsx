import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { listReports, sessionEditor, writeDb } from "@/lib/db/editorial";
import { SESSION_COOKIE } from "@/lib/web/editor-request";
import { statementUrl } from "@/lib/urls";
import { ResolveReport, SignOutButtons } from "./forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Editor's desk", robots: { index: false } };

/** The editor's desk: readers' reports to resolve, and the audit trail of every correction. */
export default async function EditorDesk() {
  const db = writeDb();
  const editor = await sessionEditor(db, (await cookies()).get(SESSION_COOKIE)?.value);
  if (!editor) redirect("/editor/sign-in");
  const [openCount, open, closed, corrections] = await Promise.all([
    db.report.count({ where: { status: "open" } }),
    listReports(db, "open"),
    listReports(db, "closed", 20),
    db.correction.findMany({ orderBy: { id: "desc" }, take: 50 }),
  ]);
  return (
    <div className="editor-desk">
      <h1>Editor’s desk</h1>
      <p>
        Signed in as <strong>{editor.email}</strong> ({editor.role}).
      </p>
      <SignOutButtons />
      <h2>Reports from readers ({openCount} open{openCount > open.length ? `, the oldest ${open.length} shown` : ""})</h2>
      {open.length === 0 ? (
        <p className="muted">No open reports.</p>
      ) : (
        <table>
          <thead>
            <tr><th>Statement</th><th>Report</th><th>Resolve</th></tr>
          </thead>
          <tbody>
            {open.map((r) => (
              <tr key={r.id} data-testid="open-report">
                <td><Link prefetch={false} href={statementUrl(r.statementId)}>{r.statementId}</Link><br /><span className="muted">{r.createdAt.slice(0, 16).replace("T", " ")}</span></td>
                <td><p style={{ whiteSpace: "pre-wrap" }}>{r.message}</p>{r.contact && <p className="muted">from {r.contact}</p>}</td>
                <td><ResolveReport id={r.id} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {closed.length > 0 && (
        <>
          <h3>Recently closed</h3>
          <ul>
            {closed.map((r) => (
              <li key={r.id}>
                <Link prefetch={false} href={statementUrl(r.statementId)}>{r.statementId}</Link>: {r.status} by {r.resolvedBy} — {r.resolvedNote}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Audit trail: the latest corrections</h2>
      <p className="muted">Every correction, with who and when; all of them: <code>npm run --silent corrections:export</code>.</p>
      {corrections.length === 0 ? <p className="muted">No corrections yet.</p> : (
      <table>
        <thead>
          <tr><th>When (UTC)</th><th>Who</th><th>What</th><th>Note</th></tr>
        </thead>
        <tbody>
          {corrections.map((c) => {
            const body = JSON.parse(c.body) as { note?: string };
            return (
              <tr key={c.id}>
                <td>{c.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                <td>{c.editor ?? "—"}</td>
                <td>{c.op} {c.statementId ? <Link prefetch={false} href={statementUrl(c.statementId)}>{c.statementId}</Link> : c.articleKey}</td>
                <td>{body.note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      )}
    </div>
  );
}
