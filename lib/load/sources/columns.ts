// Which column of a table holds what: the article's text, its id, and the metadata a sidecar would
// give (title, outlet, date, byline, URL). Names are matched case-insensitively, ignoring spaces,
// dashes and underscores, so "Publication Date", "publication_date" and "publicationDate" are one;
// nested JSON fields by their dotted path ("source.name"). The first name in each list that a table
// has wins; `--map field=column` names the column outright.

export const ROW_FIELDS = ["text", "id", "title", "outlet", "outletUrl", "date", "year", "byline", "url"] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** In order of preference: the names corpora, news APIs and datasets use. */
export const COLUMN_NAMES: Record<RowField, string[]> = {
  // "article" is All the News 2.0's body column; "fields.bodyText" the Guardian API's.
  text: ["text", "content", "body", "article", "articletext", "articlebody", "story", "fulltext", "maintext", "bodytext", "fields.bodytext"],
  // "stories_id" is Media Cloud's.
  id: ["id", "key", "file", "filename", "guid", "uuid", "docid", "documentid", "articleid", "storyid", "storiesid", "itemid"],
  title: ["title", "headline", "webtitle", "fields.headline", "headline.main"],
  // "source" is a string in some exports and NewsAPI's { id, name } in others: its name then.
  outlet: ["outlet", "publisher", "source.name", "source", "publication", "site", "sitename", "newspaper", "medianame", "media.name"],
  outletUrl: ["outleturl", "publisherurl", "siteurl", "outlethomepage", "mediaurl", "media.url"],
  date: ["date", "published", "publishedat", "publishdate", "publicationdate", "publisheddate", "pubdate", "datepublished", "pubtime", "webpublicationdate", "seendate", "datetime"],
  // A separate year column (All the News has one) completes a date that lacks the year.
  year: ["year"],
  byline: ["byline", "author", "authors", "by", "writer", "creator", "byline.original"],
  url: ["url", "link", "articleurl", "permalink", "href", "weburl", "canonicalurl", "documentidentifier"],
};

export function columnKey(name: string): string {
  return name.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s_-]+/g, "");
}

/** `--map text=story,date=pubtime`: field → column, checked. */
export function parseColumnMap(spec: string): { ok: true; map: Partial<Record<RowField, string>> } | { ok: false; error: string } {
  const map: Partial<Record<RowField, string>> = {};
  for (const pair of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const match = /^([A-Za-z]+)\s*=\s*(.+)$/.exec(pair);
    const field = match ? ROW_FIELDS.find((f) => f.toLowerCase() === match[1]!.toLowerCase()) : undefined;
    if (!match || !field) return { ok: false, error: `--map takes FIELD=COLUMN pairs separated by commas, FIELD one of ${ROW_FIELDS.join(", ")} (got "${pair}")` };
    map[field] = match[2]!.trim();
  }
  return { ok: true, map };
}

export type ColumnChoice = Partial<Record<RowField, string>>;

/**
 * The column each field is read from, among a row's column names: the --map column when one is given
 * (null when the table lacks it), else the first known name the table has.
 */
export function chooseColumns(columns: readonly string[], map: ColumnChoice): { choice: ColumnChoice; missing: [RowField, string][] } {
  const byKey = new Map<string, string>();
  for (const column of columns) if (!byKey.has(columnKey(column))) byKey.set(columnKey(column), column);
  const choice: ColumnChoice = {};
  const missing: [RowField, string][] = [];
  for (const field of ROW_FIELDS) {
    const wanted = map[field];
    if (wanted !== undefined) {
      const column = byKey.get(columnKey(wanted));
      if (column === undefined) missing.push([field, wanted]);
      else choice[field] = column;
      continue;
    }
    const column = COLUMN_NAMES[field].map((name) => byKey.get(name)).find((c) => c !== undefined);
    if (column !== undefined) choice[field] = column;
  }
  // A column taken by --map is not also read as another field by its name.
  for (const field of ROW_FIELDS) {
    if (map[field] === undefined && Object.entries(map).some(([f, c]) => f !== field && choice[f as RowField] !== undefined && columnKey(c) === columnKey(choice[field] ?? ""))) {
      delete choice[field];
    }
  }
  return { choice, missing };
}
