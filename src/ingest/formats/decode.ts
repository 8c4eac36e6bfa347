/** How many bytes are searched for a declared encoding (the HTML standard's prescan length). */
const PRESCAN_BYTES = 1024

function charsetOf(contentType: string | null | undefined): string | null {
  return contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1] ?? null
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null
  try {
    return new TextDecoder(label.trim().toLowerCase())
  } catch {
    return null // an unknown label: fall through to the next clue
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  // No mark, but `<?` as UTF-16: how XML 1.0 Appendix F tells UTF-16 without a byte-order mark.
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0) return 'utf-16le'
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f) return 'utf-16be'
  return null
}

/** The encoding a document declares in its first bytes: the XML prolog, or an HTML meta tag. */
function declaredEncoding(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so ASCII declarations read the same in any encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES))
  const label = head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i)?.[1] ?? head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ?? null
  // A UTF-16 declaration read as ASCII cannot be true (real UTF-16 has a NUL in every other
  // byte): the HTML standard's prescan reads it as UTF-8, and so does Folio.
  return label && /^utf-?16/i.test(label) ? 'utf-8' : label
}

/**
 * windows-1252's 0x80–0x9F, from the WHATWG index (https://encoding.spec.whatwg.org/index-windows-1252.txt).
 * Node 20's TextDecoder decodes windows-1252 as ISO-8859-1 (C1 controls where the curly quotes
 * should be); browsers get it right. Only used to repair that.
 */
const C1_AS_WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => C1_AS_WINDOWS_1252[char.charCodeAt(0) - 0x80] ?? char)
}

/**
 * Bytes from the network or a file, as text: a byte-order mark (or UTF-16's `<?`) wins, then the
 * Content-Type charset, then what the document declares itself (XML prolog, `<meta charset>`),
 * then UTF-8. Between UTF-8 and windows-1252 the bytes have the last word (see `checkedUtf8`).
 * TextDecoder follows the WHATWG Encoding Standard, so `iso-8859-1` decodes as windows-1252,
 * as browsers do.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null = null): string {
  const bom = bomEncoding(bytes)
  if (bom) return new TextDecoder(bom).decode(bytes) // strips the mark itself
  const decoder = decoderFor(charsetOf(contentType)) ?? decoderFor(declaredEncoding(bytes)) ?? new TextDecoder('utf-8')
  if (decoder.encoding !== 'utf-8' && decoder.encoding !== 'windows-1252') return decoder.decode(bytes)
  return checkedUtf8(bytes) ?? repairWindows1252(new TextDecoder('windows-1252').decode(bytes))
}

/**
 * The bytes as UTF-8, unless they are not UTF-8 at all. Labels are often wrong between these two
 * (a CMS template saying UTF-8 over windows-1252 text, a server saying ISO-8859-1 over UTF-8), and
 * the bytes tell them apart: windows-1252 text with accents is almost never valid UTF-8, and
 * text with valid multi-byte sequences is UTF-8. UTF-8 with a few bad bytes (a download cut
 * inside a character) stays UTF-8, with U+FFFD for what was lost. Null for windows-1252.
 */
function checkedUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes)
    return /[^\u0000-\u007f\ufffd]/.test(lossy) ? lossy : null
  }
}
