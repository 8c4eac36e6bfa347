// The stopword package ships no types; Folio uses only its English list.
declare module 'stopword' {
  /** English stop words. */
  export const eng: readonly string[]
}
