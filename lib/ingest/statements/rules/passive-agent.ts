// A verb of speech in the passive, its speaker named after "by": "in a move branded a “humiliating
// retreat” by the Tories", "The plan was described as “madness” by Labour MP Tom Vale", "China has
// been accused of blocking Google News by the media watchdog". What was said stands between the verb
// and "by"; whoever "by" names said it, never the sentence's subject (the thing or person spoken of).

import type { Span } from "../../types";
import type { Attribution, ParagraphScan } from "../attribution";
import { toStatement } from "../attribution";
import type { RawStatement } from "../statement";

/** Participles that take what was said as their complement. */
const PASSIVE_CUE = /^(?:branded|described|called|hailed|condemned|criticised|criticized|attacked|accused|praised|slammed|blasted|urged|asked|warned|told)$/;

/**
 * What stands before such a participle in the passive: an auxiliary ("was branded"), or a noun it
 * describes, after an article ("in a move branded") or, for a word that names what was said, a
 * comma ("The deal, described as…").
 */
const PASSIVE_BEFORE = /(?:\b(?:was|were|been|being|is|are|be)\s+(?:(?:also|widely|repeatedly|publicly|now|since|later|once|then|recently)\s+)?|\b(?:a|an|the)\s+(?:move|decision|plan|proposal|policy|deal|measure|step|idea|scheme|bill|law|budget|report|speech|remark|comment|comments|remarks|claim|claims|attack|performance|result|figure|figures)\s+)$/u;
const NAMING_AFTER_COMMA = /\p{L},\s+$/u;
const NAMING = /^(?:branded|described|called|hailed)$/;

/** Whom "by" names: an article or a name, up to seven words, to the clause's end (or a word that opens another clause). */
const AGENT_WORDS = String.raw`((?:the|a|an|his|her|its|their|many|some|\p{Lu}[\p{L}’'.&-]*|\p{Ll}+s)(?:\s+(?!(?:before|after|when|while|because|if|as|since|until|and|but)\b)[\p{L}’'.&-]+){0,6}?)`;
const AGENT = new RegExp(String.raw`\s+by\s+${AGENT_WORDS}[.,;!?]?\s*(?=[,;.!?]|\s(?:before|after|when|while|because|if|since|until)\b|$)`, "u");
/** "was described by Jobs as the “most important Mac”": the agent first, then what was said. */
const AGENT_FIRST = new RegExp(String.raw`^\s+by\s+${AGENT_WORDS}\s+as\s+`, "u");
/** ", Reporters Without Borders." after the agent: its name, in apposition. */
const APPOSITIVE_NAME = /^,\s+((?:\p{Lu}[\p{L}’'.&-]*\s+)*\p{Lu}[\p{L}’'.&-]*)\.?\s*$/u;

/** Words after "by" that name no speaker: a means, a measure, a time; or a kind of people ("conservatives like X"). */
const NO_AGENT = /^(?:the\s+(?:end|time|way|same|number)|a\s+(?:margin|factor|majority|vote|narrow|wide|show)|an?\s+\w+\s+(?:margin|majority)|far|then|now|phone|telephone|letter|email|e-mail|post|text)\b|\s(?:like|such\s+as|including)\s/i;

/** The statement a passive cue at [cueStart, cueEnd) reads, or null when it is no passive with an agent. */
export function passiveWithAgent(scan: ParagraphScan, sent: Span, cueStart: number, cueEnd: number, lemma: string): RawStatement | null {
  const { p } = scan;
  const word = p.slice(cueStart, cueEnd);
  if (!PASSIVE_CUE.test(word)) return null;
  const before = p.slice(Math.max(sent.start, cueStart - 40), cueStart);
  if (!PASSIVE_BEFORE.test(before) && !(NAMING.test(word) && NAMING_AFTER_COMMA.test(before))) return null;
  const rest = p.slice(cueEnd, sent.end);
  let said: Span;
  let agent: Span;
  const first = AGENT_FIRST.exec(rest);
  if (first) {
    agent = { start: cueEnd + first[0].indexOf(first[1]!, 3), end: 0 };
    agent.end = agent.start + first[1]!.length;
    const start = cueEnd + first[0].length;
    said = { start, end: start + rest.slice(first[0].length).replace(/[.!?]+\s*$/, "").length };
  } else {
    const m = AGENT.exec(rest);
    if (!m) return null;
    // What was said: between the verb (and "as", "of", "for", "to") and "by", a quotation or a
    // complement of a few words ("as “madness”", "of lying", "to stay away"), never a clause.
    const lead = /^\s*(?:(?:as|of|for)\s+)?/.exec(rest)![0].length;
    const words = rest.slice(lead, m.index).trim();
    // ("described to him by a reporter": to whom, not what.)
    if (!words || /^(?:that|to\s+(?:him|her|them|me|us|it)\s*$)\b/.test(words) || (!/["“”]/.test(words) && !/^\s*(?:as|of|for|to)\s/.test(rest))) return null;
    said = { start: cueEnd + lead, end: cueEnd + lead + words.length };
    agent = { start: cueEnd + m.index + m[0].indexOf(m[1]!, 3), end: 0 };
    agent.end = agent.start + m[1]!.replace(/\.$/, "").length;
    // "…by the media watchdog, Reporters Without Borders.": the name in apposition speaks.
    const named = APPOSITIVE_NAME.exec(p.slice(agent.end, sent.end));
    if (named) {
      agent.start = agent.end + named[0].indexOf(named[1]!);
      agent.end = agent.start + named[1]!.replace(/\.$/, "").length;
    }
  }
  const who = p.slice(agent.start, agent.end);
  const text = p.slice(said.start, said.end);
  if (NO_AGENT.test(who) || text.split(/\s+/).length > 16 || /[;:]/.test(text)) return null;
  const a: Attribution = { ...scan, sent, cueStart, cueEnd, cueWord: word, lemma, subject: { text: who, start: agent.start }, speakerMode: "phrase", inverted: true, afterQuote: null };
  return toStatement(a, { rule: "indirect-object", start: said.start, end: said.end, confidence: 0.7 });
}
