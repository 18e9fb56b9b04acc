/**
 * Letters that Unicode does not decompose into a base letter plus a mark, so
 * stripping diacritics leaves them as they are; a reader typing on an English
 * keyboard writes them like this.
 */
const FOLDED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  ə: 'e',
  þ: 'th',
}
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'gu')
const APOSTROPHES = /['’‘`ʻʼ]/gu
const HAS_APOSTROPHE = /['’‘`ʻʼ]/u

/**
 * A name as search compares it: no accents, no case, and any run of
 * punctuation or spacing as one space ("São-Paulo " → "sao paulo").
 */
export function normalizeCityName(name: string): string {
  return foldLetters(name).replace(/[^\p{Letter}\p{Number}]+/gu, ' ').trim()
}

/**
 * The same without apostrophes at all, so "ndjamena" finds N'Djamena as well
 * as "n'djamena" does. Null when the name has no apostrophe.
 */
export function normalizeWithoutApostrophes(name: string): string | null {
  return HAS_APOSTROPHE.test(name) ? normalizeCityName(name.replace(APOSTROPHES, '')) : null
}

function foldLetters(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => FOLDED[letter] ?? letter)
}
