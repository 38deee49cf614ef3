// Speaker resolution: turns the words that name a speaker at a statement ("he", "the Belorussian
// minister", "Sergey Lavrov") into one person or organization of the article, with aliases and roles.
// A wrong speaker is worse than none, so every guess that rests on recency alone gets a lower
// confidence, and plural or indefinite sources ("officials", "a senior aide") stay unresolved.

import type { ExtractedSpeaker, SpeakerMode, Span } from "../types";
import { findMentions } from "./mentions";
import { Registry, type Discourse, type Entity } from "./registry";
import { resolvePhrase } from "./resolve-phrase";

/** What speaker resolution needs to know about each statement. */
export interface SpeakerCandidate extends Span {
  speakerAsWritten: string | null;
  speakerSpan: Span | null;
  speakerMode: SpeakerMode;
}

export interface SpeakerAssignment {
  speakerIndex: number | null;
  /** Multiplies the statement's confidence: 1 for a name, less for pronouns and role descriptions. */
  confidence: number;
}

/**
 * Finds every person named in the body, then resolves each statement's speaker phrase to one of them
 * (or to an organization). Returns the speakers actually used, in first-use order.
 */
export function resolveSpeakers(source: string, paragraphs: Span[], statements: SpeakerCandidate[]): {
  speakers: ExtractedSpeaker[];
  assignments: SpeakerAssignment[];
} {
  const reg = new Registry();
  const d: Discourse = { reg, salience: findMentions(source, paragraphs, reg), resolved: [] };
  return numberSpeakers(reg, assign(statements, d));
}

/** Each statement's speaker phrase, resolved in text order (a resolved speaker is salient for the next). */
function assign(statements: SpeakerCandidate[], d: Discourse): SpeakerAssignment[] {
  const { reg } = d;
  const assignments: SpeakerAssignment[] = [];
  for (const st of statements) {
    const phrase = st.speakerAsWritten;
    const at = st.speakerSpan?.start ?? st.start;
    if (st.speakerMode === "previous") {
      const prev = assignments[assignments.length - 1];
      assignments.push(prev ? { speakerIndex: prev.speakerIndex, confidence: prev.confidence * 0.9 } : { speakerIndex: null, confidence: 0.5 });
      continue;
    }
    if (!phrase) {
      assignments.push({ speakerIndex: null, confidence: 0.8 });
      continue;
    }
    const r = resolvePhrase(phrase, at, d);
    if (r.entity) d.resolved.push({ at, entity: r.entity });
    assignments.push({ speakerIndex: r.entity ? reg.entities.indexOf(r.entity) : null, confidence: r.confidence });
  }
  return assignments;
}

/** Keeps only the entities that speak, numbered in order of first use. */
function numberSpeakers(reg: Registry, assignments: SpeakerAssignment[]): { speakers: ExtractedSpeaker[]; assignments: SpeakerAssignment[] } {
  const order = new Map<number, number>();
  const speakers: ExtractedSpeaker[] = [];
  for (const a of assignments) {
    if (a.speakerIndex === null || order.has(a.speakerIndex)) continue;
    const e = reg.entities[a.speakerIndex]!;
    order.set(a.speakerIndex, speakers.length);
    speakers.push(toSpeaker(e));
  }
  return {
    speakers,
    assignments: assignments.map((a) => ({ ...a, speakerIndex: a.speakerIndex === null ? null : order.get(a.speakerIndex)! })),
  };
}

// A role that says what someone is ("foreign minister"), not how they relate to someone else.
const OFFICE = /\b(?:minister|president|secretary|senator|governor|mayor|spokes\w+|ambassador|envoy|chairman|chairwoman|director|chief|head|leader|candidate|nominee|representative|congress\w+|agency|official)\b/i;
const RELATIONAL = /\b(?:counterpart|rival|opponent|wife|husband|daughter|son|friend)\b/i;

function roleRank(role: string): number {
  return (OFFICE.test(role) ? 4 : 0) + (RELATIONAL.test(role) ? 0 : 2) + (/\p{Lu}/u.test(role) ? 1 : 0);
}

function toSpeaker(e: Entity): ExtractedSpeaker {
  // The fullest form names the speaker; among equally full forms, the surname spelling the article
  // uses most ("Makei" twice, "Makey" once: "Vladimir Makei"), then the first written.
  const surnameCount = new Map<string, number>();
  for (const f of e.forms) {
    const last = f.split(/\s+/).at(-1)!;
    surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
  }
  const score = (f: string) => f.split(/\s+/).length * 100 + (surnameCount.get(f.split(/\s+/).at(-1)!) ?? 0);
  const name = e.forms.reduce((a, b) => (score(b) > score(a) ? b : a), e.forms[0]!);
  const role = e.roles.reduce<string | null>((a, b) => (a === null || roleRank(b) > roleRank(a) ? b : a), null);
  return { name, aliases: e.forms.filter((f) => f !== name), role, kind: e.kind };
}
