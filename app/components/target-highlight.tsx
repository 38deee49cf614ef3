"use client";

import { useEffect } from "react";

/**
 * Marks the element the URL's #fragment names with `is-target`, as :target styles it. A full load
 * makes the browser set :target; an in-app navigation (Next.js's pushState) does not, so the statement
 * a permalink leads to would arrive unmarked: this marks it on arrival and whenever the hash changes,
 * and brings it into view.
 */
export function TargetHighlight() {
  useEffect(() => {
    let marked: Element | null = null;
    const mark = () => {
      marked?.classList.remove("is-target");
      const id = decodeURIComponent(window.location.hash.slice(1));
      marked = id ? document.getElementById(id) : null;
      if (!marked) return;
      marked.classList.add("is-target");
      if (!marked.matches(":target")) marked.scrollIntoView({ block: "center" });
    };
    mark();
    window.addEventListener("hashchange", mark);
    window.addEventListener("popstate", mark);
    return () => {
      window.removeEventListener("hashchange", mark);
      window.removeEventListener("popstate", mark);
    };
  }, []);
  return null;
}
