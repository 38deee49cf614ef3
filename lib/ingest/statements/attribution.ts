// One speech cue as the rules see it: where it stands, its verb, who speaks at it and how they were
// found. Rules (rules/) read a span from it; toStatement() turns that span into a statement.

import type { SpeakerMode, Span } from "../types";
import { PART_OF_GROUP_HEAD } from "../name-lexicons";
import { isPersonHead } from "../speakers/resolve-role";
import { looksLikePersonName } from "../speakers/name-runs";
import { findCues, speechLemma } from "./cues";
import { mayEndInAdjunct, NP_TRAILING_ADJUNCT, USED_TO } from "./adjuncts";
import { PARTICIPLE_OPENERS, SENTENCE_PARTICIPLE_OPENERS } from "./cue-sides";
import { type Quote } from "./quotes";
import { DOCUMENT_NOUN } from "./speech-verbs";
import { kindOf, trimSpan, type RawStatement, type RuleName } from "./statement";
import {
  clauseBoundary,
  findSubject,
  nameBeforeRole,
  coordinatedSubject,
  sentenceSubject,
  subjectBefore,
  subjectBeforeAppositives,
  type SpeakerPhrase,
} from "./subjects";
import { subjectAfter } from "./subject-after";

/** A paragraph with its quotations; offsets in rules are local to `p`, `base` is where it starts in the source. */
export interface QuotedParagraph {
  p: string;
  base: number;
  doubles: Quote[];
  singles: Quote[];
}

/** A paragraph being read: its sentences and the statements found in it so far, in the order found. */
export interface ParagraphScan extends QuotedParagraph {
  sentences: Span[];
  local: RawStatement[];
  /** The text before the paragraph ("The study, published in Nature, found…"), for an "It" opening this one. */
  lead: string;
}

/** True when a paragraph-local span overlaps a statement already found in the paragraph. */
export function overlapsFound(scan: ParagraphScan, s: number, e: number): boolean {
  for (const st of scan.local) if (st.start - scan.base < e && st.end - scan.base > s) return true;
  return false;
}

export interface Attribution extends QuotedParagraph {
  sent: Span;
  cueStart: number;
  cueEnd: number;
  /** The cue as written ("said", "pointed out") and its lemma ("say", "point"). */
  cueWord: string;
  lemma: string;
  subject: SpeakerPhrase | null;
  speakerMode: SpeakerMode;
  /** The speaker comes after the cue: "…,” said Makei." */
  inverted: boolean;
  /** The quotation the cue follows ("“…,” he said"), or null. */
  afterQuote: Quote | null;
}

/** What a rule reads at a cue: a paragraph-local span, before trimming. */
export interface Reading {
  rule: RuleName;
  start: number;
  end: number;
  confidence: number;
  /** Set when the quotation marks alone would tell the kind wrongly. */
  kind?: RawStatement["kind"];
  /** Paragraph-local; the cue's sentence when not set. */
  context?: Span;
}

/** Words after which "that" opens a reported clause or points, rather than standing for the noun before it. */
const FUNCTION_BEFORE_THAT = /^(?:so|such|now|and|but|or|is|was|are|were|be|been|not|all|insists?|insisted|believes?|believed|thinks?|thought|knows?|knew|agrees?|agreed|means?|meant|shows?|showed|found|finds|given|than|of|in|on|at|to|for|with|by|from|about|after|before|because|since|while|though|although|if|unless|whether|until|like|as)$/;
/** A verb form that cannot be a noun: after "a report that", "said" is the report's verb; "claims" could be a subject. */
const PAST_OR_SAYS = /^(?:said|says|told|wrote|found|[a-z]+ed)$/;

/** Adverbs and auxiliaries between a conjunction or a relative and its verb ("and then later said"). */
const ADVERBS_BEFORE_VERB = new Set(["also", "later", "then", "again", "has", "have", "had", "once"]);

/**
 * Whether `text` ends in one of `heads`, or does past the adverbs and auxiliaries at its end: true
 * wherever the expressions below that end on such adverbs match, and cheap to test before them, as
 * an expression anchored at the end is tried at every character.
 */
function mayEndInBeforeAdverbs(text: string, heads: readonly string[]): boolean {
  let rest = text.trimEnd();
  for (;;) {
    if (heads.some((head) => rest.endsWith(head))) return true;
    let start = rest.length;
    while (start > 0 && !/\s/.test(rest[start - 1]!)) start--;
    const word = rest.slice(start);
    if (start === 0 || !(ADVERBS_BEFORE_VERB.has(word) || word.endsWith("ly"))) return false;
    rest = rest.slice(0, start).trimEnd();
  }
}

/** "… called Vera Lapp has been…", "… called the Harbour Trust (HT), which…": a name, then its sentence goes on. */
const NAMED_THEN_VERB = /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s+){0,5}\p{Lu}[\p{L}’'.&-]*(?:\s+\([^()]{1,20}\))?(?:,|\s+(?:has|had|have|is|was|were|are|will|would|can|could|said|says|[a-z]+ed)\b)/u;

const DETERMINERS_AND_AUXILIARIES = "the|a|an|his|her|their|its|our|my|your|this|these|those|of|to|was|were|is|are|be|been|being|am|that’s|it’s";
const NOT_A_CUE_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}\p{N}’'])(?:${DETERMINERS_AND_AUXILIARIES})\s+|[’']s\s+)$`, "iu");
/** The same without the lookbehind: true wherever that is, and far cheaper to try at every character. */
const MAY_BE_NOT_A_CUE = new RegExp(String.raw`(?:${DETERMINERS_AND_AUXILIARIES}|[’']s)\s+$`, "i");
/** "a recent ", "an official ": a determiner and a word that describes what follows (not a possessive: "his stern warning that…" is his). */
const AFTER_DETERMINER = /(?<![\p{L}\p{N}’'])(?:the|a|an|this|that|another)\s+(?:recent|latest|earlier|previous|new|fresh|stern|stark|final|landmark|formal|initial|separate|similar|further|repeated|controversial|surprise|shock|dramatic|unanimous|landmark|separate|public|private|official|legal|court|judicial)\s+$/iu;

/** "Mr Kennedy used a speech to say…": the infinitive is what the subject said. */
const USED_TO_END = new RegExp(String.raw`\b(?:${USED_TO})\s+$`);

/** The end of a document's noun phrase: "polls", "official figures", "the data also". */
const DOCUMENT_BEFORE = new RegExp(String.raw`\b${DOCUMENT_NOUN}\s+(?:(?:also|now|clearly|consistently|still|all)\s+)?$`, "i");

/** A verb of saying a few words before: "They claim government figures ", "he said the polls ". */
const SAID_BEFORE_DOCUMENT = /\b(?:claims?|claimed|says?|said|argues?|argued|insists?|insisted|believes?|believed|thinks?|thought)\s+(?:that\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?\S+\s+(?:\S+\s+)?$/iu;

/** False where the verb form is a noun or an idiom: "the said agreement", "his claims", "That said, …". */
export function readsAsCue(p: string, sent: Span, cueStart: number, cueEnd: number): boolean {
  const before = p.slice(Math.max(sent.start, cueStart - 30), cueStart);
  // "Foster's said": a past "said" is no noun, so a name ending in "'s" before it is its subject.
  // "Moody's warned that…": any past form with "that" or a quotation after it is a verb too ("Moody's
  // revised forecast" is no cue).
  const possessiveName =
    (/^(?:said|says|told|added)$/.test(p.slice(cueStart, cueEnd)) || (/^[a-z]+ed$/.test(p.slice(cueStart, cueEnd)) && /^\s+(?:that\b|[“"])/.test(p.slice(cueEnd, cueEnd + 8)))) &&
    /[’']s$/.test(before.trimEnd()) &&
    /\p{Lu}[\p{L}-]*[’']s\s+$/u.test(before);
  if (MAY_BE_NOT_A_CUE.test(before) && NOT_A_CUE_BEFORE.test(before) && !possessiveName && !/\b(?:went on to|goes on to|(?:was|were|is|are|been)\s+(?:forced|quick|moved|swift)\s+to|hastened to|rushed to)\s+$/.test(before) && !USED_TO_END.test(p.slice(Math.max(sent.start, cueStart - 90), cueStart))) return false;
  if (/^That\s+said\s*,/.test(p.slice(cueStart - 5, cueEnd + 2)) || /^That\s*$/.test(p.slice(sent.start, cueStart))) return false;
  const word = p.slice(cueStart, cueEnd).toLowerCase();
  // "the party's rules", "a rules committee": only "ruled" is a court's or a body's speech.
  if (word === "rule" || word === "rules") return false;
  // "a TV show", "showing off": "show" and "showing" report only what figures or polls show; not
  // inside what someone else says ("They claim government figures show…", "Priebus, after a poll
  // showing…, told Fox News"), whose cue reads the whole.
  if ((word === "show" || word === "showing") && (!DOCUMENT_BEFORE.test(before) || SAID_BEFORE_DOCUMENT.test(before) || /\b(?:said|says|told|tells|added|adds)\b/.test(p.slice(cueEnd, sent.end)))) return false;
  // "Howard Flight was reported to have suggested…": the verb after "to have" is the cue, if any.
  if (/^(?:reported|said|alleged|understood|quoted)$/.test(word) && /^\s+to\s+have\s+\p{Ll}/u.test(p.slice(cueEnd, cueEnd + 14)) && /\b(?:is|are|was|were|been)\s+$/.test(before)) return false;
  // "much of the money pledged by the US", "the cuts announced by the minister": a participle after
  // a noun, with its agent, describes the noun; no one speaks in it ("was announced by" and "as
  // reported by" still do).
  if (/^[a-z]+ed$/.test(word) && /^\s+by\s/.test(p.slice(cueEnd, cueEnd + 4)) && /\b[a-z]{3,}\s+$/.test(before) && !/\b(?:is|are|was|were|been|being|be|get|gets|got|as|it|also|not|then|first|and|or|but|who|which|that|had|has|have)\s+$/i.test(before)) return false;
  // "revealed in a Commons written statement", "written evidence": "written" straight before its
  // noun describes it; a verb has its auxiliary before it or a clause, an object or "to" after it.
  if (word === "written" && !/\b(?:has|have|had|having|was|were|is|are|been|be|being)\s+(?:[a-z]+\s+)?$/i.test(before) && /^\s+(?!(?:to|that|in|on|by|about|for|of|with|at|from|and|or|but|as|a|an|the|this|these|those|his|her|their|its|our|my|your|some|several|many)\b)[a-z]+\b/.test(p.slice(cueEnd, cueEnd + 24))) return false;
  // "A woman called Vera Lapp has been arrested": a name given, not speech.
  if (/^(?:called|named)$/.test(word) && /(?<![\p{L}\p{N}’'])(?:a|an)\s+(?:[\p{L}-]+\s+){1,3}$/iu.test(before) && NAMED_THEN_VERB.test(p.slice(cueEnd, cueEnd + 80))) return false;
  // "A Kestrel Data report said…", "The Orme Council survey found…", "a report that showed…": a
  // verb's form right before a finite verb of speech or finding is the noun that is its subject.
  if (/^(?:report|claim|estimate|forecast|comment|statement|survey|study|poll|review|audit|analysis|reply|response|answer|warning|note|remark|memo|letter|release)s?$/.test(word)) {
    const next = /^\s+(?:(?:that|which)\s+)?([a-z]+)\b/.exec(p.slice(cueEnd, cueEnd + 26))?.[1];
    if (next && /^(?:said|says|found|finds|showed|shows|suggested|suggests|concluded|concludes|stated|states|added|adds|warned|warns|claimed|claims|argued|argues|noted|notes)$/.test(next)) return false;
    // "In his pre-Budget report, Mr Brown…": after "his", "its" or "their", and before a comma or a
    // preposition, such a word is the noun ("His lawyers claim that…" still speaks).
    if (/(?:^|\s)(?:his|her|its|their|our|my|your)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) && /^(?:[,;:.]|\s+(?:of|on|in|for|to|about|at|into|from|by)\b)/.test(p.slice(cueEnd, cueEnd + 7))) return false;
  }
  // "Nissan has recalled 5,000 cars": a number of goods recalled, not a memory told.
  if (/^recall(?:s|ed|ing)?$/.test(word) && /^\s+(?:(?:about|around|some|more\s+than|nearly|almost|over)\s+)?\d/.test(p.slice(cueEnd, cueEnd + 20))) return false;
  // "whether an individual is who they say they are": who someone is, no speech.
  if (/^(?:say|says|said|claim|claims|claimed)$/.test(word) && /\b(?:who|what)\s+(?:he|she|they|you|we|I|it)\s+$/i.test(before) && /^\s+(?:he|she|they|you|we|I|it)(?:\s+(?:is|are|am|was|were)|[’'](?:s|re|m))\b/.test(p.slice(cueEnd, cueEnd + 14))) return false;
  // "ahead of the government's pre-Budget report, Mr Kennedy…": after a possessive and a word or two
  // that describe it, such a form is the possessor's document ("Vale's lawyers claim…" is a plural's
  // verb; "Trump's false claims that…" are still his words).
  if (/^(?:report|claim|estimate|forecast|statement|survey|study|review|audit|analysis|reply|response|warning|note|letter|release)s?$/.test(word) && /[’']s\s+(?:[\p{L}-]+\s+){1,2}$/u.test(before) && !/\b(?:has|have|had|will|would|also|then|to|not)\s+$/.test(before) && !(/s\s+$/.test(before) && !word.endsWith("s")) && !/^\s*(?:that\b|[“"‘':])/.test(p.slice(cueEnd, cueEnd + 8))) return false;
  // "gave a Hale-style retort", "a stern warning": after "a" and one more word, a verb's bare form is a noun.
  // "A third say", "a majority argue": a share of a group is plural.
  // ("a disputed pass interference call on…": so after "a" and up to three words in lower case, none
  // "of" nor a pronoun; "a confirmed Breitbart News report that…" is still Breitbart's.)
  if (speechLemma(word) === word && /\b[Aa]n?\s/.test(before) && /(?<![\p{L}\p{N}’'])(?:[Aa]n?)\s+(?!(?:[Tt]hird|[Qq]uarter|[Hh]alf|[Ff]ifth|[Tt]enth|[Mm]ajority|[Mm]inority|[Nn]umber|[Ll]ot|[Ff]ew|[Cc]ouple|[Hh]andful|[Hh]ost|[Rr]ange|[Vv]ariety)\s)(?:[\p{L}’'-]+|(?:(?!(?:of|who|that|which|and|or|to|for|in|on|at|with|by|from|they|we|you|i|people)\s)[\p{Ll}’'-]+\s+){2,3})\s*$/u.test(before)) return false;
  // "despite a recent ruling it was…", "his warning that…": after a determiner, and a word that
  // describes, an -ing form is a noun, whose speaker the sentence's subject is not.
  if (/^[a-z]+ing$/.test(word) && AFTER_DETERMINER.test(before)) return false;
  // "an amber wind warning from 06:00", "a yellow weather warning for": a noun, by what follows it.
  // ("a petition calling for…" is a participle: only the -ing forms that are nouns too.)
  if (/^(?:warning|ruling|briefing)$/.test(word) && /(?<![\p{L}\p{N}’'])(?:the|a|an)\s+(?:(?![a-z-]+ed\s)[a-z-]+\s+){1,2}$/iu.test(before) && /^\s+(?:from|for|of|about|over|on|against|in|at)\b/.test(p.slice(cueEnd, cueEnd + 10))) return false;
  // "amid reports Chelsea will…", "despite claims that…": after a preposition, a plural is a noun.
  if (/^[a-z]+s$/.test(word) && /\b(?:amid|amidst|despite|following|after|over|about|against|among|regarding|with|without|by)\s+$/i.test(before)) return false;
  // "dismissed claims", "rejected reports": a plural after a verb is its object, not a cue.
  if (/s$/.test(word) && /\b[a-z]{3,}ed\s+$/.test(before) && !/\b(?:has|had|have|was|were|is|are|also|then)\s+[a-z]{3,}ed\s+$/.test(before)) return false;
  // "It tells the story of…", "lost and found gadgets": a narrative and an idiom, not speech.
  // (A person who "tells the story of how…" is speaking.)
  // ("Wasp tells the story of a young mum": whoever tells the story of someone narrates it.)
  const story = /^tell/.test(word) ? /^\s+(?:the|a|an|his|her|its|their|our)\s+(?:[a-z-]+\s+)?(?:story|stories|tale|tales|history)\b(\s+of\s+(?!how|why|what|when|where|who)\b)?/.exec(p.slice(cueEnd, cueEnd + 40)) : null;
  if (story && (story[1] || /\b(?:[Ii]t|film|movie|book|novel|play|show|series|documentary|drama|opera|musical|album|song|programme|program|exhibition|production)\s+(?:[a-z]+\s+)?$/.test(before))) return false;
  if (word === "found" && /\blost\s+and\s+$/i.test(before)) return false;
  // "Kerry conceded defeat", "Ireland conceded a penalty": a contest given up or a score given away.
  // "Adler is writing two new songs", "wrote the score for a musical": a work made, not words said.
  // "Telephone call centres": a noun in a compound.
  const object = p.slice(cueEnd, cueEnd + 40);
  if (/(?:^|\s)conced/.test(word) && /^\s+(?:(?:a|an|the|two|three|four|five|six|several|early|late|last-minute|first|second|another|[a-z]+-?[a-z]*ly)\s+)*(?:defeat|penalty|penalties|goals?|try|tries|points?|sets?|games?|match|lead|free-kicks?|corners?|seats?|the\s+(?:election|race|title|nomination)|victory|wickets?|runs|frames?|ground)\b(?!\s+that\b)/.test(object)) return false;
  if (/(?:^|\s)(?:writ|wrote)/.test(word) && /^\s+(?:(?:a|an|the|his|her|their|its|two|three|several|some|new|original|hit|first|second|own|[a-z]+-?[a-z]*ly)\s+)*(?:songs?|score|scores|novels?|books?|music|scripts?|screenplays?|albums?|plays?|poems?|lyrics|opera|musical|symphony|biography|memoirs?|soundtrack|sequel|code|software|programs?)\b/.test(object)) return false;
  if (/^calls?$/.test(word) && /^\s*(?:centres?|centers?|boxes|box|logs?|records?|charges?|volumes?)\b/.test(object)) return false;
  // "a question they asked themselves", "he told himself": words to oneself are thoughts.
  if (/^(?:ask|tell|told)/.test(word) && /^\s+(?:himself|herself|themselves|myself|ourselves|itself|yourself)\b/.test(p.slice(cueEnd, cueEnd + 12))) return false;
  // "adds to evidence", "added to the pressure": no speech.
  // But "“…,” Trump added to People": after a quotation, "added to" names whom it was said to.
  if (/^add/.test(word) && /^\s+to\b/.test(p.slice(cueEnd, cueEnd + 4)) && !/[,?!]["”’']\s+(?:\S+\s+){1,5}$/.test(before)) return false;
  // "Customers reporting problems were…": an -ing form is a verb only after an auxiliary or as a
  // participle clause ("…, saying…", "…and saying…"), which attributeCue reads; "is telling" is a
  // progressive, whose auxiliary the cue holds.
  const left = p.slice(sent.start, cueStart);
  if (/^[a-z]+ing$/.test(word) && /^\s*(?:[\p{L}’'-]+\s+){1,4}$/u.test(left) && !/\b(?:and|with|while|is|are|was|were|been|be|am|keep|kept|started|began|also|as)\s+$/.test(left) && /\s(?:were|was|is|are|have|has|had|will|would)\s/.test(p.slice(cueEnd, sent.end))) return false;
  // "Judge Mara Holt, writing for the court, said…": an -ing phrase between commas right before its
  // subject's own verb of speech is an aside; that verb is the cue. So is a passive one: "Mayor Eric
  // Stanton, asked about the trip, said…".
  if ((word.endsWith("ing") || /^(?:asked|pressed|questioned|quizzed|challenged)$/.test(word)) && commaBefore(p, cueStart) && parentheticalBeforeVerb(p.slice(cueEnd, sent.end))) return false;
  return true;
}

/** A comma right after a word, then spaces, before `at`: "Holt, writing…". */
function commaBefore(p: string, at: number): boolean {
  let i = at - 1;
  while (i > 0 && (p[i] === " " || p[i] === "\n")) i--;
  return i < at - 1 && p[i] === "," && /\p{L}/u.test(p[i - 1] ?? "");
}

/** " for the court, said…": up to sixteen words, no quotation, then a comma and a verb of speech in the past or "says". */
function parentheticalBeforeVerb(after: string): boolean {
  const m = /^((?:\s+[^\s,;:"“”]+){1,16}),\s+([a-z]+)\b/u.exec(after);
  if (!m) return false;
  const verb = m[2]!;
  // A past form or "says": "remarks" or "claims" after a comma may be a noun ("…, remarks that were aired").
  return speechLemma(verb) !== null && /^(?:said|told|wrote|says|tells|writes|adds|[a-z]+ed)$/.test(verb);
}

/** "Some in the ", "Almost a quarter (21%) of those polled for the ": a part of the group named next. */
const PART_OF_GROUP = new RegExp(String.raw`(?:^|[\s,])(${PART_OF_GROUP_HEAD}\s+(?:[^,;:“”"]*?\s+)?)$`, "iu");

/** " Mr Harlow and ", " singer Tom Reade and drummer ": a name and "and" before the subject. */
const CO_SPEAKER = /^[\s,]*(?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}and\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** ", the mission's head, " between a quotation and the name that speaks it. */
const DESCRIPTION_BEFORE_NAME = /^[\s,]*(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}-]*[’']s)\s+[^,;:.!?“”"]{1,80},\s*$/u;

/** The cue with its speaker phrase, or null when nobody can be speaking at it. */
export function attributeCue(
  para: QuotedParagraph,
  sent: Span,
  cue: { start: number; end: number; word: string; lemma: string },
): Attribution | null {
  const { p, base, doubles, singles } = para;
  // Where the subject may start: after the last clause boundary before the cue.
  const clause = clauseBoundary(p, sent, cue.start, doubles);
  const speaker = speakerOfCue(p, sent, cue.start, cue.end, cue.word, doubles, clause);
  if (!speaker) return null;
  let afterQuote = clause.afterQuote;
  // "…“turbulent election cycle” played out, he said": the quotation is inside the reported clause.
  const { subject, inverted } = speaker;
  // "…,” Mr Harlow and Mr Pettigrew said": the other speaker named before the subject is no clause.
  const gap = afterQuote && subject ? p.slice(afterQuote.close, subject.start) : "";
  // "…,” the mission's head, Ana Reyes, said": nor is a description the name stands in apposition to.
  if (afterQuote && subject && !inverted && !speaker.reportedAs && /[\p{L}\p{N}]/u.test(gap) && !CO_SPEAKER.test(gap) && !DESCRIPTION_BEFORE_NAME.test(gap)) afterQuote = null;
  // "…called him “a disgrace”, Wenger added: “I don't respond…”": a cue that opens a quotation with a
  // colon introduces it, not the one before.
  if (afterQuote && /^\s*:\s*["“]/.test(p.slice(cue.end, cue.end + 6))) afterQuote = null;
  return {
    p,
    base,
    doubles,
    singles,
    sent,
    cueStart: cue.start,
    cueEnd: cue.end,
    cueWord: cue.word,
    lemma: cue.lemma,
    subject,
    speakerMode: speaker.speakerMode,
    inverted,
    afterQuote,
  };
}

/** ", with Maria Hutchings marching up to him, " right before a participle cue. */
const WITH_DOING = /\bwith\s+((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+)?(?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+[a-z]+ing\b[^,;:“”"]{0,80},\s*$/u;

/** ", while India has also rejected aid, " right before a participle cue: a contrasting clause of its own. */
const WHILE_CLAUSE = /,\s+(?:while|whilst|whereas)\s+([^,;:“”"]{3,160}),\s*$/u;
/** The finite verb of such a clause ("India has also rejected", "Jones missed"). */
const CLAUSE_VERB = /\s(?:(?:has|have|had|is|was|are|were|will|would|could|did|does|can)\b|(?:also\s+)?[a-z]{3,}(?:ed|s)\s)/;

/** Verbs that show or report someone in the act: "quoted X saying", "shows X declaring". */
const PERCEIVED = /\b(?:quoted|quotes|quoting|heard|hears|saw|sees|seen|(?<!\b(?:the|a|an|his|her|its|their|this|that)\s)shows?|showed|shown|showing|caught|recorded|filmed|pictured|cited|cites|citing|described|describes)\b|\b(?:has|have|had)\s+(?:\p{Lu}|(?:a|an|the|his|her|their|him|them)\s)/u;
/** "a speech", "his letter": what someone speaks through, which says nothing of its own. */
const MEANS_OF_SPEAKING = /^(?:a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?(?:speech|statement|letter|message|interview|article|column|tweet|video|address|e-?mail|memo|lecture|sermon|broadcast)$/u;
/** A preposition right before the words: "a video of Ann Hale saying", "a letter from Mr Vance insisting". */
const OBJECT_OF = /\b(?:with|of|by|from|about|among|against)\s+(?:the\s+)?$/;

/**
 * Who speaks at a cue: the sentence's subject for a participle or coordinated verb ("…, saying that…",
 * "…and said he had…"), the antecedent of "who", the noun phrase before the cue, or the one after an
 * inverted cue. Null when there is none; a participle keeps a null subject (its rules still apply).
 */
function speakerOfCue(
  p: string,
  sent: Span,
  cueStart: number,
  cueEnd: number,
  cueWord: string,
  doubles: Quote[],
  clause: { boundary: number; afterQuote: Quote | null },
): { subject: SpeakerPhrase | null; speakerMode: SpeakerMode; inverted: boolean; reportedAs?: boolean } | null {
  const leftText = p.slice(sent.start, cueStart);
  const reported = /^[a-z]+ing$/.test(cueWord) || /\bto\s+have\s+$/.test(leftText) ? speakerReportedAs(p, sent, cueStart) : null;
  if (reported) return { subject: reported, speakerMode: "phrase", inverted: false, reportedAs: true };
  // "The mayor issued a statement saying that…": who issued it speaks, not the statement.
  const issued = mayEndInBeforeAdverbs(leftText, ["statement", "release", "tweet", "post", "letter", "memo", "note", "that"]) && /\b(?:issued|released|put\s+out|sent\s+out|posted|published|tweeted)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:statement|release|tweet|post|letter|memo|note)\s+(?:that\s+)?$/u.exec(leftText);
  // "…released a statement confirming…", "…issued a statement describing…": any participle of speech.
  if (issued && (/^(?:said|says|stated)$/.test(cueWord) || /^[a-z]+ing$/.test(cueWord))) {
    const subject = findSubject(p, sent, sent.start + issued.index, doubles);
    if (subject) return { subject, speakerMode: "phrase", inverted: false };
  }
  // "…, saying that…", "…and pointedly saying…", "…and said he had…": the sentence's subject speaks.
  // "Mr Pike has been fined for calling…", "Ms Hale apologised for saying…": a passive or an apology
  // before "for" makes the subject the one who spoke ("praised Holt for saying" does not).
  const blamedFor = /\bfor\s+$/.test(leftText) && /\b(?:(?:been|was|were|is|are|be|being|got|get)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)|apologi[sz]ed|apologi[sz]es|apologi[sz]ing)\b(?![^,;]*\b(?:him|her|them|us|me|\p{Lu}[\p{L}’'-]+)\s+for\s+$)/u.test(leftText);
  // ("While denying that…, Mr Hale admitted…": an -ing form opening the sentence is its subject's.)
  const isParticiple = /^[a-z]+ing\b/.test(cueWord) && (blamedFor || /(?:,|—|\b(?:and|by|while|before|after|when|in)|[^\s,]["”])\s+(?:[a-z]+ly\s+)?$/.test(leftText) || FRONTED_BEFORE_PARTICIPLE.test(leftText));
  // ("The mayor then said": "then" after a subject is an adverb; after a comma or "and", a second verb.
  // "The minister time and again insisted": no "and" of two verbs.)
  const coordinated = !isParticiple && mayEndInBeforeAdverbs(leftText, ["and", "but", "then"]) && /(?:(?<!\b(?:time|again)\s+)\b(?:and|but)|(?:^|[,;]|\b(?:and|but))\s*then)\s+(?:(?:also|later|then|again|has|have|had|[a-z]+ly)\s+)*$/.test(leftText);
  // "…,” said Fukui, despite warning that…": after a cue only; "satisfied despite conceding a goal" is no speech.
  const despite = /^[a-z]+ing\b/.test(cueWord) && /,\s*despite\s+$/.test(leftText);
  if (isParticiple || despite) {
    // "…, he said, adding that…": the participle goes on from the cue before it, whose speaker it keeps.
    const previous = speakerOfCueBefore(p, sent, cueStart);
    if (previous) return { subject: previous, speakerMode: "sentence-subject", inverted: false };
  }
  // "The trouble began on the show, with Maria Hutchings marching up to him, saying…": the one the
  // "with" clause names is doing it, not the sentence's subject.
  const withClause = isParticiple ? WITH_DOING.exec(leftText) : null;
  if (withClause && looksLikePersonName(withClause[1]!.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+/, "").split(/\s+/), /^(?:Mr|Mrs|Ms|Miss|Dr|Sir)\b/.test(withClause[1]!))) {
    return { subject: { text: withClause[1]!, start: sent.start + withClause.index + withClause[0].indexOf(withClause[1]!) }, speakerMode: "sentence-subject", inverted: false };
  }
  // "Thailand has refused a freeze, while India has rejected aid, saying…": the participle goes on from
  // the clause just before it, whose own subject does it.
  const contrasted = isParticiple ? WHILE_CLAUSE.exec(leftText) : null;
  const clauseVerb = contrasted ? CLAUSE_VERB.exec(contrasted[1]!) : null;
  if (contrasted && clauseVerb && clauseVerb.index > 0) {
    const start = sent.start + contrasted.index + contrasted[0].indexOf(contrasted[1]!);
    const subject = subjectBefore(p, start, start + clauseVerb.index);
    if (subject) return { subject, speakerMode: "sentence-subject", inverted: false };
  }
  if (isParticiple || coordinated) {
    // (Opening the sentence, the -ing form's subject is the main clause's, after it.)
    const fronted = isParticiple && FRONTED_BEFORE_PARTICIPLE.test(leftText);
    const subject = (coordinated ? coordinatedSubject(p, sent, cueStart, doubles) : null) ?? sentenceSubject(p, sent, fronted ? sent.end : cueStart, doubles);
    return { subject, speakerMode: "sentence-subject", inverted: false };
  }
  // "a Treasury report that showed…": "that" right after a noun and before the verb is "which".
  const thatAt = PAST_OR_SAYS.test(cueWord) ? leftText.lastIndexOf("that") : -1;
  const thatAfter =
    thatAt > 0 && /\s/.test(leftText[thatAt - 1]!) && /^\s+(?:(?:also|has|have|had|later|then|once|[a-z]+ly)\s+)*$/.test(leftText.slice(thatAt + 4))
      ? /(?:^|[^\p{L}’'-])(\p{Ll}+)\s+$/u.exec(leftText.slice(Math.max(0, thatAt - 40), thatAt))?.[1]
      : undefined;
  const relativeThat = !!thatAfter && !FUNCTION_BEFORE_THAT.test(thatAfter);
  const relative = relativeThat || (mayEndInBeforeAdverbs(leftText, ["who", "which"]) && /(?:^|[\s,])(?:who|which)\s+(?:(?:also|has|have|had|later|then|once|[a-z]+ly)\s+)*$/.test(leftText));
  if (relative) {
    const who = /(?:who|which|that)\s+(?:(?:also|has|have|had|later|then|once|[a-z]+ly)\s+)*$/.exec(leftText)!;
    const end = sent.start + who.index;
    // ("Ald. Luis Hernández, 31st, who said": an age or a ward's number is no subject.)
    const trimmed = p.slice(sent.start, end).replace(/[,\s]+$/, "").replace(/,\s+\d{1,3}(?:st|nd|rd|th)?$/, "");
    const subject = findSubject(p, sent, sent.start + trimmed.length, doubles) ?? { text: who[0].split(/\s+/)[0]!, start: end };
    return { subject, speakerMode: "phrase", inverted: false };
  }
  let subject = subjectBefore(p, clause.boundary, cueStart);
  // "Michael Howard is to make a pitch for the ethnic vote urging people…", "The leader will also call
  // for tolerance arguing that…": an -ing form after a verb's object goes on from the sentence's
  // subject, not from "make a pitch for…" (the words before it are a verb and its object, after "to"
  // or "will"). "Would require disclosing" has no object between; "shows Ann Hale declaring" names
  // who does it.
  const before = subject ? p.slice(Math.max(sent.start, subject.start - 7), subject.start) : "";
  const verbAndObject = !!subject && /^\p{Ll}+\s/u.test(subject.text) && !/\p{Lu}/u.test(subject.text);
  if (subject && /^[a-z]+ing\b/.test(cueWord) && /^\p{Ll}/u.test(subject.text) && (/\bto\s+$/.test(before) || (verbAndObject && /\b(?:will|would|shall|should|can|could|may|might|must|also)\s+$/.test(before)))) {
    return { subject: sentenceSubject(p, sent, cueStart, doubles), speakerMode: "sentence-subject", inverted: false };
  }
  // "Mr Hale also left the party saying…", "Ms Reade quit Orme Bank on Friday saying…": with no comma
  // either, an -ing form after the main verb's object goes on from the sentence's subject, unless the
  // verb shows someone doing it ("quoted Mr Hale saying", "heard her saying").
  // ("despite conceding a goal", "without saying": a gerund after a preposition is no such clause.)
  // ("despite saying there would be…" is speech whatever the preposition: only a verb that names speech alone.)
  // ("pointing out": a particle may follow the -ing form.)
  if (subject && /^[a-z]+ing\b/.test(cueWord) && (!/\b(?:despite|without|for|of|about|from|on|at|to|into|against|than|like|upon|through|over|towards?)\s+$/.test(leftText) || (/\b(?:despite|after|before)\s+$/.test(leftText) && /^(?:saying|telling|claiming|insisting|arguing|stating|declaring|announcing)$/.test(cueWord)))) {
    const main = sentenceSubject(p, sent, cueStart, doubles);
    const mainEnd = main ? main.start + main.text.length : -1;
    // ("…, reflecting recent Land Registry figures confirming a slowdown": figures, a report or a survey
    // right before the -ing form are what confirm it.)
    const document = /\b(?:figures|data|statistics|report|reports|survey|surveys|study|studies|research|poll|polls|findings|estimates)$/.test(subject.text);
    // ("…opened proceedings with a speech criticising…": the subject's own means of speaking, after "with" or not.)
    const means = MEANS_OF_SPEAKING.test(subject.text);
    if (main && !document && main.start <= subject.start && (subject.start >= mainEnd || subject.text.length > main.text.length) && !PERCEIVED.test(p.slice(mainEnd, cueStart)) && (means || !OBJECT_OF.test(p.slice(Math.max(mainEnd, subject.start - 14), subject.start)))) {
      return { subject: main, speakerMode: "sentence-subject", inverted: false };
    }
  }
  if (subject) subject = nameBeforeRole(p, sent.start, subject) ?? subject;
  // "Some in the Tory party urged", "Almost a quarter (21%) of those polled for the Sunday Times said":
  // a part of a group speaks, not the group; the phrase keeps the words that say so.
  const part = subject ? PART_OF_GROUP.exec(p.slice(clause.boundary, subject.start)) : null;
  if (subject && part) subject = { text: part[1]! + subject.text, start: subject.start - part[1]!.length };
  // "Mark Selby, from the Orme union said": an aside whose closing comma the text left out; the name
  // opening the sentence speaks, not the body it is from.
  // ("“…,” Jeff Joseph, from the Consumer Electronics Association told": so after a quotation.)
  const openFrom = clause.afterQuote && subject && clause.afterQuote.close > sent.start && clause.afterQuote.close <= subject.start ? clause.afterQuote.close + /^[\s,]*/.exec(p.slice(clause.afterQuote.close))![0].length : sent.start;
  const opened = subject ? /^((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+(?:from|of|at|with)\s+(?:the\s+)?[^,;:“”"]*$/u.exec(p.slice(openFrom, subject.start)) : null;
  if (subject && opened && !/,/.test(p.slice(subject.start, cueStart)) && looksLikePersonName(opened[1]!.split(/\s+/), false)) subject = { text: opened[1]!, start: openFrom };
  // "…,” Armando Falcon, OFHEO director said.": a role in apposition whose closing comma the text
  // left out; the name before it speaks, not the role.
  // "…,” Eva Lichtenberg, an Austrian Green member of the European Parliament said": the role's head
  // before its "of".
  const roleHead = subject?.text.split(/\s+of\s+/)[0]!.split(/\s+/).at(-1) ?? "";
  const namedBefore = subject && /^(?:(?:a|an|the)\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s+){0,2}(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s*){1,4})?$/u.test(subject.text) && (isPersonHead(roleHead) || roleHead === "member") ? /(?:^|[,”"]\s*)((?:\p{Lu}[\p{L}.’'-]*\s+){1,2}\p{Lu}[\p{L}’'-]+),\s+$/u.exec(p.slice(Math.max(sent.start, subject.start - 60), subject.start)) : null;
  if (subject && namedBefore && !/,/.test(p.slice(subject.start, cueStart)) && looksLikePersonName(namedBefore[1]!.split(/\s+/), false)) subject = { text: namedBefore[1]!, start: subject.start - namedBefore[0].length + namedBefore[0].indexOf(namedBefore[1]!) };
  // "Reports from Russia say": the reports speak, not the place they come from.
  const from = subject ? /(?:^|\s)((?:[Mm]edia\s+|[Pp]ress\s+)?(?:[Rr]eports|[Rr]umou?rs|[Ss]ources)\s+(?:from|in|out\s+of)\s+(?:the\s+)?)$/.exec(p.slice(clause.boundary, subject.start)) : null;
  if (subject && from) subject = { text: from[1]! + subject.text, start: subject.start - from[1]!.length };
  // "Security and prosperity would be the themes, said Mr Straw.": a name closing the sentence after
  // the cue speaks; the words before the comma are what was said, not appositives.
  if (!subject && /,\s*$/.test(leftText) && !/^(?:told|tells|asked|asks|urged|warned|promised|informed|assured|called|calls)$/.test(cueWord)) {
    const closing = closingSpeaker(p, cueEnd, sent.end);
    if (closing) return { subject: closing, speakerMode: "phrase", inverted: true };
  }
  if (!subject && /(?:,|\)|[—–―]|\s-)\s*$/u.test(mayEndInAdjunct(leftText) ? leftText.replace(NP_TRAILING_ADJUNCT, (adjunct) => adjunct.slice(0, adjunct.lastIndexOf(",") + 1)) : leftText)) {
    subject = subjectBeforeAppositives(p, sent.start, cueStart);
  }
  if (subject) return { subject, speakerMode: "phrase", inverted: false };
  // Inverted order: "…,” said Makei." / "…, said the minister."
  const leftTrim = leftText.replace(/\s+$/, "");
  // Never after "told": '…,” told reporters' names who heard it; nor "…, called the Operating and
  // Financial Review", a name given.
  if ((clause.afterQuote || /,$/.test(leftTrim) || leftTrim === "") && !/^(?:told|tells|informed|informs|assured|assures|reassured|called|calls)$/.test(cueWord)) {
    const after = subjectAfter(p, cueEnd, sent.end);
    if (after) return { subject: after, speakerMode: "phrase", inverted: true };
  }
  return null;
}

/** "Despite ", "While ": a conjunction or preposition opening the sentence before an -ing form. */
const FRONTED_BEFORE_PARTICIPLE = new RegExp(String.raw`^(?:${SENTENCE_PARTICIPLE_OPENERS})\s+(?:[a-z]+ly\s+)?$`);

const PERSON_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|Sen|Rep|Gov|Gen)\.?\s+)?(?:\p{Lu}[\p{L}’'-]+\s*){1,3}$/u;

/** The name after an inverted cue when it ends the sentence or its clause: ", said Mr Straw." */
function closingSpeaker(p: string, cueEnd: number, sentEnd: number): SpeakerPhrase | null {
  const after = subjectAfter(p, cueEnd, sentEnd);
  // "…, said a US-based insurance expert.": a person described also closes the sentence.
  const head = after?.text.split(/\s+/).at(-1)!.toLowerCase() ?? "";
  const described = !!after && /^(?:a|an|one|the)\s/i.test(after.text) && (isPersonHead(head) || /^(?:expert|analyst|source|insider|observer|spokes(?:man|woman|person)|official|executive|economist|consultant|researcher)$/.test(head));
  if (!after || (!PERSON_NAME.test(after.text) && !described) || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)\b/.test(after.text)) return null;
  const rest = p.slice(after.start + after.text.length, sentEnd);
  // ("The lawsuit, filed in Nashville, says Mr. Ashby, who managed her, routinely took…": a name
  // whose "who" clause a verb follows is the subject of what was said.)
  if (/^,\s+(?:who|which)\s[^,;]*,\s+(?:[a-z]+ly\s+)?(?!(?:said|says|added|adds|adding|told|saying|according)\b)[a-z]+\s/.test(rest)) return null;
  return /^\s*(?:[.!?”"’']*\s*$|,)/.test(rest) ? after : null;
}

/**
 * "…quoted Prince Saud as saying", "X was reported as saying": who a paper quotes or reports is the
 * speaker, not the paper. The person after "quoted" (active), or the subject before "was quoted".
 */
function speakerReportedAs(p: string, sent: Span, cueStart: number): SpeakerPhrase | null {
  const left = p.slice(sent.start, cueStart);
  // "…was quoted in a Spanish daily as saying": where it was quoted may stand before "as".
  // "…was quoted in the Herald saying": after "quoted" the "as" may go ("reported" needs it:
  // "the attack was reported by witnesses saying" names no speaker before it).
  // ("…was reported to have suggested": so before a perfect infinitive.)
  const passive = /\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being)\s+(?:widely\s+)?(?:(?:quoted|reported|cited)(?:\s+(?:in|by|on)\s+[^,;:“”"]{1,60}?)?\s+as|quoted(?:\s+(?:in|by|on)\s+[^,;:“”"]{1,60}?)?|(?:reported|said|alleged|understood|quoted)\s+to\s+have)\s+$/.exec(left);
  if (passive) return subjectBefore(p, clauseBoundary(p, sent, sent.start + passive.index, []).boundary, sent.start + passive.index);
  const active = /\b(?:quoted|quotes|quoting|cited|cites)\s+((?:[^\s,;:“”"]+\s+){1,6}?)as\s+$/.exec(left);
  if (!active) return null;
  const nameStart = sent.start + active.index + active[0].indexOf(active[1]!);
  return subjectBefore(p, nameStart, nameStart + active[1]!.trimEnd().length);
}

/** The comma (and "and" or an opener such as "despite") between a cue's clause and a participle. */
const CUE_BEFORE_PARTICIPLE = new RegExp(String.raw`,\s*(?:(?:and|${PARTICIPLE_OPENERS})\s+)?$`);

/**
 * The speaker of a cue that ends the clause right before a participle: "he" in "…, he said, adding",
 * "Makei" in "…, said Makei, noting". Null when no cue stands there.
 */
function speakerOfCueBefore(p: string, sent: Span, participleStart: number): SpeakerPhrase | null {
  const left = p.slice(sent.start, participleStart);
  // "…, said Fukui, despite warning that…", "…, he said, before adding": the same speaker goes on.
  const comma = CUE_BEFORE_PARTICIPLE.exec(left);
  if (!comma) return null;
  const segStart = sent.start + Math.max(left.lastIndexOf(",", comma.index - 1), left.lastIndexOf(";", comma.index - 1), left.lastIndexOf("”", comma.index - 1), left.lastIndexOf('"', comma.index - 1)) + 1;
  const segEnd = sent.start + comma.index;
  const cues = findCues(p.slice(segStart, segEnd)).filter((c) => speechLemma(c.text));
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  const cueStart = segStart + cue.index;
  const cueEnd = cueStart + cue.text.length;
  // "…walked back the comments, saying": a noun, not a cue.
  if (!readsAsCue(p, { start: segStart, end: segEnd }, cueStart, cueEnd)) return null;
  // "''…,'' said Mr. Pell, adding": the closing quotation mark is no word before the cue.
  if (!/[^\s"“”'’]/.test(p.slice(segStart, cueStart))) {
    // ", said Makei, noting…": the name fills the clause up to the comma.
    const after = subjectAfter(p, cueEnd, segEnd);
    return after && !/\S/.test(p.slice(after.start + after.text.length, segEnd)) ? after : null;
  }
  if (/\S/.test(p.slice(cueEnd, segEnd))) return null;
  return subjectBefore(p, segStart, cueStart);
}

/** A rule's reading as a statement: trimmed, with its kind, cue and speaker; null when too short to keep. */
export function toStatement(a: Attribution, reading: Reading): RawStatement | null {
  const { p, base, subject, speakerMode } = a;
  const [start, end] = trimSpan(p, reading.start, reading.end);
  if (end - start < 3) return null;
  if (!/[\p{L}\p{N}]/u.test(p.slice(start, end))) return null;
  const context = reading.context ?? a.sent;
  return {
    start: base + start,
    end: base + end,
    kind: reading.kind ?? kindOf(p, start, end, a.doubles, a.singles),
    cue: a.cueWord,
    cueSpan: { start: base + a.cueStart, end: base + a.cueEnd },
    speakerAsWritten: subject?.text ?? null,
    speakerSpan: subject ? { start: base + subject.start, end: base + subject.start + subject.text.length } : null,
    speakerMode,
    confidence: speakerMode === "sentence-subject" ? reading.confidence * 0.9 : reading.confidence,
    rule: reading.rule,
    context: { start: base + context.start, end: base + context.end },
  };
}
