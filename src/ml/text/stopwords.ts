import { eng } from 'stopword'

/**
 * Function words that the `stopword` package's short English list (108 words) lacks, although
 * they rank among the most frequent words of both sample corpora: pronouns ("she", "its", "us"),
 * auxiliaries and negations ("will", "may", "not", "no"), linking adverbs ("so", "yet", "even")
 * and prepositions ("upon", "against", "without"). A topic whose top words are "not · so · upon"
 * tells a reader nothing. Content words that some longer lists include (scikit-learn's has "fire",
 * "system", "bill") are left out on purpose.
 */
const FUNCTION_WORDS = [
  'she', 'hers', 'herself', 'its', 'itself', 'us', 'ours', 'ourselves', 'yours', 'yourself', 'yourselves',
  'theirs', 'themselves', 'myself', 'mine', 'whom', 'whose', 'whoever', 'whatever',
  'anyone', 'anything', 'everyone', 'everything', 'someone', 'something', 'nobody', 'nothing', 'none',
  'every', 'either', 'neither', 'few', 'several', 'own', 'less', 'least', 'enough',
  'will', 'shall', 'may', 'does', 'doing', 'done', 'having', 'cannot', 'ought',
  'not', 'no', 'nor', 'so', 'yet', 'even', 'ever', 'just', 'again', 'already', 'always', 'although',
  'though', 'however', 'therefore', 'thus', 'whether', 'why', 'when', 'else', 'otherwise', 'rather',
  'quite', 'perhaps', 'almost', 'often', 'indeed', 'once', 'until',
  'above', 'across', 'against', 'along', 'among', 'around', 'behind', 'below', 'beside', 'beyond',
  'down', 'during', 'off', 'onto', 'per', 'toward', 'towards', 'upon', 'via', 'within', 'without',
]

/** Archaic function words, frequent in the public-domain sample library (Moby-Dick, old addresses). */
const ARCHAIC_WORDS = ['thee', 'thou', 'thy', 'thine', 'ye', 'hath', 'doth', 'unto']

/**
 * Noise particular to articles: titles before names ("Mr Smith"), reporting verbs around quotes
 * ("said" is already in the package list), impersonal "one", and the pieces that links and HTML
 * entities leave in extracted text ("https www example com", "&amp;", "&nbsp;").
 */
const ARTICLE_WORDS = [
  'mr', 'mrs', 'ms', 'dr', 'says', 'told', 'according', 'one',
  'http', 'https', 'www', 'com', 'org', 'net', 'html', 'amp', 'nbsp',
]

/**
 * Contractions, which the tokenizer keeps whole ("don't"); the possessive-looking 's is already
 * gone by then ("it's" is "it").
 */
const NEGATIONS = [
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "won't",
  "wouldn't", "shouldn't", "haven't", "hasn't", "hadn't", "mustn't", "needn't", "shan't", "ain't",
]
const CLITIC_HOSTS = ['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'who', 'what']
const CLITICS = ["'m", "'re", "'ve", "'ll", "'d"]
const CONTRACTIONS = [...NEGATIONS, ...CLITIC_HOSTS.flatMap((host) => CLITICS.map((clitic) => host + clitic))]

/** Folio's English stop words: the `stopword` package's list and the lists above, all lower-case. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...FUNCTION_WORDS, ...ARCHAIC_WORDS, ...ARTICLE_WORDS, ...CONTRACTIONS])

/** The tokens that are not stop words, in order. */
export function removeStopWords(tokens: readonly string[], stopWords: ReadonlySet<string> = STOP_WORDS): string[] {
  return tokens.filter((token) => !stopWords.has(token))
}
