/** A short, URL-safe, stable id: the first 96 bits of SHA-256 over the parts. */
export async function stableId(...parts: string[]): Promise<string> {
  const bytes = new TextEncoder().encode(parts.join('\u0000'))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)).subarray(0, 12)
  let binary = ''
  for (const byte of digest) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_')
}

/**
 * A stable id for a feed item that has none, from what it says: the same title and body give the
 * same id on every refresh and every device, so the item is found already stored. It must be
 * synchronous (parsing is), so it is cyrb53, a 53-bit string hash (bryc, public domain), not
 * SHA-256: it only tells one feed's items apart, and is hashed with the source id when stored.
 */
export function derivedItemId(...parts: string[]): string {
  const text = parts.join('\u0000')
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ unit, 2654435761)
    h2 = Math.imul(h2 ^ unit, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return `derived:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`
}
