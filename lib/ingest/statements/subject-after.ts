// The speaker named after an inverted cue: "…,” said Sen. Ted Cruz, R-Texas.", "said the chairman of
// the committee, Labour MP Barry Sheerman.", "said one of their lawyers, Michalis Dimitrakopoulos."

import { isFirstName, withoutClosingStop } from "../names";
import { COMMITTEE_FIRST } from "../speakers/committees";
import { bodyGoesOn, expertsAt, joinsPortfolio, joinsRoles, listsPortfolio, namesBeforeRole, titleOfBeforeName } from "./subject-joins";
import { NP_STOP, isPlausibleSpeaker, isPlausibleSubjectText, type SpeakerPhrase } from "./subjects";

/** The noun phrase right after an inverted cue ("…,” said Sen. Ted Cruz, R-Texas."). */
export function subjectAfter(p: string, from: number, limit: number): SpeakerPhrase | null {
  const rest = p.slice(from, limit);
  const committee = COMMITTEE_FIRST.exec(rest);
  if (committee && !/^\s+(?:chair|chairman|chairwoman|member|members|spokes\w+|report|clerk|of)\b/.test(rest.slice(committee[0].length))) return { text: committee[1]!, start: from + committee[0].length - committee[1]!.length };
  const tokens = [...rest.matchAll(/[^\s]+/g)];
  let end = -1;
  for (let i = 0; i < tokens.length && i < 10; i++) {
    const raw = tokens[i]![0];
    const w = raw.replace(/[,;:!?)—–]+$/, "");
    const lower = w.toLowerCase().replace(/\.$/, "");
    // ("said Ernst and Young's Sanjay Mehta": "and" inside a firm's name before its possessive.)
    const firmAnd = lower === "and" && /^\p{Lu}/u.test(tokens[i - 1]?.[0] ?? "") && /^\p{Lu}[\p{L}-]*[’']s$/u.test(tokens[i + 1]?.[0] ?? "") && /^\p{Lu}/u.test(tokens[i + 2]?.[0] ?? "");
    if (i > 0 && !firmAnd && /^(?:in|on|at|during|after|before|who|when|while|as|to|via|from|with|last|this|and|but|because|adding|saying|noting|referring|told|said|of|that|than|afterwards|afterward|later|yesterday|today|tonight|recently|earlier|previously|again|too|also|then|instead|meanwhile|however|ahead|following|amid|despite|outside|inside|upon|shortly)$/.test(lower) && !/^\p{Lu}{2,}\.?$/u.test(w) && !joinsRoles(tokens, i) && !joinsPortfolio(tokens, i) && !namesBeforeRole(tokens, i) && !(lower === "of" && titleOfBeforeName(tokens, i)) && !bodyGoesOn(tokens, i, lower) && !expertsAt(tokens, i, lower)) break;
    // "…, said the airline would grow": a verb after the words means they are a clause, not a speaker.
    // Written lowercase: "said Mr May" ends in a name.
    if (i > 0 && /^(?:would|will|could|should|can|may|might|must|is|was|are|were|has|had|have|did|does)\.?$/.test(w)) return null;
    if (/^[(“"‘]/.test(raw) || (w === "The" && i >= 2 && /^\p{Lu}/u.test(tokens[i - 1]![0]) && /^\p{Lu}/u.test(tokens[i - 2]![0]))) break;
    end = tokens[i]!.index! + w.length;
    if (/[,;:!?)—–]$/.test(raw) && !listsPortfolio(tokens, i)) break;
    // A period ends the phrase unless it closes an abbreviation, an initial or initials ("Sen.", "F.", "J.M.").
    if (/\.$/.test(w) && !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr|(?:\p{Lu}\.)*\p{Lu}|(?:\p{Lu}\.)+(?:-(?:\p{Lu}\.)+)*-(?:\p{Lu}\.)*\p{Lu})\.$/u.test(w)) {
      end--;
      break;
    }
  }
  if (end <= 0) return null;
  const startOff = tokens[0]!.index!;
  const text = withoutClosingStop(rest.slice(startOff, end));
  const firstWord = text.split(/\s+/)[0]!;
  // "said May", "said Will Carling": capitalised, the modal is a name.
  if (!text || (NP_STOP.has(firstWord.toLowerCase()) && !/^(?:May|Will)$/.test(firstWord))) return null;
  if (!isPlausibleSpeaker(text) || !isPlausibleSubjectText(text)) return null;
  // "said the chairman of the Commons education committee, Labour MP Barry Sheerman.": the name in
  // apposition after the description's "of" phrase.
  // ("said one of their lawyers, Michalis Dimitrakopoulos.": one of several, named after.)
  // ("said BA director of commercial planning, Robert Boyle.": a body's name before the role words too.)
  const ofPhrase = /^(?:(?:the|its|his|her|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?|one|two|three|some|several|each|many|another)$/iu.test(text) || /^(?:\p{Lu}[\p{L}&.’'-]*\s+){1,2}(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+$/u.test(text) ? /^\s+(?:of|at|for)\s+[^,.;:“”"()]{1,70}(?=,)/u.exec(p.slice(from + startOff + text.length, limit)) : null;
  const named = appositiveName(p, from + startOff + text.length) ?? (ofPhrase ? appositiveName(p, from + startOff + text.length + ofPhrase[0].length) : null);
  // ("said EEF chief economist, Steve Radley": a role ending in a lowercase word, whatever it names first.)
  if (named && (!/\p{Lu}/u.test(text.replace(/^\p{Lu}/u, "")) || /\s\p{Ll}[\p{Ll}-]*$/u.test(text))) return named;
  return { text, start: from + startOff };
}

/** ", Rich Beeson," right after a description names the person it describes. */
function appositiveName(p: string, at: number): SpeakerPhrase | null {
  // (A stop only after an initial: "Michalis Dimitrakopoulos. Kenteris, 31, …" is a name and a sentence.)
  const m = /^,\s+((?:(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]*)\s+){1,3}\p{Lu}[\p{L}’'-]+)(?=\s*[,.;]|\s*$|\s+(?:said|says|told|who))/u.exec(p.slice(at, at + 60));
  // "said his wife, Sheila.": a first name alone, ending the sentence.
  const first = m ? null : /^,\s+(\p{Lu}\p{Ll}+)(?=\s*[.;]|\s*$)/u.exec(p.slice(at, at + 30));
  if (first && isFirstName(first[1]!)) return { text: first[1]!, start: at + first[0].indexOf(first[1]!) };
  if (!m) return null;
  return { text: m[1]!, start: at + m[0].indexOf(m[1]!) };
}
