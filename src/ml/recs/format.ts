/** The shape of a piece of writing, as far as simple cues tell. */
export type Format = 'how-to' | 'list' | 'qa' | 'essay' | 'speech' | 'news'

/** What format detection looks at. */
export interface FormatInput {
  title: string
  text: string
  wordCount: number
  tags: readonly string[]
}

/** Evidence below this total is too weak to name a format. */
export const FORMAT_MIN_EVIDENCE = 0.4
/** Characters of the text read for cues: enough for an opening, a dateline and a few pages. */
const FORMAT_MAX_CHARS = 40_000

/** Feed tags or categories that state a format outright (evidence 1), lower-cased. */
const FORMAT_TAGS: Record<string, Format> = {
  'how-to': 'how-to', howto: 'how-to', 'how to': 'how-to', tutorial: 'how-to', guide: 'how-to',
  list: 'list', listicle: 'list',
  'q&a': 'qa', qa: 'qa', faq: 'qa', interview: 'qa',
  essay: 'essay', essays: 'essay', opinion: 'essay', 'op-ed': 'essay', column: 'essay',
  speech: 'speech', speeches: 'speech', address: 'speech', remarks: 'speech',
  news: 'news', 'breaking news': 'news',
}

/** Salutations that open an address ("Fellow-Citizens of the Senate…", "Mr. Speaker, …"), sought in its first 300 characters. */
const SALUTATION = /\b(?:fellow[- ]citizens|fellow americans|mr\.? speaker|madam speaker|mr\.? president|ladies and gentlemen|gentlemen of the|members of the congress|to the (?:senate and house|congress))\b/i
const SPEECH_TITLE = /\b(?:address|speech|remarks|state of the union)\b/i
const HOW_TO_TITLE = /^how to\b/i
const GUIDE_TITLE = /\b(?:how to|guide|tutorial|step[- ]by[- ]step)\b/i
/** "Step 1", "Step 2:" at a line start. */
const STEP_LINE = /^\s*step\s+\d+\b/gim
/** A title that opens with a count: "10 things…", "7 ways…". */
const NUMBERED_TITLE = /^\d+\s+\p{L}/u
const LIST_NOUN_TITLE = /^\d+\s+(?:\p{L}+\s+)?(?:things|ways|reasons|tips|lessons|ideas|facts|books|places|mistakes)\b/iu
/** A bulleted or numbered line: "- x", "* x", "• x", "1. x", "2) x". */
const LIST_LINE = /^\s*(?:[-*•]|\d+[.)])\s+\S/
const QA_LINE_Q = /^\s*q\s*[:.]/gim
const QA_LINE_A = /^\s*a\s*[:.]/gim
const QA_TITLE = /\b(?:q\s*&\s*a|faq|ask me anything)\b/i
/** A dateline: "WASHINGTON —", "LONDON (Reuters) -", "NEW YORK, March 3 —" at the very start. */
const DATELINE = /^\s*[A-Z][A-Z .'-]{2,}(?:,[^—–\n]{1,30})?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]\s/
const SAID_ON_DAY = /\bsaid\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi
/** First-person singular words; "I" only as a capital, so that the letter "i" in lists is not counted. */
const FIRST_PERSON_I = /\bI\b/g
const FIRST_PERSON = /\b(?:me|my|mine|myself)\b/gi
/** Long prose: at least this many words, with at least this share of first-person words, is an essay. */
const ESSAY_MIN_WORDS = 800
const ESSAY_MIN_FIRST_PERSON = 0.015
/** List-like lines needed for a list: this many, and this share of the non-empty lines. */
const LIST_MIN_LINES = 5
const LIST_MIN_LINE_SHARE = 0.3
/** Questions needed for a Q&A: this many, and this share of the sentences (Moby-Dick's rhetorical chapters reach 0.2). */
const QA_MIN_QUESTIONS = 5
const QA_MIN_QUESTION_SHARE = 0.25

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0

/**
 * The formats of an article, each with a relevance in [FORMAT_MIN_EVIDENCE, 1] that sums its
 * evidence (capped at 1): a feed tag naming the format is 1; cues in the title and text weigh
 * 0.4–0.8 each, as noted beside them. Zero or more formats.
 */
export function detectFormats(input: FormatInput): { format: Format; relevance: number }[] {
  const evidence = new Map<Format, number>()
  const add = (format: Format, weight: number): void => void evidence.set(format, (evidence.get(format) ?? 0) + weight)
  const title = input.title.trim()
  const text = input.text.slice(0, FORMAT_MAX_CHARS)

  for (const tag of input.tags) {
    const format = FORMAT_TAGS[tag.trim().toLowerCase()]
    if (format) add(format, 1)
  }

  // How-to: a title that starts "How to" (0.6) or names a guide (0.4); two or more "Step N" lines (0.6).
  if (HOW_TO_TITLE.test(title)) add('how-to', 0.6)
  else if (GUIDE_TITLE.test(title)) add('how-to', 0.4)
  if (count(text, STEP_LINE) >= 2) add('how-to', 0.6)

  // List: a title opening with a count (0.6, 1 with a list noun: "10 things"); five or more
  // bulleted or numbered lines making up at least 30% of the non-empty lines (0.5).
  if (LIST_NOUN_TITLE.test(title)) add('list', 1)
  else if (NUMBERED_TITLE.test(title)) add('list', 0.6)
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  const listLines = lines.filter((line) => LIST_LINE.test(line)).length
  if (listLines >= LIST_MIN_LINES && listLines >= LIST_MIN_LINE_SHARE * lines.length) add('list', 0.5)

  // Q&A: two or more "Q:" and "A:" lines (0.8); "Q&A" or "FAQ" in the title (0.6); questions
  // making up at least a quarter of the sentences, five or more (0.4).
  if (count(text, QA_LINE_Q) >= 2 && count(text, QA_LINE_A) >= 2) add('qa', 0.8)
  if (QA_TITLE.test(title)) add('qa', 0.6)
  const questions = count(text, /\?/g)
  const sentences = questions + count(text, /[.!](?=\s|$)/g)
  if (questions >= QA_MIN_QUESTIONS && questions >= QA_MIN_QUESTION_SHARE * sentences) add('qa', 0.4)

  // Speech: a salutation in the opening (0.8); "address", "speech", "remarks" in the title (0.5).
  if (SALUTATION.test(text.slice(0, 300))) add('speech', 0.8)
  if (SPEECH_TITLE.test(title)) add('speech', 0.5)

  // Essay: long first-person prose (0.5), unless it is already a speech or a Q&A.
  if (input.wordCount >= ESSAY_MIN_WORDS && !evidence.has('speech') && !evidence.has('qa')) {
    const firstPerson = count(text, FIRST_PERSON_I) + count(text, FIRST_PERSON)
    if (firstPerson >= ESSAY_MIN_FIRST_PERSON * count(text, /\S+/g)) add('essay', 0.5)
  }

  // News: a dateline at the start (0.7); two or more "said on Tuesday" (0.6) or one (0.4).
  if (DATELINE.test(text)) add('news', 0.7)
  const saidOnDay = count(text, SAID_ON_DAY)
  if (saidOnDay > 0) add('news', saidOnDay >= 2 ? 0.6 : 0.4)

  return [...evidence]
    .filter(([, weight]) => weight >= FORMAT_MIN_EVIDENCE)
    .map(([format, weight]) => ({ format, relevance: Math.min(1, weight) }))
}
