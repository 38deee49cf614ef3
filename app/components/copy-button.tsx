"use client";

import { useState } from "react";

/**
 * Copies `text`, or the absolute URL of `path` on this site. Without JavaScript the button does
 * nothing, and what it would copy stays visible and selectable beside it.
 */
export function CopyButton({ text, path, label }: { text?: string; path?: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
    <button
      type="button"
      className="copy-button no-print"
      onClick={() => {
        const value = path ? new URL(path, window.location.href).toString() : (text ?? "");
        void navigator.clipboard.writeText(value).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}
    >
      {copied ? "Copied" : label}
    </button>
    {/* Said to screen readers too: a button's own text changing is not announced. */}
    <span className="visually-hidden" role="status" aria-live="polite">{copied ? "Copied" : ""}</span>
    </>
  );
}
