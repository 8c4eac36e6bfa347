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

/** How many interactions are stored (0: a new reader, who may be offered onboarding). */
export async function countInteractions(): Promise<number> {
  return (await getDb()).count('interactions')
}

export interface ArticleFlags {
  reaction: 'like' | 'dislike' | null
  saved: boolean
}

/** The current like/dislike and saved state of an article: the latest event of each kind wins. */
export function flagsFrom(events: readonly Pick<InteractionRecord, 'event' | 'at'>[]): ArticleFlags {
  const flags: ArticleFlags = { reaction: null, saved: false }
  for (const { event } of [...events].sort((a, b) => a.at - b.at)) {
    if (event === 'like' || event === 'dislike') flags.reaction = event
    else if (event === 'unreact') flags.reaction = null
    else if (event === 'save') flags.saved = true
    else if (event === 'unsave') flags.saved = false
  }
  return flags
}

export async function getArticleFlags(articleId: ArticleId): Promise<ArticleFlags> {
  return flagsFrom(await listInteractionsForArticle(articleId))
}
