// Rules for "according to X": the source is the noun phrase after the cue, and the content is the
// rest of its sentence, on whichever side of the phrase it stands. "According to X" governs its whole
// sentence, so extract-statements.ts reads it before the sentence's other cues.

import { LISTED_NAME } from "../../name-lexicons";
import { isFirstName } from "../../names";
import { isPersonHead } from "../../speakers/resolve-role";
import type { Span } from "../../types";
import type { QuotedParagraph, Reading } from "../attribution";
import { kindOf, trimSpan, type RawStatement } from "../statement";

type SpanReading = Pick<Reading, "rule" | "start" | "end">;

interface AccordingTo {
  sent: Span;
  cueStart: number;
  cueEnd: number;
  /** The source as written, where it starts, and where its noun phrase ends. */
  source: string;
  sourceStart: number;
  phraseEnd: number;
}

/** The statement an "according to" cue attributes, or null. */
export function readAccordingTo(para: QuotedParagraph, sent: Span, cueStart: number, cueEnd: number): RawStatement | null {
  const found = accordingToSource(para.p, sent, cueStart, cueEnd);
  if (!found) return null;
  const { p } = para;
  // "She said competition between services, of which there are now 230 according to recent figures,
  // could…": inside what someone opening the sentence says, "according to" is theirs to cite. (Not
  // closing the sentence: "He told the board the mill would close, according to two directors".)
  if (SAYS_FIRST.test(p.slice(found.sent.start, found.cueStart)) && /[\p{L}\p{N}]/u.test(p.slice(found.phraseEnd, found.sent.end))) return null;
  const reading = accordingToBefore(p, found) ?? accordingToParenthetical(p, found) ?? accordingToAfter(found);
  // "“…,” he told supporters, according to state television": the quotation's speaker is named beside
  // it; "according to" says where the words were heard, not who said them.
  if (reading.rule === "according-to-after" && SPEAKER_AND_VERB.test(p.slice(found.sent.start, found.cueStart))) return null;
  return accordingToStatement(para, found, reading);
}

/** A sentence that opens on its speaker and verb of speech: "She said ", "Mr Hale told MPs ". */
const SAYS_FIRST = /^\s*(?:(?:But|And)\s+)?(?:[Hh]e|[Ss]he|[Tt]hey|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(?:also\s+)?(?:said|says|told\s+(?:\p{Ll}+|\p{Lu}\S*)|added|adds|claimed|claims|argued|argues|insisted|insists|warned|warns)\s+(?:that\s+)?\p{L}/u;

/** A speaker and a verb of speech right after a quotation: "…,” he told", "…,” Ms Hale said". */
const SPEAKER_AND_VERB = /(?:[”"]|'')\s*(?:he|she|He|She|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(?:said|says|told|tells|added|adds|declared|insisted|wrote|writes)\b/u;

/**
 * according-to-before: "According to X, CONTENT."
 * "According to the Russian minister, Europe must approve the principle of equal security." → the
 * sentence after the source.
 */
function accordingToBefore(p: string, a: AccordingTo): SpanReading | null {
  if (p.slice(a.sent.start, a.cueStart).trim() !== "") return null;
  return { rule: "according-to-before", start: a.phraseEnd, end: a.sent.end };
}

/**
 * according-to-parenthetical: "CONTENT, according to X, CONTENT."
 * "The deficit, according to the CBO, grew by a third last year." → the whole sentence.
 */
function accordingToParenthetical(p: string, a: AccordingTo): SpanReading | null {
  const beforeText = p.slice(a.sent.start, a.cueStart);
  const afterText = p.slice(a.phraseEnd, a.sent.end).replace(/^[,\s]+/, "");
  if (afterText.replace(/[.!?”"’'\s]+$/, "").length <= 15 || !/,\s*$/.test(beforeText)) return null;
  return { rule: "according-to-parenthetical", start: a.sent.start, end: a.sent.end };
}

/**
 * according-to-after: "CONTENT, according to X."
 * "The deficit grew by a third last year, according to the Congressional Budget Office." → the
 * sentence before the cue.
 */
function accordingToAfter(a: AccordingTo): SpanReading {
  return { rule: "according-to-after", start: a.sent.start, end: a.cueStart };
}

/**
 * A capitalised name or "the X report", then the first word of a clause; the name may follow what it
 * is ("blog analysis firm Technorati", "message analysts Radicati Group").
 */
const SOURCE_THEN_CLAUSE =
  /^((?:(?:the|a|an)\s+)?(?:(?:[\p{Ll}-]+\s+){1,3}(?=\p{Lu}))?(?:(?:\p{Lu}[\p{L}'’&.-]*|of|for|and|de|&)\s+)*?(?:\p{Lu}[\p{L}'’&.-]*|(?:report|study|survey|poll|research|figures|data|analysis|review)))\s+(?=(?:the|a|an|this|these|those|it|he|she|they|we|there|its|his|her|their|some|many|most|more|all|only|about|nearly|almost|over|around)\b|\d)/u;

const LISTED_AT = new RegExp(String.raw`^\s+((?:(?:[\p{Ll}-]+\s+){1,3}(?:from|by|of)\s+)?(?:the\s+)?${LISTED_NAME})(?:\s+\(\p{Lu}+\))?`, "u");

/** A description of a body or a work in lower case: "technology analysts", "a new book", "the research firm". */
const DESCRIBED_SOURCE = /^(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}(analysts?|consultancy|consultants|firm|group|company|watchdog|think-tank|organi[sz]ation|body|researchers|agency|charity|campaigners|union|website|magazine|newspaper|paper|book|report|study|survey|biography|memoir|documentary)$/u;
const WORK = /^(?:book|report|study|survey|biography|memoir|documentary)$/;
/** ", TDG Research, ", ", Brown's Britain by journalist Robert Peston, ": a name, maybe a work's and its author, and a comma. */
const NAME_IN_APPOSITION = /^,\s+(\p{Lu}[\p{L}’'&.-]*(?:\s+(?:\p{Lu}[\p{L}’'&.-]*|of|and|&|for|the))*(?:\s+by\s+(?:[\p{L}’'.-]+\s+){0,4}\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,2})?),\s/u;

/** The source after "according to", or null when there is none or it is too long to be one. */
function accordingToSource(p: string, sent: Span, cueStart: number, cueEnd: number): AccordingTo | null {
  const rest = p.slice(cueEnd, sent.end);
  const np = /^\s+((?:[^,.;:!?“"]|\.(?=\s?\p{Lu}\.)|(?<=\b\p{Lu}\.(?:\p{Lu}\.)*\p{Lu})\.|\.(?=(?:com|org|net|gov|edu|co\.uk|info)\b)|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr))\.)+)/u.exec(rest);
  if (!np) return null;
  let source = np[1]!.trim();
  let phraseEnd = cueEnd + np[0].length;
  // "according to (figures from) the Ministry of Economy, Trade and Industry (METI)": its commas are
  // in its name.
  const listed = LISTED_AT.exec(rest);
  if (listed && listed[1]!.length > source.length) {
    source = listed[1]!;
    phraseEnd = cueEnd + listed[0].length;
  }
  // "According to Mr Hollis the scheme failed", "according to the Kantar report 44% of…": with no
  // comma after it, the source is the name (or the named report) and the reported clause follows.
  const unpunctuated = SOURCE_THEN_CLAUSE.exec(source);
  if (unpunctuated) {
    source = unpunctuated[1]!;
    phraseEnd = cueEnd + np[0].indexOf(np[1]!) + source.length;
  }
  // "according to a statement from the Trump campaign" → the source is whoever issued it.
  const from = /^(?:an?|the)\s+(?:\w+\s+)?(?:statement|report|tweet|post|letter|memo|release|transcript|interview|email|filing|document|account|readout)s?\s+(?:from|by|of|released by|issued by)\s+(.+)$/i.exec(source);
  let sourceStart = cueEnd + np[0].indexOf(np[1]!);
  if (from) {
    sourceStart += source.indexOf(from[1]!);
    // ("a filing by Summit with the Securities and Exchange Commission": where it was filed is no source.)
    source = from[1]!.replace(/^(\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*){0,4})\s+(?:with|to)\s+(?:the\s+)?\p{Lu}.*$/u, "$1");
  }
  // "According to his agent, Leon Strand, the youngster is…": the name in apposition to a role is the source.
  const named = !unpunctuated && !from && isPersonHead(source.split(/\s+/).at(-1)!) && /^(?:his|her|their|its|the|an?)\s/i.test(source) ? /^,\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}),\s/u.exec(rest.slice(np[0].length)) : null;
  // A person's name: a first name we know, or a title ("New York City, the biggest spender," is no source).
  if (named && (/^(?:Mr|Mrs|Ms|Dr)\b/.test(named[1]!) || isFirstName(named[1]!.split(/\s+/)[0]!))) {
    sourceStart = cueEnd + np[0].length + named[0].indexOf(named[1]!);
    source = named[1]!;
    phraseEnd = cueEnd + np[0].length + named[0].length - 1;
  }
  // "According to technology analysts, TDG Research, there will be…", "According to a new book,
  // Brown's Britain by journalist Robert Peston, Mr Blair…": the body named in apposition to a plain
  // description, or the author of the work so named, is the source.
  const described = !unpunctuated && !from && !named && DESCRIBED_SOURCE.exec(source);
  // (Not the first of a list: "According to analysts, Britain, France and Germany must…".)
  const after = rest.slice(np[0].length);
  const inApposition = described ? NAME_IN_APPOSITION.exec(after) : null;
  const appositive = inApposition && !/^\p{Lu}[\p{L}’'-]*(?:,|\s+(?:and|or)\s)/u.test(after.slice(inApposition[0].length)) ? inApposition : null;
  if (described && appositive) {
    const by = / by\s+((?:[\p{L}’'.-]+\s+){0,4}\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,2})$/u.exec(appositive[1]!);
    const work = WORK.test(described[1]!);
    if (work ? by : !/ by\s/.test(appositive[1]!)) {
      const name = work ? by![1]! : appositive[1]!;
      sourceStart = cueEnd + np[0].length + appositive[0].indexOf(appositive[1]!) + appositive[1]!.length - name.length;
      source = name;
      phraseEnd = cueEnd + np[0].length + appositive[0].length - 1;
    }
  }
  // "according to the World Travel and Tourism Council (WTTC)": the acronym in brackets is no part of the name.
  source = source.replace(/\s+\(\p{Lu}[\p{Lu}&]{1,7}\)$/u, "");
  if (source.split(/\s+/).length > 12) return null;
  return { sent, cueStart, cueEnd, source, sourceStart, phraseEnd };
}

function accordingToStatement(para: QuotedParagraph, a: AccordingTo, reading: SpanReading): RawStatement | null {
  const { p, base } = para;
  const [start, end] = trimSpan(p, reading.start, reading.end);
  if (end - start < 8) return null;
  return {
    start: base + start,
    end: base + end,
    kind: kindOf(p, start, end, para.doubles, para.singles),
    cue: p.slice(a.cueStart, a.cueEnd),
    cueSpan: { start: base + a.cueStart, end: base + a.cueEnd },
    speakerAsWritten: a.source,
    speakerSpan: { start: base + a.sourceStart, end: base + a.sourceStart + a.source.length },
    speakerMode: "phrase",
    confidence: 0.75,
    rule: reading.rule,
    context: { start: base + a.sent.start, end: base + a.sent.end },
  };
}
