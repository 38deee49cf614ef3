"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { KIND_LABELS, STATEMENT_KINDS } from "@/lib/domain/kinds";
import { postJson } from "./post-json";

// The permalink's corrections, for a signed-in editor. The page itself is the same cached page every
// reader gets: this asks who is signed in (/api/editor/session, never cached) and shows the forms
// only to an editor. Hiding them is no protection: the handler checks the session again.

export interface EditorPanelProps {
  statementId: string;
  speaker: string | null;
  kind: string;
  start: number;
  end: number;
  paragraph: { start: number; end: number; text: string };
  article: { key: string; title: string; date: { year: number | null; month: number | null; day: number | null } };
}

type Entry = Record<string, unknown>;

/** One correction: its fields, a required note, and the answer. Reloads the page once it is applied. */
function CorrectionForm({ legend, build, children, after, open = false }: { legend: string; build: (form: FormData) => Entry | string; children?: ReactNode; after?: (data: Record<string, unknown>) => void; open?: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <details className="editor-correction" open={open}>
    <summary>{legend}</summary>
    <form
      className="editor-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const entry = build(form);
        if (typeof entry === "string") return setError(entry);
        setBusy(true);
        setError(null);
        void postJson("/api/editor/corrections", { ...entry, note: String(form.get("note") ?? "") }).then((r) => {
          setBusy(false);
          if (!r.ok) return setError(r.error);
          if (after) after(r.data);
          else window.location.reload();
        });
      }}
    >
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {children}
        <label>
          Note (why; shown to readers)
          <input name="note" required maxLength={1000} />
        </label>
        <button type="submit" disabled={busy}>{busy ? "Saving…" : "Save correction"}</button>
        {error && <p className="notice" role="alert">Not saved: {error}</p>}
      </fieldset>
    </form>
    </details>
  );
}

/** A speaker name box that suggests the corpus's speakers as the editor types (/api/speakers?q=). */
function SpeakerInput({ initial }: { initial: string }) {
  const [options, setOptions] = useState<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  return (
    <label>
      Speaker (a speaker of the corpus, or a new name)
      <input
        name="speaker"
        required
        maxLength={200}
        defaultValue={initial}
        list="speaker-options"
        autoComplete="off"
        onChange={(event) => {
          const q = event.currentTarget.value.trim();
          if (timer.current) clearTimeout(timer.current);
          if (q.length < 2) return;
          timer.current = setTimeout(() => {
            void fetch(`/api/speakers?q=${encodeURIComponent(q)}&limit=8`)
              .then((r) => (r.ok ? r.json() : { items: [] }))
              .then((data: { items: { name: string }[] }) => setOptions(data.items.map((i) => i.name)))
              .catch(() => {});
          }, 250);
        }}
      />
      <datalist id="speaker-options">
        {options.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </label>
  );
}

/** The statement's words, chosen by selecting them in its paragraph (or by offsets). */
function SpanInputs({ start, end, paragraph }: Pick<EditorPanelProps, "start" | "end" | "paragraph">) {
  const [span, setSpan] = useState({ start, end });
  const box = useRef<HTMLParagraphElement>(null);
  const useSelection = () => {
    const selection = window.getSelection();
    const node = box.current?.firstChild;
    if (!selection || selection.rangeCount === 0 || !node) return;
    const range = selection.getRangeAt(0);
    if (range.startContainer !== node || range.endContainer !== node || range.collapsed) return;
    setSpan({ start: paragraph.start + range.startOffset, end: paragraph.start + range.endOffset });
  };
  return (
    <>
      <p className="muted">Select the statement’s words in its paragraph, then “Use the selected words”.</p>
      <p ref={box} className="editor-paragraph" data-testid="editor-paragraph">{paragraph.text}</p>
      <button type="button" onClick={useSelection}>Use the selected words</button>
      <label>
        From offset <input name="start" type="number" min={paragraph.start} max={paragraph.end} value={span.start} onChange={(e) => setSpan({ ...span, start: Number(e.currentTarget.value) })} />
      </label>
      <label>
        to <input name="end" type="number" min={paragraph.start} max={paragraph.end} value={span.end} onChange={(e) => setSpan({ ...span, end: Number(e.currentTarget.value) })} />
      </label>
      <p>
        New words: <q data-testid="span-preview">{paragraph.text.slice(span.start - paragraph.start, span.end - paragraph.start)}</q>
      </p>
    </>
  );
}

const optionalNumber = (value: FormDataEntryValue | null) => (value === null || String(value).trim() === "" ? null : Number(value));

/** Who is signed in, asked by the browser (the page around it is the same cached page for everyone). */
function useEditor() {
  const [editor, setEditor] = useState<{ email: string; role: string } | null>(null);
  useEffect(() => {
    void fetch("/api/editor/session", { cache: "no-store" })
      .then((r) => r.json())
      .then((data: { editor: { email: string; role: string } | null }) => setEditor(data.editor))
      .catch(() => {});
  }, []);
  return editor;
}

/** On a speaker's page, for an admin: merge the speaker into another, in every article that quotes them. */
export function SpeakerMergePanel({ name }: { name: string }) {
  const editor = useEditor();
  if (editor?.role !== "admin") return null;
  return (
    <section className="editor-panel no-print" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge this speaker</h2>
      <p className="muted">
        “{name}” and the speaker named below are one person (or organisation): every statement of “{name}”, in every article, goes to the other. Applies at once; the next ingest extracts the corpus again once.
      </p>
      <CorrectionForm
        legend="Merge into"
        open
        build={(f) => ({ op: "merge-speakers", from: name, into: String(f.get("speaker") ?? "") })}
        after={() => window.location.reload()}
      >
        <SpeakerInput initial="" />
      </CorrectionForm>
    </section>
  );
}

export function EditorPanel(props: EditorPanelProps) {
  const editor = useEditor();
  if (!editor) return null;
  const { statementId, article } = props;
  return (
    <section className="editor-panel no-print" aria-labelledby="editor-panel-heading">
      <h2 id="editor-panel-heading">Correct this statement</h2>
      <p className="muted">
        Signed in as {editor.email} ({editor.role}). Each correction applies at once, is kept through re-ingest, and shows on this page with its note. <a href="/editor">Editor’s desk</a>
      </p>
      <CorrectionForm legend="Speaker" open build={(f) => ({ op: f.get("new") === "on" ? "split-speaker" : "reassign-speaker", statement: statementId, speaker: String(f.get("speaker") ?? "") })}>
        <SpeakerInput initial={props.speaker ?? ""} />
        <label className="inline">
          <input type="checkbox" name="new" /> Someone else of that name (a new speaker)
        </label>
      </CorrectionForm>
      <CorrectionForm legend="Kind" build={(f) => ({ op: "set-kind", statement: statementId, kind: String(f.get("kind")) })}>
        <label>
          Kind
          <select name="kind" defaultValue={props.kind}>
            {STATEMENT_KINDS.map((k) => (
              <option key={k} value={k}>{KIND_LABELS[k]}</option>
            ))}
          </select>
        </label>
      </CorrectionForm>
      <CorrectionForm legend="Words" build={(f) => ({ op: "set-span", statement: statementId, start: Number(f.get("start")), end: Number(f.get("end")) })}>
        <SpanInputs start={props.start} end={props.end} paragraph={props.paragraph} />
      </CorrectionForm>
      <CorrectionForm legend="Not a statement" build={() => ({ op: "drop-statement", statement: statementId })} after={() => window.location.reload()}>
        <p className="muted">Removes it from the corpus; its address then says why.</p>
      </CorrectionForm>
      <CorrectionForm legend="The article's title" build={(f) => ({ op: "set-metadata", article: article.key, title: String(f.get("title") ?? "") })}>
        <label>
          Title <input name="title" required maxLength={500} defaultValue={article.title} />
        </label>
      </CorrectionForm>
      <CorrectionForm
        legend="The article's date"
        build={(f) => {
          const date = { year: optionalNumber(f.get("year")), month: optionalNumber(f.get("month")), day: optionalNumber(f.get("day")) };
          return { op: "set-date", article: article.key, date };
        }}
      >
        <label>
          Year <input name="year" type="number" min={1000} max={2999} defaultValue={article.date.year ?? ""} />
        </label>
        <label>
          Month <input name="month" type="number" min={1} max={12} defaultValue={article.date.month ?? ""} />
        </label>
        <label>
          Day <input name="day" type="number" min={1} max={31} defaultValue={article.date.day ?? ""} />
        </label>
      </CorrectionForm>
    </section>
  );
}
