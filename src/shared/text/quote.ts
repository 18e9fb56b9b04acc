/**
 * Bounded quoting for messages a person reads. A refused file can hold a
 * value of millions of characters (or nested thousands of levels deep); a
 * message quotes at most the first few dozen characters of it and says how
 * long it was, so building and showing the message costs nothing whatever
 * the file holds. Nothing here recurses into a value.
 */

/** The most characters of a bad value a message quotes. */
export const QUOTE_LIMIT = 40

/** The most characters one problem line of a message keeps. */
export const PROBLEM_LIMIT = 300

/** The first `max` characters, one fewer when the cut would split a surrogate pair. */
function head(text: string, max: number): string {
  const code = text.charCodeAt(max - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}

function characters(count: number): string {
  return `${count.toLocaleString('en-US')} characters`
}

/** The text, cut after `max` characters with a note of its full length. */
export function clip(text: string, max: number = PROBLEM_LIMIT): string {
  return text.length <= max ? text : `${head(text, max)}… (${characters(text.length)})`
}

/**
 * A short, quoted description of any value: strings in JSON quotes (their
 * first `max` characters), numbers and booleans as written, containers by
 * kind and size, never by their contents.
 */
export function quoteValue(value: unknown, max: number = QUOTE_LIMIT): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    return value.length <= max ? JSON.stringify(value) : `${JSON.stringify(head(value, max))}… (${characters(value.length)})`
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (Array.isArray(value)) return `an array of ${value.length.toLocaleString('en-US')} item${value.length === 1 ? '' : 's'}`
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}
