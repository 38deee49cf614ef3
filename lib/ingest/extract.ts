import { calibratedConfidence } from "./confidence";
import { holdsAnotherAttribution, phraseHasStrayWords } from "./doubts";
import { statementId } from "./ids";
import { extractStatements } from "./statements/extract-statements";
import { parseArticle } from "./article/parse-article";
import type { SidecarMetadata } from "./sidecar";
import { isFirstName } from "./names";
import { partitionPoint } from "./partition-point";
import { resolveSpeakers } from "./speakers/resolve-speakers";
import { autoKeyPhrases, autoTopicSlug, defaultTopics, tokenize, type Token } from "./topics";
import type { ExtractedArticle, ExtractedStatement, Paragraph } from "./types";

export interface ExtractOptions {
  /** The article's key (its file's base name): part of every statement id. */
  key: string;
  sidecar?: SidecarMetadata | null;
  /** Metadata from a saved page's markup (see parseArticle). */
  markup?: SidecarMetadata | null;
}

/** A curated topic names the whole article once it comes up this often in the body. */
const ARTICLE_TOPIC_MIN_MENTIONS = 2;

/**
 * Text in, article + statements + speakers + topics out. Statements come only from body paragraphs
 * (never related headlines or boilerplate) and only for English text.
 */
export function extractArticle(text: string, opts: ExtractOptions): ExtractedArticle {
  const article = parseArticle(text, { sidecar: opts.sidecar ?? null, markup: opts.markup ?? null });
  if (article.language !== "en") return { article, speakers: [], statements: [], topics: [], topicLabels: {} };
  return extractFromParagraphs(text, article.paragraphs, opts.key, article);
}

/** Statements, their speakers and topics, and the article's topics, from its body paragraphs. */
function extractFromParagraphs(
  text: string,
  paragraphs: Paragraph[],
  key: string,
  article: ExtractedArticle["article"],
): ExtractedArticle {
  const raw = extractStatements(text, paragraphs);
  const { speakers, assignments } = resolveSpeakers(text, paragraphs, raw);
  const matcher = defaultTopics();
  // One tokenization of the text serves statement topics, article topics and key phrases.
  const tokens: Token[] = [];
  for (const p of paragraphs) tokenize(p.text, p.start, tokens);
  const hits = matcher.find(tokens);
  // People are speakers, not topics: "donald trump" is no key phrase.
  const names = [...new Set(speakers.flatMap((sp) => [sp.name, ...sp.aliases]).map((n) => n.toLowerCase()))];
  const phrases = autoKeyPhrases(tokens, matcher).filter((ph) => !names.some((n) => n === ph || n.endsWith(ph) || ph.endsWith(n)) && !isFirstName(ph.split(" ")[0]!));
  const phraseTokens = phrases.map((ph) => ph.split(" "));
  // A Map while it fills: an object indexed by slugs built at run time costs a string-table lookup a time.
  const labels = new Map<string, string>();
  const label = (slug: string) => {
    if (!labels.has(slug)) labels.set(slug, matcher.label(slug));
  };

  const occurrences = new Map<string, number>();
  const statements: ExtractedStatement[] = raw.map((st, i) => {
    const a = assignments[i]!;
    const statementText = text.slice(st.start, st.end);
    const n = occurrences.get(statementText) ?? 0;
    occurrences.set(statementText, n + 1);
    // Topics come from the whole sentence (and the statement when it runs past it), not only the quote.
    const from = Math.min(st.context.start, st.start);
    const to = Math.max(st.context.end, st.end);
    const topics: string[] = [];
    for (let h = firstAtOrAfter(hits, from); h < hits.length && hits[h]!.start < to; h++) {
      if (hits[h]!.end > to) continue;
      for (const slug of hits[h]!.slugs) if (!topics.includes(slug)) topics.push(slug);
    }
    if (phrases.length) {
      const words: string[] = [];
      for (let t = firstAtOrAfter(tokens, from); t < tokens.length && tokens[t]!.end <= to; t++) words.push(tokens[t]!.word);
      phraseTokens.forEach((pt, k) => {
        if (containsSequence(words, pt)) topics.push(autoTopicSlug(phrases[k]!));
      });
    }
    for (const t of topics) label(t);
    return {
      id: statementId(key, statementText, n),
      start: st.start,
      end: st.end,
      text: statementText,
      kind: st.kind,
      cue: st.cue,
      speakerIndex: a.speakerIndex,
      speakerAsWritten: a.phrase ? text.slice(a.phrase.start, a.phrase.end) : st.speakerAsWritten,
      speakerSpan: a.phrase ?? st.speakerSpan,
      speakerEvidence: a.evidence,
      speakerNamedSpan: a.namedAt ?? null,
      confidence: calibratedConfidence(st.rule, a.evidence, !!a.doubted || phraseHasStrayWords(st.speakerAsWritten) || holdsAnotherAttribution(statementText, st.rule)),
      rule: st.rule,
      topics,
    };
  });

  const counts = matcher.count(article.title);
  for (const h of hits) for (const slug of h.slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const articleTopics: string[] = [];
  for (const [slug, c] of counts) if (c >= ARTICLE_TOPIC_MIN_MENTIONS) articleTopics.push(slug);
  for (const st of statements) for (const t of st.topics) if (!t.startsWith("auto-") && !articleTopics.includes(t)) articleTopics.push(t);
  for (const phrase of phrases) articleTopics.push(autoTopicSlug(phrase));
  for (const t of articleTopics) label(t);

  return { article, speakers, statements, topics: articleTopics, topicLabels: Object.fromEntries(labels) };
}

/** Index of the first item starting at or after `from` (items sorted by start). */
function firstAtOrAfter(items: ReadonlyArray<{ start: number }>, from: number): number {
  return partitionPoint(items.length, (i) => items[i]!.start < from);
}

function containsSequence(words: string[], seq: string[]): boolean {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let j = 0; j < seq.length; j++) if (words[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}
