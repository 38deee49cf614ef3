// Finds statements (who said what) in body paragraphs with rules over quotes, speech verbs and the
// noun phrase next to them. Rules rather than a parser: they run in well under a millisecond per
// article, and each statement can say which rule produced it.

import { NOT_NAME_WORDS, isPlaceName } from "./names";
import type { StatementKind } from "@/lib/domain/kinds";
import type { Span } from "./types";

// ---------------------------------------------------------------------------------------------
// Speech verbs. Verbs of belief ("think", "believe") are left out on purpose: a statement page must
// show words someone actually said or wrote.

const SPEECH_LEMMAS = `say tell state add stress note explain claim argue insist warn announce declare write
tweet ask reply respond comment suggest acknowledge admit deny confirm report highlight clarify emphasize
emphasise reiterate recall reaffirm assert urge describe remark continue recount testify predict promise vow
tout boast complain criticize criticise accuse charge conclude mention observe contend maintain concede
allege joke quip counter retort shout yell exclaim proclaim disclose reveal pledge caution lament scoff
inform assure reassure threaten underline underscore repeat recommend demand wonder muse posit brag gush
hint signal summarize summarise concur decry denounce condemn praise dismiss estimate post explain call`;

const IRREGULAR: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  // "state"/"states" are nearly always the noun in American news.
  state: ["stated", "stating"],
  explain: ["explain", "explains", "explained", "explaining"],
  quip: ["quip", "quips", "quipped", "quipping"],
  scoff: ["scoff", "scoffs", "scoffed", "scoffing"],
  admit: ["admit", "admits", "admitted", "admitting"],
  tweet: ["tweet", "tweets", "tweeted", "tweeting"],
  post: ["posted", "posting"],
  counter: ["counter", "counters", "countered", "countering"],
  signal: ["signal", "signals", "signaled", "signalled", "signaling"],
  brag: ["brag", "brags", "bragged", "bragging"],
  ask: ["ask", "asks", "asked", "asking"],
  point: ["pointed out", "points out", "point out", "pointing out"],
};

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(lemma)) return [lemma, lemma.slice(0, -1) + "ies", lemma.slice(0, -1) + "ied", lemma + "ing"];
  if (/e$/.test(lemma)) return [lemma, lemma + "s", lemma + "d", lemma.slice(0, -1) + "ing"];
  if (/(s|sh|ch|x|z)$/.test(lemma)) return [lemma, lemma + "es", lemma + "ed", lemma + "ing"];
  return [lemma, lemma + "s", lemma + "ed", lemma + "ing"];
}

const LEMMA_BY_FORM = new Map<string, string>();
for (const lemma of [...SPEECH_LEMMAS.split(/\s+/).filter(Boolean), "point"]) {
  for (const form of inflect(lemma)) if (!LEMMA_BY_FORM.has(form)) LEMMA_BY_FORM.set(form, lemma);
}

/** The lemma of a speech-verb form ("stressed" → "stress"), or null. */
export function speechLemma(word: string): string | null {
  return LEMMA_BY_FORM.get(word.toLowerCase()) ?? null;
}

/**
 * Speech acts whose object is what was said even without "that" or a quotation: "accused Clinton of
 * lying", "called for a ban", "asked whether…", "urged voters to…", "described him as…".
 */
const OBJECT_LEMMAS = new Set(["accuse", "criticize", "criticise", "describe", "urge", "promise", "call", "ask",
  "mention", "announce", "deny", "denounce", "decry", "praise", "dismiss", "warn", "recommend", "tout", "boast",
  "complain", "predict", "confirm", "acknowledge", "admit", "reiterate", "blast", "slam", "vow", "tweet", "write",
  "report", "reveal", "disclose", "suggest", "recall"]);
/** Forms that are more often nouns ("his tweets", "the report", "campaign promises"). */
const OBJECT_NOUN_FORMS = new Set(["tweet", "tweets", "report", "reports", "promises", "warning", "warnings", "calls",
  "remarks", "remark", "call", "suggesting", "praise", "vows", "boasts", "admits"]);

/** Verbs whose object is the addressee ("told reporters that…"), not what was said. */
const ADDRESSEE_LEMMAS = new Set(["tell", "inform", "assure", "reassure", "ask", "urge", "warn", "remind", "promise", "threaten"]);

/**
 * Lemmas whose forms are often nouns or non-speech senses ("his claims", "charges", "reports show"):
 * they only count when followed by "that" or a quotation, or when right after a quotation.
 */
const WEAK_LEMMAS = new Set(["call", "add", "respond", "remark", "reply", "continue", "charge", "post", "signal",
  "counter", "report", "note", "promise", "estimate", "praise", "dismiss", "comment", "demand", "claim", "pledge", "caution", "hint", "vow", "repeat",
  "condemn", "denounce", "decry", "criticize", "criticise", "describe", "accuse", "recommend", "reveal",
  "disclose", "suggest", "maintain", "observe", "predict", "confirm", "deny", "mention", "question",
  "underline", "underscore", "wonder", "muse", "lament", "threaten", "urge", "ask", "tout", "boast",
  "recall", "highlight", "concur", "assure", "reassure", "inform", "joke", "complain", "testify", "write",
  "tweet", "allege", "admit", "acknowledge", "agree"]);

export interface CueMatch {
  /** Offset of the cue in the searched text. */
  index: number;
  text: string;
}

// Words are looked up in a Map rather than matched by one alternation of every form: V8 leaves a
// regular expression that large to its bytecode interpreter, which made cue search the slowest step.
const WORD_RE = /[A-Za-z][A-Za-z’'-]*/g;

/** Speech-verb cues in a text, in reading order ("said", "pointed out", "according to"). */
export function findCues(text: string): CueMatch[] {
  const out: CueMatch[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text))) {
    const word = m[0];
    const end = m.index + word.length;
    // Part of a longer word with non-ASCII letters or digits ("naïvesaid", "2said") is no cue.
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]!)) continue;
    if (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) continue;
    const first = word.charCodeAt(0);
    if ((first === 97 || first === 65) && (word === "according" || word === "According")) {
      const to = /^\s+to\b/.exec(text.slice(end, end + 6));
      if (to) out.push({ index: m.index, text: text.slice(m.index, end + to[0].length) });
      continue;
    }
    if (first === 112 && word.startsWith("point")) {
      const outWord = /^\s+out\b/.exec(text.slice(end, end + 6));
      if (outWord && LEMMA_BY_FORM.has(`${word} out`)) out.push({ index: m.index, text: text.slice(m.index, end + outWord[0].length) });
      continue;
    }
    if (LEMMA_BY_FORM.has(word)) out.push({ index: m.index, text: word });
  }
  return out;
}

function hasCue(text: string): CueMatch | null {
  return findCues(text)[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Quotation marks.

interface Quote {
  /** Paragraph-local index of the opening mark. */
  open: number;
  /** Paragraph-local index just after the closing mark (or the guessed end when unclosed). */
  close: number;
  closed: boolean;
}

const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/** Double-quote regions of a paragraph; straight quotes are paired by which side has a space. */
function findDoubleQuotes(p: string): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  const closeUnclosed = (at: number) => {
    let end = at;
    while (end > openAt && isSpace(p[end - 1])) end--;
    quotes.push({ open: openAt, close: end, closed: false });
    openAt = -1;
  };
  for (let i = 0; i < p.length; i++) {
    let ch = p[i];
    // Two apostrophes stand for a double quotation mark in some wire copy (the NYT's ''…'').
    let width = 1;
    // "…'We'll bomb them,''' said McCain": an inner single quote closing right before the double one.
    if (ch === "'" && p[i + 1] === "'" && p[i + 2] === "'" && openAt >= 0) continue;
    if ((ch === "'" && p[i + 1] === "'") || (ch === "`" && p[i + 1] === "`")) {
      width = 2;
      const prev = p[i - 1];
      const next = p[i + 2];
      ch = ch === "`" ? "“" : openAt >= 0 && !(isSpace(prev) && !isSpace(next)) ? "”" : isSpace(prev) || i === 0 || /[(\[—–-]/.test(prev ?? "") ? "“" : "”";
    }
    if (ch === "“" || ch === "«" || ch === "„") {
      if (openAt >= 0) closeUnclosed(i);
      openAt = i;
      i += width - 1;
    } else if (ch === "”" || ch === "»") {
      if (openAt >= 0) {
        quotes.push({ open: openAt, close: i + width, closed: true });
        openAt = -1;
      }
      i += width - 1;
    } else if (ch === '"') {
      const prev = p[i - 1];
      const next = p[i + 1];
      const looksOpening = (isSpace(prev) || /[(\[—–-]/.test(prev ?? "")) && !isSpace(next);
      if (openAt >= 0) {
        if (looksOpening && i > openAt + 1) {
          closeUnclosed(i);
          openAt = i;
        } else {
          quotes.push({ open: openAt, close: i + 1, closed: true });
          openAt = -1;
        }
      } else if (!isSpace(next) || i === 0) {
        openAt = i;
      }
    }
  }
  if (openAt >= 0) closeUnclosed(p.length);
  return quotes;
}

/** Single-quote regions ('dividing lines'), told apart from apostrophes (alliance’s, don’t). */
function findSingleQuotes(p: string, doubles: Quote[]): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch !== "‘" && ch !== "’" && ch !== "'") continue;
    if (ch === "'" && (p[i + 1] === "'" || p[i - 1] === "'")) continue;
    const prev = p[i - 1];
    const next = p[i + 1];
    if (openAt < 0) {
      if ((ch === "‘" || ch === "'") && (isSpace(prev) || /[“"(\[—–-]/.test(prev ?? "")) && isLetterOrDigit(next)) openAt = i;
    } else if ((ch === "’" || ch === "'") && !isLetterOrDigit(next) && !isSpace(prev) && !/s/i.test(prev ?? "") || ((ch === "’" || ch === "'") && /s/i.test(prev ?? "") && /[.,;:!?”"]/.test(next ?? "") )) {
      quotes.push({ open: openAt, close: i + 1, closed: true });
      openAt = -1;
    } else if ((ch === "’" || ch === "'") && /s/i.test(prev ?? "") && isSpace(next) && i - openAt > 3) {
      // "the Clintons’ foundation" is a possessive, but "‘the dividing lines’ between" closes a quote:
      // only close when a double-quote or sentence boundary does not intervene.
      quotes.push({ open: openAt, close: i + 1, closed: true });
      openAt = -1;
    }
  }
  return quotes.filter((q) => !doubles.some((d) => q.open < d.open && q.close > d.open));
}

// ---------------------------------------------------------------------------------------------
// Sentences.

const ABBREVIATIONS = new Set(
  `mr mrs ms dr sen sens rep reps gov govs gen lt col maj capt sgt adm cmdr st jr sr prof rev gov fr no nos vs
  etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec ft mt pres supt det hon atty amb
  ariz calif colo conn fla ga ill ind kan ky la mass md mich minn miss mo mont neb nev okla ore pa tenn tex
  va vt wash wis wyo`.split(/\s+/),
);
const SENTENCE_STARTERS = new Set(
  `he she they we i it the a an but and in on at this that these those there his her their its our
  after before when while if as so yet still however meanwhile also then now some many most no one`.split(/\s+/),
);

function insideAny(pos: number, regions: Quote[]): boolean {
  for (const q of regions) if (q.closed && pos > q.open && pos < q.close - 1) return true;
  return false;
}

/** Sentence spans of a paragraph (local offsets); closed quotations are never split. */
function splitSentences(p: string, protect: Quote[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < p.length && isSpace(p[start])) start++;
  const re = /[.!?]+[”"’'»)\]]*(?=\s+[\p{Lu}“"‘'(\d«])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p))) {
    const end = m.index + m[0].length;
    // A period just inside a closing quotation mark ends the sentence (“…today.” Cruz said…); one in
    // the middle of a quotation does not.
    if (insideAny(end - 1, protect)) continue;
    if (m[0][0] === ".") {
      const before = /([\p{L}.]+)$/u.exec(p.slice(Math.max(0, m.index - 12), m.index));
      const word = before?.[1] ?? "";
      const bare = word.replace(/\./g, "").toLowerCase();
      const nextWord = (/^\s+["“‘']?([\p{L}]+)/u.exec(p.slice(end))?.[1] ?? "").toLowerCase();
      if (/^\p{Lu}$/u.test(word)) continue; // an initial: "John F. Kennedy"
      if (ABBREVIATIONS.has(bare) && !/^[”"’']/.test(p.slice(m.index + 1))) continue;
      if (/\./.test(word) && !SENTENCE_STARTERS.has(nextWord)) continue; // "U.S. Senate"
    }
    out.push({ start, end });
    start = end;
    while (start < p.length && isSpace(p[start])) start++;
  }
  if (start < p.length) {
    let end = p.length;
    while (end > start && isSpace(p[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Noun phrases next to a cue.

/** Words that end a subject noun phrase when scanning backwards from the verb. */
const NP_STOP = new Set(
  `is was are were be been being am has have had will would can could should may might must do does did
  not that which who whom whose what when where why how if then than so because while although though as
  and or but nor yet in on at with from into onto about over under after before since during without
  within through against between among to by also even just still only once again later earlier
  previously recently repeatedly publicly privately reportedly often never always already soon now here
  there it’s it's said says say told added stated wrote asked this these those believe believes believed
  think thinks thought know knows knew hope hopes hoped fear fears feared expect expects expected want wants
  wanted feel feels felt see sees saw say agree agrees agreed worry worries worried suspect suspects made
  makes struck took takes gave gives went goes came comes got gets ran runs won wins lost held brought left
  put sent spent met led paid found kept began became drew grew knew stood spoke hit cut let seemed seems
  appeared appears remains remained`.split(/\s+/),
);
const NP_TRAILING_ADJUNCT = /(?:,?\s+(?:has|have|had|also|later|previously|again|then|once|repeatedly|recently|publicly|privately|would|will|did|does|do|never|often|reportedly|quickly|simply|flatly|further|first|initially|subsequently|earlier|now|since|[a-z]+ly|(?:on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))+\s*$/u;
const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "you", "one"]);
const DAYS_MONTHS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec)$/;

export interface SpeakerPhrase {
  text: string;
  /** Local offset within the paragraph. */
  start: number;
}

/** The subject noun phrase ending at `end` (exclusive) inside p[from..end], or null. */
function subjectBefore(p: string, from: number, end: number): SpeakerPhrase | null {
  // "Sen. Elizabeth Warren (D-MA) said": the party tag is not the speaker.
  let left = p.slice(from, end).replace(/\s*\([^()]{1,30}\)\s*$/, "");
  const adj = NP_TRAILING_ADJUNCT.exec(left);
  if (adj) left = left.slice(0, adj.index);
  left = left.replace(/\s+$/, "");
  if (!left) return null;
  const tokens = [...left.matchAll(/[^\s]+/g)];
  let i = tokens.length - 1;
  let first = -1;
  let words = 0;
  for (; i >= 0; i--) {
    const raw = tokens[i]![0];
    if (/[,;:“”"()—–]$/.test(raw) && i !== tokens.length - 1) break;
    if (/^[“"(—–]/.test(raw)) break;
    const w = raw.replace(/[,;:.!?”"’')]+$/, "").replace(/^[“"‘'(]+/, "");
    const lower = w.toLowerCase();
    if (!w) break;
    if (NP_STOP.has(lower)) break;
    if (/^\p{Ll}/u.test(w) && /(?:ed|ing)$/.test(lower) && !/^(?:head|red|bed|speed|king|thing|ring|wing|being)$/.test(lower) && words > 0 && !/(?:based|led|backed|funded|affiliated|owned|appointed|elected|run)$/.test(lower)) break;
    if (DAYS_MONTHS.test(w) && words > 0) break;
    if (/^(?:1[89]|20)\d\d$/.test(w) || (/^\d/.test(w) && /[:/]/.test(w))) break;
    first = i;
    words++;
    if (words > 10) return null;
    if (PRONOUNS.has(lower)) break;
  }
  if (first < 0) return null;
  // A noun phrase cannot start with a preposition-like leftover; trim leading "of"/"for".
  while (first < tokens.length && /^(?:of|for|'s|’s)$/i.test(tokens[first]![0])) first++;
  if (first >= tokens.length) return null;
  const startLocal = from + tokens[first]!.index!;
  const text = p.slice(startLocal, from + left.length).replace(/[,\s]+$/, "").replace(/\s+(?:himself|herself|themselves|itself)$/, "");
  if (!text) return null;
  if (!isPlausibleSubjectText(text)) return null;
  if (!isPlausibleSpeaker(text)) return null;
  return { text, start: startLocal };
}

/**
 * The subject when appositives stand between it and the verb: "Marla Kilfoyle, executive director of
 * the group, said", "Tom Fitton, the president of Judicial Watch, a conservative group, said",
 * "Kasich (who has 25 delegates) said".
 */
function subjectBeforeAppositives(p: string, from: number, cueStart: number): SpeakerPhrase | null {
  let left = p.slice(from, cueStart).replace(/\s+$/, "");
  // "Many speakers at the service — including Muslims, Christians — said".
  const dashed = /\s*[—–―][^—–―]{1,120}[—–―]$/u.exec(left);
  if (dashed) {
    const cand = subjectBefore(p, from, from + dashed.index);
    if (cand) return cand;
  }
  if (left.endsWith(")")) {
    const open = left.lastIndexOf("(");
    if (open < 0) return null;
    const cand = subjectBefore(p, from, from + open);
    return cand && /\p{Lu}/u.test(cand.text) ? cand : null;
  }
  left = left.replace(/,$/, "");
  {
    // "the director of the F.B.I., James B. Comey, said": the name in apposition speaks.
    const comma = left.lastIndexOf(",");
    const seg = left.slice(comma + 1).trim();
    if (comma > 0 && /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]+$/u.test(seg) && isPlausibleSubjectText(seg)) {
      return { text: seg, start: from + left.lastIndexOf(seg) };
    }
  }
  for (let depth = 0; depth < 3; depth++) {
    const comma = left.lastIndexOf(",");
    if (comma <= 0) return null;
    const appositive = left.slice(comma + 1).trim();
    if (!/^(?:a|an|the|who|whose|which|\d{1,3}$|[\p{Ll}]|[RDI]-|\p{Lu}[\p{L}.]*\s+(?:of|at|for)\b|(?:\p{Lu}\S*\s+)*(?:president|director|chairman|chair|spokes\w+|secretary|professor|head|founder|ceo))/u.test(appositive)) return null;
    if (appositive.split(/\s+/).length > 25) return null;
    left = left.slice(0, comma);
    const prevComma = left.lastIndexOf(",");
    // "Rep. Elijah Cummings (D-Md.), chair of…": the party tag is not part of the name.
    const bare = left.replace(/\s*\([^()]{1,30}\)\s*$/, "");
    const cand = subjectBefore(p, from + prevComma + 1, from + bare.length);
    if (cand && /\p{Lu}/u.test(cand.text) && !/^(?:a|an|the)\s/i.test(appositive) === false) return cand;
    if (cand && /\p{Lu}/u.test(cand.text) && /^\p{Lu}/u.test(cand.text)) return cand;
  }
  return null;
}

/** The last clause boundary before `end` in the sentence, and a quotation the cue may follow. */
function clauseBoundary(p: string, sent: Span, end: number, doubles: Quote[]): { boundary: number; afterQuote: Quote | null } {
  const leftText = p.slice(sent.start, end);
  const inQuote = (pos: number) => doubles.some((q) => pos > q.open && pos < q.close);
  let boundary = sent.start;
  let afterQuote: Quote | null = null;
  const re = /(?:[,;:—–]|\s-{1,2}\s|(?:[”"]|'')(?=[\s,]))\s*/g;
  let b: RegExpExecArray | null;
  while ((b = re.exec(leftText))) {
    const at = sent.start + b.index;
    if (inQuote(at) && !/[”"']/.test(b[0])) continue;
    boundary = at + b[0].length;
  }
  let lastQuote: Quote | undefined;
  for (const q of doubles) if (q.closed && q.close <= end && q.close >= sent.start) lastQuote = q;
  const betweenLen = lastQuote ? p.slice(lastQuote.close, end).replace(/^[\s,]+/, "").length : 0;
  if (lastQuote && (betweenLen < 60 || (betweenLen < 160 && /,/.test(p.slice(lastQuote.close + 1, end)))) && /^[,\s—–-]*$|^[,.?!\s]*\s/.test(p.slice(lastQuote.close, lastQuote.close + 2))) {
    // "…,” he said" / "…,” said Lavrov" / "…,” J. Gerald Hebert, executive director…, said".
    const between = p.slice(lastQuote.close, end);
    const otherCue = hasCue(between);
    // A short title in quotation marks ("on Fox News’s “Hannity,” Gingrich said…") is not the content.
    const lead = p.slice(Math.max(sent.start, lastQuote.open - 12), lastQuote.open);
    const quoteWords = p.slice(lastQuote.open, lastQuote.close).split(/\s+/).length;
    const isTitle = quoteWords < 5 && /(?:[’']s|\b(?:on|in|of|called|titled|named|dubbed))\s*$/.test(lead);
    if (
      !isTitle &&
      !/[.;:!?]/.test(between.replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr)\.|\b\p{Lu}\./gu, "")) &&
      !/\b(?:that|and|but|because|though|although|while)\b|(?<!,\s*)\b(?:which|who)\b/.test(between) &&
      !otherCue
    ) {
      afterQuote = lastQuote;
    }
    if (lastQuote.close > boundary) boundary = lastQuote.close;
  }
  return { boundary, afterQuote };
}

/** The noun phrase that is the subject of a verb starting at `end`. */
function findSubject(p: string, sent: Span, end: number, doubles: Quote[]): SpeakerPhrase | null {
  const { boundary } = clauseBoundary(p, sent, end, doubles);
  const direct = subjectBefore(p, boundary, end);
  if (direct) return direct;
  if (/(?:,|\))\s*$/.test(p.slice(sent.start, end))) return subjectBeforeAppositives(p, sent.start, end);
  return null;
}

/** Capitalised only because they open a sentence. */
const SENTENCE_OPENERS = new Set(
  `the a an this that these those he she it they we i you his her their its our my but and or so yet if
  when while as after before since because although though in on at for with by from of to during also
  then now there here still even just meanwhile however instead yes no some many most all both each
  every one two three last next first new according asked speaking`.split(/\s+/),
);

const FINITE_VERB = /\s(?:has|have|had|is|was|are|were|will|would|could|should|did|does|can|may|might|must|[a-z]{3,}ed|(?:says|said|told|tells|wrote|writes|made|makes|took|takes|gave|gives|went|goes|came|comes|held|holds|got|gets|ran|runs|won|wins|lost|spoke|speaks))\b/g;

/** The subject of the sentence's main clause: the noun phrase before its first finite verb. */
function sentenceSubject(p: string, sent: Span, before: number, doubles: Quote[]): SpeakerPhrase | null {
  const s = p.slice(sent.start, before);
  FINITE_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FINITE_VERB.exec(s))) {
    const at = sent.start + m.index;
    if (doubles.some((q) => at > q.open && at < q.close)) continue;
    const subj = findSubject(p, sent, at, doubles);
    if (subj) return subj;
    // Only the first finite verb outside quotations can head the main clause.
    break;
  }
  // A sentence that opens with a name has it as subject, whatever irregular verb follows
  // ("Carly Fiorina threw her support behind…, saying…", "Rubio hit back, saying…").
  const lead = /^((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:\p{Lu}[\p{L}’'-]+\.?\s+){0,3}\p{Lu}[\p{L}’'-]+)(?:\s+\([^)]{1,20}\))?,?\s+\p{Ll}/u.exec(s);
  if (!lead) return null;
  const words = lead[1]!.split(/\s+/);
  if (SENTENCE_OPENERS.has(words[0]!.toLowerCase()) || NOT_NAME_WORDS.has(words[words.length - 1]!.toLowerCase())) return null;
  return isPlausibleSubjectText(lead[1]!) ? { text: lead[1]!, start: sent.start } : null;
}

const SPEAKER_NOUNS = /\b(?:spokes(?:man|woman|person|men|people)|officials?|aides?|advisers?|advisors?|sources?|minister|secretary|president|senator|governor|candidate|nominee|agency|campaign|spokes|statement|report|reports|analysts?|experts?|critics?|supporters?|leaders?|lawmakers?|members?|democrats?|republicans?|people|voters?|observers?|residents?|police|authorities|investigators?|prosecutors?|lawyers?|attorneys?|judge|court|poll|survey|study|website|newspaper|network|organization|group|committee|office|department|administration|official|source|friend|counterpart|head|chief|director|chairman|chairwoman|chair|founder|executive|economists?|strategists?|pollsters?|consultants?|staff|staffers?|team|manager|operatives?|activists?|allies|ally|partners?|opponents?|rivals?|mogul|billionaire|businessman|businesswoman|developer|star|host|anchor|reporters?|journalists?|editor|columnist|writer|author|historian|professor|scholar|researchers?|scientists?|doctor|mayor|speaker|leader|representative|congressman|congresswoman|delegates?|whip|justice|general|commander|ambassador|diplomat|envoy|administrator|commissioner|sheriff|chief|official|insider|veteran|wife|husband|daughter|son|mother|father|brother|sister|man|woman|men|women|percent|majority|third|half|quarter|plurality|who|frontrunner|front-runner|contender|hopeful|incumbent|challenger|rival|opponent|governor|nominee|candidate|senators|representatives|governors|candidates|party|house|senate|cnn|times|post|press)\b/i;

/** One capitalised adverb or participle opening a sentence ("Later", "Hastily", "Continuing") is no subject. */
const LONE_NON_SUBJECT = /^(?:\p{Lu}\p{Ll}+(?:ly|ing|ward|wards)|Later|Earlier|Over|Back|Then|Now|Still|Also|Instead|Meanwhile|However|Again|Finally|Yesterday|Today|Tonight|Here|There|Asked|Overall|Once|Soon|Next|First|Afterward|Together|Separately|Privately|Publicly|Elsewhere|Otherwise|Indeed)$/u;

function isPlausibleSubjectText(text: string): boolean {
  if (LONE_NON_SUBJECT.test(text)) return false;
  if (/[“”"«»]/.test(text) || /[’']\s*(?:m|re|ve|ll|d)\b/i.test(text) || /^(?:it|that|there|what|here)[’']s$/i.test(text)) return false;
  if (isPlaceName(text)) return false;
  return true;
}

const NOT_SPEAKER_HEADS = /^(?:it|this|that|which|what|there|here|one|ones|something|anything|nothing|everything|so|such|time|times|way|thing|things|day|days|year|years|week|weeks|also|then|now|as|well|first|ever|twice|once|both|again|security|all|too|only|even|just|much|more|most|less|least|far|long|later|earlier|instead)$/;

function isPlausibleSpeaker(text: string): boolean {
  if (/^\p{Lu}/u.test(text) || /\s\p{Lu}/u.test(text)) return true;
  const lower = text.toLowerCase();
  if (PRONOUNS.has(lower)) return true;
  if (SPEAKER_NOUNS.test(lower)) return true;
  const words = lower.split(/\s+/);
  const head = words[words.length - 1]!;
  // Any short noun phrase with a plausible head ("some families", "one person") can report speech.
  return words.length <= 6 && !NOT_SPEAKER_HEADS.test(head) && !/(?:ly|ing|ed)$/.test(head);
}

/** The noun phrase right after an inverted cue ("…,” said Sen. Ted Cruz, R-Texas."). */
function subjectAfter(p: string, from: number, limit: number): SpeakerPhrase | null {
  const rest = p.slice(from, limit);
  const tokens = [...rest.matchAll(/[^\s]+/g)];
  let end = -1;
  for (let i = 0; i < tokens.length && i < 10; i++) {
    const raw = tokens[i]![0];
    const w = raw.replace(/[,;:!?)—–]+$/, "");
    const lower = w.toLowerCase().replace(/\.$/, "");
    if (i > 0 && /^(?:in|on|at|during|after|before|who|when|while|as|to|via|from|with|last|this|and|but|because|adding|saying|noting|referring|told|said|of|that|than)$/.test(lower)) break;
    if (/^[(“"‘]/.test(raw)) break;
    end = tokens[i]!.index! + w.length;
    if (/[,;:!?)—–]$/.test(raw)) break;
    // A period ends the phrase unless it closes an abbreviation or an initial ("Sen.", "F.").
    if (/\.$/.test(w) && !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr|U\.S|\p{Lu})\.$/u.test(w)) {
      end--;
      break;
    }
  }
  if (end <= 0) return null;
  const startOff = tokens[0]!.index!;
  const text = rest.slice(startOff, end).replace(/[.,]$/, "");
  if (!text || NP_STOP.has(text.toLowerCase().split(/\s+/)[0]!)) return null;
  if (!isPlausibleSpeaker(text) || !isPlausibleSubjectText(text)) return null;
  const named = appositiveName(p, from + startOff + text.length);
  if (named && !/\p{Lu}/u.test(text.replace(/^\p{Lu}/u, ""))) return named;
  return { text, start: from + startOff };
}

/** ", Rich Beeson," right after a description names the person it describes. */
function appositiveName(p: string, at: number): SpeakerPhrase | null {
  const m = /^,\s+((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]+)(?=\s*[,.;]|\s*$|\s+(?:said|says|told|who))/u.exec(p.slice(at, at + 60));
  if (!m) return null;
  return { text: m[1]!, start: at + m[0].indexOf(m[1]!) };
}

// ---------------------------------------------------------------------------------------------
// What follows a cue.

const ADJUNCT_START = /^(?:,\s*)?(?:(?:in|on|at|during|after|before|via|through|from|to|with|over|about|of|outside|inside|while|last|this|earlier|late|early|yesterday|today|tonight|again|also|later|repeatedly|recently|previously|publicly|privately|flatly|simply|bluntly|then|once|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[a-z]+ly)\b)/u;
/** A sentence opening with one of these sets a scene ("In a statement, …"); it is not reported speech. */
const ADVERBIAL_OPENER = /^\s*(?:<|(?:After|Before|When|Whenever|While|As|In|On|At|During|Since|Although|Though|Even|Because|If|Unless|Until|Asked|Speaking|Responding|Despite|For|With|Without|Following|Earlier|Later|Last|Referring|Recalling|Campaigning|Addressing|Writing|Citing|Pressed|Like|Unlike|Under|Over|From|Through|Ahead|Shortly|Soon|Once|Today|Yesterday|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|By|Of|To|Amid|Among|Within|Outside|Inside|Toward|Towards|Against|Into|Upon|Throughout|Where|Whether|Having|Being|Given|Standing|Appearing|Talking)\b)/u;


interface AfterCue {
  /** Local offset where the content begins, or -1 when the sentence ends first. */
  contentStart: number;
  hadThat: boolean;
  /** The cue is directly followed by ":" or "," and a quotation. */
  quoteAt: Quote | null;
}

function analyseAfterCue(p: string, cueEnd: number, sentEnd: number, lemma: string, quotes: Quote[]): AfterCue {
  let i = cueEnd;
  const skipSpace = () => {
    while (i < sentEnd && isSpace(p[i])) i++;
  };
  skipSpace();
  const quoteStartingAt = (pos: number) => quotes.find((q) => q.open === pos) ?? null;
  // "that" within a short distance settles it ("said in an interview with CNN on Sunday that…").
  const window = p.slice(i, Math.min(sentEnd, i + 90));
  const thatM = /^(?:[^“"”.;:!?]{0,80}?)\bthat\b\s*/u.exec(window);
  if (thatM) {
    const before = window.slice(0, thatM[0].length - (thatM[0].length - thatM[0].search(/\bthat\b/)));
    const firstWord = /^[\p{L}’'-]+/u.exec(window)?.[0] ?? "";
    const plausible =
      before.trim() === "" ||
      ADJUNCT_START.test(before) ||
      /^,\s*[a-z]+,\s*$/.test(before) ||
      (ADDRESSEE_LEMMAS.has(lemma) && before.split(/\s+/).filter(Boolean).length <= 12) ||
      (/^(?:reporters|him|her|them|us|me|supporters|voters|the|a|an|[\p{Lu}])/u.test(before) && before.split(/\s+/).filter(Boolean).length <= 6 && lemma === "tell");
    const finiteBefore = /\b(?:is|was|are|were|has|have|had|will|would|can|could|does|did|be)\b/.test(before);
    if ((plausible && !finiteBefore && !/^(?:that|this)$/i.test(firstWord)) || before.trim() === "") {
      const start = i + thatM[0].length;
      if (start < sentEnd) return { contentStart: start, hadThat: true, quoteAt: quoteStartingAt(start) };
    }
  }
  // Addressee: "told reporters", "told CNN’s Jake Tapper", "told him".
  if (ADDRESSEE_LEMMAS.has(lemma)) {
    const obj =
      /^(?:(?:reporters|him|her|them|us|me|you|supporters|voters|journalists|(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s?)+(?:’s|'s)?(?:\s+(?:\p{Lu}[\p{L}.’'-]*\s?)+)?|(?:the|a|an|his|her|their|its)\s+(?:(?!(?:that|they|he|she|it|we|i|you|there|the|a|an)\b)[\p{L}’'-]+\s+){0,3}?(?:(?!(?:that|they|he|she|it|we|i|you|there)\b)[\p{L}’'-]+))(?=\s*(?:[,:“"]|$)|\s+(?:that|they|he|she|it|we|I|you|there|the|a|an|his|her|their|this|these|on|in|at|during|after|before|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\s*)/u.exec(
        p.slice(i, sentEnd),
      );
    if (obj && obj[0].trim()) i += obj[0].length;
  }
  // Adjuncts: "on Tuesday", "in a statement", "at a rally in Iowa", "Monday night", "— on Twitter —".
  for (let guard = 0; guard < 4; guard++) {
    skipSpace();
    const dashed = /^[—–―]\s*[^—–―.!?“"]{1,80}[—–―]\s*/u.exec(p.slice(i, sentEnd));
    if (dashed) {
      i += dashed[0].length;
      continue;
    }
    const rest = p.slice(i, sentEnd);
    const a = ADJUNCT_START.exec(rest);
    if (!a) break;
    // An adjunct runs to a comma, a colon, a quote or the start of a clause.
    const m = /^(?:,\s*)?[\p{L}’'-]+(?:\s+(?!(?:the|a|an|he|she|it|they|we|i|you|there|his|her|their|this|that)\b)[\p{L}\p{N}’'.-]+){0,7}?(?=\s*(?:[,:“"]|$)|\s+(?:the|a|an|he|she|it|they|we|i|you|there|his|her|their|this|that|[\p{Lu}]\p{Ll}+\s+(?:is|was|has|had|will|would|can|could|should|did|does|are|were))\b)/u.exec(rest);
    if (!m) break;
    i += m[0].length;
    // "said in a statement the plan…": the determiner starts the clause only if an adjunct
    // preposition was followed by a noun already; otherwise "in the statement" is still the adjunct.
    const after = p.slice(i).replace(/^\s+/, "");
    if (/^(?:the|a|an)\b/.test(after) && /^(?:,\s*)?(?:in|on|at|during|via|through|from|with|over)\s*$/.test(m[0].trim())) {
      const n = /^\s*(?:the|a|an)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?/u.exec(p.slice(i));
      if (n) i += n[0].length;
    }
  }
  skipSpace();
  if (p[i] === "," || p[i] === ":" || p[i] === "—" || p[i] === "–") {
    i++;
    skipSpace();
  }
  if (i >= sentEnd) return { contentStart: -1, hadThat: false, quoteAt: null };
  const q = quoteStartingAt(i);
  if (q) return { contentStart: i, hadThat: false, quoteAt: q };
  if (/^[.!?]/.test(p[i] ?? "")) return { contentStart: -1, hadThat: false, quoteAt: null };
  return { contentStart: i, hadThat: false, quoteAt: null };
}

// ---------------------------------------------------------------------------------------------
// Statements.

export interface RawStatement extends Span {
  kind: StatementKind;
  cue: string | null;
  cueSpan: Span | null;
  speakerAsWritten: string | null;
  speakerSpan: Span | null;
  /** How the speaker was found: a noun phrase, the subject of the sentence, or the previous speaker. */
  speakerMode: "phrase" | "sentence-subject" | "previous";
  confidence: number;
  rule: string;
  /** The sentence (or sentences) the statement stands in: context for topics and speaker resolution. */
  context: Span;
}

function trimSpan(p: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;:—–-]/.test(p[start]!)) start++;
  while (end > start && /[\s,;:—–]/.test(p[end - 1]!)) end--;
  // A trailing period belongs to the sentence, not to the reported clause (but stays inside quotes).
  if (end > start && /[.]/.test(p[end - 1]!) && !/[”"’']/.test(p[end - 2] ?? "")) end--;
  return [start, end];
}

function kindOf(p: string, start: number, end: number, doubles: Quote[], singles: Quote[]): StatementKind {
  const inner = doubles.filter((q) => q.open >= start && q.close <= end + 1);
  if (inner.length > 0) {
    let quoted = 0;
    for (const q of inner) quoted += Math.min(q.close, end) - q.open;
    const outside = end - start - quoted;
    let unquoted = "";
    let pos = start;
    for (const q of inner) {
      if (q.open > pos) unquoted += p.slice(pos, q.open);
      pos = Math.max(pos, q.close);
    }
    if (pos < end) unquoted += p.slice(pos, end);
    if (outside <= 0 || !/[\p{L}\p{N}]/u.test(unquoted)) return "direct";
    return "mixed";
  }
  if (singles.some((q) => q.open >= start && q.close <= end + 1 && q.close - q.open > 8)) return "mixed";
  return "indirect";
}

const NOT_A_CUE_BEFORE = /(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those|of|to|was|were|is|are|be|been|being|am|that’s|it’s)\s+|[’']s\s+)$/i;

interface ParagraphScan {
  /** The paragraph's text and where it starts in the source. */
  p: string;
  base: number;
  doubles: Quote[];
  singles: Quote[];
  /** Statements found so far in this paragraph. */
  local: RawStatement[];
}

/**
 * Applies the rules to one cue of a sentence, adding what it finds to `ctx.local`. Returns the
 * "X said:" attribution when the cue ends its paragraph with a colon (its quotation is in the next).
 */
function overlapsAny(local: RawStatement[], base: number, s: number, e: number): boolean {
  for (const st of local) if (st.start - base < e && st.end - base > s) return true;
  return false;
}

function insideQuote(doubles: Quote[], pos: number): boolean {
  for (const q of doubles) if (pos > q.open && pos < q.close) return true;
  return false;
}

function handleCue(ctx: ParagraphScan, sent: Span, cue: CueMatch): RawStatement | null {
  const { p, base, doubles, singles, local } = ctx;
  const covered = (s: number, e: number) => overlapsAny(local, base, s, e);
  const inQuote = (pos: number) => insideQuote(doubles, pos);

  const cueStart = sent.start + cue.index;
  const cueEnd = cueStart + cue.text.length;
  if (inQuote(cueStart)) return null;
  const cueWord = cue.text;
  if (/^[Aa]ccording\s+to$/.test(cueWord)) {
    const st = according(p, base, sent, cueStart, cueEnd, doubles, singles);
    if (st && !covered(st.start - base, st.end - base)) local.push(st);
    return null;
  }
  const lemma = speechLemma(cueWord);
  if (!lemma) return null;
  const before = p.slice(Math.max(sent.start, cueStart - 30), cueStart);
  if (NOT_A_CUE_BEFORE.test(before) && !/\b(?:went on to|goes on to)\s+$/.test(before)) return null;
  if (/^That\s+said\s*,/.test(p.slice(cueStart - 5, cueEnd + 2)) || /^That\s*$/.test(p.slice(sent.start, cueStart))) return null;
  const weak = WEAK_LEMMAS.has(lemma);
  const leftText = p.slice(sent.start, cueStart);
  // "…, saying that…", "…and pointedly saying…", "…and said he had…": the sentence's subject speaks.
  const isParticiple = /ing$/.test(cueWord) && /(?:,|—|\b(?:and|by|while|before|after|when|in))\s+(?:[a-z]+ly\s+)?$/.test(leftText);
  const coordinated = !isParticiple && /\b(?:and|but|then)\s+(?:(?:also|later|then|again|has|have|had|[a-z]+ly)\s+)*$/.test(leftText);
  const relative = /(?:^|[\s,])(?:who|which)\s+(?:(?:also|has|have|had|later|then|once|[a-z]+ly)\s+)*$/.test(leftText);

  // Where the subject may start: after the last clause boundary before the cue.
  const clause = clauseBoundary(p, sent, cueStart, doubles);
  const boundary = clause.boundary;
  let afterQuote = clause.afterQuote;
  let subject: SpeakerPhrase | null = null;
  let speakerMode: RawStatement["speakerMode"] = "phrase";
  let inverted = false;
  if (isParticiple || coordinated) {
    subject = sentenceSubject(p, sent, cueStart, doubles);
    speakerMode = "sentence-subject";
  } else if (relative) {
    const who = /(?:who|which)\s+(?:(?:also|has|have|had|later|then|once|[a-z]+ly)\s+)*$/.exec(leftText)!;
    const end = sent.start + who.index;
    const trimmed = p.slice(sent.start, end).replace(/[,\s]+$/, "");
    subject = findSubject(p, sent, sent.start + trimmed.length, doubles) ?? { text: who[0].split(/\s+/)[0]!, start: end };
  } else {
    subject = subjectBefore(p, boundary, cueStart);
    if (!subject && /(?:,|\)|[—–―])\s*$/u.test(leftText)) {
      subject = subjectBeforeAppositives(p, sent.start, cueStart);
    }
    if (!subject) {
      // Inverted order: "…,” said Makei." / "…, said the minister."
      const leftTrim = leftText.replace(/\s+$/, "");
      if (afterQuote || /,$/.test(leftTrim) || leftTrim === "") {
        const after = subjectAfter(p, cueEnd, sent.end);
        if (after) {
          subject = after;
          inverted = true;
        }
      }
    }
  }
  if (!subject && !(isParticiple || coordinated)) return null;
  // "…“turbulent election cycle” played out, he said": the quotation is inside the reported clause.
  if (afterQuote && subject && !inverted && /[\p{L}\p{N}]/u.test(p.slice(afterQuote.close, subject.start))) afterQuote = null;

  const cueSpan = { start: base + cueStart, end: base + cueEnd };
  const make = (start: number, end: number, rule: string, confidence: number): RawStatement | null => {
    [start, end] = trimSpan(p, start, end);
    if (end - start < 3) return null;
    if (!/[\p{L}\p{N}]/u.test(p.slice(start, end))) return null;
    return {
      start: base + start,
      end: base + end,
      kind: kindOf(p, start, end, doubles, singles),
      cue: cueWord,
      cueSpan,
      speakerAsWritten: subject?.text ?? null,
      speakerSpan: subject ? { start: base + subject.start, end: base + subject.start + subject.text.length } : null,
      speakerMode,
      confidence: speakerMode === "sentence-subject" ? confidence * 0.9 : confidence,
      rule,
      context: { start: base + sent.start, end: base + sent.end },
    };
  };
  const push = (st: RawStatement | null) => {
    if (st && !covered(st.start - base, st.end - base)) local.push(st);
    return st;
  };

  // "As Breitbart News reported, even on Friday, the White House was refusing…": the main clause
  // after the "As X said," lead-in is what was reported.
  if (!afterQuote && subject && /^\s*As\s+$/.test(p.slice(sent.start, subject.start))) {
    const lead = /^[^,;:“"]{0,60},\s*(?:[^,;:“"]{0,40},\s*)?/u.exec(p.slice(cueEnd, sent.end));
    if (lead) {
      push(make(cueEnd + lead[0].length, sent.end, "indirect-as-cue", 0.7));
      return null;
    }
  }

  // 1. The quotation comes first: "…,” he said. Maybe continued: "…,” he said. “…”
  if (afterQuote) {
    let end = afterQuote.close;
    let rule = "direct-quote-before-cue";
    // Split quotation: the attribution clause ends and another quotation follows directly.
    const tailStart = inverted && subject ? subject.start + subject.text.length : cueEnd;
    const tail = p.slice(tailStart);
    const tm = /^[^“"”.,;:!?]{0,150}?(?:[.,]\s*|\s+(?=[“"]|''))/u.exec(tail);
    if (tm) {
      const next = doubles.find((q) => q.open === tailStart + tm[0].length);
      if (next && !hasOwnCue(p, next, doubles)) {
        end = next.close;
        rule = "direct-quote-split";
      }
    }
    // "…and in doing so he “made a strategic mistake,” Lichtman said": the lead-in is reported too.
    let start = afterQuote.open;
    const leadIn = p.slice(sent.start, afterQuote.open);
    const quoteWords = p.slice(afterQuote.open, afterQuote.close).split(/\s+/).length;
    if (/[\p{L}\p{N}]/u.test(leadIn) && !/[:]\s*$/.test(leadIn) && quoteWords >= 4 && !ADVERBIAL_OPENER.test(leadIn) && !/^\s*</.test(leadIn)) {
      start = sent.start;
      rule = "mixed-before-cue";
    }
    const st = make(start, end, rule, 0.9);
    // The attribution inside a split quotation ("…,” he said. “…") does not make it mixed.
    if (st && rule === "direct-quote-split") st.kind = "direct";
    if (st) st.context = { start: base + Math.min(sent.start, afterQuote.open), end: base + Math.max(sent.end, end) };
    push(st);
    return null;
  }

  // 2. Content after the cue (a quotation or a reported clause) or before it.
  const subjectEnd = inverted && subject ? subject.start + subject.text.length : cueEnd;
  const after = analyseAfterCue(p, subjectEnd, sent.end, lemma, doubles);
  const rawAfter = p.slice(subjectEnd, sent.end);
  const beforeEnd = subject && !inverted && speakerMode === "phrase" ? subject.start : cueStart;
  const beforeText = p.slice(sent.start, beforeEnd);
  const beforeWords = beforeText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const parentheticalAfter = /^\s*,\s*\S/.test(rawAfter) && !/^\s*,\s*(?:adding|saying|noting|who|which|according|as|in|on|at|during|after|before|while)\b/.test(rawAfter);
  const hasBefore = speakerMode === "phrase" && /,\s*$/.test(beforeText) && (beforeWords >= 3 || (beforeWords >= 2 && parentheticalAfter));
  let clauseLike = false;
  let blocked = false;
  if (after.contentStart >= 0) {
    const contentFirst = p.slice(after.contentStart, after.contentStart + 40);
    const contentWords = p.slice(after.contentStart, sent.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    clauseLike = contentWords >= 3 || (after.hadThat && contentWords >= 2);
    blocked =
      (!after.hadThat && /^(?:to|for|about|of|on|with|by|from|into|at|as|goodbye|hello|nothing|something|anything|much|little|otherwise|so|yes|no|thanks|thank)\b/i.test(contentFirst)) ||
      (weak && !after.hadThat && !after.quoteAt);
  }
  // "In a statement, X said" / "Friday morning, as the parade rolled by, X said": scene-setting, no
  // reported clause. A reported clause has a finite verb and does not end in a subordinate one.
  const beforeCore = beforeText.replace(/,\s*$/, "");
  const lastSegment = beforeCore.slice(beforeCore.lastIndexOf(",") + 1);
  const sceneSetting =
    (ADVERBIAL_OPENER.test(beforeText) && !/,/.test(beforeCore)) ||
    ADVERBIAL_OPENER.test(lastSegment) ||
    !/\b(?:is|was|are|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|[a-z]{2,}ed|[a-z]{3,}s)\b|n[’']t\b/.test(beforeCore);
  if (inverted) {
    // "…, said Christine Link, executive director…": what comes before is reported.
    if (hasBefore || /,\s*$/.test(beforeText)) push(make(sent.start, cueStart, "indirect-before-cue", 0.7));
    return null;
  }
  if (after.quoteAt && !after.hadThat && lemma !== "call") {
    const q = after.quoteAt;
    let start = q.open;
    let end = q.close;
    let rule = "direct-quote-after-cue";
    // Words after the quotation in the same sentence are reported too ("… on how many jobs…").
    if (q.close < sent.end && /[\p{L}\p{N}]/u.test(p.slice(q.close, sent.end))) {
      end = sent.end;
      rule = "mixed-after-cue";
    }
    // "Particularly in poorer states, he said, “we don't know…”": the lead-in is reported too.
    if (hasBefore && parentheticalAfter) {
      start = sent.start;
      rule = "mixed-parenthetical";
    }
    const st = make(start, end, rule, 0.88);
    if (st) st.context = { start: base + sent.start, end: base + Math.max(sent.end, end) };
    push(st);
    return null;
  }
  if (after.hadThat && clauseLike) {
    push(make(after.contentStart, clauseEnd(p, after.contentStart, sent.end, doubles), "indirect-that", 0.8));
    return null;
  }
  if (hasBefore && parentheticalAfter && after.contentStart >= 0 && !blocked) {
    // "This campaign, he says, is different": the whole sentence is the statement.
    push(make(sent.start, sent.end, "indirect-parenthetical", 0.6));
    return null;
  }
  if (OBJECT_LEMMAS.has(lemma) && !OBJECT_NOUN_FORMS.has(cueWord.toLowerCase()) && !after.hadThat && !(hasBefore && !sceneSetting && !/^\s*[\p{L}“"]/u.test(rawAfter))) {
    // "accused Clinton of lying", "called for a ban", "asked whether…": the object is what was said.
    const obj = /^\s*(?:(?:also|again|repeatedly|publicly|privately|[a-z]+ly)\s+)*/u.exec(rawAfter)!;
    const objStart = subjectEnd + obj[0].length;
    const rest = p.slice(objStart, sent.end);
    const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    // "called" is a speech act only as "called for/on…" or "called X “…”" / "called him a liar".
    const callOk = lemma !== "call" || /^(?:for|on|upon)\b/.test(rest) || /[“"]|''/.test(rest) || /^(?:him|her|them|it|this|that|\p{Lu}\S*(?:\s+\p{Lu}\S*)?)\s+(?:a|an)\s/u.test(rest);
    // An adjunct is not an object ("warned on Wednesday"); "warned of", "asked about" are.
    const adjunctOnly = lemma !== "call" && /^(?:on|in|at|during|after|before|last|this|with|from|into|over|through)\b/.test(rest);
    if (callOk && !adjunctOnly && words >= 2 && /^[\p{L}\p{N}“"‘'$]/u.test(rest) && !/^(?:by|as if|it|that)\b/.test(rest)) {
      push(make(objStart, clauseEnd(p, objStart, sent.end, doubles), "indirect-object", 0.55));
      return null;
    }
  }
  if (hasBefore && !sceneSetting && (after.contentStart < 0 || !clauseLike || blocked || ADJUNCT_START.test(rawAfter.trim()))) {
    // "The alliance polishes it from summit to summit, he said."
    push(make(sent.start, beforeEnd, "indirect-before-cue", 0.7));
    return null;
  }
  if (after.contentStart >= 0 && clauseLike && !blocked) {
    push(make(after.contentStart, clauseEnd(p, after.contentStart, sent.end, doubles), "indirect-bare", 0.7));
    return null;
  }
  // "X said:" closing the paragraph introduces a quotation in the next one.
  if (/:\s*$/.test(p.slice(cueEnd, sent.end)) && sent.end >= p.trimEnd().length - 1) {
    return make(0, p.length, "pending", 0.8);
  }
  return null;
}

/**
 * Statements in the given paragraphs of `source`. Offsets are indices into `source`; the caller
 * passes only body paragraphs, so headlines and boilerplate never yield statements.
 */
export function extractStatements(source: string, paragraphs: Span[]): RawStatement[] {
  const out: RawStatement[] = [];
  let previous: RawStatement | null = null;
  let pendingColon: { speaker: RawStatement } | null = null;
  for (const para of paragraphs) {
    const p = source.slice(para.start, para.end);
    const base = para.start;
    const doubles = findDoubleQuotes(p);
    const singles = findSingleQuotes(p, doubles);
    const sentences = splitSentences(p, [...doubles.filter((q) => q.closed), ...singles]);
    const local: RawStatement[] = [];
    const ctx: ParagraphScan = { p, base, doubles, singles, local };
    const covered = (s: number, e: number) => local.some((st) => st.start - base < e && st.end - base > s);

    // A paragraph that is only a quotation, after "X said:" at the end of the previous one.
    if (pendingColon && doubles[0] && p.slice(0, doubles[0].open).trim() === "") {
      const q = doubles[0];
      local.push({
        start: base + q.open,
        end: base + q.close,
        kind: "direct",
        cue: pendingColon.speaker.cue,
        cueSpan: pendingColon.speaker.cueSpan,
        speakerAsWritten: pendingColon.speaker.speakerAsWritten,
        speakerSpan: pendingColon.speaker.speakerSpan,
        speakerMode: pendingColon.speaker.speakerMode,
        confidence: 0.8,
        rule: "direct-quote-next-paragraph",
        context: { start: base + q.open, end: base + q.close },
      });
    }
    pendingColon = null;

    for (const sent of sentences) {
      const s = p.slice(sent.start, sent.end);
      // "According to X" governs its whole sentence, so it goes first; other cues in reading order.
      const cues = findCues(s).sort((a, b) => Number(/^[Aa]ccording/.test(b.text)) - Number(/^[Aa]ccording/.test(a.text)) || a.index - b.index);
      for (const m of cues) {
        const pending = handleCue(ctx, sent, m);
        if (pending) pendingColon = { speaker: pending };
      }
    }

    // Quotations with no cue of their own right after a statement continue it.
    for (const q of doubles) {
      if (covered(q.open, q.close)) continue;
      const words = p.slice(q.open, q.close).split(/\s+/).length;
      if (words < 3) continue;
      const prevInPara = local.filter((st) => st.end - base <= q.open).pop();
      const prev = prevInPara ?? (previous && local.length === 0 ? previous : null);
      if (!prev || !prev.speakerAsWritten) continue;
      // Only a quotation that is a sentence of its own continues the previous speaker.
      const startsSentence = sentences.some((sn) => sn.start === q.open);
      if (!startsSentence) continue;
      local.push({
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
      });
    }
    local.sort((a, b) => a.start - b.start);
    if (local.length > 0) previous = local[local.length - 1]!;
    else if (p.trim()) previous = doubles.length > 0 ? previous : null;
    out.push(...local.filter((st) => st.rule !== "pending"));
  }
  return out;
}

/**
 * Where a reported clause ends: the sentence end, or earlier where the writer's own clause takes over
 * ("…, while those who…", "…; the poll also found…"), outside quotations.
 */
function clauseEnd(p: string, start: number, sentEnd: number, doubles: Quote[]): number {
  const re = /(?:,\s+(?:while|whereas|but|though|although|even though|even as|referring to|according to)\b|;\s)/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p)) && m.index < sentEnd) {
    const at = m.index;
    if (doubles.some((q) => at > q.open && at < q.close)) continue;
    // Keep at least a few words: "said, though, that…" is not a clause end.
    if (p.slice(start, at).split(/\s+/).length >= 4) return at;
  }
  return sentEnd;
}

/** True when a quotation is followed by its own attribution ("…,” he added). */
function hasOwnCue(p: string, q: Quote, doubles: Quote[]): boolean {
  const tail = p.slice(q.close, q.close + 60);
  const m = /^\s*([^.!?“"]*)/.exec(tail);
  if (!m) return false;
  const found = hasCue(m[1]!);
  return !!found && doubles.every((d) => d.open > q.close + m.index + found.index || d.open < q.close);
}

function according(
  p: string,
  base: number,
  sent: Span,
  cueStart: number,
  cueEnd: number,
  doubles: Quote[],
  singles: Quote[],
): RawStatement | null {
  // "According to X, CONTENT." or "CONTENT, according to X." (or "X, according to Y, …").
  const rest = p.slice(cueEnd, sent.end);
  const np = /^\s+((?:[^,.;:!?“"]|\.(?=\s?\p{Lu}\.)|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr))\.)+)/u.exec(rest);
  if (!np) return null;
  let speakerText = np[1]!.trim();
  // "according to a statement from the Trump campaign" → the source is whoever issued it.
  const from = /^(?:an?|the)\s+(?:\w+\s+)?(?:statement|report|tweet|post|letter|memo|release|transcript|interview|email|filing|document|account|readout)s?\s+(?:from|by|of|released by|issued by)\s+(.+)$/i.exec(speakerText);
  let speakerOffset = cueEnd + np[0].indexOf(np[1]!);
  if (from) {
    speakerOffset += speakerText.indexOf(from[1]!);
    speakerText = from[1]!;
  }
  if (speakerText.split(/\s+/).length > 12) return null;
  const npEnd = cueEnd + np[0].length;
  const atStart = p.slice(sent.start, cueStart).trim() === "";
  let start: number;
  let end: number;
  let rule: string;
  if (atStart) {
    start = npEnd;
    end = sent.end;
    rule = "according-to-before";
  } else {
    const beforeText = p.slice(sent.start, cueStart);
    const afterText = p.slice(npEnd, sent.end).replace(/^[,\s]+/, "");
    if (afterText.replace(/[.!?”"’'\s]+$/, "").length > 15 && /,\s*$/.test(beforeText)) {
      start = sent.start;
      end = sent.end;
      rule = "according-to-parenthetical";
    } else {
      start = sent.start;
      end = cueStart;
      rule = "according-to-after";
    }
  }
  [start, end] = trimSpan(p, start, end);
  if (end - start < 8) return null;
  return {
    start: base + start,
    end: base + end,
    kind: kindOf(p, start, end, doubles, singles),
    cue: p.slice(cueStart, cueEnd),
    cueSpan: { start: base + cueStart, end: base + cueEnd },
    speakerAsWritten: speakerText,
    speakerSpan: { start: base + speakerOffset, end: base + speakerOffset + speakerText.length },
    speakerMode: "phrase",
    confidence: 0.75,
    rule,
    context: { start: base + sent.start, end: base + sent.end },
  };
}
