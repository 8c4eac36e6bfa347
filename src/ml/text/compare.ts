/**
 * Orders strings by Unicode code point, as Python's `sorted` does (so vocabularies sort exactly as
 * scikit-learn's). JavaScript's `<` compares UTF-16 units, which puts astral characters (surrogates,
 * 0xD800–0xDFFF) before U+E000–U+FFFF; the fix-up below moves surrogates above that range.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return codePointRank(x) - codePointRank(y)
  }
  return a.length - b.length
}

const codePointRank = (unit: number): number => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit)
