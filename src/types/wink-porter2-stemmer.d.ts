// wink-porter2-stemmer is CommonJS (`module.exports = stem`) and ships no types.
declare module 'wink-porter2-stemmer' {
  /** The Porter2 ("English") stem of a lower-case word: "whaling" → "whale". */
  function stem(word: string): string
  export = stem
}
