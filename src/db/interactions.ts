import { getDb } from './index'
import type { ArticleId, InteractionEvent, InteractionRecord } from './schema'

export async function recordInteraction(articleId: ArticleId, event: InteractionEvent, at = Date.now()): Promise<number> {
  return (await getDb()).add('interactions', { articleId, event, at })
}

export async function listInteractionsForArticle(articleId: ArticleId): Promise<InteractionRecord[]> {
  return (await getDb()).getAllFromIndex('interactions', 'by-article', articleId)
}

/** Every interaction, oldest first. */
export async function listInteractions(): Promise<InteractionRecord[]> {
  return (await getDb()).getAllFromIndex('interactions', 'by-at')
}
