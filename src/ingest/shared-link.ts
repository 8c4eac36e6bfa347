/** What a share target receives (GET ?title=&text=&url=). */
export interface SharedParams {
  title?: string | null
  text?: string | null
  url?: string | null
}

/**
 * The http(s) link in a share. Android apps often put the link in `text` rather than `url`,
 * sometimes after a headline, so both are searched.
 */
export function sharedLink({ url, text }: SharedParams): string | null {
  // A link at the end of a sentence keeps none of the sentence's closing punctuation.
  const inText = (text?.match(/https?:\/\/\S+/gi) ?? []).map((link) => link.replace(/[.,;:!?)\]}'"»”’]+$/, ''))
  for (const candidate of [url, ...inText]) {
    if (!candidate) continue
    try {
      const parsed = new URL(candidate.trim())
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href
    } catch {
      // not a URL: try the next candidate
    }
  }
  return null
}
