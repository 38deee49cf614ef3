// Outlets Verbatim recognises by name or code, so that an article that only says "/TASS/" or a
// sidecar that only says "nyt" still gets a readable outlet name and a homepage link. This is a
// convenience table, not a source of truth: an outlet URL stated in the text or a sidecar always wins,
// and an unknown outlet keeps the name as written with no URL. Add rows freely.

export interface KnownOutlet {
  name: string;
  url: string;
  /** Other spellings and codes (compared case-insensitively): dateline credits, PolNeAR codes. */
  aliases: string[];
}

export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  { name: "TASS", url: "https://tass.com", aliases: ["tass", "itar-tass"] },
  { name: "Cuba Si", url: "http://cubasi.cu", aliases: ["cubasi", "cuba sí"] },
  { name: "BelTA", url: "https://eng.belta.by", aliases: ["belta"] },
  { name: "Associated Press", url: "https://apnews.com", aliases: ["ap", "the associated press"] },
  { name: "Reuters", url: "https://www.reuters.com", aliases: ["thomson reuters"] },
  { name: "AFP", url: "https://www.afp.com", aliases: ["agence france-presse", "agence france presse"] },
  { name: "UPI", url: "https://www.upi.com", aliases: ["united press international"] },
  { name: "Xinhua", url: "https://english.news.cn", aliases: ["xinhua news agency", "xinhuanet"] },
  { name: "CNN", url: "https://www.cnn.com", aliases: ["cable news network"] },
  { name: "The Guardian", url: "https://www.theguardian.com", aliases: ["guardian", "the guardian"] },
  { name: "BBC News", url: "https://www.bbc.com/news", aliases: ["bbc"] },
  // PolNeAR's publisher codes (its metadata.tsv "publisher" column).
  { name: "The New York Times", url: "https://www.nytimes.com", aliases: ["nyt", "new york times"] },
  { name: "The Washington Post", url: "https://www.washingtonpost.com", aliases: ["wash-post", "washington post"] },
  { name: "Politico", url: "https://www.politico.com", aliases: ["politico"] },
  { name: "Breitbart News", url: "https://www.breitbart.com", aliases: ["breitbart"] },
  { name: "USA Today", url: "https://www.usatoday.com", aliases: ["usa-today", "usatoday"] },
  { name: "HuffPost", url: "https://www.huffpost.com", aliases: ["huff-post", "huffington post", "the huffington post"] },
  { name: "The Western Journal", url: "https://www.westernjournal.com", aliases: ["west-journal", "western journal"] },
];

const BY_KEY = new Map<string, KnownOutlet>();
for (const outlet of KNOWN_OUTLETS) {
  for (const key of [outlet.name, ...outlet.aliases]) BY_KEY.set(outletKey(key), outlet);
}

function outletKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}

/** The known outlet a name or code stands for, or null. */
export function lookupOutlet(name: string): KnownOutlet | null {
  return BY_KEY.get(outletKey(name)) ?? null;
}
