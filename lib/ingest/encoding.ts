// Mojibake: UTF-8 text that was once decoded as Windows-1252 or Latin-1 and saved again, sometimes
// twice ("Jesús" → "JesÃºs" → "JesÃƒÂºs"; "’" → "â€™"). Each damaged sequence is a lead character
// (Â…ô) and continuation characters whose Windows-1252 bytes form one UTF-8 character: decoding those
// bytes gives back what was meant, exactly, so the repair loses nothing. A sequence is repaired only
// when what it decodes to is a character that text in these scripts uses (a letter of a European,
// Hebrew or Arabic script, a Latin-1 symbol, typographic punctuation, currency, an emoji): a German
// "Gruß“" stays as written, since ß and “ would decode to an N'Ko letter. Text whose bytes were lost
// (U+FFFD, or "â€?" where a byte became "?") cannot be repaired and is flagged instead.

import iconv from "iconv-lite";

export interface EncodingRepair {
  text: string;
  /** Sequences repaired, over all layers. */
  repaired: number;
  /** How many times the text had been mis-decoded (0: not at all). */
  layers: number;
  /** Signs of damage that could not be undone remain. */
  damaged: boolean;
}

// The Windows-1252 byte of every character it decodes 0x80–0xFF to, from iconv-lite's table (Node's
// own TextDecoder("windows-1252") decodes as Latin-1 since 20.18.3: nodejs/node#60888). A text read as
// Latin-1 has C1 controls where Windows-1252 has typographic characters: those map back too, as do the
// five bytes Windows-1252 leaves undefined.
const BYTE_OF = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  const char = iconv.decode(Buffer.of(byte), "win1252");
  if (char !== "\ufffd") BYTE_OF.set(char, byte);
  if (byte <= 0x9f) BYTE_OF.set(String.fromCharCode(byte), byte);
}
const CONTINUATION = [...BYTE_OF].filter(([, byte]) => byte >= 0x80 && byte <= 0xbf).map(([char]) => char).join("");
const escape = (chars: string) => chars.replace(/[\\\]^-]/g, "\\$&");
// A lead character and up to three continuation characters; which length applies is the lead's byte.
const SEQUENCE = new RegExp(`[\\u00c2-\\u00f4][${escape(CONTINUATION)}]{1,3}`, "gu");

const utf8 = new TextDecoder("utf-8", { fatal: true });

// What a repaired sequence may decode to (see the top of the file). A C1 control is what a layer
// under another decodes to when the text was read as Latin-1 twice: the next layer repairs it, and one
// left at the end is damage.
const PLAUSIBLE =
  /^(?:[\u0080-\u009f]|[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Hebrew}\p{Script=Arabic}]|[\u00a0-\u00bf\u00d7\u00f7\u02b0-\u02ff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u21ff\u2200-\u22ff]|\p{Extended_Pictographic})$/u;

// Damage no repair can undo: bytes replaced by U+FFFD or "?", C1 controls left by a Latin-1 read, and
// pieces of sequences that lost a byte ("JesÃÂos", "â€" before anything that completes it).
const DAMAGE = /\ufffd|[\u0080-\u009f]|(?:â€|Ã|Â)[?\ufffd]|Ã[Âƒ]|â€/u;

function lengthOf(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

/** One layer: every sequence that decodes to a plausible character, decoded. */
function repairLayer(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const out = text.replace(SEQUENCE, (match) => {
    const chars = [...match];
    const want = lengthOf(BYTE_OF.get(chars[0]!)!);
    if (chars.length < want) return match;
    const bytes = Uint8Array.from(chars.slice(0, want), (c) => BYTE_OF.get(c)!);
    let decoded: string;
    try {
      decoded = utf8.decode(bytes);
    } catch {
      return match;
    }
    if (!PLAUSIBLE.test(decoded)) return match;
    repaired++;
    return decoded + chars.slice(want).join("");
  });
  return { text: out, repaired };
}

/**
 * The text with its mojibake undone (as many layers as it has, up to three), and what was found. A
 * text whose mojibake was later decomposed ("Ã" as "A" and a combining tilde, as some corpora store
 * it) is recomposed (NFC, which changes no character's meaning) when that makes it repairable.
 */
export function repairMojibake(text: string): EncodingRepair {
  const repair = repairLayers(text);
  if (repair.repaired > 0 || !/[\u0300-\u036f]/u.test(text)) return repair;
  const recomposed = repairLayers(text.normalize("NFC"));
  return recomposed.repaired > 0 ? recomposed : repair;
}

function repairLayers(text: string): EncodingRepair {
  // Most texts have no lead character at all: nothing to scan.
  if (!/[\u00c2-\u00f4]/u.test(text)) return { text, repaired: 0, layers: 0, damaged: DAMAGE.test(text) };
  let current = text;
  let repaired = 0;
  let layers = 0;
  while (layers < 3) {
    const layer = repairLayer(current);
    if (layer.repaired === 0) break;
    current = layer.text;
    repaired += layer.repaired;
    layers++;
  }
  return { text: current, repaired, layers, damaged: DAMAGE.test(current) };
}
