import { dateOfSort, dayRange } from "@/lib/domain/dates";

// The statement columns: the few columns that filters and facets read (speaker, outlet, kind, year,
// period, topics, and the sort keys), held in typed arrays indexed by Statement.seq, as a search
// engine holds doc values. A search for a common word matches a large share of the corpus, and
// counting its facets in SQL costs about a hundred times what counting them in these arrays does, for
// about 40 bytes a statement (figures: docs/performance.md). The engine reads them (Engine.readStatementColumns) through ColumnsBuilder.

/** dateSort of a statement whose year is not stated. */
export const NO_DATE = -1;

/** id → slug and label of one named dimension (speakers, topics, outlets); ids are small integers. */
export interface Names {
  slugs: (string | undefined)[];
  labels: (string | undefined)[];
  bySlug: Map<string, number>;
}

export interface StatementColumns {
  /** The database (its URL) and corpus version the arrays were read from. */
  url: string;
  version: number;
  /** One past the highest seq: every array below has this length (topicStart one more). */
  size: number;
  /** 0 where no statement has the seq. */
  article: Int32Array;
  position: Int32Array;
  /** 0: none. */
  speaker: Int32Array;
  outlet: Int32Array;
  /** Index into `kinds`. */
  kind: Uint8Array;
  kinds: string[];
  /** 0: not stated. */
  year: Int16Array;
  /** NO_DATE when the year is not stated; then dateFrom and dateTo are NO_DATE too. */
  dateSort: Int32Array;
  dateFrom: Int32Array;
  dateTo: Int32Array;
  /** The topics of seq r are topicIds[topicStart[r]] up to (not including) topicIds[topicStart[r + 1]]. */
  topicStart: Int32Array;
  topicIds: Int32Array;
  speakers: Names;
  topics: Names;
  outlets: Names;
  /** Bytes the typed arrays hold. */
  bytes: number;
}

/** One statement as the builder takes it: seq, articleId, position, speakerId, outletId, kind, dateSort. */
export type StatementRow = [number, number, number, number | null, number | null, string, number | null];

/**
 * The year and known period of a dateSort (yyyymmdd, month and day 00 when not stated). Statement's
 * publishedYear, dateFrom and dateTo are written from the same article date, so they need not be
 * read: the engine's scan stays on an index a fifth the size of the table, twice as fast.
 */
function periodOf(sort: number): { year: number; from: number; to: number } {
  const range = dayRange(dateOfSort(sort))!;
  return { year: Math.floor(sort / 10_000), from: range.from, to: range.to };
}

/**
 * Fills the arrays of `size` statements (one past the highest seq) and `links` topic links: the
 * engine hands it every statement, then every topic link in seq order, then the names.
 */
export class ColumnsBuilder {
  private readonly c;
  private readonly kinds: string[] = [];
  private readonly kindIndex = new Map<string, number>();
  private nextStart = 0;
  private links = 0;

  constructor(
    private readonly size: number,
    linkCount: number,
  ) {
    this.c = {
      article: new Int32Array(size),
      position: new Int32Array(size),
      speaker: new Int32Array(size),
      outlet: new Int32Array(size),
      kind: new Uint8Array(size),
      year: new Int16Array(size),
      dateSort: new Int32Array(size).fill(NO_DATE),
      dateFrom: new Int32Array(size).fill(NO_DATE),
      dateTo: new Int32Array(size).fill(NO_DATE),
      topicStart: new Int32Array(size + 1),
      topicIds: new Int32Array(linkCount),
    };
  }

  statement([seq, articleId, position, speakerId, outletId, kind, dateSort]: StatementRow): void {
    const c = this.c;
    c.article[seq] = articleId;
    c.position[seq] = position;
    c.speaker[seq] = speakerId ?? 0;
    c.outlet[seq] = outletId ?? 0;
    let k = this.kindIndex.get(kind);
    if (k === undefined) this.kindIndex.set(kind, (k = this.kinds.push(kind) - 1));
    c.kind[seq] = k;
    if (dateSort !== null) {
      const period = periodOf(dateSort);
      c.year[seq] = period.year;
      c.dateSort[seq] = dateSort;
      c.dateFrom[seq] = period.from;
      c.dateTo[seq] = period.to;
    }
  }

  /** A topic link; links come in seq order. Returns how many links have been taken. */
  link(seq: number, topicId: number): number {
    const c = this.c;
    while (this.nextStart <= seq) c.topicStart[this.nextStart++] = this.links;
    c.topicIds[this.links++] = topicId;
    return this.links;
  }

  finish(source: { url: string; version: number; speakers: Names; topics: Names; outlets: Names }): StatementColumns {
    const c = this.c;
    while (this.nextStart <= this.size) c.topicStart[this.nextStart++] = this.links;
    const bytes = Object.values(c).reduce((sum, array) => sum + array.byteLength, 0);
    return { ...source, size: this.size, ...c, kinds: this.kinds, bytes };
  }
}

/** Names from (id, slug, label) rows. */
export function namesOf(rows: Iterable<[number, string, string]>): Names {
  const names: Names = { slugs: [], labels: [], bySlug: new Map() };
  for (const [id, slug, label] of rows) {
    names.slugs[id] = slug;
    names.labels[id] = label;
    names.bySlug.set(slug, id);
  }
  return names;
}
