"use client";

import { useSyncExternalStore } from "react";
import { CopyButton } from "@/app/components/copy-button";
import { citation, type CitationStyle, type CitedStatement } from "@/lib/web/citation";

const STYLES: CitationStyle[] = ["APA", "Chicago"];

/** A day as yyyy-mm-dd in local time: a string, so React sees the same value all day. */
const dayOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
const noSubscription = () => () => {};

/**
 * The statement's citations. The server renders them with the day it rendered the page (`rendered`,
 * yyyy-mm-dd); the reader's browser writes in its own today, since a cached page may be days old.
 */
export function Citations({ statement, rendered }: { statement: CitedStatement; rendered: string }) {
  const day = useSyncExternalStore(noSubscription, () => dayOf(new Date()), () => rendered);
  const [y, m, d] = day.split("-").map(Number);
  const accessed = new Date(y!, m! - 1, d!);
  return (
    <>
      {STYLES.map((style) => {
        const text = citation(statement, style, accessed);
        return (
          <div key={style}>
            <h3>{style}</h3>
            <p className="citation">{text}</p>
            <p>
              <CopyButton text={text} label={`Copy ${style} citation`} />
            </p>
          </div>
        );
      })}
    </>
  );
}
