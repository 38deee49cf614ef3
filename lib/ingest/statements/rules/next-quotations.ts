// Rules for quotations with no cue of their own, which take the speaker of a statement before them:
// in the next paragraph after "X said:", or standing alone after a statement.

import type { Attribution, ParagraphScan, Reading } from "../attribution";
import { overlapsFound } from "../attribution";
import type { Quote } from "../quotes";
import type { RawStatement } from "../statement";
import { isCommonWord } from "../../common-words";

/**
 * pending: "X said:" closing the paragraph introduces a quotation in the next one. Not a statement:
 * its speaker and cue wait for directQuoteNextParagraph.
 */
export function colonBeforeQuotation(a: Attribution): Reading | null {
  const { p, sent } = a;
  if (!/:\s*$/.test(p.slice(a.cueEnd, sent.end)) || sent.end < p.trimEnd().length - 1) return null;
  return { rule: "pending", start: 0, end: p.length, confidence: 0.8 };
}

/**
 * direct-quote-next-paragraph: "Mr. Obama said:" ⏎ "“This is not who we are.”" → the quotation opening
 * the paragraph, with the speaker and cue of the colon before it.
 */
export function directQuoteNextParagraph(scan: ParagraphScan, pending: RawStatement | null): RawStatement | null {
  const q = scan.doubles[0];
  if (!pending || !q || scan.p.slice(0, q.open).trim() !== "") return null;
  const { base } = scan;
  return {
    start: base + q.open,
    end: base + q.close,
    kind: "direct",
    cue: pending.cue,
    cueSpan: pending.cueSpan,
    speakerAsWritten: pending.speakerAsWritten,
    speakerSpan: pending.speakerSpan,
    speakerMode: pending.speakerMode,
    confidence: 0.8,
    rule: "direct-quote-next-paragraph",
    context: { start: base + q.open, end: base + q.close },
  };
}

/**
 * direct-quote-continuation: a quotation of three words or more that is a sentence of its own, after a
 * statement with a speaker, in the same paragraph or (when none stands before it in this one) the one
 * before.
 * "“We will win,” Trump said." ⏎ "“And we will win big, believe me.”" → the second quotation, Trump's.
 */
export function directQuoteContinuation(scan: ParagraphScan, q: Quote, previous: RawStatement | null, lastSentenceBefore: { start: number; text: string } | null = null): RawStatement | null {
  const { p, base, local } = scan;
  if (overlapsFound(scan, q.open, q.close)) return null;
  const words = p.slice(q.open, q.close).split(/\s+/).length;
  if (words < 3) return null;
  // (The one that ends last before it: statements are kept in the order their cues were read.)
  const prevInPara = local.filter((st) => st.end - base <= q.open).reduce<RawStatement | undefined>((a, st) => (!a || st.end > a.end ? st : a), undefined);
  // The statement before is the previous paragraph's when nothing found in this one comes first.
  const prev = prevInPara ?? (previous && !local.some((st) => st.start - base < q.open) ? previous : null);
  // "Hewitt was in no doubt about the surface: “It is poor.”": a colon after no cue, in one sentence.
  const within = scan.sentences.find((sn) => sn.start < q.open && sn.end > q.open);
  const colonLabel = within ? namedBeforeColon(p.slice(within.start, q.open)) : null;
  if (within && colonLabel) return quotedAfterName(scan, q, colonLabel[1]!, base + within.start);
  if (!scan.sentences.some((sn) => sn.start === q.open)) return null;
  // "“Would it be negotiable?” Hannity pressed.": a name and a verb after the quotation say who
  // spoke, whatever the verb; no one goes on.
  const after = NAME_THEN_VERB.exec(p.slice(q.close));
  if (after) return quotedAfterName(scan, q, after[1]!, base + q.close + after[0].indexOf(after[1]!));
  // "Mr Vance, who grew up in Lima, agreed. “If I have to save pesos…”": the sentence just
  // before names who the quotation is from.
  const before = scan.sentences.filter((sn) => sn.end <= q.open && (!prevInPara || sn.start >= prevInPara.end - base)).pop();
  // ("Hewitt was unimpressed. ¶ “It is poor.”": a paragraph the quotation opens, the last sentence
  // of the paragraph before, when no statement ended it.)
  const introducer = before ? { start: base + before.start, text: p.slice(before.start, before.end) } : lastSentenceBefore && !prevInPara && !p.slice(0, q.open).trim() && (!previous || previous.end < lastSentenceBefore.start) ? lastSentenceBefore : null;
  const introduced = introducer ? QUOTE_INTRODUCER.exec(introducer.text) ?? namedBeforeColon(introducer.text) : null;
  if (introducer && introduced) return quotedAfterName(scan, q, introduced[1]!, introducer.start);
  if (!prev || !prev.speakerAsWritten) return null;
  // "And he hit back at Labour claims he had used her as a “human shield”. “She's not a human
  // shield.”": the claims are the object of the sentence's own subject, who answers them.
  const answered = prevInPara ? answeringSubject(p, scan.sentences, prevInPara, base) : null;
  if (answered) return quotedAfterName(scan, q, answered.name, base + answered.at);
  // "Kingsbridge manager Marco Delgado had little sympathy for his opposite number. “For me it's a
  // penalty.”": a paragraph that opens on someone newly named is not the last paragraph's speaker
  // going on.
  if (!prevInPara && before && NAME_OPENS.test(p.slice(before.start, before.end)) && !p.slice(before.start, before.end).includes(prev.speakerAsWritten)) return null;
  // ('"…," said Nadal. US coach Patrick McEnroe wants them to play on clay. “I think it will help…”':
  // nor, inside a paragraph, is a quotation after such a sentence that does not name the speaker;
  // the one it opens on is.)
  const opening = prevInPara && before ? NAME_OPENS.exec(p.slice(before.start, before.end)) : null;
  if (opening && !opening[0].includes(prev.speakerAsWritten.split(/\s+/).at(-1)!) && !p.slice(before!.start, before!.end).includes(prev.speakerAsWritten)) {
    return quotedAfterName(scan, q, opening[0].replace(/\s+\p{Ll}$/u, ""), base + before!.start);
  }
  return {
    ...prev,
    start: base + q.open,
    end: base + q.close,
    kind: "direct",
    cue: null,
    cueSpan: null,
    speakerMode: "previous",
    confidence: 0.6,
    rule: "direct-quote-continuation",
    context: { start: base + q.open, end: base + q.close },
  };
}

/** " Hannity pressed.", " Mr Dale answered.": a name and a past tense closing the quotation's sentence. */
const NAME_THEN_VERB = /^\s+((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+[a-z]+ed\s*[.!]/u;

/** The quotation `q`, spoken by the name that opens the sentence at `sentenceStart` (a source offset). */
function quotedAfterName(scan: ParagraphScan, q: Quote, name: string, sentenceStart: number): RawStatement {
  return {
    start: scan.base + q.open,
    end: scan.base + q.close,
    kind: "direct",
    cue: null,
    cueSpan: null,
    speakerAsWritten: name,
    speakerSpan: { start: sentenceStart, end: sentenceStart + name.length },
    speakerMode: "phrase",
    confidence: 0.6,
    rule: "direct-quote-continuation",
    context: { start: sentenceStart, end: scan.base + q.close },
  };
}

/**
 * A sentence that only says someone agrees, or how they spoke, before their quotation: "Mr Vance,
 * who grew up in Lima, agreed.", "Ms Hale was blunt." The name is the speaker.
 */
const QUOTE_INTRODUCER =
  /^((?:\p{Lu}\p{Ll}+(?:\s+[\p{Ll}-]+){0,3}\s+(?=\p{Lu}))?(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?:,[^,]{1,150},)?\s+(?:(?:also|too|readily|quickly)\s+)?(?:(?:was|is)\s+(?:also\s+|equally\s+)?(?:keen|quick|eager|anxious|careful|reluctant|determined|at\s+pains)\s+(?:not\s+)?to\b[^.!?]{0,50}|(?:was|is)\s+full\s+of\s+praise\b|(?:paid|pays)\s+tribute\b|agreed|agrees|disagreed|disagrees|concurred|concurs|went further|goes further|(?:sees|saw) (?:it|things) differently|(?:took|takes) a (?:different|similar|harder|softer) (?:view|line)|(?:had|has) other ideas|was (?:also |more |less |equally |even more |far |not )*(?:sure|positive|sceptical|skeptical|dismissive|hopeful|bullish|gloomy|blunt|optimistic|pessimistic|adamant|defiant|unrepentant|cautious|upbeat|confident|scathing|critical|forthright|candid|emphatic|philosophical|realistic|delighted|disappointed|unimpressed|impressed|furious|angry|unhappy|pleased|frustrated|relieved|in no doubt|unequivocal))\b[^.!?]{0,40}[.!?:]?\s*$/u;

/** "Hewitt was in no doubt about the surface:": a sentence that opens on a name and ends on a colon, with no cue. */
const NAME_THEN_COLON = /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?:,[^,]{1,150},)?\s+(?:was|is|were|are|had|has|did|does)\b[^.!?:“”"]{1,120}:\s*$/u;

/** NAME_THEN_COLON's match, when its name is no word of English ("Respondents are obliged to disclose:"). */
function namedBeforeColon(text: string): RegExpExecArray | null {
  const m = NAME_THEN_COLON.exec(text);
  // ("Mr Dean is confident though:": after an honorific, a word is a name.)
  return m && (/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.?\s/.test(m[1]!) || !isCommonWord(m[1]!.split(/\s+/)[0]!.toLowerCase())) ? m : null;
}

/** A sentence opening on a full name, maybe after what the person is: "Kingsbridge manager Marco Delgado had…". */
const NAME_OPENS = /^(?!(?:The|A|An|In|On|At|By|For|But|And|Or|So|This|That|These|Those|It|He|She|They|We|His|Her|Its|Their|Our|After|Before|When|While|As|If)\s)(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}[\p{Ll}-]+\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+)+\s+\p{Ll}/u;

/** Lower-case words a speaker's label before a colon may hold: what the person is, and joining words. */
const LABEL_WORD = /^(?:assistant|deputy|vice|former|shadow|senior|caretaker|interim|acting|team|club|boss|manager|coach|captain|skipper|striker|midfielder|defender|goalkeeper|keeper|winger|forward|player|star|chairman|chairwoman|chief|executive|director|spokesman|spokeswoman|spokesperson|minister|secretary|president|leader|head|analyst|economist|professor|singer|actor|actress|presenter|of|the|and|for|at|de|van|von)$/;

/** A full name, a description after its comma, and a colon. */
const LABEL_WITH_APPOSITIVE = /^\s*(?:[-–—•*]\s*)?((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,3}),\s+([^:“”",]{2,120}?)\s*:\s*$/u;
/** A cue inside the words before the colon: the colon is that cue's ("Tom Hale, the mayor, said:"). */
const SPEECH_IN_LABEL = /\b(?:said|says|told|tells|added|adds|wrote|writes|declared|insisted|warned|explained|replied|asked|posted|tweeted)\b/;
/** Words that open a sentence, never a name: "In New York, officials were blunt:". */
const LABEL_OPENERS = /^(?:The|A|An|In|On|At|By|For|But|And|Or|So|This|That|These|Those|It|He|She|They|We|His|Her|Its|Their|Our|After|Before|When|While|As|If|From|With|Without|Under|Over|Across)\s/;

/**
 * direct-quote-after-cue, the colon its cue: a paragraph that opens with a person's name (and what
 * they are) and a colon, and then quotes them, as match reports and round-ups list reactions.
 * "- Leeds boss Kevin Kerr: “We had a great chance. “We started well.”" → the quotation to the last
 * closing mark of the paragraph.
 */
export function directQuoteAfterLabel(scan: ParagraphScan): RawStatement | null {
  const { p, base, doubles } = scan;
  const q = doubles[0];
  if (!q) return null;
  const beforeQuote = p.slice(0, q.open);
  if (!beforeQuote.trimEnd().endsWith(":")) return null;
  // "Tuan Nguyen-Pham, a former PTA president:", "Rosalind Achter, whose twins are in third grade:":
  // a full name and what the person is, between its comma and the colon.
  const described = LABEL_WITH_APPOSITIVE.exec(beforeQuote);
  const label = /^\s*(?:[-–—•*]\s*)?((?:[\p{L}’'.-]+\s+){0,7}\p{Lu}[\p{L}’'.-]+)\s*(:)\s*$/u.exec(beforeQuote) ?? (described && !SPEECH_IN_LABEL.test(described[2]!) && !LABEL_OPENERS.test(described[1]!) ? described : null);
  if (!label) return null;
  const words = label[1]!.split(/\s+/);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  // "Kevin Kerr:", "Leeds boss Kerr:"; never a clause ("The answer was clear:") or one bare word ("Warning:").
  if (words.some((w) => !/^\p{Lu}/u.test(w) && !LABEL_WORD.test(w)) || (capitalised.length < 2 && words.length < 2)) return null;
  const speakerStart = label[0].indexOf(label[1]!);
  const colonAt = label.index + label[0].lastIndexOf(":");
  const end = Math.max(...doubles.map((d) => d.close));
  return {
    start: base + q.open,
    end: base + end,
    kind: "direct",
    cue: ":",
    cueSpan: { start: base + colonAt, end: base + colonAt + 1 },
    speakerAsWritten: label[1]!,
    speakerSpan: { start: base + speakerStart, end: base + speakerStart + label[1]!.length },
    speakerMode: "phrase",
    confidence: 0.75,
    rule: "direct-quote-after-cue",
    context: { start: base, end: base + p.length },
  };
}

/** The subject before a verb that opens a sentence: "And he hit back at…", "Mr Howard lashed out at…". */
const SUBJECT_THEN_VERB = /^(?:(?:And|But|So|Yet|Then)\s+)?([Hh]e|[Ss]he|(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+\p{Lu}[\p{L}’'-]+|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}’'-]+)\s+(?:(?:also|then|later|swiftly|quickly)\s+)?(?:[a-z]+ed|hit|struck|shot|took)\b/u;

/**
 * Who a statement is answered by, when its speaker stands after a preposition in another's sentence
 * ("he hit back at Labour claims…", "Ms Hale rejected criticism from the union that…"): that
 * sentence's subject, with its offset in the paragraph, or null.
 */
function answeringSubject(p: string, sentences: { start: number; end: number }[], prev: RawStatement, base: number): { name: string; at: number } | null {
  if (!prev.speakerSpan) return null;
  const speakerAt = prev.speakerSpan.start - base;
  const sentence = sentences.find((sn) => sn.start <= speakerAt && sn.end > speakerAt);
  if (!sentence || !/\b(?:at|over|about|against|from|to|of)\s+$/.test(p.slice(Math.max(sentence.start, speakerAt - 10), speakerAt))) return null;
  const m = SUBJECT_THEN_VERB.exec(p.slice(sentence.start, speakerAt));
  return m ? { name: m[1]!, at: sentence.start + m[0].indexOf(m[1]!) } : null;
}
