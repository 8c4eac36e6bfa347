import { putSourceWithArticles } from '@/db/articles'
import type { ArticleRecord } from '@/db/schema'
import { articleV1, sourceV1 } from '../db/fixtures'

/** Three planted themes of 14 words each (more than a topic's top 10), as in test/unit/ml/topics. */
export const THEMES = {
  sea: ['whale', 'harpoon', 'ship', 'ocean', 'sailor', 'captain', 'wave', 'deck', 'mast', 'tide', 'anchor', 'voyage', 'oar', 'hull'],
  law: ['congress', 'senate', 'treaty', 'tariff', 'statute', 'court', 'treasury', 'revenue', 'senator', 'ballot', 'judge', 'verdict', 'decree', 'customs'],
  farm: ['wheat', 'harvest', 'barn', 'cattle', 'plough', 'orchard', 'meadow', 'farmer', 'silo', 'tractor', 'pasture', 'hay', 'seed', 'furrow'],
}
export type Theme = keyof typeof THEMES

/** The theme a word of THEMES belongs to. */
export const themeOf = (word: string): Theme => (Object.keys(THEMES) as Theme[]).find((theme) => THEMES[theme].includes(word))!

/** Articles `${theme}-${from}` … of 60 words from one theme, drawn with a seeded generator; each theme has its own source. */
export function themedArticles(theme: Theme, count: number, from = 0): ArticleRecord[] {
  let state = 7 + from
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const words = THEMES[theme]
  return Array.from({ length: count }, (_, i) => {
    const text = Array.from({ length: 60 }, () => words[Math.floor(next() * words.length)]).join(' ')
    return articleV1(`${theme}-${from + i}`, { sourceId: theme, title: 'Dispatch', text, html: `<p>${text}</p>` })
  })
}

/** Stores `count` articles of each theme, numbered from `from`. */
export async function storeThemes(themes: Partial<Record<Theme, number>>, from = 0): Promise<void> {
  for (const [theme, count] of Object.entries(themes) as Array<[Theme, number]>) {
    await putSourceWithArticles(sourceV1({ id: theme, title: `The ${theme} gazette`, url: `https://example.org/${theme}.json` }), themedArticles(theme, count, from))
  }
}
