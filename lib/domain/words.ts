// Words, as the pure core and the query layer both need them.

/**
 * English function words: never a topic, never a key word of a statement. Each use adds the words
 * of its own purpose (lib/ingest/topics.ts: speech verbs, numbers, dates, titles; the similar-statement
 * key words of lib/db: a few more function words).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `about after again against also among and any are because been before being between both but can
  could did does during each even every for from had has have her here him his how however into its
  just like made make many more most much must nor not now off once only other our out over own said
  same says she should since some such than that the their them then there these they this those
  through too under until very was were what when where which while who whom why will with would yet
  you your although though unless whether whatever whenever wherever whoever`.split(/\s+/),
);
