// The typed output of the pure ingest core. Every offset is a JavaScript string index into the
// article's original text (as read with readFileSync(file, "utf8")), so `text.slice(start, end)`
// gives back exactly the words a reader sees.
import type { PartialDate } from "@/lib/domain/dates";
import type { StatementKind } from "@/lib/domain/kinds";

/** Where a metadata value came from, shown to readers so they can judge it. */
export type ValueSource = "text" | "sidecar" | "derived" | "correction";

export interface Span {
  start: number;
  end: number;
}

/** How a statement's speaker was found: a noun phrase, the subject of the sentence, or the previous speaker. */
export type SpeakerMode = "phrase" | "sentence-subject" | "previous";

/**
 * What named a statement's speaker where it stands: a name ("Sergey Lavrov", "Lufthansa"), a
 * pronoun ("he", "she"), "it" (an organisation), a description ("the minister", "the company"),
 * the statement before (a quotation that goes on), or nothing ("none": no speaker identified).
 * The confidence is calibrated on it (confidence.ts).
 */
export type SpeakerEvidence = "name" | "pronoun" | "it" | "description" | "previous" | "none";

export interface Paragraph extends Span {
  text: string;
}

/** An editor's fix applied from the corrections file (see corrections.ts), shown to readers. */
export interface CorrectionNote {
  /** The corrected field: "speaker", "published", "title"… */
  field: string;
  note: string;
  editor?: string;
}

export interface ParsedArticle {
  title: string;
  titleDerived: boolean;
  /** Where the title stands in the text; null when it came from a sidecar or was derived. */
  titleSpan?: Span | null;
  outlet: string | null;
  outletUrl: string | null;
  /** The article's own URL when known (sidecar metadata); null otherwise. */
  sourceUrl: string | null;
  /** Dateline place for display ("Moscow", "Buena Park, Calif."). */
  dateline: string | null;
  /** The dateline place as the text writes it ("MOSCOW") and where. */
  datelineAsWritten?: string | null;
  datelineSpan?: Span | null;
  byline: string | null;
  published: PartialDate;
  /** Body paragraphs only: no title line, no date line, no related headlines, no footer. */
  paragraphs: Paragraph[];
  /** "Read also"-style lists of other stories found inside the text; never body. */
  relatedHeadlines: Paragraph[];
  /** Boilerplate lines such as "Published on Cuba Si (http://cubasi.cu)". */
  boilerplate: Paragraph[];
  /** ISO 639-1 guess; statements are only extracted for "en". */
  language: string;
  /** Which of the fields above came from where (title, outlet, published, byline, sourceUrl…). */
  provenance: Record<string, ValueSource>;
  /** Editor corrections applied to the article's metadata (e.g. a supplied year). */
  corrections?: CorrectionNote[];
}

export interface ExtractedStatement extends Span {
  /** Permalink id: see statementId() in ids.ts. */
  id: string;
  text: string;
  kind: StatementKind;
  cue: string | null;
  /** Index into ExtractedArticle.speakers, or null when no speaker could be resolved. */
  speakerIndex: number | null;
  /** The words that named the speaker at this statement ("he", "the Belarusian foreign minister"). */
  speakerAsWritten: string | null;
  /** Where speakerAsWritten stands in the text, for "why was this attributed". */
  speakerSpan: Span | null;
  /** What named the speaker at this statement (a name, a pronoun, a description…). */
  speakerEvidence?: SpeakerEvidence;
  /**
   * Where the article names the speaker (the last time before the statement) when the statement's
   * own words do not ("he", "the minister", "it", a quotation that goes on): the permalink shows the
   * sentence around it as the evidence for the attribution. Null when speakerSpan already names them.
   */
  speakerNamedSpan?: Span | null;
  confidence: number;
  /** Machine name of the rule that produced the statement, e.g. "direct-quote-split". */
  rule: string;
  topics: string[];
  /** Editor corrections applied to this statement (e.g. a reassigned speaker). */
  corrections?: CorrectionNote[];
}

export interface ExtractedSpeaker {
  /** Fullest form of the name in the article ("Sergey Lavrov"). */
  name: string;
  /** Other forms seen (Makey, Sergei Lavrov, Lavrov…). */
  aliases: string[];
  role: string | null;
  kind: "person" | "organization";
}

export interface ExtractedArticle {
  article: ParsedArticle;
  speakers: ExtractedSpeaker[];
  statements: ExtractedStatement[];
  /** Topic slugs of the whole article. */
  topics: string[];
  /** Label of every topic slug used above or on a statement (curated and automatic key phrases). */
  topicLabels?: Record<string, string>;
}
