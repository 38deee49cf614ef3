// The reliability table: for each band of confidence, how many statements the extractor gave and
// what share of them were right (the words are a statement and the speaker shown is the right one, or
// "not identified" where the gold names nobody). Confidence means something when the share right
// in each band is at least the band's lower edge; the promise to readers is the top band: ≥ 95 %.

export interface Judged {
  confidence: number;
  right: boolean;
  /** The rule and what named the speaker ("direct-quote-before-cue", "pronoun"), for calibration. */
  rule?: string;
  evidence?: string;
  /** The words are a statement (whatever the speaker). */
  spanRight?: boolean;
  /** Whether the gold says who the speaker is, so that `right` checked it. */
  speakerChecked?: boolean;
}

/**
 * What confidence.ts is calibrated on: per rule, the share of its statements whose words are a
 * statement; per speaker evidence, the share of those (whose speaker the gold checks) with the right
 * speaker.
 */
export function calibrationLines(name: string, judged: Judged[]): string[] {
  const lines = (label: string, groups: Tally[]) => groups.map((g) => `CAL\t${name}\t${label}\t${g.group}\t${g.hit}\t${g.n}`);
  return [
    ...lines("span-by-rule", tally(judged, (j) => j.rule ?? "-", () => true, (j) => !!j.spanRight)),
    ...lines("speaker-by-evidence", speakersByEvidence(judged)),
  ];
}

export interface Tally {
  group: string;
  hit: number;
  n: number;
}

/** Among right statements whose speaker the gold checks, how many speakers are right, by what named them. */
export function speakersByEvidence(judged: Judged[]): Tally[] {
  return tally(judged, (j) => j.evidence ?? "-", (j) => !!j.spanRight && !!j.speakerChecked, (j) => j.right);
}

function tally(judged: Judged[], key: (j: Judged) => string, keep: (j: Judged) => boolean, hit: (j: Judged) => boolean): Tally[] {
  const groups = new Map<string, Tally>();
  for (const j of judged.filter(keep)) {
    const g = groups.get(key(j)) ?? { group: key(j), hit: 0, n: 0 };
    g.n++;
    if (hit(j)) g.hit++;
    groups.set(g.group, g);
  }
  return [...groups.values()].sort((a, b) => b.n - a.n);
}

export const BANDS: readonly [number, number][] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 1.0001],
];

export interface BandRow {
  band: string;
  count: number;
  right: number;
  share: number;
}

export function reliability(judged: Judged[]): BandRow[] {
  return BANDS.map(([lo, hi]) => {
    const inBand = judged.filter((j) => j.confidence >= lo && j.confidence < hi);
    const right = inBand.filter((j) => j.right).length;
    return { band: `${lo.toFixed(1)}–${Math.min(hi, 1).toFixed(1)}`, count: inBand.length, right, share: right / Math.max(1, inBand.length) };
  });
}

/** The table as text: one row per band, one column pair (count, share right) per data set. */
export function formatReliability(sets: { name: string; judged: Judged[] }[]): string {
  const tables = sets.map((s) => reliability(s.judged));
  const header = ["confidence", ...sets.map((s) => s.name.padStart(22))].join("  ");
  const rows = BANDS.map((_, i) =>
    [tables[0]![i]!.band.padEnd(10), ...tables.map((t) => `${String(t[i]!.count).padStart(6)}  ${(t[i]!.share * 100).toFixed(1).padStart(5)} % right`.padStart(22))].join("  "),
  );
  return [header, ...rows].join("\n");
}
