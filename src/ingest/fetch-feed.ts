import { IngestError } from './errors'

/** Downloads a same-origin feed's text, with a clear error when it cannot. */
export async function fetchFeedText(url: string): Promise<string> {
  const response = await fetch(url, { headers: { accept: 'application/feed+json, application/json' } }).catch(() => null)
  if (!response?.ok) {
    throw new IngestError('fetch_failed', `Could not download ${url}${response ? ` (HTTP ${response.status})` : ''}.`)
  }
  return response.text()
}
