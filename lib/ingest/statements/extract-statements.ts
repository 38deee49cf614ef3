// Finds statements (who said what) in body paragraphs with rules over quotes, speech verbs and the
// noun phrase next to them. Rules rather than a parser: they run in well under a millisecond per
// article, and each statement names the rule that produced it (rules/, one function per rule).
//
// A paragraph is read sentence by sentence, cue by cue: each cue gets a speaker phrase
// (attribution.ts) and then the first rule that fits reads the statement around it (firstReading).

import type { Span } from "../types";
import { splitSentences } from "../sentences";
import { attributeCue, overlapsFound, readsAsCue, toStatement, type Attribution, type ParagraphScan, type Reading } from "./attribution";
import { bareClause, clauseEnd, readSides } from "./cue-sides";
import { cueLemma, cuesInReadingOrder, isAccordingTo, passiveReport, progressiveStart, type CueMatch } from "./cues";
import { findDoubleQuotes, findSingleQuotes, insideQuote, quoteStyle, type Quote } from "./quotes";
import { readAccordingTo } from "./rules/according-to";
import { passiveWithAgent } from "./rules/passive-agent";
import { colonBeforeQuotation, directQuoteAfterLabel, directQuoteContinuation, directQuoteNextParagraph } from "./rules/next-quotations";
import { directQuoteAfterCue, mixedAfterCue, mixedParenthetical } from "./rules/quote-after-cue";
import { directQuoteBeforeCue, directQuoteSplit, mixedBeforeCue } from "./rules/quote-before-cue";
import {
  indirectAsCue,
  indirectBare,
  indirectBeforeCue,
  indirectBeforeInvertedCue,
  indirectObject,
  indirectParenthetical,
  indirectThat,
} from "./rules/reported-clause";
import { kindOf, type RawStatement } from "./statement";
import { DOCUMENT_LEMMAS, DOCUMENT_NOUN } from "./speech-verbs";
import { subjectBefore, type SpeakerPhrase } from "./subjects";

/** What can "find" or "show" something said: a report, a study, a poll, figures. */
/** What a document that finds is called. */
const DOCUMENT_WORDS = "report|study|studies|survey|research|poll|review|analysis|figures|data|statistics|index|audit|inquiry|investigation|paper|findings";
const DOCUMENT_SUBJECT = new RegExp(String.raw`\b(?:${DOCUMENT_WORDS})\b`, "i");
/** The paragraph before opens on a document: "The study, published in…, found that…". */
const OPENED_ON_DOCUMENT = new RegExp(String.raw`(?:^|\n)\s*(?:The|A|An|This|Its|Their)\s+(?:[\p{L}-]+\s+){0,3}(?:${DOCUMENT_WORDS})\b[^\n]*\s*$`, "u");

export type { RawStatement } from "./statement";

/**
 * Statements in the given paragraphs of `source`. Offsets are indices into `source`; the caller
 * passes only body paragraphs, so headlines and boilerplate never yield statements.
 */
export function extractStatements(source: string, paragraphs: Span[]): RawStatement[] {
  const out: RawStatement[] = [];
  let previous: RawStatement | null = null;
  let pending: RawStatement | null = null;
  let lastEnd = -1;
  let lastSentence: { start: number; text: string } | null = null;
  const style = quoteStyle(paragraphs.map((para) => source.slice(para.start, para.end)));
  for (const para of paragraphs) {
    const scan = scanParagraph(source, para, style);
    const next = directQuoteNextParagraph(scan, pending) ?? directQuoteAfterLabel(scan);
    if (next) scan.local.push(next);
    pending = null;
    for (const sent of scan.sentences) {
      for (const cue of cuesInReadingOrder(scan.p.slice(sent.start, sent.end))) {
        const colon = readCue(scan, cue.asideEnd === undefined ? sent : { start: sent.start, end: sent.start + cue.asideEnd }, cue);
        if (colon) pending = colon;
      }
    }
    for (const q of scan.doubles) {
      const continued = directQuoteContinuation(scan, q, previous, lastSentence);
      if (continued) scan.local.push(continued);
    }
    const closing = scan.sentences.at(-1);
    if (closing) lastSentence = { start: scan.base + closing.start, text: scan.p.slice(closing.start, closing.end) };
    const local = scan.local.sort((a, b) => a.start - b.start);
    speakerOfReopened(source, local);
    // News style drops the closing mark of a quotation that runs on into the next paragraph and
    // opens that one with a mark again: the two parts are one statement.
    const first = local[0];
    if (first && previous && first.rule === "direct-quote-continuation" && runsOn(source, previous, lastEnd) && !/\S/.test(source.slice(para.start, first.start))) {
      previous.end = first.end;
      previous.context = { start: previous.context.start, end: first.context.end };
      local.shift();
    }
    if (scan.p.trim()) lastEnd = para.end;
    if (local.length > 0) previous = local[local.length - 1]!;
    else if (scan.p.trim()) previous = scan.doubles.length > 0 ? previous : null;
    out.push(...local);
  }
  return out;
}

/**
 * "…move that content around the house. “Some exhibitors will be showcasing…,” said Mr Joseph.": a
 * quotation left open where another opens in the same paragraph (a paragraph break lost) goes on
 * into that one, so its speaker is who that one names, not the speaker before.
 */
function speakerOfReopened(source: string, local: RawStatement[]): void {
  for (let i = local.length - 2; i >= 0; i--) {
    const a = local[i]!;
    const b = local[i + 1]!;
    if (a.rule !== "direct-quote-continuation" || a.speakerMode !== "previous" || b.kind !== "direct" || b.speakerMode === "previous" || !b.speakerAsWritten) continue;
    if (/\S/.test(source.slice(a.end, b.start)) || /[”"’'»]$/.test(source.slice(a.start, a.end)) || !/^[“"]/.test(source.slice(b.start, b.start + 1))) continue;
    local[i] = { ...a, speakerAsWritten: b.speakerAsWritten, speakerSpan: b.speakerSpan, speakerMode: b.speakerMode, context: { start: a.context.start, end: b.context.end } };
  }
}

/** A direct statement whose quotation is still open where its paragraph (ending at `paraEnd`) ends. */
function runsOn(source: string, st: RawStatement, paraEnd: number): boolean {
  return st.kind === "direct" && /^[.!?,;:]?\s*$/.test(source.slice(st.end, paraEnd)) && !/[”"’'»]$/.test(source.slice(st.start, st.end));
}

/** 'Kane "The Hammer" Doherty': a name of one to three capitalised words quoted between a first name and a surname. */
const QUOTED_NICKNAME = /^["“'‘](?:The\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}["”'’]$/u;
const nickname = (p: string) => (q: Quote) => q.closed && QUOTED_NICKNAME.test(p.slice(q.open, q.close)) && /\p{Lu}[\p{L}’'-]*\s$/u.test(p.slice(Math.max(0, q.open - 20), q.open)) && /^\s\p{Lu}/u.test(p.slice(q.close, q.close + 2));

/**
 * A paragraph's quotations. The rules read `doubles` as the quotations and `singles` as quotations
 * inside them; in an article that quotes with single marks the two trade places.
 */
function scanParagraph(source: string, para: Span, style: "double" | "single"): ParagraphScan {
  const p = source.slice(para.start, para.end);
  const inner = style === "single" ? findDoubleQuotes(p) : [];
  // (A nickname is no quotation: 'Kane "The Hammer" Doherty vowed…' is Doherty's vow.)
  const doubles = (style === "single" ? findSingleQuotes(p, [], true) : findDoubleQuotes(p)).filter((q) => !nickname(p)(q));
  const singles = style === "single" ? inner : findSingleQuotes(p, doubles);
  const sentences = splitSentences(p, [...doubles.filter((q) => q.closed), ...singles]);
  return { p, base: para.start, doubles, singles, sentences, local: [], lead: source.slice(Math.max(0, para.start - 600), para.start) };
}

/**
 * Reads one cue of a sentence, adding the statement it finds to the paragraph's. Returns the
 * "X said:" attribution when the cue ends its paragraph with a colon (its quotation is in the next).
 */
function readCue(scan: ParagraphScan, sent: Span, cue: CueMatch): RawStatement | null {
  const cueEnd = sent.start + cue.index + cue.text.length;
  const lemma = cueLemma(cue.text, scan.p.slice(cueEnd, cueEnd + 4));
  const progressive = progressiveStart(scan.p.slice(sent.start, sent.end), cue.index, cue.text);
  const cueStart = sent.start + (progressive >= 0 ? progressive : cue.index);
  // A cue inside a quotation is part of what was quoted ("The report stated: 'According to…'").
  if (insideQuote(scan.doubles, cueStart) || scan.singles.some((q) => cueStart > q.open && cueStart < q.close && scan.p.slice(q.open, q.close).split(/\s+/).length >= 4)) return null;
  if (isAccordingTo(cue.text)) {
    keep(scan, readAccordingTo(scan, sent, cueStart, cueEnd));
    return null;
  }
  if (lemma) {
    const report = unattributedReport(scan, sent, cueStart, cueEnd, cue.text, lemma) ?? passiveWithAgent(scan, sent, cueStart, cueEnd, lemma);
    if (report) {
      keep(scan, report);
      return null;
    }
  }
  if (!lemma || !readsAsCue(scan.p, sent, cueStart, cueEnd)) return null;
  // ("Axelrod emailed her condolences": "texted" and "emailed" report words only before "that" or a quotation.)
  if ((lemma === "text" || lemma === "email") && !/^\s+(?:[\p{L}’'-]+\s+){0,4}?(?:that\b|[:,]?\s*[“"])/u.test(scan.p.slice(cueEnd, sent.end))) return null;
  // "— as researchers believe, but Moscow denies — “why wouldn't you…?” asked Dunn": a cue that
  // closes an aside between dashes has said what it says inside the aside, not after it.
  if (/^\s*[—–]/.test(scan.p.slice(cueEnd, cueEnd + 3)) && (scan.p.slice(sent.start, cueStart).match(/[—–]/g) ?? []).length % 2 === 1) return null;
  const found = attributeCue(scan, sent, { start: cueStart, end: cueEnd, word: scan.p.slice(cueStart, cueEnd), lemma });
  let a = found && cue.text === "showing" ? publisherSpeaks(scan.p, sent, found) : found;
  if (a && DOCUMENT_LEMMAS.has(lemma)) a = researchFound(scan, sent, a) ?? (documentSpeaks(scan, sent, cueStart, a) ? a : null);
  const reading = a && firstReading(a);
  if (!a || !reading) return null;
  const st = toStatement(a, endOfAside(scan.p, sent, cueStart, reading));
  if (reading.rule === "pending") return st;
  keep(scan, st);
  return null;
}

/** What a body publishes, ending where "showing" follows: "released figures", "published a survey". */
const PUBLISHED = new RegExp(String.raw`\b(?:released|published|issued|unveiled|produced|compiled|put\s+out)\s+(?:[\p{L}\d-]+\s+){0,3}${DOCUMENT_NOUN}$`, "u");

/**
 * "the central bank released figures showing growth": who published the figures speaks through
 * them ("released statistics which showed" is read where the relative clause is; a person's figures,
 * "Mr Vane released figures", are left to that reading too).
 */
function publisherSpeaks(p: string, sent: Span, a: Attribution): Attribution {
  const s = a.subject;
  if (!s) return a;
  const from = Math.max(sent.start, s.start - 60);
  const published = PUBLISHED.exec(p.slice(from, s.start + s.text.length));
  const publisher = published ? subjectBefore(p, sent.start, from + published.index) : null;
  return publisher && !/^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\b/.test(publisher.text) ? { ...a, subject: publisher } : a;
}

/** "The study found…", or "It found…" right after a sentence about a survey: a document's finding. */
function documentSpeaks(scan: ParagraphScan, sent: Span, cueStart: number, a: Attribution): boolean {
  const before = scan.p.slice(sent.start, cueStart);
  if (DOCUMENT_SUBJECT.test(before.split(/\s+/).slice(-7).join(" "))) return true;
  // "The study, published in Nature, found", "A report released in April by the health department
  // found", "An inquiry by the trust, which runs the hospital, found": the document, then who made
  // it, where or when.
  const described = DESCRIBED_DOCUMENT.exec(before)?.[1];
  if (described !== undefined && DOCUMENT_DESCRIPTION.test(described) && (!described.includes(",") || /,\s*$/.test(described))) return true;
  // ("It also found that…" opening the paragraph after the study's: the study still.)
  return /^it$/i.test(a.subject?.text ?? "") && (sent.start === 0 && a.subject!.start === 0 ? DOCUMENT_SUBJECT.test(scan.lead.slice(-200)) || OPENED_ON_DOCUMENT.test(scan.lead) : DOCUMENT_SUBJECT.test(scan.p.slice(Math.max(0, sent.start - 200), sent.start)));
}

/**
 * "Dr Adeyemi, who admits he is ‘a committed napper’ himself, hopes…": what a cue in a relative
 * clause reports ends at the comma that closes the clause, before the main clause's verb.
 */
function endOfAside(p: string, sent: Span, cueStart: number, reading: Reading): Reading {
  if (!reading.rule.startsWith("indirect") || !/\p{Lu}[\p{L}’'.-]*,\s+who\s+(?:[a-z]+ly\s+)?$/u.test(p.slice(Math.max(sent.start, cueStart - 40), cueStart))) return reading;
  const within = p.slice(reading.start, reading.end);
  for (const c of within.matchAll(/,\s+(?:[a-z]+ly\s+)?(?:[a-z]+[^s\W]s|[a-z]+ed|said|told|is|was|has|had|will|would)\s/g)) {
    const before = within.slice(0, c.index);
    // What came before is a clause of its own (not "Mr. Jäger, under fire…, would"), or the object
    // of "announced", and the comma stands outside any quotation.
    if (reading.rule !== "indirect-object" && !/\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|did|does|do|[a-z]+ed)\b/.test(before)) continue;
    if ((before.match(/[“‘]/g) ?? []).length === (before.match(/[”’](?![\p{L}])/gu) ?? []).length && !/\b(?:and|but|or)\s*$/.test(before)) return { ...reading, end: reading.start + c.index };
  }
  return reading;
}

/** A sentence whose subject is people doing research ("The researchers", "Scientists at Leeds"). */
const RESEARCHERS = /^\s*(?:(?:But|And|However,?)\s+)?((?:(?:The|Their|Its)\s+)?(?:researchers|scientists|authors|study[’']s\s+authors))\b/i;

/**
 * "Researchers who tracked 2,000 plants at 48 sites found that…": what research found, with its
 * "that", said by the researchers the sentence opens on (not the last words before the verb).
 */
function researchFound(scan: ParagraphScan, sent: Span, a: Attribution): Attribution | null {
  const m = RESEARCHERS.exec(scan.p.slice(sent.start, a.cueStart));
  if (!m || !/^\s+that\s/.test(scan.p.slice(a.cueEnd, a.cueEnd + 6))) return null;
  return { ...a, subject: { text: m[1]!, start: sent.start + m[0].length - m[1]!.length } };
}

/** A document named with a determiner opening a clause, and what describes it up to the verb. */
const DESCRIBED_DOCUMENT = new RegExp(String.raw`(?:^\s*|[,;]\s+|\b(?:[Bb]ut|[Aa]nd|[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hereas|[Bb]ecause|[Ss]ince)\s+)(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Hh]is|[Hh]er)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:${DOCUMENT_WORDS})\b([^.;:!?“”"]{0,140})$`, "u");
/** An apposition, or who made the document, of what, when or where ("by the trust", "published in"). */
const DOCUMENT_DESCRIPTION = /^(?:,|\s+(?:by|of|from|into|on|for|in|released|published|commissioned|carried|led|conducted|compiled|produced|issued|seen)\b)/;

/** "It was claimed that", "it has been widely reported that": an impersonal passive of a claim. */
const IMPERSONAL_CUE = /^(?:claimed|reported|alleged|rumoured|rumored|suggested|confirmed)$/;
/**
 * "that", after where and when at most ("It was claimed last night that", "It was claimed on a
 * community Facebook group on Wednesday that"; not "by the BBC", which names the source).
 */
const IMPERSONAL_THAT = /^\s+(?:(?:on|in|at)\s+(?:[^\s,.;:!?"“”]+\s+){1,6}?)?(?:(?:last\s+(?:night|week|month|year)|yesterday|today|earlier|recently|this\s+week|on\s+\p{Lu}\p{Ll}+day)\s+)?that\s+/u;
const IMPERSONAL_BEFORE = /(?:^|[\s,;:(])[Ii]t\s+(?:is|was|(?:has|had)\s+(?:(?:long|also|often|widely)\s+)?been)\s+(?:(?:widely|also|now|often|repeatedly|previously)\s+)?$/;

/** Verbs that after "is said to have" report words the subject spoke ("declared war" is no speech). */
const SPOKEN_INFINITIVE = /^(?:said|told|suggested|claimed|warned|admitted|insisted|argued|called|described|branded|accused|urged|promised|threatened|complained|boasted)$/;

/**
 * "…amid reports Rovers will raise their offer": reports whose source nobody names, a statement of
 * its own with no speaker (never the speaker of the sentence around it).
 */
function unattributedReport(scan: ParagraphScan, sent: Span, cueStart: number, cueEnd: number, word: string, lemma: string): RawStatement | null {
  const { p } = scan;
  const unnamed = (subject: SpeakerPhrase | null = null): Attribution => ({ ...scan, sent, cueStart, cueEnd, cueWord: word, lemma, subject, speakerMode: "phrase", inverted: false, afterQuote: null });
  // "He is said to have discussed the idea…": the subject is whom it is about; nobody named said it.
  // Not when someone says something later in the sentence ("The house is said to be worth millions,
  // he said", "…are said to be angry and have said they want…"): their cue reads it.
  // ("Howard Flight was reported to have suggested…": a verb of speech after "to have" has the
  // subject as its speaker, and is read at its own cue.)
  const infinitive = /^\s+to\s+have\s+(\p{Ll}+)/u.exec(p.slice(cueEnd, cueEnd + 30))?.[1];
  if (passiveReport(p.slice(Math.max(sent.start, cueStart - 24), cueStart), word, p.slice(cueEnd, cueEnd + 12)) && !/\b(?:said|says|added|adds|told|tells)\b/.test(p.slice(cueEnd, sent.end)) && !(infinitive && SPOKEN_INFINITIVE.test(infinitive))) {
    const start = cueEnd + /^\s*/.exec(p.slice(cueEnd))![0].length;
    return toStatement(unnamed(), { rule: "indirect-bare", start, end: clauseEnd(p, start, sent.end, scan.doubles), confidence: 0.7 });
  }
  // "It was claimed that…", "It has been reported that…": a claim whose source the sentence keeps back.
  // (Not "…, the chief said": whoever speaks later in the sentence said it.)
  const impersonal = IMPERSONAL_CUE.test(word) ? IMPERSONAL_THAT.exec(p.slice(cueEnd, cueEnd + 90)) : null;
  if (impersonal && IMPERSONAL_BEFORE.test(p.slice(Math.max(sent.start, cueStart - 30), cueStart)) && !/\b(?:said|says|added|adds|told|tells)\b/.test(p.slice(cueEnd, sent.end))) {
    const start = cueEnd + impersonal[0].length;
    return toStatement(unnamed(), { rule: "indirect-bare", start, end: clauseEnd(p, start, sent.end, scan.doubles), confidence: 0.7 });
  }
  // "…despite a recent ruling it was “not French enough”": a ruling or a warning with nobody's name.
  const nominal = /^[a-z]+ing$/.test(word) && /\b(?:amid|amidst|despite)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?$/i.test(p.slice(Math.max(sent.start, cueStart - 30), cueStart));
  // "…amid opposition claims he was too bullish", "despite Labour claims that…": whose claims the
  // word before them says, when it is a name; nobody's otherwise.
  const whose = /^(?:reports|claims)$/.test(word) ? /\b(?:amid|amidst|despite)\s+(?:(\p{Lu}[\p{L}-]*)|\p{Ll}+)\s+$/u.exec(p.slice(Math.max(sent.start, cueStart - 40), cueStart)) : null;
  if (!nominal && !whose && (!/^(?:reports|claims)$/.test(word) || !/\b(?:amid|amidst|despite)\s+$/i.test(p.slice(Math.max(sent.start, cueStart - 12), cueStart)))) return null;
  const owner = whose?.[1] ? { text: whose[1], start: cueStart - whose[0].length + whose[0].indexOf(whose[1], whose[0].search(/\s/)) } : null;
  const lead = /^\s+(?:that\s+)?/.exec(p.slice(cueEnd, sent.end));
  if (!lead) return null;
  const start = cueEnd + lead[0].length;
  // A clause of its own ("a rival will renew its bid"), an indefinite subject as good as "the".
  if (!bareClause(p.slice(start, sent.end).replace(/^an?\s/i, "the "))) return null;
  // "Despite claims that the vote was rigged, the result stood": fronted, the claim ends at the comma.
  const fronted = /^\s*\S+\s*$/.test(p.slice(sent.start, cueStart));
  const comma = p.indexOf(",", start);
  const end = fronted && comma > start && comma < sent.end ? comma : clauseEnd(p, start, sent.end, scan.doubles);
  return toStatement(unnamed(owner), { rule: /that/.test(lead[0]) ? "indirect-that" : "indirect-bare", start, end, confidence: 0.7 });
}

/**
 * A statement is kept unless an earlier one in the paragraph already covers some of its words. When
 * the earlier one ran on over this one's speaker and cue, it ends where they begin; when it is wholly
 * this one's attribution and quotation, this one takes its place.
 */
function keep(scan: ParagraphScan, st: RawStatement | null): void {
  if (!st) return;
  if (!overlapsFound(scan, st.start - scan.base, st.end - scan.base)) {
    scan.local.push(st);
    return;
  }
  const clash = scan.local.filter((o) => o.start < st.end && o.end > st.start);
  if (clash.length === 1 && (reportsQuotation(scan, clash[0]!, st) || citedReport(scan, clash[0]!, st))) scan.local.splice(scan.local.indexOf(clash[0]!), 1, st);
  else if (clash.length === 1 && endBefore(scan, clash[0]!, st)) scan.local.push(st);
}

/**
 * "The News of the World reports that Anelka told a French magazine: “…”": a reported clause that is
 * wholly someone else's attribution and quotation. The quotation is that person's words; it is kept
 * with its own speaker in place of the report.
 */
function reportsQuotation(scan: ParagraphScan, earlier: RawStatement, later: RawStatement): boolean {
  if (earlier.kind === "direct" || later.kind !== "direct" || !later.cueSpan || !later.speakerSpan || later.end > earlier.end + 1) return false;
  // (Introduced by a colon or a comma: "Fox executives were calling “every 15 minutes”" reports none.)
  if (!/^[^“"]*[:,]\s*$/.test(scan.p.slice(later.cueSpan.end - scan.base, later.start - scan.base))) return false;
  if (!/\p{Lu}/u.test(later.speakerAsWritten ?? "") || /^(?:he|she|it|they|we|i|you)\b/i.test(later.speakerAsWritten ?? "")) return false;
  const opens = later.speakerSpan.start - earlier.start;
  return opens >= 0 && opens <= 1 && later.cueSpan.start > later.speakerSpan.start;
}

/**
 * "Smith told police he was home that night, according to court documents", "One tenant, Yesenia
 * Castillo, texted the superintendent that…, according to messages reviewed by The Times": the words
 * are the one named telling them; "according to" says where they were read. The named speaker's
 * statement replaces the whole clause's.
 */
function citedReport(scan: ParagraphScan, earlier: RawStatement, later: RawStatement): boolean {
  // (A reading that ran on over ", according to…" ends before it.)
  const runsOver = later.end > earlier.end && /^[\s,”"’']*according\s+to\b/i.test(scan.p.slice(earlier.end - scan.base, later.end - scan.base));
  if (earlier.rule !== "according-to-after" || !later.speakerSpan || !later.cueSpan || (later.end > earlier.end + 2 && !runsOver) || later.speakerSpan.start < earlier.start) return false;
  if (!/^\p{Lu}/u.test(later.speakerAsWritten ?? "") || /^(?:he|she|it|they|we|i|you|the|a|an|this|that|these|those|all|some|many|most|both|each|one)\b/i.test(later.speakerAsWritten ?? "")) return false;
  // Only a clause that opens on its speaker (perhaps after a description in commas: "One tenant,"),
  // the cue right after, or on a quotation: "What Romney has said privately…, according to Scott
  // Brown" is Brown's account, and a cue far into the clause reports inside it.
  const opening = scan.p.slice(earlier.start - scan.base, Math.min(later.speakerSpan.start, later.start) - scan.base);
  const opens = /^(?:(?:On|In|Last|Earlier|Later|By|Since)\s[^,]{1,30},\s*)?(?:(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,\s*)?$/u.test(opening);
  if (!opens || (later.start !== earlier.start && later.cueSpan.start - later.speakerSpan.end >= 60)) return false;
  if (runsOver) {
    later.end = earlier.end;
    later.kind = kindOf(scan.p, later.start - scan.base, later.end - scan.base, scan.doubles, scan.singles);
  }
  return true;
}

/**
 * "…announced the date in a statement, accountancy firm Kestrel & Co urged him to wait": a reported
 * clause that took in a later speaker and cue ends before them, and the later statement stands on its
 * own.
 * False, changing nothing, when the later statement does not lie wholly inside the earlier one after
 * its own speaker and cue, when the earlier one is a quotation, or when too little of it would be left.
 */
function endBefore(scan: ParagraphScan, earlier: RawStatement, later: RawStatement): boolean {
  if (earlier.kind === "direct" || !later.cueSpan || !later.speakerSpan || later.end > earlier.end) return false;
  // A pronoun or a relative ("when he said…", "research which showed…") is a report inside the
  // earlier one, told by its speaker; a new name starts a statement of its own ("no warning" none).
  if (!/\p{Lu}/u.test(later.speakerAsWritten ?? "") || /^(?:he|she|it|they|we|i|you|which|who|that|its|his|her|their|our)\b/i.test(later.speakerAsWritten ?? "")) return false;
  const attribution = Math.min(later.cueSpan.start, later.speakerSpan.start);
  if (attribution <= earlier.start || later.start < later.cueSpan.end) return false;
  const before = scan.p.slice(earlier.start - scan.base, attribution - scan.base);
  if (insideQuote(scan.doubles, attribution - scan.base)) return false;
  // The link word goes with the later clause: "…, and", "when", "as", "while", "but".
  const kept = before.replace(/(?:[\s,;]+(?:and|but|when|while|as|after|before|because|so|then|whereas))*[\s,;:—–-]*$/u, "");
  if (kept.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 2) return false;
  earlier.end = earlier.start + kept.length;
  earlier.kind = kindOf(scan.p, earlier.start - scan.base, earlier.end - scan.base, scan.doubles, scan.singles);
  return true;
}

/** The attribution rules in the order they are tried: the first that fits reads the cue. */
function firstReading(a: Attribution): Reading | null {
  const quotationFirst = indirectAsCue(a) ?? mixedBeforeCue(a) ?? directQuoteSplit(a) ?? directQuoteBeforeCue(a);
  if (quotationFirst) return quotationFirst;
  const s = readSides(a);
  // After an inverted cue ("…, said Makei") only what stands before it can be what was said.
  if (a.inverted) return indirectBeforeInvertedCue(a, s);
  return (
    mixedParenthetical(a, s) ??
    mixedAfterCue(a, s) ??
    directQuoteAfterCue(a, s) ??
    indirectThat(a, s) ??
    indirectParenthetical(a, s) ??
    indirectObject(a, s) ??
    indirectBeforeCue(a, s) ??
    indirectBare(a, s) ??
    colonBeforeQuotation(a)
  );
}
