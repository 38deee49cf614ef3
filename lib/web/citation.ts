// How a statement is cited: APA and Chicago styles, with the date the reader accessed it. Pure, so
// that the page renders it on the server and the reader's browser renders it again with today's date
// (a page is cached until the corpus changes: the server's date would go stale).
import { monthName, type PartialDate } from "@/lib/domain/dates";

export interface CitedStatement {
  text: string;
  kind: string;
  speaker: { name: string; role: string | null } | null;
  article: { title: string; outlet: string | null; sourceUrl: string | null; date: PartialDate };
  /** The statement's absolute permalink. */
  permalink: string;
}

export type CitationStyle = "APA" | "Chicago";

/** Quotation marks a statement's quoted words sit between; single marks are left alone (apostrophes). */
const QUOTED = /(?:[“"«„]|'')\s*([^“”"«»„]+?)\s*(?:[”"»“]|'')/g;

/**
 * The speaker's own words: the quoted parts of a direct or mixed statement joined by an ellipsis, so
 * that an interrupting "he said" is never inside the quotation marks, without the comma a quotation
 * ends on before its cue; null when the statement quotes nothing (reported speech).
 */
export function quotedWords(text: string): string | null {
  const parts = [...text.matchAll(QUOTED)].map((m) => m[1]!.replace(/[,;:]$/, "").trim()).filter(Boolean);
  return parts.length > 0 ? parts.join(" … ") : null;
}

/**
 * What the citation quotes, followed by `after` (Chicago's comma goes inside the closing mark): “the
 * words” for a quotation, the reported words as they are otherwise.
 */
function cited(s: CitedStatement, after = ""): string {
  const words = s.kind === "indirect" ? null : quotedWords(s.text);
  return words ? `“${words}${after}”` : `${s.text.trim().replace(/[,;:]$/, "")} [reported speech]${after}`;
}

const speakerOf = (s: CitedStatement) => (s.speaker ? `${s.speaker.name}${s.speaker.role ? ` (${s.speaker.role})` : ""}` : "Unidentified speaker");
const dayMonthYear = (d: Date) => `${monthName(d.getMonth() + 1)} ${d.getDate()}, ${d.getFullYear()}`;

/** APA's date: (2016, May 16), (2016, May), (2016), or (n.d.) when the year is not stated. */
function apaDate({ year, month, day }: PartialDate): string {
  if (year === null) return "n.d.";
  if (month === null) return String(year);
  return `${year}, ${monthName(month)}${day ? ` ${day}` : ""}`;
}

/** Chicago's date: May 16, 2016, May 2016, 2016, June 5 (no year stated), or n.d. */
function chicagoDate({ year, month, day }: PartialDate): string {
  if (month === null) return year === null ? "n.d." : String(year);
  const md = `${monthName(month)}${day ? ` ${day}` : ""}`;
  if (year === null) return md;
  return day ? `${md}, ${year}` : `${md} ${year}`;
}

/** The statement cited in one style, accessed on `accessed` (the reader's today). */
export function citation(s: CitedStatement, style: CitationStyle, accessed: Date): string {
  const { title, outlet, sourceUrl, date } = s.article;
  if (style === "APA") {
    const source = [outlet ? `${outlet}.` : null, sourceUrl].filter(Boolean).join(" ");
    return `${speakerOf(s)}. (${apaDate(date)}). ${cited(s)} [Statement reported in ${title}]. ${source ? `${source} ` : ""}Retrieved ${dayMonthYear(accessed)}, from ${s.permalink}`;
  }
  const where = [outlet, chicagoDate(date), sourceUrl].filter(Boolean).join(", ");
  return `${speakerOf(s)}, ${cited(s, ",")} quoted in “${title},” ${where}. Accessed ${dayMonthYear(accessed)}. ${s.permalink}.`;
}
