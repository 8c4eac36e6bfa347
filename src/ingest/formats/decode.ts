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
  return null
}

/** The encoding a document declares in its first bytes: the XML prolog, or an HTML meta tag. */
function declaredEncoding(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so ASCII declarations read the same in any encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES))
  return (
    head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i)?.[1] ??
    head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ??
    null
  )
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
 * Bytes from the network or a file, as text: a byte-order mark wins, then the Content-Type
 * charset, then what the document declares itself (XML prolog, `<meta charset>`), then UTF-8.
 * TextDecoder follows the WHATWG Encoding Standard, so `iso-8859-1` decodes as windows-1252,
 * as browsers do.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null = null): string {
  const bom = bomEncoding(bytes)
  if (bom) return new TextDecoder(bom).decode(bytes) // strips the mark itself
  const decoder = decoderFor(charsetOf(contentType)) ?? decoderFor(declaredEncoding(bytes)) ?? new TextDecoder('utf-8')
  const text = decoder.decode(bytes)
  return decoder.encoding === 'windows-1252' ? repairWindows1252(text) : text
}
