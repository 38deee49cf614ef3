"use client";

import { useState } from "react";
import { postJson } from "./post-json";

/** "Report an error": a reader tells the editors what is wrong with a statement. No account needed. */
export function ReportError({ statementId }: { statementId: string }) {
  const [state, setState] = useState<{ sent: boolean; error: string | null; busy: boolean }>({ sent: false, error: null, busy: false });
  if (state.sent) return <p className="notice" role="status">Thank you: the editors will look at your report.</p>;
  return (
    <details className="report-error no-print">
      <summary>Report an error</summary>
      <form
        className="editor-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          setState({ sent: false, error: null, busy: true });
          void postJson("/api/reports", { statementId, message: String(form.get("message") ?? ""), contact: String(form.get("contact") ?? "") || undefined }).then((r) =>
            setState(r.ok ? { sent: true, error: null, busy: false } : { sent: false, error: r.error, busy: false }),
          );
        }}
      >
        <label>
          What is wrong (a wrong speaker, words cut short, not a statement…)
          <textarea name="message" required minLength={3} maxLength={2000} rows={3} />
        </label>
        <label>
          Your e-mail address, if you would like an answer (optional)
          <input name="contact" type="email" maxLength={200} />
        </label>
        <button type="submit" disabled={state.busy}>Send report</button>
        {state.error && <p className="notice" role="alert">Not sent: {state.error}</p>}
      </form>
    </details>
  );
}
