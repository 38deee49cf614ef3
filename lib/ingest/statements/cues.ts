// Finding speech cues ("said", "pointed out", "according to") in a sentence by looking words up in
// the speech-verb lexicon.

import { NOUN_ONLY_FORMS, SPEECH_LEMMAS, inflect } from "./speech-verbs";

const LEMMA_BY_FORM = new Map<string, string>();
/** The first and last letters of every form (ASCII, 128 × 128): most words share none and skip the lookup. */
const FORM_ENDS = new Uint8Array(128 * 128);
for (const lemma of SPEECH_LEMMAS) {
  for (const form of inflect(lemma)) {
    if (!NOUN_ONLY_FORMS.has(form) && !LEMMA_BY_FORM.has(form)) LEMMA_BY_FORM.set(form, lemma);
  }
}
for (const form of LEMMA_BY_FORM.keys()) FORM_ENDS[form.charCodeAt(0) * 128 + form.charCodeAt(form.length - 1)] = 1;

/** Whether a word of WORD_RE's letters is a speech-verb form, as written. */
const isForm = (word: string, first: number): boolean => {
  const last = word.charCodeAt(word.length - 1);
  return last < 128 && FORM_ENDS[first * 128 + last] === 1 && LEMMA_BY_FORM.has(word);
};

/** The lemma of a speech-verb form ("stressed" → "stress"), or null. */
export function speechLemma(word: string): string | null {
  return LEMMA_BY_FORM.get(word.toLowerCase()) ?? null;
}

/** Verbs that report what was said, and may do so inside a relative clause. */
const SAYING = new Set(["say", "tell", "claim", "argue", "insist", "warn", "admit", "deny", "add", "predict", "suggest"]);

export interface CueMatch {
  /** Offset of the cue in the searched text. */
  index: number;
  text: string;
  /** Where the relative clause in commas that holds the cue ends, when the sentence goes on to another cue. */
  asideEnd?: number;
}

// Words are looked up in a Map rather than matched by one alternation of every form: V8 leaves a
// regular expression that large to its bytecode interpreter, which made cue search the slowest step.
const WORD_RE = /[A-Za-z][A-Za-z’'-]*/g;

/** A letter or digit of any script, ASCII answered without a regular expression (cue search's hot loop). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** What "according to" may be followed by that names no source: a question word, a plan, a measure. */
const NOT_A_SOURCE = /^\s*(?:whether|how|what|which|where|when|who|whom|why|plan|schedule|need|size|age|type|the\s+(?:size|number|type|level|amount|rules|law|terms))\b/i;

/** A colon and an opening quotation mark: after any verb in the past, news introduces a quotation so ("He blasted: “…”"). */
const COLON_QUOTE = /^:\s*["“‘']/;

/** The lemma a cue is read with: its own, or "say" for a past form before a colon and a quotation. */
export function cueLemma(word: string, textAfter: string): string | null {
  return speechLemma(word) ?? (COLON_QUOTE.test(textAfter) || /^(?:hit|shot|fired|struck|snapped|came) back$/.test(word) ? "say" : null);
}

/** Speech-verb cues in a text, in reading order ("said", "pointed out", "according to", "blasted:" before a quotation). */
export function findCues(text: string): CueMatch[] {
  const out: CueMatch[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text))) {
    const word = m[0];
    const first = word.charCodeAt(0);
    const end = m.index + word.length;
    // Most words are no cue: the lexicon is asked first.
    if (!isForm(word, first) && first !== 97 && first !== 65 && first !== 112) {
      if (text.charCodeAt(end) === 58 && COLON_QUOTE.test(text.slice(end, end + 4)) && /^[a-z]{3,}ed$/.test(word)) out.push({ index: m.index, text: word });
      // "Ashby hit back: “…”", "Sorensen fired back: “…”": a verb of answering before a colon and a quotation.
      // '“…,” the Dane fired back.': after a quotation, too.
      else if (word === "back" && ((text.charCodeAt(end) === 58 && COLON_QUOTE.test(text.slice(end, end + 4))) || (/^\s*[.!]/.test(text.slice(end, end + 3)) && /[,?!]["”’']\s+(?:\S+\s+){0,5}\S+\s*$/.test(text.slice(Math.max(0, m.index - 60), m.index))))) {
        const verb = /(?:^|\s)(hit|shot|fired|struck|snapped|came)\s+$/.exec(text.slice(Math.max(0, m.index - 9), m.index));
        if (verb) out.push({ index: m.index - verb[0].length + verb[0].indexOf(verb[1]!), text: `${verb[1]} back` });
      }
      // "She went on: “…”", "She signed off: ‘…’": a phrasal verb before a colon and a quotation.
      else if ((word === "on" || word === "off") && text.charCodeAt(end) === 58 && COLON_QUOTE.test(text.slice(end, end + 4))) {
        const verb = /(?:^|\s)(went|goes|carried|signed|signs)\s+$/.exec(text.slice(Math.max(0, m.index - 9), m.index));
        if (verb) out.push({ index: m.index - verb[0].length + verb[0].indexOf(verb[1]!), text: `${verb[1]} ${word}` });
      }
      continue;
    }
    // Part of a longer word with non-ASCII letters or digits ("naïvesaid", "2said") is no cue.
    if (m.index > 0 && isWordChar(text.charCodeAt(m.index - 1))) continue;
    if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
    if ((first === 97 || first === 65) && (word === "according" || word === "According")) {
      const to = /^\s+to\b/.exec(text.slice(end, end + 6));
      // "listed according to whether…", "according to plan": how, not who says so.
      if (to && !NOT_A_SOURCE.test(text.slice(end + to[0].length, end + to[0].length + 24))) out.push({ index: m.index, text: text.slice(m.index, end + to[0].length) });
      continue;
    }
    if (first === 112 && word.startsWith("point")) {
      const outWord = /^\s+out\b/.exec(text.slice(end, end + 6));
      if (outWord && LEMMA_BY_FORM.has(`${word} out`)) out.push({ index: m.index, text: text.slice(m.index, end + outWord[0].length) });
      continue;
    }
    if (isForm(word, first)) out.push({ index: m.index, text: word });
  }
  return out;
}

/** The first cue in a text, or null. */
export function firstCue(text: string): CueMatch | null {
  return findCues(text)[0] ?? null;
}

/**
 * "According to X" governs its whole sentence, and so does a name's or a pronoun's verb that closes it
 * ("…, Kapranos said.", "…, he said."): they are read first; other cues in reading order.
 */
export function cuesInReadingOrder(sentence: string): CueMatch[] {
  let cues = findCues(sentence);
  // "Tom Vane, who said he was tired, said…": what a verb of saying inside a relative clause in
  // commas reports ends with the clause, when the sentence goes on to another cue; any other cue
  // there is none of the sentence's ("John Cryer, whose question revealed the estimate, said…",
  // "Tom Arden, who writes online as the Night Porter, said…").
  if (cues.length > 1 && /,\s+wh(?:o|ose|ich)\s/.test(sentence)) {
    for (const aside of sentence.matchAll(/,\s+wh(?:o|ose|ich)\s[^,.;:“”"]*,/g)) {
      const end = aside.index + aside[0].length - 1;
      if (!cues.some((c) => c.index > end)) continue;
      const inside = (c: CueMatch) => c.index > aside.index && c.index < end;
      for (const c of cues) if (inside(c) && SAYING.has(speechLemma(c.text.split(/\s+/)[0]!) ?? "")) c.asideEnd = end;
      cues = cues.filter((c) => !inside(c) || c.asideEnd !== undefined);
    }
  }
  const last = cues[cues.length - 1];
  const before = last ? sentence.slice(0, last.index) : "";
  // "The island state is asking for $320m, he said", "…, the council said": a pronoun's or a
  // description's too, when nothing before it is a quotation or its own speaker's saying ("Other
  // candidates said they…, they said" reads as it stands).
  const unnamed = /,\s+(?:he|she|they|it|the\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+$/u.test(before);
  // ("Optimists who predict that…could be way off mark, the report suggests": a saying in a relative
  // clause is no speaker's own.)
  const ownSaying = (c: CueMatch) => SAYING.has(speechLemma(c.text.split(/\s+/)[0]!) ?? "") && !/\bwho\s+$/.test(sentence.slice(Math.max(0, c.index - 5), c.index));
  const closes = CLOSING_ATTRIBUTION.test(before) && (!unnamed || (!/["“”]|''/.test(before) && !cues.slice(0, -1).some(ownSaying)));
  const rest = last ? sentence.slice(last.index + last.text.length) : "";
  // "It was no good Mr Blair claiming…, argued Mr Howard.": a name after the verb closes it as well.
  const inverted = /,\s+$/.test(before) && !/^(?:told|tells|asked|asks)$/.test(last?.text ?? "") && INVERTED_CLOSING.test(rest);
  const closing = cues.length > 1 && last && ((closes && CLOSING_REST.test(rest)) || inverted) ? last : null;
  const rank = (c: CueMatch) => (/^[Aa]ccording/.test(c.text) ? 2 : c === closing ? 1 : 0);
  return cues.sort((a, b) => rank(b) - rank(a) || a.index - b.index);
}

/**
 * What may follow a closing cue to the sentence's end: when or where it was said ("on Monday", "in a
 * statement"), or whom it was told ("told MSPs", "told the BBC's Today programme").
 */
const CLOSING_REST = /^(?:\s+(?:(?:on|in|at|last|this|yesterday|today|tonight|earlier|later)\b[^,;:“”"]{0,40}|(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:\p{Lu}[\p{L}’'-]*|[a-z]+)(?:\s+(?:programme|newspaper|website))?|reporters|journalists|MPs|MSPs|AMs|MEPs|delegates|activists|supporters))?\s*[.!?]?\s*$/u;

/** " Mr Howard.", " Tom Reade.": a name alone after a closing cue, to the sentence's end. */
const INVERTED_CLOSING = /^\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?(?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+\s*[.!?]?\s*$/u;

/** ", Kapranos", ", Mr Hale", ", Tom Reade", ", he", ", the council": a name, a pronoun or a description alone after the sentence's last comma. */
const CLOSING_ATTRIBUTION = /[^”"’'],\s+(?:(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?(?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+|he|she|they|it|the\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+$/u;

// "is telling", "are not yet saying", "isn’t saying", "she’s suggesting": the auxiliary and the
// adverbs between it and the -ing form. Not after "it", "that", "what": "It is telling that…" is an
// adjective.
const AUXILIARY = String.raw`(?:is|are|was|were|am|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)`;
const ADVERBS_TO_END = String.raw`\s+(?:(?:not|also|already|now|still|just|yet|again|[a-z]+ly)\s+){0,3}$`;
const PROGRESSIVE_BEFORE = new RegExp(
  String.raw`(?:(?<!\b(?:[Ii]t|[Tt]hat|[Tt]his|[Ww]hat|[Ww]hich|[Tt]here)\s+)\b${AUXILIARY}|(?<=\b(?:\p{Lu}[\p{L}-]*|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Yy]ou))[’'](?:s|re))${ADVERBS_TO_END}`,
  "u",
);
/** The same without what may stand before the auxiliary: true wherever that is, and far cheaper to try at every character. */
const MAY_BE_PROGRESSIVE = new RegExp(String.raw`(?:\b${AUXILIARY}|[’'](?:s|re))${ADVERBS_TO_END}`);

/**
 * Where an -ing cue's progressive auxiliary starts ("Trump is telling supporters…" → at "is"), or -1
 * when the cue is no progressive. The auxiliary belongs to the cue, so the subject stands before it.
 */
export function progressiveStart(text: string, cueIndex: number, cueText: string): number {
  if (!/^[a-z]+ing$/.test(cueText)) return -1;
  const before = text.slice(Math.max(0, cueIndex - 60), cueIndex);
  const m = MAY_BE_PROGRESSIVE.test(before) ? PROGRESSIVE_BEFORE.exec(before) : null;
  if (!m) return -1;
  // "Holt’s suggesting the vote…" is "Holt is"; "Norway’s continuing losses could…" a possessive:
  // after a name's "’s", the -ing form is a verb only where an object or a clause follows it.
  if (/^[’']s/.test(m[0]) && !/^\s+(?:the|a|an|that|to|this|these|those|his|her|its|their|our|my|your|he|she|it|they|we|you|him|them|us|me|["“‘'])/i.test(text.slice(cueIndex + cueText.length))) return -1;
  return cueIndex - (Math.min(cueIndex, 60) - m.index);
}

export function isAccordingTo(cue: string): boolean {
  return /^[Aa]ccording\s+to$/.test(cue);
}

/** "He is said to have…", "they were reported to be…": words reported by nobody the sentence names. */
export function passiveReport(before: string, cueWord: string, after: string): boolean {
  // The cue may hold its auxiliary already ("is said", read as a progressive is).
  // Checked for every cue: the cheap tests first, and only the end of what stands before.
  return /(?:said|reported)$/.test(cueWord) && /^\s+to\s+(?:have|be)\b/.test(after) && /\b(?:is|are|was|were)\s+(?:(?:also|now|widely|still)\s+)?(?:said|reported)$/.test(before.slice(-24) + cueWord);
}
