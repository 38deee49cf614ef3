// The speech-verb lexicon: which verbs report speech, in which forms, and how each behaves after its
// subject. The extractor finds its cues with it (cues.ts); the eval (scripts/eval.ts) decides which
// gold attributions it scores with the same inflection, so a verb form means one thing in both.
//
// Verbs of belief ("think", "believe") are left out on purpose: a statement page must show words
// someone actually said or wrote.

/** The verbs the extractor reads as speech cues. "point" stands for "point out". */
export const SPEECH_LEMMAS: readonly string[] = `say tell state add stress note explain claim argue insist warn
announce declare write tweet ask reply respond comment suggest acknowledge admit deny confirm report highlight
clarify emphasize emphasise reiterate recall reaffirm assert urge describe remark continue recount testify
predict promise vow tout boast complain criticize criticise accuse charge conclude mention observe contend
maintain concede allege joke quip counter retort shout yell exclaim proclaim disclose reveal pledge caution
lament scoff inform assure reassure threaten underline underscore repeat recommend demand wonder muse posit
brag gush hint signal summarize summarise concur decry denounce condemn praise dismiss estimate post call
point forecast hail question find show brand agree rule fume sob sigh hiss blurt rave confess shrug gripe text email`
  .split(/\s+/)
  .filter(Boolean);

/**
 * The eval's scoring definition: a gold attribution counts when its cue holds one of these verbs in
 * any form (or "according"). It is not the extractor's list ("quote" counts, "stress" does not);
 * changing it changes what the eval's figures mean.
 */
export const COUNTED_CUE_LEMMAS: readonly string[] = `say tell state add stress note explain claim argue insist
warn announce declare write tweet ask reply respond comment suggest acknowledge admit deny confirm report
highlight clarify emphasize reiterate recall quote reaffirm assert urge call describe remark continue recount
testify predict promise vow tout boast complain criticize accuse charge conclude mention point`
  .split(/\s+/)
  .filter(Boolean);

/** Forms the regular rules in inflect() get wrong. */
const IRREGULAR: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  quip: ["quip", "quips", "quipped", "quipping"],
  // ("a collective shrug", "shrugs off": the other forms are nouns or phrasal verbs more often than speech.)
  shrug: ["shrugged"],
  admit: ["admit", "admits", "admitted", "admitting"],
  signal: ["signal", "signals", "signaled", "signalled", "signaling"],
  brag: ["brag", "brags", "bragged", "bragging"],
  sob: ["sob", "sobs", "sobbed", "sobbing"],
  point: ["pointed out", "points out", "point out", "pointing out"],
  forecast: ["forecast", "forecasts", "forecasted", "forecasting"],
  find: ["found", "finds"],
  // ("show", "showing" only after what a document is: "polls show", "with figures showing"; attribution.ts.)
  show: ["show", "shows", "showed", "shown", "showing"],
  // ("texted the superintendent that…", "emailed staff that…": the verbs only; "a text", "an email" are nouns.)
  text: ["texted"],
  email: ["emailed", "e-mailed"],
};

/** Every form of a verb: "clarify" → clarify, clarifies, clarified, clarifying. */
export function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(lemma)) return [lemma, lemma.slice(0, -1) + "ies", lemma.slice(0, -1) + "ied", lemma + "ing"];
  if (/e$/.test(lemma)) return [lemma, lemma + "s", lemma + "d", lemma.slice(0, -1) + "ing"];
  if (/(s|sh|ch|x|z)$/.test(lemma)) return [lemma, lemma + "es", lemma + "ed", lemma + "ing"];
  return [lemma, lemma + "s", lemma + "ed", lemma + "ing"];
}

/** Verbs that report only what a document says: "the study found", "figures showed" (not "police found"). */
export const DOCUMENT_LEMMAS: ReadonlySet<string> = new Set(["find", "show"]);

/**
 * What a document is called, singular or plural ("official figures", "polls", "a report"): the nouns
 * "show" and "showing" report for (attribution.ts), and what a body releases (extract-statements.ts).
 */
export const DOCUMENT_NOUN = String.raw`(?:figures|data|statistics|stats|records|documents|results|polls?|surveys?|stud(?:y|ies)|research|numbers|estimates|findings|accounts|papers|reports?|analysis|audits?|reviews?|tests|minutes|files|e-?mails|filings)`;

/** Forms that are nearly always nouns in American news ("the states", "a post"): never a cue. */
export const NOUN_ONLY_FORMS: ReadonlySet<string> = new Set(["state", "states", "post", "posts", "question", "questions", "questioning", "finds", "forecast", "brand", "brands"]);

/**
 * Speech acts whose object is what was said even without "that" or a quotation: "accused Clinton of
 * lying", "called for a ban", "asked whether…", "urged voters to…", "described him as…".
 */
export const OBJECT_LEMMAS: ReadonlySet<string> = new Set(["accuse", "criticize", "criticise", "describe", "urge",
  "promise", "call", "ask", "mention", "announce", "deny", "denounce", "decry", "praise", "dismiss", "warn",
  "recommend", "tout", "boast", "complain", "predict", "confirm", "acknowledge", "admit", "reiterate", "vow",
  "tweet", "write", "report", "reveal", "disclose", "suggest", "recall", "hail", "question", "brand", "forecast"]);

/**
 * OBJECT_LEMMAS whose every form is as often a noun ("growth forecasts slipping", "analysts' forecasts
 * of £532m"): a verb only right after a name or a pronoun ("Nestle forecasts growth of 5%", "Deloitte
 * is forecasting…").
 */
export const NAMED_SUBJECT_LEMMAS: ReadonlySet<string> = new Set(["forecast"]);

/** Forms of OBJECT_LEMMAS that are more often nouns ("his tweets", "the report", "campaign promises"). */
export const OBJECT_NOUN_FORMS: ReadonlySet<string> = new Set(["tweet", "tweets", "report", "reports", "promises",
  "warning", "warnings", "calls", "call", "suggesting", "praise", "vows", "boasts", "admits"]);

/** Verbs whose object is the addressee ("told reporters that…"), not what was said. */
export const ADDRESSEE_LEMMAS: ReadonlySet<string> = new Set(["tell", "inform", "assure", "reassure", "ask", "urge",
  "warn", "promise", "threaten", "text", "email"]);

/**
 * Lemmas whose forms are often nouns or non-speech senses ("his claims", "charges", "reports show"):
 * they only count when followed by "that" or a quotation, or when right after a quotation.
 */
export const WEAK_LEMMAS: ReadonlySet<string> = new Set(["call", "add", "respond", "remark", "reply", "continue",
  "charge", "post", "signal", "counter", "report", "note", "promise", "estimate", "praise", "dismiss", "comment",
  "demand", "claim", "pledge", "caution", "hint", "vow", "repeat", "condemn", "denounce", "decry", "criticize",
  "criticise", "describe", "accuse", "recommend", "reveal", "disclose", "suggest", "maintain", "observe", "forecast", "hail", "question",
  "predict", "confirm", "deny", "mention", "underline", "underscore", "wonder", "muse", "lament", "threaten",
  "urge", "ask", "tout", "boast", "recall", "highlight", "concur", "assure", "reassure", "inform", "joke",
  "complain", "testify", "write", "tweet", "allege", "admit", "acknowledge", "brand", "rule",
  // How a tabloid says "said" ("he fumed: '…'", "'…,' she gushed", "is fuming that…"): speech only
  // beside a quotation or before "that".
  "fume", "sob", "sigh", "hiss", "blurt", "rave", "confess", "gush", "shrug"]);

/** Verbs that report speech only with "that" or a quotation: "analysts agree that…", not "agreed a deal". */
export const THAT_ONLY_LEMMAS: ReadonlySet<string> = new Set(["agree"]);
