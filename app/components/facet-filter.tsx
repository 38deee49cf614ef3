"use client";

import { useId, useRef, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A box that narrows a long facet to the values whose label holds what is typed, in the page as it
 * is: no request. Hidden until this script runs (without JavaScript the "Show more" list still
 * opens), it hides the facet's other values and opens the rest of the list while it holds text.
 */
export function FacetFilter({ title }: { title: string }) {
  // False in the server's HTML, true once hydrated: the box is offered only where it works.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [shown, setShown] = useState<number | null>(null);
  const box = useRef<HTMLInputElement>(null);
  const status = useId();
  const narrow = (text: string) => {
    const section = box.current?.closest("section");
    if (!section) return;
    const wanted = text.trim().toLocaleLowerCase();
    let count = 0;
    for (const item of section.querySelectorAll<HTMLElement>("li")) {
      const label = item.querySelector(".facet-label")?.textContent?.toLocaleLowerCase() ?? "";
      item.hidden = wanted !== "" && !label.includes(wanted);
      if (!item.hidden) count++;
    }
    const more = section.querySelector("details");
    if (more && wanted) more.open = true;
    setShown(wanted ? count : null);
  };
  return (
    <div className="facet-filter" hidden={!ready}>
      <input ref={box} type="search" aria-label={`Filter ${title.toLowerCase()} values`} aria-describedby={status} placeholder={`Filter ${title.toLowerCase()}s…`} onChange={(e) => narrow(e.target.value)} />
      <span id={status} className="visually-hidden" role="status" aria-live="polite">
        {shown === null ? "" : shown === 0 ? "no value matches" : `${shown} ${shown === 1 ? "value" : "values"}`}
      </span>
      {shown === 0 && <p className="facet-none">None among the most frequent.</p>}
    </div>
  );
}
