// What stands on either side of a cue: after it, where the reported words begin ("that", a
// quotation, or a clause past the addressee and adjuncts: "told reporters on Tuesday that…"); before
// it, whether a reported clause or a scene-setting phrase ("In a statement, …") comes first.

import { MONTHS, WEEKDAYS } from "@/lib/domain/dates";
import type { Attribution } from "./attribution";
import { insideQuote, isSpace, type Quote } from "./quotes";
import { speechLemma } from "./cues";
import { ADDRESSEE_LEMMAS, THAT_ONLY_LEMMAS, WEAK_LEMMAS } from "./speech-verbs";

const WEEKDAY = WEEKDAYS.join("|");
const MONTH = MONTHS.join("|");

/** An adjunct after a verb: "on Tuesday", "in a statement", "at a rally", "repeatedly". */
export const ADJUNCT_START = new RegExp(String.raw`^(?:,\s*)?(?:(?:in|on|at(?!\s+(?:least|most)\b)|during|after|before|via|through|from|to|with|over|about(?!\s+(?:\d|a\s+(?:third|quarter|half|dozen|hundred|thousand)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|hundreds|thousands|millions)\b))|of|outside|inside|while|by|within|until|last|this(?=\s+(?:week|weekend|month|year|morning|afternoon|evening|night|summer|spring|autumn|fall|winter|season|time|${WEEKDAY})\b)|earlier|late|early|yesterday|today|tonight|again|also|later|afterwards|afterward|subsequently|beforehand|repeatedly|recently|previously|publicly|privately|flatly|simply|bluntly|then|once|(?:${WEEKDAY})(?![’']s)|[a-z]+ly)\b)`, "u");
/** A sentence opening with one of these sets a scene ("In a statement, …"); it is not reported speech. */
export const ADVERBIAL_OPENER = new RegExp(String.raw`^\s*(?:<|(?:After|Before|When|Whenever|While|As|In|On|At|During|Since|Although|Though|Even|Because|If|Unless|Until|Asked|Speaking|Responding|Despite|For|With|Without|Following|Earlier|Later|Last|Referring|Recalling|Campaigning|Addressing|Writing|Citing|Pressed|Like|Unlike|Under|Over|From|Through|Ahead|Shortly|Soon|Once|Today|Yesterday|Tonight|(?:${WEEKDAY}|${MONTH})(?=\s*,|\s+(?:\d|night|morning|afternoon|evening|last|this|next)\b)|By|Of|To|Amid|Among|Within|Outside|Inside|Toward|Towards|Against|Into|Upon|Throughout|Where|Whether|Having|Being|Given|Standing|Appearing|Talking)\b(?![’']s\b))`, "u");
/** The addressee of a verb like "tell": "reporters", "CNN’s Jake Tapper", "him", "the crowd", "Sunday's programme", "BBC Radio 4's Today programme". */
const ADDRESSEE = new RegExp(String.raw`^(?:(?:reporters|him|her|them|us|me|you|supporters|voters|journalists|police|officers|detectives|investigators|jurors|prosecutors|followers|fans|friends|colleagues|staff|employees|workers|members|residents|customers|shareholders|investors|analysts|listeners|viewers|readers|donors|delegates|lawmakers|legislators|parents|students|pupils|teachers|doctors|nurses|neighbors|neighbours|guests|mourners|congregants|parishioners|audiences|crowds|troops|soldiers|families|relatives|officials|regulators|councillors|councilors|constituents|parliament|congress|(?:${WEEKDAY})[’']s\s+\p{Ll}+|(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s?)+(?:\d+\s?)?(?:’s|'s)?(?:\s+(?:\p{Lu}[\p{L}.’'-]*\s?)+(?:(?:with|and|of|on)\s+(?:\p{Lu}[\p{L}.’'-]*\s?)+)?)?(?:\s*(?:programme|program|show|newspaper|magazine|website|channel|station|podcast|(?:news\s+)?agency)\b)?|(?:the|a|an|his|her|their|its)\s+(?:(?!(?:that|they|he|she|it|we|i|you|there|the|a|an)\b)[\p{L}\p{N}.’'-]+\s+){0,3}?(?:(?!(?:that|they|he|she|it|we|i|you|there)\b)[\p{L}’'-]+))(?=\s*(?:[,:“"]|[.!?]?$)|\s+(?:that|they|he|she|it|we|I|you|there|the|a|an|his|her|their|this|these|on|in|at|during|after|before|last|${WEEKDAY})\b)\s*)`, "u");

/** A programme, a paper or a site told, whatever follows: "the BBC News website prices would rise". */
const ADDRESSEE_MEDIUM = /^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:\d+(?:[’']s)?\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3})?(?:programme|program|website|newspaper|magazine|(?:news\s+)?agency)\b\s*(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?=(?:that|he|she|it|they|we|I|there)\b))?/u;

/** A name told before how or where it was told: "Reuters by telephone", "the BBC from Kabul". */
const NAME_TOLD_HOW = /^\s*(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}(?=\s+(?:by|via|from|over)\s)/u;

/** Who hears a statement: "a US court", "the committee", "reporters". */
const AUDIENCE = /(?:^\p{Lu}|\b(?:court|jury|tribunal|committee|inquiry|hearing|conference|audience|crowd|meeting|summit|parliament|assembly|congress|senate|reporters|journalists|newspaper|paper|programme|program|station|radio|magazine|agency|website|show|channel|network|podcast|supporters|voters|MPs|members|delegates|investors|shareholders|staff|him|her|them|us|me|you))$/u;

export interface AfterCue {
  /** Local offset where the content begins, or -1 when the sentence ends first. */
  contentStart: number;
  hadThat: boolean;
  /** The cue is directly followed by ":" or "," and a quotation. */
  quoteAt: Quote | null;
}

const quoteStartingAt = (quotes: Quote[], pos: number) => quotes.find((q) => q.open === pos) ?? null;

/** Where the reported words after a cue begin, and whether "that" or a quotation introduces them. */
function analyseAfterCue(p: string, cueEnd: number, sentEnd: number, lemma: string, quotes: Quote[]): AfterCue {
  let i = cueEnd;
  while (i < sentEnd && isSpace(p[i])) i++;
  // "…, he said, adding that…": what follows is the participle's own statement, read at its cue;
  // "…, he said, wiping his face": no statement at all.
  if (participleAt(p, i)) return { contentStart: -1, hadThat: false, quoteAt: null };
  const that = thatClauseStart(p, i, sentEnd, lemma);
  if (that >= 0) return { contentStart: that, hadThat: true, quoteAt: quoteStartingAt(quotes, that) };
  // Addressee: "told reporters", "told CNN’s Jake Tapper", "told him".
  if (ADDRESSEE_LEMMAS.has(lemma)) {
    // "told fans on her podcast: '…'", "told BBC Radio 5 Live: '…'": whoever was told, and wherever,
    // a colon and a quotation after them open what was said.
    // Not past a clause of its own ("told the BBC it was a laughable suggestion and added: '…'").
    // "told Hello! magazine: '…'": an exclamation mark before a lower-case word is part of a title.
    const colon = /^(?:[^“”"‘’'.,;:!?]|!(?=\s+\p{Ll})){1,80}:\s*/u.exec(p.slice(i, sentEnd));
    // ("told hosts Ant and Dec:": "and" between two names joins the people told.)
    const clause = !!colon && /\b(?:it|he|she|they|we|I|there|this|is|was|are|were|has|have|had|will|would|and|but|that|with|of|about)\b/.test(colon[0].replace(/(?<=\p{Lu}[\p{L}’'-]*)\s+and\s+(?=\p{Lu})/gu, " "));
    const quoted = colon && !clause && lemma !== "promise" && lemma !== "threaten" ? quoteStartingAt(quotes, i + colon[0].length) : null;
    if (quoted) return { contentStart: quoted.open, hadThat: false, quoteAt: quoted };
    // ("told Reuters by telephone from the mine site.": a name told, and how and where.)
    const obj = ADDRESSEE_MEDIUM.exec(p.slice(i, sentEnd)) ?? ADDRESSEE.exec(p.slice(i, sentEnd)) ?? NAME_TOLD_HOW.exec(p.slice(i, sentEnd));
    // "…, his associate has told a US court.": an audience may end the sentence ("tells a different
    // story." is what was told).
    const last = obj ? p.slice(i + obj[0].length, sentEnd) : "";
    if (obj && obj[0].trim() && (!/^[.!?]$/.test(last) || AUDIENCE.test(obj[0].trim()))) i += obj[0].length;
  }
  i = skipAdjuncts(p, i, sentEnd);
  while (i < sentEnd && isSpace(p[i])) i++;
  if (p[i] === "," || p[i] === ":" || p[i] === "—" || p[i] === "–") {
    i++;
    while (i < sentEnd && isSpace(p[i])) i++;
  }
  if (i >= sentEnd) return { contentStart: -1, hadThat: false, quoteAt: null };
  const q = quoteStartingAt(quotes, i);
  if (q) return { contentStart: i, hadThat: false, quoteAt: q };
  if (/^[.!?]/.test(p[i] ?? "")) return { contentStart: -1, hadThat: false, quoteAt: null };
  return { contentStart: i, hadThat: false, quoteAt: null };
}

/** Words that may open a participle clause after a comma: "…, despite warning that…", "…, before adding". */
export const PARTICIPLE_OPENERS = "while|despite|before|after";
/** Words that open a sentence before an -ing form whose subject is the main clause's: "Despite insisting…, he said". */
export const SENTENCE_PARTICIPLE_OPENERS = "Despite|While|Whilst|After|Before|Since|Besides|Without|When";
const PARTICIPLE_AFTER_COMMA = new RegExp(String.raw`^,\s*(?:and\s+|(${PARTICIPLE_OPENERS})\s+)?([a-z]{2,}ing)\b`);

/**
 * ", adding…", ", wiping…", "and pointing out…" at `i`: a participle clause after a comma. After
 * "while", "despite", "before" or "after" only a verb of speech ("…, despite warning that…"): "said,
 * while visiting Paris, that…" goes on to what was said.
 */
function participleAt(p: string, i: number): boolean {
  const m = PARTICIPLE_AFTER_COMMA.exec(p.slice(i, i + 40));
  return !!m && !/^(?:according|during|nothing|something|anything|everything)$/.test(m[2]!) && (!m[1] || speechLemma(m[2]!) !== null);
}

/**
 * Where the clause after a "that" close behind the cue begins, or -1: "that" within a short distance
 * settles it ("said in an interview with CNN on Sunday that…").
 */
function thatClauseStart(p: string, i: number, sentEnd: number, lemma: string): number {
  const window = p.slice(i, Math.min(sentEnd, i + 90));
  const thatM = /^(?:[^“"”.;:!?]{0,80}?)\bthat\b\s*/u.exec(window);
  if (!thatM) return -1;
  const before = window.slice(0, thatM[0].search(/\bthat\b/));
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
    if (start < sentEnd) return start;
  }
  return -1;
}

/** Past adjuncts after a cue: "on Tuesday", "in a statement", "at a rally in Iowa", "Monday night", "— on Twitter —". */
function skipAdjuncts(p: string, i: number, sentEnd: number): number {
  for (let guard = 0; guard < 4; guard++) {
    while (i < sentEnd && isSpace(p[i])) i++;
    const dashed = /^[—–―]\s*[^—–―.!?“"]{1,80}[—–―]\s*/u.exec(p.slice(i, sentEnd));
    if (dashed) {
      i += dashed[0].length;
      continue;
    }
    const rest = p.slice(i, sentEnd);
    if (!ADJUNCT_START.test(rest)) break;
    // An adjunct runs to a comma, a colon, a quote or the start of a clause.
    const m = /^(?:,\s*)?[\p{L}’'-]+(?:\s+(?!(?:the|a|an|he|she|it|they|we|i|you|there|his|her|their|this|that)\b)[\p{L}\p{N}’'.-]+){0,7}?(?=\s*(?:[,:“"]|$)|\s+(?:the|a|an|he|she|it|they|we|i|you|there|his|her|their|this|that|[\p{Lu}]\p{Ll}+\s+(?:is|was|has|had|will|would|can|could|should|did|does|are|were))\b)/u.exec(rest);
    if (!m) break;
    i += m[0].length;
    // "said in a statement the plan…": the determiner starts the clause only if an adjunct
    // preposition was followed by a noun already; otherwise "in the statement" is still the adjunct.
    const after = p.slice(i).replace(/^\s+/, "");
    // ("told Reuters by telephone from the mine site.": so after a preposition ending the words read.)
    // ("responded to the figures: “…”": "to" too.)
    if (/^(?:the|a|an)\b/.test(after) && /^(?:,\s*)?(?:(?:in|on|at|during|via|through|from|with|over|to)|(?:by|via|from|in|on|at|over)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s+(?:in|on|at|via|from|over))\s*$/u.test(m[0].trim())) {
      const n = /^\s*(?:the|a|an)\s+[\p{L}’'-]+(?:\s+(?!(?:the|a|an|he|she|it|they|we|i|you|there|his|her|their|this|that)\b)[\p{L}’'-]+)?/u.exec(p.slice(i));
      if (n) i += n[0].length;
    }
  }
  return i;
}

/**
 * "Within days the figures would be known, he added": a prepositional phrase opening a clause
 * with its own auxiliary is part of what was said; "In a statement, …", "After the vote ended, …" set
 * a scene.
 */
const PREPOSITIONAL_OPENER = /^\s*(?:In|On|At|During|For|With|Within|Over|Under|Through|From|By|Amid|Among|Despite|Throughout|Ahead|Last|Earlier|Later|Today|Yesterday|Tonight)\b/;
const CLAUSE_AUXILIARY = /(?<!\b(?:that|which|who)\s+)\b(?:is|was|are|were|has|have|had|will|would|can|could|should|must|may|might)\b/;

function opensScene(text: string): boolean {
  // "Over 60% of phones…", "About half the staff…": a quantity, the subject of what was said.
  if (QUANTITY_OPENER.test(text)) return false;
  return ADVERBIAL_OPENER.test(text) && !(PREPOSITIONAL_OPENER.test(text) && CLAUSE_AUXILIARY.test(text));
}

const QUANTITY_OPENER = /^\s*(?:Over|Under|About|Around|Almost|Nearly|Up\s+to|More\s+than|Fewer\s+than|Less\s+than)\s+(?:\d|half\b|a\s+(?:third|quarter|half|fifth|tenth|dozen)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds|thousands|millions)\b)/i;

/** What stands before and after a cue, as the reported-clause rules weigh it. */
export interface CueSides {
  after: AfterCue;
  /** Where the text after the cue (or after an inverted speaker) starts, and that text to the sentence end. */
  subjectEnd: number;
  rawAfter: string;
  /** The sentence before the speaker phrase (or before the cue), and where it ends. */
  beforeEnd: number;
  beforeText: string;
  /** ", he says, …": the attribution stands inside the sentence between commas. */
  parentheticalAfter: boolean;
  /** ", she said in a speech at the show, …": an adjunct stands between the cue and that comma. */
  adjunctBeforeComma: boolean;
  /** A reported clause of a few words and a comma stands before the speaker: "X, he said". */
  hasBefore: boolean;
  /** The words after the cue make a clause (three words, or two after "that"). */
  clauseLike: boolean;
  /** The words after the cue are an object or adjunct, not what was said ("said to…", "said nothing", not "said nothing could"). */
  blocked: boolean;
  /** What stands before only sets the scene ("In a statement, X said"). */
  sceneSetting: boolean;
}

/**
 * A present tense with a plural subject has no ending to tell it by: "Remittances now represent 2% of
 * GDP", "Prices remain high", "They account for a third". Common verbs, after a word that can be their
 * subject (a plural, a pronoun, or a name).
 */
const PLURAL_PRESENT =
  /(?:\b(?:they|we|you|(?!(?:its|this|is|was|has|as|us|thus|plus|less|unless|across|towards|besides|perhaps|news|series|means)\b)[a-z]{2,}s|\p{Lu}[\p{L}-]+s)\s+(?:now|still|also|already|often|only|each|all|both|together|alone|[a-z]+ly)?\s*)(?:represent|remain|account|make|need|want|face|include|continue|seem|appear|lack|hold|show|mean|cost|pay|earn|spend|receive|offer|provide|use|control|outnumber|exceed|rely|depend|tend|help|play|run|work|live|stay|keep|become|get|take|give|come|go|know|see|feel|look|plan|hope|intend|expect|believe|think|support|oppose|agree|disagree|fear|doubt|suffer|risk|reach|stand|lie|rise|fall|grow|shrink|total|average|cover|employ|produce|sell|buy|carry|bring|allow|prevent|require|involve|affect|reflect|suggest|indicate|contain|attract|serve|form|vary|differ|compare|range|number)\b/u;

export function readSides(a: Attribution): CueSides {
  const { p, sent, subject, inverted, speakerMode } = a;
  const subjectEnd = inverted && subject ? subject.start + subject.text.length : a.cueEnd;
  const after = analyseAfterCue(p, subjectEnd, sent.end, a.lemma, a.doubles);
  const rawAfter = p.slice(subjectEnd, sent.end);
  const beforeEnd = subject && !inverted && speakerMode === "phrase" ? subject.start : a.cueStart;
  const beforeText = p.slice(sent.start, beforeEnd);
  const beforeWords = beforeText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // ", she said in a speech at the show, was…": an adjunct may stand between the cue and the comma.
  const adjunct = /^\s+(?:in|at|on|during|after|before|from|via|with|over|through)\s[^,;:“”"]{1,80}(?=,)/.exec(rawAfter);
  const tail = adjunct ? rawAfter.slice(adjunct[0].length) : rawAfter;
  const parentheticalAfter = /^\s*,\s*\S/.test(tail) && !/^\s*,\s*(?:[a-z]+ing|who|which|according|as|in|on|at|during|after|before|while)\b/.test(tail);
  const hasBefore = speakerMode === "phrase" && /,\s*$/.test(beforeText) && (beforeWords >= 3 || (beforeWords >= 2 && parentheticalAfter));
  let clauseLike = false;
  let blocked = false;
  if (after.contentStart >= 0) {
    const contentFirst = p.slice(after.contentStart, after.contentStart + 40);
    const contentWords = p.slice(after.contentStart, sent.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    clauseLike = contentWords >= 3 || (after.hadThat && contentWords >= 2);
    // "said as home secretary he gave the impression…", "said as well as X, it would…": a clause
    // opening with "as" that a main clause follows is what was said, not when it was said.
    const asClause = /^as\s[^,.;:“”"]{3,100},\s+/.exec(p.slice(after.contentStart, sent.end));
    blocked =
      (!after.hadThat && !(asClause && bareClause(p.slice(after.contentStart + asClause[0].length, sent.end))) && /^(?:to|for|about(?!\s+(?:\d|a\s+(?:third|quarter|half|dozen|hundred|thousand)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|hundreds|thousands|millions)\b))|of|on|with|by|from|into|at(?!\s+(?:least|most)\b)|as(?!\s+(?:many|much|few|little|soon|long|far)\s+as\b)|goodbye|hello|(?:nothing|something|anything)(?!\s+(?:could|would|can|will|had|has|was|is|should|must|might|may)\b)|(?:much|little)(?!\s+of\s+(?:the|his|her|its|their|our)\s)(?!\s+(?:had|has|have|was|is|will|would|could|can|remains|remained|needed|needs)\b)|otherwise|so|thanks|thank)\b/i.test(contentFirst) || /^(?:yes|no)\b(?![ \p{L}-]+\s(?:had|have|has|was|were|is|are|will|would|could|can)\b)/iu.test(contentFirst)) ||
      (THAT_ONLY_LEMMAS.has(a.lemma) && !after.hadThat && !after.quoteAt) ||
      // ("The physical demands of the grind will only get harder for Holmes, who admitted she
      // \"doesn't…\"": a word that is often a noun, before "of", is one, whatever quotation follows.)
      (WEAK_LEMMAS.has(a.lemma) && !after.hadThat && /^\s+of\s/.test(rawAfter)) ||
      (WEAK_LEMMAS.has(a.lemma) && !after.hadThat && !after.quoteAt && !(a.subject && bareClause(p.slice(after.contentStart, sent.end))) && !objectRelative(p.slice(sent.start, a.cueStart), p.slice(after.contentStart, sent.end)));
  }
  // "In a statement, X said" / "Friday morning, as the parade rolled by, X said": scene-setting, no
  // reported clause. A reported clause has a finite verb and does not end in a subordinate one.
  const beforeCore = beforeText.replace(/,\s*$/, "");
  const lastSegment = beforeCore.slice(beforeCore.lastIndexOf(",") + 1);
  const sceneSetting =
    (opensScene(beforeText) && !/,/.test(beforeCore)) ||
    opensScene(lastSegment) ||
    !/\b(?:is|was|are|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|[a-z]{2,}ed|[a-z]{3,}s|rose|fell|grew|won|lost|made|took|gave|went|came|got|ran|held|brought|left|put|sent|spent|met|led|paid|found|kept|began|became|knew|stood|hit|cut|sold|bought|built|saw|fought|paid|fled|broke|chose|drove|flew|forgot|hid|rode|shook|sank|sang|struck|swore|threw|wore|wrote|bore|dealt|meant|set|shut|spread|stole|taught|tore|woke|won|slid|shrank|sprang|stuck|lent|owed)\b|n[’']t\b/.test(beforeCore) && !PLURAL_PRESENT.test(beforeCore);
  return { after, subjectEnd, rawAfter, beforeEnd, beforeText, parentheticalAfter, adjunctBeforeComma: !!adjunct, hasBefore, clauseLike, blocked, sceneSetting };
}

/**
 * Words that open a clause of their own: a subject and, within a few words, a finite verb ("it was
 * planning…", "the asylum system is being abused", "Mr Lee's intervention in the row was…"). After "claims" or "added" without "that", only
 * such a clause is what was said ("added 20 points", "claims damages" are not).
 */
export function bareClause(text: string): boolean {
  const m = /^(?:(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou|[Tt]here)\b|(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?(?:\s+[\p{Ll}-]+ed)?(?:\s+(?:to|of|in|on|for|over|by|with|from|at)(?:\s+(?!(?:he|she|it|they|we|who|which|that)\b)(?:[\p{Ll}’'-]+|\p{Lu}{2,})){1,4}?)?|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}(?:[’']s(?:\s+[\p{Ll}-]+){1,2}(?:\s+(?:of|in|on|for|over)\s+(?:the\s+)?[\p{L}-]+)?)?)\s+(?:(?:instantly|always|never|already|still|really|just|only|also)\s+)?(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|must|did|does|wants|needs|remains|plans|hopes|knows|knew|thought|felt|meant|became|began|won|lost|fell|rose|grew|brought|took|saw|found|kept|left|led|sent|spent|stood|went|came|got|held|[a-z]{2,}ed)\b/u;
  // "much of the money pledged by the US had…": a share of a noun phrase is one too.
  // ("Gerrard, who has been linked with Chelsea, will have the final say": the subject's relative
  // clause between commas stands before the verb.)
  const t = text
    .trimStart()
    .replace(/^(?:much|most|many|some|all|none|half|part|each|several|both)\s+of\s+(?=(?:the|his|her|its|their|our)\s)/i, "")
    .replace(/^((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+),\s+(?:who|which|whose)\s[^,;:“”"]{3,100},\s+(?=\p{Ll})/u, "$1 ");
  return (m.test(t) || PRESENT_CLAUSE.test(t) || BARE_NP_CLAUSE.test(t)) && !/^(?:to|for|of)\b/.test(t);
}

/** "new evidence which he claims proves…": the cue inside a relative clause, the verb of its antecedent after it. */
function objectRelative(before: string, after: string): boolean {
  return /\b(?:which|that)\s+(?:he|she|they|it|we|\p{Lu}[\p{L}’'-]+)\s+$/u.test(before) && /^(?:proves?|shows?|means?|is|was|are|were|has|had|will|would|could|can|may|might)\b/.test(after);
}

/** "new rules could be published", "interest rates had not been": a bare noun phrase and an auxiliary. */
const BARE_NP_CLAUSE =
  /^(?!(?:to|for|of|on|in|at|with|that|as|by|from|and|but|or|not|never|also|up|down|out|off|over|back|about|into|after|before|since|until|a|an|any|no|this|these|those|which|who|what|how|why|when|where|if|whether|itself|himself|herself|themselves)\b)\p{Ll}[\p{Ll}’'-]+(?:\s+(?!(?:and|or|but|nor|which|who|that)\b)[\p{Ll}’'-]+){0,2}\s+(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|must)\b/u;

/** "the label owes him money", "he lacks the cash": a present-tense verb, known by the object after it. */
const PRESENT_CLAUSE = /^(?:(?:[Hh]e|[Ss]he|[Ii]t)|(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s+[a-z]{2,}s\s+(?:him|her|them|it|us|me|the|a|an|his|their|its|our|no|nothing|more|less)\b/u;

/**
 * The paragraph up to a little past `end`, for a search whose matches must start before `end`: searched
 * whole, a paragraph with no match left in it was read to its end from every cue, the square of its
 * length (a paragraph of 380 kB took seconds). The matches these searches make are a few words long.
 */
function nearEnd(p: string, end: number): string {
  return end + 200 < p.length ? p.slice(0, end + 200) : p;
}

/** Where "and said…", "but insisted…", "- and pledged…" opens a second statement after `start`, or `end`. */
function coordinatedCue(p: string, start: number, end: number, doubles: Quote[]): number {
  const re = /(?:,?\s+|\s+[-—–]+\s+)(?:and|but)\s+(?:(?:also|then|later|again|[a-z]+ly)\s+)?([a-z]+)\b/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  const near = nearEnd(p, end);
  while ((m = re.exec(near)) && m.index < end) {
    const verb = m[1]!;
    // A past form, or a present one that is no noun ("and claims made by…" may be one).
    if (!/^(?:said|told|wrote|[a-z]+ed|says|adds|insists|argues|warns|tells)$/.test(verb) || !speechLemma(verb)) continue;
    if (insideQuote(doubles, m.index) || p.slice(start, m.index).split(/\s+/).length < 3) continue;
    // "…police had arrested and charged him": two verbs of the reported clause, joined.
    if (/\b(?:[a-z]+ed|had|has|have|was|were)\s*$/.test(p.slice(Math.max(start, m.index - 20), m.index))) continue;
    return m.index;
  }
  return end;
}

/** "…but his lawyer, Anton Vale, told…": "but", someone, and a verb of speech (clauseEnd). */
const BUT_OTHER_SPEAKS = /\s(?:but|although|though|whereas|and)\s+((?:(?:his|her|their|its|the|a|an|some|many|most|other)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)(?:,[^,]{1,60},)?)\s+(?:(?:has|have|had|also|later)\s+)?(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:forced|quick|keen|careful|moved|obliged)\s+to\s+)?(?:deny|denied|denies|said|says|told|tells|insisted|insists|denied|denies|argued|argues|claimed|claims|countered|counters|replied|replies|responded|maintained|maintains|predict|predicts|predicted)\b/gu;

/** "Despite insisting ", "After suggesting on Wednesday that ": an -ing form of speech opening its sentence, before its content. */
const OPENING_SPEECH_PARTICIPLE = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n)(?:${SENTENCE_PARTICIPLE_OPENERS})\s+(?:[a-z]+ly\s+)?[a-z]+ing\b[^,.;:!?"“\n]{0,40}$`);

/**
 * Where a reported clause ends: the sentence end, or earlier where the writer's own clause takes over
 * ("…, while those who…", "…; the poll also found…"), outside quotations.
 */
export function clauseEnd(p: string, start: number, sentEnd: number, doubles: Quote[]): number {
  // "X said the plan was sound and said she would vote for it": a second verb of speech coordinated
  // with the first opens a statement of its own.
  sentEnd = coordinatedCue(p, start, sentEnd, doubles);
  // "Despite insisting he wants a deal, the newspaper suggested…": what an -ing form opening the
  // sentence reports ends at the comma before the main clause.
  const opening = OPENING_SPEECH_PARTICIPLE.test(p.slice(Math.max(0, start - 40), start)) ? /,\s+(?=[\p{L}“"])/gu : null;
  if (opening) {
    opening.lastIndex = start;
    for (let c = opening.exec(p); c && c.index < sentEnd; c = opening.exec(p)) {
      if (!insideQuote(doubles, c.index) && p.slice(start, c.index).split(/\s+/).length >= 3) return c.index;
    }
  }
  // "…will never sell him amid reports a rival will bid", "…, despite a new book saying he…": the
  // reports and the book are someone else's statement; "…, without giving figures" is the writer's.
  const re = /(?:,\s+(?:while|whereas|but|though|although|even though|even as|referring to|according to|without\s+(?:giving|saying|elaborating|offering|providing|specifying|naming|disclosing|revealing|explaining|detailing|going\s+into))\b|;\s|,?\s(?:amid|amidst|despite)\s+(?:(?:the|media|press|newspaper|growing)\s+)?(?:reports|claims|rumours|rumors|speculation|suggestions)\b|,\s(?:amid|amidst|despite)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:book|report|study|poll|survey|memoir|biography|documentary|article)\b)/gu;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  const near = nearEnd(p, sentEnd);
  while ((m = re.exec(near)) && m.index < sentEnd) {
    const at = m.index;
    if (insideQuote(doubles, at)) continue;
    // "…he had offers for the boat, but “the offers were…”": the quotation after "but" goes on with what was said;
    // so does "…was low, but that hepatitis A can spread": a second "that" of the same verb.
    if (/^,\s+but\s+(?:that\s|(?:that\s+)?["“])/.test(p.slice(at, at + 16))) continue;
    // Keep at least a few words: "said, though, that…" is not a clause end; "announced losses, but
    // Harwood confirmed…" is, however short the object (a parenthetical conjunction is set off by a comma).
    const words = p.slice(start, at).split(/\s+/).length;
    if (words >= 4 || (words >= 2 && /^,\s+\p{L}+\s+(?!that\b)[\p{L}“"]/u.test(p.slice(at, at + 40)))) return at;
  }
  // "Police claimed he led the group but his lawyer, Anton Vale, told the BBC…", "…although Michael
  // Howard was forced to deny…", "Microsoft has said it wants to be first and some analysts predict…":
  // with no comma, "but" or "and" ends the clause when someone else speaks after it.
  // (Searched within the sentence only: a paragraph can be long.)
  const clause = p.slice(start, sentEnd);
  for (const b of / (?:but|although|though|whereas|and) /.test(clause) ? clause.matchAll(BUT_OTHER_SPEAKS) : []) {
    if (!insideQuote(doubles, start + b.index) && clause.slice(0, b.index).split(/\s+/).length >= 3) return start + b.index;
  }
  // "Reminded that Ferguson called him “a disgrace”, Wenger added: “…”": the sentence's own subject
  // and verb of speech, opening a quotation, end a clause fronted before them.
  const main = /,\s+(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}|he|she|they)\s+(?:said|says|added|adds|insisted|insists|replied|replies|explained|explains|continued|continues|told\s+\p{Lu}[\p{L}’'-]*)\s*[:,]\s*["“]/u.exec(clause);
  if (main && !insideQuote(doubles, start + main.index)) return start + main.index;
  // "…claims they could cut £35bn in “wasteful spending” saying the sums were wrong": a participle of
  // speech right after a closing quotation mark goes back to the sentence's subject; the clause ends.
  const participle = /[^\s,]["”]\s+([a-z]+ing)\b/g;
  participle.lastIndex = start;
  while ((m = participle.exec(near)) && m.index < sentEnd) {
    if (!insideQuote(doubles, m.index + 2) && speechLemma(m[1]!) && p.slice(start, m.index).split(/\s+/).length >= 4) return m.index + 2;
  }
  return sentEnd;
}
