// Rules for reported speech without a quotation of its own: the clause after "that", a bare clause,
// the object of a speech act, or a clause before the attribution. firstReading() in
// extract-statements.ts tries indirect-as-cue before every other rule and the rest after the
// quotation rules, in the order they stand here.

import type { Attribution, Reading } from "../attribution";
import { ADJUNCT_START, ADVERBIAL_OPENER, clauseEnd, type CueSides } from "../cue-sides";
import { NAMED_SUBJECT_LEMMAS, OBJECT_LEMMAS, OBJECT_NOUN_FORMS } from "../speech-verbs";

/**
 * indirect-as-cue: "As X reported, CONTENT".
 * "As the Gazette reported, even on Monday, the council was declining…" → the main clause after
 * the lead-in ("the White House was refusing…").
 */
export function indirectAsCue(a: Attribution): Reading | null {
  const { p, sent, subject } = a;
  if (a.afterQuote || !subject || !/^\s*As\s+$/.test(p.slice(sent.start, subject.start))) return null;
  const lead = /^[^,;:“"]{0,60},\s*(?:[^,;:“"]{0,40},\s*)?/u.exec(p.slice(a.cueEnd, sent.end));
  // Only adjuncts may follow the cue ("As the Gazette reported on Monday,"): with an object the "as"
  // tells time ("As Mr Dace set out his plans, the firm urged him…") and the verb reports nothing.
  if (!lead || !/^\s*(?:,|(?:on|in|at|last|earlier|this|yesterday|today|to|from|during|after|before|here|there|\p{L}+ly)\b)/u.test(lead[0])) return null;
  return { rule: "indirect-as-cue", start: a.cueEnd + lead[0].length, end: sent.end, confidence: 0.7 };
}

/**
 * indirect-before-cue, inverted: "CONTENT, said X".
 * "The plan is dead, said Mara Quill, executive director…" → "The plan is dead". Null when no
 * comma sets a clause off before the cue.
 */
export function indirectBeforeInvertedCue(a: Attribution, s: CueSides): Reading | null {
  if (!/,\s*$/.test(s.beforeText)) return null;
  // "Worryingly, said the firm, phishing gangs were…", "Also, said Mr Flynn, Vodafone has…": an
  // adverb before the cue reports nothing; the clause after the speaker is what was said.
  if (SENTENCE_ADVERB.test(a.p.slice(a.sent.start, a.cueStart).replace(/,\s*$/, "").trim())) {
    const tail = /^\s*,\s*(?=\p{L})/u.exec(s.rawAfter);
    if (!tail) return null;
    const start = s.subjectEnd + tail[0].length;
    return { rule: "indirect-parenthetical", start, end: clauseEnd(a.p, start, a.sent.end, a.doubles), confidence: 0.6 };
  }
  return { rule: "indirect-before-cue", start: a.sent.start, end: a.cueStart, confidence: 0.7 };
}

/** A sentence adverb or connective alone: "Worryingly", "Also", "In fact", "Even so". */
const SENTENCE_ADVERB = /^(?:\p{Lu}\p{Ll}+ly|Also|However|But|And|Still|Moreover|Indeed|Instead|Meanwhile|Now|Then|So|Yet|Besides|Furthermore|Nevertheless|Nonetheless|Similarly|Likewise|Crucially|Ultimately|In fact|Even so|In addition|By contrast|In short|Above all|Of course|After all|At the same time)$/u;

/**
 * indirect-that: "X said (to Y, on Monday…) that CONTENT".
 * "Lavrov stated in the talks that the sides have discussed the situation." → "the sides have
 * discussed the situation", up to where the writer's own clause takes over.
 */
export function indirectThat(a: Attribution, s: CueSides): Reading | null {
  const { after } = s;
  if (!after.hadThat || !s.clauseLike) return null;
  return { rule: "indirect-that", start: after.contentStart, end: clauseEnd(a.p, after.contentStart, a.sent.end, a.doubles), confidence: 0.8 };
}

/**
 * indirect-parenthetical: "CONTENT, X says, CONTENT".
 * "This season, she says, is unlike the others." → the whole sentence.
 */
export function indirectParenthetical(a: Attribution, s: CueSides): Reading | null {
  // Between commas, any cue's words go on after it: "Growth will slow, the agency forecasts, due to…".
  // "On Tuesday, he wrote to investors in a letter, telling…": after an adjunct, a scene-setting
  // opener leaves no reported words before the cue.
  if (!s.hasBefore || !s.parentheticalAfter || s.after.contentStart < 0 || (s.adjunctBeforeComma && ADVERBIAL_OPENER.test(s.beforeText))) return null;
  return { rule: "indirect-parenthetical", start: a.sent.start, end: a.sent.end, confidence: 0.6 };
}

/** A name, an acronym in brackets or a pronoun right before a verb, past its auxiliary and adverbs: "Deloitte is ", "(ECLAC) still ". */
const NAME_OR_PRONOUN_BEFORE = /(?:\b\p{Lu}[\p{L}’'.-]*|\)|\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e))\s+(?:(?:now|still|also|again|is|are|was|were|has|have|had|been|[a-z]+ly)\s+)*$/u;

/**
 * indirect-object: the object of a speech act is what was said.
 * "Clinton accused Trump of running a divisive campaign." → "Trump of running a divisive campaign";
 * "Sanders called for a ban…", "Rubio asked whether…".
 */
export function indirectObject(a: Attribution, s: CueSides): Reading | null {
  const { p, sent, lemma } = a;
  // "campaign promises", "his tweets" are nouns; "he promises to…", "she tweets that…" are verbs.
  // ("what he promises to do" is no statement of its own).
  // "She boasts a lead", "it reports a loss": some verbs' objects are no words said.
  const verbAfterPronoun =
    /^(?:promises|calls|vows|tweets)$/i.test(a.cueWord) && /(?<!\b(?:what|which|that|how|who)\s+)\b(?:he|she|it)\s+(?:(?:also|now|again|[a-z]+ly)\s+)?$/i.test(p.slice(Math.max(sent.start, a.cueStart - 25), a.cueStart));
  if (!OBJECT_LEMMAS.has(lemma) || (OBJECT_NOUN_FORMS.has(a.cueWord.toLowerCase()) && !verbAfterPronoun) || s.after.hadThat) return null;
  if (NAMED_SUBJECT_LEMMAS.has(lemma) && !NAME_OR_PRONOUN_BEFORE.test(p.slice(Math.max(sent.start, a.cueStart - 40), a.cueStart))) return null;
  if (s.hasBefore && !s.sceneSetting && !/^\s*[\p{L}“"]/u.test(s.rawAfter)) return null;
  // ("promised Monday to act", "reported Wednesday in the journal": the day is an adjunct too.)
  const obj = /^\s*(?:(?:also|again|repeatedly|publicly|privately|[a-z]+ly|yesterday|today|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?)\s+)*/u.exec(s.rawAfter)!;
  const objStart = s.subjectEnd + obj[0].length;
  const rest = p.slice(objStart, sent.end);
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // "called" is a speech act only as "called for/on…" or "called X “…”" / "called him a liar".
  const callOk = lemma !== "call" || /^(?:for|on|upon)\b/.test(rest) || /[“"]|''/.test(rest) || /^(?:him|her|them|it|this|that|\p{Lu}\S*(?:\s+\p{Lu}\S*)?)\s+(?:a|an)\s/u.test(rest);
  // An adjunct is not an object ("warned on Wednesday", "reported Wednesday in the journal"); "warned
  // of", "asked about" are.
  // "write off Kilroy-Silk", "called off the strike": a particle makes another verb, not speech.
  const adjunctOnly = (lemma !== "call" && /^(?:on|in|at(?!\s+(?:least|most)\b)|during|after|before|last|this|with|from|into|over|through)\b/.test(rest)) || /^(?:off|up|down|away)\b/.test(rest);
  // "announced it would…" is a clause, not an object; "called it “a disgrace”", "described it as…" are.
  const itObject = /^it\s+(?:as\b|[“"]|'')/.test(rest);
  if (!callOk || adjunctOnly || words < 2 || !/^[\p{L}\p{N}“"‘'$]/u.test(rest) || /^(?:by|as if|that)\b/.test(rest) || (/^it\b/.test(rest) && !itObject)) return null;
  return { rule: "indirect-object", start: objStart, end: clauseEnd(p, objStart, sent.end, a.doubles), confidence: 0.55 };
}

/**
 * indirect-before-cue: "CONTENT, X said" with nothing reported after the cue.
 * "The alliance polishes its argument from summit to summit, he said." → the clause before the comma.
 */
export function indirectBeforeCue(a: Attribution, s: CueSides): Reading | null {
  if (!s.hasBefore || s.sceneSetting) return null;
  if (s.after.contentStart >= 0 && s.clauseLike && !s.blocked && !ADJUNCT_START.test(s.rawAfter.trim())) return null;
  return { rule: "indirect-before-cue", start: a.sent.start, end: s.beforeEnd, confidence: 0.7 };
}

/**
 * indirect-bare: "X said CONTENT" without "that".
 * "Vladimir Makei said the deployment of missile defense elements is undermining the balance." → the
 * clause after the cue.
 */
export function indirectBare(a: Attribution, s: CueSides): Reading | null {
  const { after } = s;
  if (after.contentStart < 0 || !s.clauseLike || s.blocked) return null;
  return { rule: "indirect-bare", start: after.contentStart, end: clauseEnd(a.p, after.contentStart, a.sent.end, a.doubles), confidence: 0.7 };
}
