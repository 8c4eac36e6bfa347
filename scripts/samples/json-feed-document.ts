/** The JSON Feed 1.1 shape the sample builder writes (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeedItemDocument {
  id: string
  title: string
  content_text: string
  date_published: string
  authors: Array<{ name: string }>
  tags: string[]
  _folio: { document_url: string; metadata?: Record<string, string | number> }
}

export interface JsonFeedDocument {
  version: 'https://jsonfeed.org/version/1.1'
  title: string
  home_page_url: string
  feed_url: string
  description: string
  language: string
  items: JsonFeedItemDocument[]
}
