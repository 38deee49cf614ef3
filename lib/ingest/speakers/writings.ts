// What a person or a body wrote, cited as the source: "Tony Blair's entry confirms…", "her lawsuit
// says…", "his book argues…". The writer is the speaker (a body's figures and reports are read in
// resolve-phrase.ts, ownerOfFigures).

import type { Entity, Resolution } from "./registry";

/** Writings that speak for whoever wrote or filed them. */
const WRITINGS = "entry|letter|book|memoir|memoirs|autobiography|blog|column|diary|lawsuit|suit|complaint|petition|affidavit|testimony|statement|e-?mail|tweet|post|speech|submission|will";
const OWNED = new RegExp(String.raw`^(.+?)[’']s?\s+(?:(?:own|latest|new|first|recent|official|open|register|written|legal|formal)\s+)*(?:${WRITINGS})$`, "u");
// ("…suspended over posts on his blog says": a blog or a website is where someone writes, rarely who speaks.)
const PRONOUN_OWNED = /^(his|her|their)\s+(?:(?:own|latest|new|first|recent|official|open|written|legal|formal)\s+)*(?:letter|book|memoir|memoirs|autobiography|diary|lawsuit|suit|complaint|petition|affidavit|testimony|statement|e-?mail|speech|submission|will)$/iu;

/**
 * The writer of "X's letter", "his book", "her lawsuit", resolved as `resolve` reads a phrase; null
 * when the phrase is no such thing or names nobody (a writer is a person or a body, never "the
 * minister's spokesman's letter").
 */
export function ownerOfWritings(text: string, resolve: (phrase: string) => Resolution): Resolution | null {
  const pronoun = PRONOUN_OWNED.exec(text)?.[1]?.toLowerCase();
  const owner = pronoun ? { his: "he", her: "she", their: "they" }[pronoun]! : OWNED.exec(text)?.[1];
  if (!owner || /\b(?:spokes\w+|lawyers?|aides?|advisers?|officials?)$/i.test(owner)) return null;
  // "The BBC's letter" and "Tony Blair's entry" name their writer; "the letter's" names nothing more.
  if (!pronoun && !/^(?:the\s+)?\p{Lu}/u.test(owner)) return null;
  const r = resolve(owner);
  return r.entity ? { entity: r.entity, confidence: Math.min(r.confidence, 0.8) } : null;
}

/** "the lawsuit", "the new book", "the letter": a writing the article spoke of before, by its kind. */
const THE_WRITING = /^the\s+(?:(?:new|latest|first|legal|open|civil|federal|original)\s+)*(lawsuit|suit|complaint|book|memoir|memoirs|autobiography|letter)$/i;
const KINDS: Record<string, string> = { lawsuit: "lawsuit|suit|complaint", suit: "lawsuit|suit|complaint", complaint: "lawsuit|suit|complaint", book: "book|memoir|memoirs|autobiography", memoir: "book|memoir|memoirs|autobiography", memoirs: "book|memoir|memoirs|autobiography", autobiography: "book|memoir|memoirs|autobiography", letter: "letter" };
const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Sir)\.?[ \t]+)?\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*){0,3})`;
const ADJECTIVES = String.raw`(?:(?:new|latest|first|legal|open|civil|federal|\$?[\d.,]+\s*(?:m|bn|million|billion)?|[a-z]+-page)\s+)*`;

/**
 * "Ann Vale filed a lawsuit against the firm… The lawsuit says…", "his new book… the book argues":
 * the writer of the last writing of that kind the article named before `at`, as its words named them
 * ("X's", "his", "by X", "X filed/wrote a"); null when none is named or its writer resolves to nobody.
 */
export function writerOfTheWriting(text: string, at: number, source: string, resolveAt: (phrase: string, at: number) => Resolution): Resolution | null {
  const kind = THE_WRITING.exec(text.trim())?.[1]?.toLowerCase();
  if (!kind) return null;
  // ("The company named in the lawsuit denied…": a writing after a preposition is no subject.)
  if (/\b(?:in|of|by|against|from|under|over|about|with|to)\s+$/i.test(source.slice(Math.max(0, at - 12), at))) return null;
  const nouns = KINDS[kind]!;
  const before = source.slice(Math.max(0, at - 3000), at);
  const base = at - before.length;
  const patterns = [
    new RegExp(String.raw`${NAME}[’']s?\s+${ADJECTIVES}(?:${nouns})\b`, "gu"),
    new RegExp(String.raw`\b(his|her|their)\s+${ADJECTIVES}(?:${nouns})\b`, "giu"),
    new RegExp(String.raw`\b(?:${nouns})\s+(?:written\s+|filed\s+|brought\s+)?by\s+${NAME}`, "gu"),
    new RegExp(String.raw`${NAME}\s+(?:has\s+|had\s+|have\s+)?(?:filed|brought|launched|lodged|written|wrote|published|penned|sent)\s+(?:a|an|the)\s+${ADJECTIVES}(?:${nouns})\b`, "gu"),
    // "the suit, filed in Los Angeles by Ann Vale", "the book, published in May by Tom Hale".
    // (Not a letter: one written by an official is often the body's.)
    new RegExp(String.raw`\b(?:${kind === "letter" ? "(?!)" : nouns}),?\s+(?:was\s+)?(?:filed|brought|lodged|written|published|penned)\s+(?:[\p{L}\d,]+\s+){0,5}?(?:by|on\s+behalf\s+of)\s+(?:[a-z-]+\s+){0,3}${NAME}`, "gu"),
    ...(kind === "lawsuit" || kind === "suit" || kind === "complaint"
      ? // "Ann Vale is suing the firm", "Ann Vale sued the firm".
        [new RegExp(String.raw`${NAME}\s+(?:is|are|was|were|has\s+been|have\s+been)\s+suing\b|${NAME}(?:,\s+(?:who|whose)\s[^;]{0,200}?,)?\s+(?:has\s+|had\s+)?sued\b(?!\s+(?:for|by|over|in)\b)`, "gu")]
      : // "author Tom Hale", "Tom Hale, who wrote the book".
        [new RegExp(String.raw`\b[Aa]uthor\s+${NAME}|${NAME},\s+who\s+(?:wrote|has\s+written|penned)\b`, "gu")]),
  ];
  let last: { owner: string; at: number } | null = null;
  for (const re of patterns) {
    for (const m of before.matchAll(re)) {
      const owner = m[1] ?? m[2];
      if (!owner) continue;
      if (/^(?:The|A|An|This|That|It|In|On|But|And)$/.test(owner)) continue;
      const ownerAt = base + m.index + m[0].indexOf(owner);
      if (!last || ownerAt > last.at) last = { owner: { his: "he", her: "she", their: "they" }[owner.toLowerCase()] ?? owner, at: ownerAt };
    }
  }
  if (!last) return null;
  const r = resolveAt(last.owner, last.at);
  return r.entity ? { entity: r.entity, confidence: Math.min(r.confidence, 0.75) } : null;
}

/** "the study", "a new study", "the researchers", "the team": research whose findings its lead author stands for. */
const RESEARCH = /^(?:(?:a|an|the|this|their|its|new|latest|major|recent|largest|independent)\s+)*(?:study|research|researchers|team|paper|findings|review|inquiry|authors|co-authors|study[’']s\s+authors)(?:\s+(?:of|in|into|on)\s+[^,;]*)?$/i;
/** How an article names whoever led a study: "the study's lead author", "a team led by", "who led the research". */
const LED_BY = [
  new RegExp(String.raw`${NAME},\s+(?:[^.;:“”"]{0,80}?\s)?(?:the\s+(?:study|research|paper)[’']s|its)\s+(?:lead|senior|principal)\s+(?:author|researcher|investigator)\b`, "gu"),
  new RegExp(String.raw`\b[Ll]ead\s+(?:author|researcher)\s+(?:(?:Dr|Prof|Professor)\.?\s+)?${NAME}`, "gu"),
  // ("a team at the University of East Anglia (UEA) led by entomologist Dr Nkechi Eze": where it works between.)
  // ("The review, led by the senior midwife Dr Bernadette Kilbride": a review or an inquiry too, the "led by" in commas.)
  new RegExp(String.raw`\b(?:study|research|team|project|paper|work|review|inquiry)(?:\s+(?:at|from|of|in)\s+[^.;:“”"]{0,80}?)?,?\s+(?:was\s+)?(?:led|chaired)\s+by\s+(?:[a-z-]+\s+){0,3}${NAME}`, "gu"),
  new RegExp(String.raw`${NAME},\s+(?:[^.;:“”"]{0,80}?\s)?who\s+led\s+the\s+(?:study|research|team|project|work)\b`, "gu"),
];

/**
 * "the study found…" in an article that says who led it ("Dr Hannah Morgan, the study's lead author",
 * "a team led by Kwame Asante"): that person, as a reader would cite the findings; null when the
 * article names no one person so (or two).
 */
export function leadAuthor(text: string, source: string, resolveAt: (phrase: string, at: number) => Resolution): Resolution | null {
  if (!RESEARCH.test(text.trim())) return null;
  const named = new Map<string, number>();
  for (const re of LED_BY) for (const m of source.matchAll(re)) if (!named.has(m[1]!)) named.set(m[1]!, m.index + m[0].indexOf(m[1]!));
  const [only, ...more] = [...named];
  if (!only) return null;
  const r = resolveAt(only[0], only[1]);
  if (!r.entity || r.entity.kind !== "person" || more.some(([name, at]) => resolveAt(name, at).entity !== r.entity)) return null;
  return { entity: r.entity, confidence: Math.min(r.confidence, 0.75) };
}

/** The sentence before opened on a study, a paper, a survey or a lawsuit: "The study, published in…, used data from the CPSC's system. It estimated…". */
const RESEARCH_OPENED_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:The|the)\s+(?:new\s+|latest\s+|independent\s+)?(?:study|research|paper|survey|review|inquiry|lawsuit|suit|complaint))[\s,](?:[^.!?]|\.\d|(?<=\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr))\.)*[.!?]["”’]?\s+$/u;

/**
 * "The study, published in…, used data from the Consumer Product Safety Commission… It estimated
 * that…": "it" opening the next sentence is the study (resolved as `resolveAt` reads the phrase
 * there), not the body named inside the sentence; null when the sentence before opened on no such
 * thing or it names nobody.
 */
export function researchOpenedBefore(at: number, source: string, resolveAt: (phrase: string, at: number) => Resolution): Resolution | null {
  const before = source.slice(Math.max(0, at - 500), at);
  const m = RESEARCH_OPENED_BEFORE.exec(before);
  const r = m ? resolveAt(m[1]!, at - before.length + m.index + m[0].indexOf(m[1]!)) : null;
  return r?.entity ? r : null;
}

/** A page or a feed where people post: "the restaurant's Facebook page", "her Instagram account". */
const PAGE = /^(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}\d&.-]+[’']s?\s+)?(?:(?:Facebook|Twitter|Instagram|TikTok|YouTube|LinkedIn|Reddit|community|official)\s+)*(?:page|account|feed|group|forum|channel|site|website)$/u;

/**
 * "Several commenters on the restaurant's Facebook page said": the people on the page the subject
 * ends with speak (nobody named), not the page's owner nor the network.
 */
export function peopleOnAPage(text: string, at: number, source: string): boolean {
  return PAGE.test(text) && /\b[a-z]+s\s+(?:on|in)\s+$/.test(source.slice(Math.max(0, at - 40), at));
}

/** "statistics", "a new report", "figures": a publication spoken of as it is named. */
const PUBLICATION = /^(?:(?:a|an|the|new|its|latest)\s+)*(?:statistics|figures|data|research|report|survey|study|poll|analysis|findings)$/i;
/** "Symantec released ", "the Home Office published its latest ": who put the publication out, right before it. */
const PUBLISHED_BY = new RegExp(String.raw`${NAME}[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?(?:released|published|issued|produced|unveiled|compiled|carried[ \t]+out|conducted|put[ \t]+out)[ \t]+$`, "u");

/**
 * "In September Symantec released statistics which showed that…": the body or person that put out
 * the publication the statement's subject names, in the same sentence; null when none is named there.
 */
export function publishedBy(text: string, at: number, source: string, resolveAt: (phrase: string, at: number) => Resolution, organization: (name: string, at: number) => Entity): Resolution | null {
  if (!PUBLICATION.test(text.trim())) return null;
  const m = PUBLISHED_BY.exec(source.slice(Math.max(0, at - 80), at));
  if (!m) return null;
  // ("In September Symantec released": the month before the name says when.)
  const when = /^(?:(?:In|On|During|By|Since|Last|This|Next|Early|Late)[ \t]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \t]+/.exec(m[1]!)?.[0] ?? "";
  const name = m[1]!.slice(when.length);
  const nameAt = at - (m[0].length - m[0].indexOf(m[1]!)) + when.length;
  const r = resolveAt(name, nameAt);
  if (r.entity && (r.entity.kind === "organization" || r.entity.first)) return { entity: r.entity, confidence: Math.min(r.confidence, 0.8) };
  // A lone capitalised word the mentions took for a surname nobody bears with a first name, a title
  // or a sex ("Symantec released statistics"): what publishes statistics is a body.
  const lone = r.entity?.kind === "person" && !r.entity.first && !r.entity.titled && !r.entity.gender && /^\p{Lu}[\p{L}&-]+$/u.test(name);
  return lone ? { entity: organization(name, nameAt), confidence: 0.75 } : null;
}

/** "a mission timeline the company released", "a statement that the agency issued on Friday": who put a writing out, in a clause after it. */
const ISSUED_IN_CLAUSE = /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:timeline|statement|report|document|letter|memo|filing|schedule|plan|note|notice|release|presentation|summary|list|video|post|email|e-mail|estimate|analysis|study|survey|update|transcript|proposal)\s+(?:that\s+|which\s+)?((?:the|its|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,4}|he|she|they)\s+(?:had\s+|has\s+)?(?:released|issued|published|posted|put\s+out|shared|sent|filed|submitted|provided|circulated|produced|distributed)\b/u;

/**
 * "according to a mission timeline the company released before launch": the writer named in the
 * clause after the writing (resolved as `resolve` reads it); null when there is none or it names nobody.
 */
export function issuedInClause(text: string, resolve: (phrase: string) => Resolution): Resolution | null {
  const m = ISSUED_IN_CLAUSE.exec(text);
  const r = m ? resolve(m[1]!) : null;
  return r?.entity ? { entity: r.entity, confidence: Math.min(r.confidence, 0.8) } : null;
}

/** Who works with someone named just before: "…by Dr Marisa Kealoha and her colleagues found". */
const THEIR_TEAM = /^(?:his|her|their)\s+(?:colleagues|team|co-?authors|collaborators|fellow\s+researchers|research\s+team)$/i;
const NAME_AND = /((?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+and\s+$/u;

/**
 * "A study by marine biologist Marisa Kealoha and her colleagues found…": the person named before
 * "and" speaks for her team (resolved as `resolveAt` reads the name); null otherwise.
 */
export function leaderOfTeam(text: string, at: number, source: string, resolveAt: (phrase: string, at: number) => Resolution): Resolution | null {
  if (!THEIR_TEAM.test(text.trim())) return null;
  const m = NAME_AND.exec(source.slice(Math.max(0, at - 80), at));
  const r = m ? resolveAt(m[1]!, at - m[0].length) : null;
  return r?.entity?.kind === "person" ? { entity: r.entity, confidence: Math.min(r.confidence, 0.8) } : null;
}
