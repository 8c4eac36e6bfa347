/**
 * What a reader has told Folio outright, beside what they read: trainer thumbs, onboarding
 * picks, and followed or hidden micro-genres. Values are facet values ('length:long',
 * 'tone:somber', 'source:<id>', 'author:<name>', 'tag:<tag>', 'era:1860s', …) or a topic as
 * 'topic:<position in the model>' (the app maps its stable topic keys to positions).
 */
export interface Taste {
  /**
   * Trainer thumbs (as NewsBlur's intelligence trainer): +1 always surfaces an article that has
   * the value, −1 always hides it. An article with both kinds is surfaced (NewsBlur: green wins).
   */
  thumbs: ReadonlyMap<string, 1 | -1>
  /** Onboarding picks: soft interests that seed the topic profile and facet affinities. */
  interests: readonly string[]
  /** Genre slugs always offered as rows while they have unread articles. */
  followedGenres: readonly string[]
  /** Genre slugs never offered as rows. */
  hiddenGenres: readonly string[]
}

/** A reader who has said nothing outright: no thumbs, picks, followed or hidden genres. */
export const NO_TASTE: Taste = Object.freeze({ thumbs: new Map(), interests: [], followedGenres: [], hiddenGenres: [] })
