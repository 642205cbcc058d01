/** Turns a digest file's bytes into clean text, noting invalid UTF-8 and rejecting files that hold no text. */
import { isUtf8 } from "node:buffer";
import type { Warning } from "../report";

export type DecodeResult = { ok: true; text: string; warnings: Warning[] } | { ok: false; reason: string };

/** Byte offsets where a UTF-8 sequence is invalid: the WHATWG decoder replaces these with U+FFFD. */
export function invalidUtf8Offsets(bytes: Uint8Array, limit = 10): number[] {
  // The native check is far cheaper than the byte walk below, which only has to find where a bad file is bad.
  if (isUtf8(bytes)) return [];
  const offsets: number[] = [];
  let i = 0;
  while (i < bytes.length && offsets.length < limit) {
    const length = validSequenceLength(bytes, i);
    if (length === 0) {
      offsets.push(i);
      i += 1;
    } else {
      i += length;
    }
  }
  return offsets;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid (RFC 3629 table). */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  const ranges = continuationRanges(lead);
  if (!ranges) return 0;
  for (const [k, [low, high]] of ranges.entries()) {
    const byte = bytes[i + 1 + k];
    if (byte === undefined || byte < low || byte > high) return 0;
  }
  return ranges.length + 1;
}

function continuationRanges(lead: number): Array<[number, number]> | undefined {
  const tail: [number, number] = [0x80, 0xbf];
  if (lead >= 0xc2 && lead <= 0xdf) return [tail];
  if (lead === 0xe0) return [[0xa0, 0xbf], tail];
  if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) return [tail, tail];
  if (lead === 0xed) return [[0x80, 0x9f], tail];
  if (lead === 0xf0) return [[0x90, 0xbf], tail, tail];
  if (lead >= 0xf1 && lead <= 0xf3) return [tail, tail, tail];
  if (lead === 0xf4) return [[0x80, 0x8f], tail, tail];
  return undefined;
}

/** A file with NUL bytes or mostly control characters is binary, not a digest. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * Line breaks become LF, no-break and other odd spaces become plain spaces, invisible format characters go,
 * and the text is NFC. Line count is preserved so that reported line numbers match the file.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .normalize("NFC");
}

export function decodeDigest(file: string, bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  if (looksBinary(bytes)) return { ok: false, reason: "the file is binary, not text" };
  const warnings: Warning[] = [];
  const invalid = invalidUtf8Offsets(bytes);
  if (invalid.length > 0) {
    const shown = invalid.join(", ");
    warnings.push({
      file,
      offset: invalid[0] ?? 0,
      message: `invalid UTF-8 at byte offset ${shown}${invalid.length >= 10 ? " and more" : ""}; replaced with U+FFFD`,
    });
  }
  const text = normalizeText(new TextDecoder("utf-8").decode(bytes));
  if (text.trim() === "") return { ok: false, reason: "the file holds only whitespace" };
  return { ok: true, text, warnings };
}
