import type { ArticleInput } from "@/lib/db/write/articles";
import { corpusSpeakerFields, courtesyGender, courtesyTitle, isUnnameable } from "@/lib/domain/speaker-names";
import type { ExtractedSpeaker } from "@/lib/ingest/types";
import { foldName, genderOfFoldedFirstName, nameParts } from "@/lib/ingest/names";

// The corpus's floor under extraction: whatever an article's speakers look like, the corpus keeps
// names and aliases without debris, roles that are roles, and never gives a statement to a person of
// the other gender than the words that name its speaker.

/** "Mrs. Clinton", "whether Mr. Clinton": a courtesy title and a surname ending the words that name a speaker. */
const TITLED = /(?:^|\s)(Mr|Mrs|Ms|Miss|Mme|Sir|Dame)\.?\s+(\p{Lu}[\p{L}’'-]*)$/u;

/**
 * The article as the corpus takes it: each speaker cleaned (corpusSpeakerFields), and a statement
 * whose speaker is written "Mrs. Clinton" but was given to Bill Clinton given instead to a speaker
 * "Mrs. Clinton" of its own (which the surname link rule may then show under the one woman it can be).
 */
export function guardSpeakers(input: ArticleInput): ArticleInput {
  // A speaker whose name is one fragment ("Trump-style") is no one: its statements say "speaker not
  // identified" rather than name a word.
  const speakers: ExtractedSpeaker[] = [];
  const newIndex = input.extracted.speakers.map((s) => {
    const fields = corpusSpeakerFields(s);
    return isUnnameable(fields.name, s.kind) ? null : speakers.push({ ...s, ...fields }) - 1;
  });
  const added = new Map<string, number>();
  const statements = input.extracted.statements.map((extracted) => {
    const st = { ...extracted, speakerIndex: extracted.speakerIndex === null ? null : newIndex[extracted.speakerIndex]! };
    const speaker = st.speakerIndex === null ? undefined : speakers[st.speakerIndex];
    const titled = st.speakerAsWritten ? TITLED.exec(st.speakerAsWritten) : null;
    if (!speaker || !titled || speaker.kind !== "person") return st;
    const written = courtesyGender(titled[1]!);
    const parts = nameParts(speaker.name);
    if (!written || !parts || foldName(parts.surname) !== foldName(titled[2]!)) return st;
    // Their gender by first name ("Bill Clinton"), or by the title of a surname-only name ("Mr. Khan").
    const theirs = parts.first ? genderOfFoldedFirstName(foldName(parts.first)) : courtesyGender(speaker.name.split(/\s+/)[0]!);
    if (!theirs || theirs === written) return st;
    const name = `${courtesyTitle(titled[1]!)} ${titled[2]!}`;
    let index = added.get(name);
    if (index === undefined) {
      index = speakers.push({ name, aliases: [titled[2]!], role: null, kind: "person" }) - 1;
      added.set(name, index);
    }
    return { ...st, speakerIndex: index };
  });
  return { ...input, extracted: { ...input.extracted, speakers, statements } };
}
