/**
 * GBK encoding for the few characters the mojibake repair needs. Runtimes ship a GBK decoder
 * (TextDecoder) but no encoder, so the reverse table is built once by decoding every
 * two-byte GBK code.
 */
let table: Map<string, [number, number]> | undefined;

function reverseTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** GBK bytes of a string, or null if a character has no GBK code. */
export function encodeGbk(text: string): number[] | null {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      bytes.push(cp);
      continue;
    }
    const pair = reverseTable().get(ch);
    if (!pair) return null;
    bytes.push(pair[0], pair[1]);
  }
  return bytes;
}

/** Decodes GBK bytes; null when any sequence is invalid. */
export function decodeGbk(bytes: number[]): string | null {
  const text = new TextDecoder('gbk').decode(Uint8Array.from(bytes));
  return text.includes('\ufffd') ? null : text;
}
